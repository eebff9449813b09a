// Server.java -- a TCP echo server with java.net.ServerSocket.
//
// Usage: java Server.java PORT [COUNT]      (JDK 11+ runs a single source file)
//    or: javac Server.java && java Server PORT [COUNT]
// Listens on 127.0.0.1:PORT, serves one connection at a time and sends back
// every byte it receives until the client closes. With COUNT, it exits after
// serving that many connections; without it, it serves until Ctrl+C.
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

public class Server {
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java Server.java PORT [COUNT]");
            System.exit(1);
        }
        int port = Integer.parseInt(args[0]);
        long count = args.length > 1 ? Long.parseLong(args[1]) : -1; // -1: serve forever

        // One constructor, three system calls: socket(), bind() to 127.0.0.1:port,
        // and listen() with a queue of 10. (On Linux, Java also sets SO_REUSEADDR.)
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        ServerSocket listener = new ServerSocket(port, 10, loopback); /* @call socket bind listen */
        System.out.println("listening on 127.0.0.1:" + port);

        for (long served = 0; count < 0 || served < count; served++) {
            // accept() blocks until a client connects, then returns a NEW Socket
            // for that connection; the ServerSocket keeps listening.
            Socket conn = listener.accept(); /* @call accept */
            try {
                InputStream in = conn.getInputStream();
                OutputStream out = conn.getOutputStream();
                byte[] buf = new byte[4096];
                int n;
                // read() is recv(): it returns what has arrived, -1 once the client closed.
                while ((n = in.read(buf)) != -1) { /* @call recv */
                    out.write(buf, 0, n); /* @call send */
                }
            } catch (IOException e) {
                // A broken connection ends that connection, not the server.
                System.err.println("connection error: " + e.getMessage());
            }
            conn.close(); /* @call close */
        }

        listener.close(); /* @call close */
    }
}
