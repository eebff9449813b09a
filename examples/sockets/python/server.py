"""server.py -- a TCP echo server with Python's socket module.

Usage: python3 server.py PORT [COUNT]
Listens on 127.0.0.1:PORT, serves one connection at a time and sends back
every byte it receives until the client closes. With COUNT, it exits after
serving that many connections; without it, it serves until Ctrl+C.
"""
import socket
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: python3 server.py PORT [COUNT]")
    port = int(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else None  # None: serve forever

    # The same call as C's socket(): AF_INET = IPv4, SOCK_STREAM = TCP.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # @call socket
    # Restart right away even while old connections sit in TIME_WAIT.
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Our local address: loopback only, on the port we were given.
    listener.bind(("127.0.0.1", port))  # @call bind
    # From now on the kernel completes handshakes and queues up to 10 of them.
    listener.listen(10)  # @call listen
    print(f"listening on 127.0.0.1:{port}", flush=True)

    served = 0
    while count is None or served < count:
        # accept() blocks until a client connects, then returns a NEW socket
        # for that connection; the listener keeps listening.
        conn, _address = listener.accept()  # @call accept
        # Errors (socket.error is OSError) end this connection, not the server.
        try:
            while True:
                data = conn.recv(4096)  # @call recv
                if not data:  # b"" means the client closed (its FIN arrived)
                    break
                # sendall() loops over send() until every byte is in the send buffer.
                conn.sendall(data)  # @call send
        except OSError as error:
            print(f"connection error: {error}", file=sys.stderr)
        conn.close()  # @call close
        served += 1

    listener.close()  # @call close


if __name__ == "__main__":
    main()
