"""client.py -- a TCP echo client with Python's socket module.

Usage: python3 client.py HOST PORT [MESSAGE]
Connects to HOST:PORT, sends MESSAGE (or, without it, everything on standard
input), reads the same number of bytes back, prints them and closes.
"""
import socket
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: python3 client.py HOST PORT [MESSAGE]")
    host, port = sys.argv[1], int(sys.argv[2])
    # Sockets carry bytes, not text: encode the message first.
    message = sys.argv[3].encode() if len(sys.argv) > 3 else sys.stdin.buffer.read()

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # @call socket
    try:
        # Sends the SYN; returns once the three-way handshake is done.
        # No bind() needed: the kernel picks a free local port for us.
        sock.connect((host, port))  # @call connect
    except ConnectionRefusedError:
        sys.exit(f"connect: nobody listens on {host}:{port}")

    # sendall() keeps calling send() until every byte is handed to the kernel.
    sock.sendall(message)  # @call send

    # TCP is a byte stream, not a stream of messages: one recv() may return
    # part of what the server sent, or more than one send()'s worth. So we
    # keep calling recv() until we have as many bytes as we sent.
    reply = b""
    while len(reply) < len(message):
        chunk = sock.recv(len(message) - len(reply))  # @call recv
        if not chunk:  # the server closed before echoing everything
            sys.exit(f"server closed after {len(reply)} of {len(message)} bytes")
        reply += chunk
    sys.stdout.buffer.write(reply)

    # Sends our FIN; the server's recv() then returns b"".
    sock.close()  # @call close


if __name__ == "__main__":
    main()
