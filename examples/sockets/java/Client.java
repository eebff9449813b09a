// Client.java -- a TCP echo client with java.net.Socket.
//
// Usage: java Client.java HOST PORT [MESSAGE]   (JDK 11+ runs a single source file)
//    or: javac Client.java && java Client HOST PORT [MESSAGE]
// Connects to HOST:PORT, sends MESSAGE (or, without it, everything on standard
// input), reads the same number of bytes back, prints them and closes.
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

public class Client {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java Client.java HOST PORT [MESSAGE]");
            System.exit(1);
        }
        // Sockets carry bytes, not text: encode the message first.
        byte[] message = args.length > 2
                ? args[2].getBytes(StandardCharsets.UTF_8)
                : System.in.readAllBytes();

        // One constructor, two system calls: socket() and connect(), which sends
        // the SYN and returns once the three-way handshake is done.
        Socket sock;
        try {
            sock = new Socket(args[0], Integer.parseInt(args[1])); /* @call socket connect */
        } catch (ConnectException e) {
            System.err.println("connect: " + e.getMessage()); // nobody listens there
            System.exit(1);
            return;
        }

        // write() hands every byte to the kernel, however many send()s that takes.
        OutputStream out = sock.getOutputStream();
        out.write(message); /* @call send */

        // TCP is a byte stream, not a stream of messages: one read() may return
        // part of what the server sent, or more than one write()'s worth. So we
        // keep reading until we have as many bytes as we sent.
        InputStream in = sock.getInputStream();
        byte[] reply = new byte[message.length];
        int got = 0;
        while (got < reply.length) {
            int n = in.read(reply, got, reply.length - got); /* @call recv */
            if (n == -1) { // the server closed before echoing everything
                System.err.println("server closed after " + got + " of " + reply.length + " bytes");
                System.exit(1);
            }
            got += n;
        }
        System.out.write(reply); // the raw bytes, whatever the terminal's charset
        System.out.flush();

        // Sends our FIN; the server's read() then returns -1.
        sock.close(); /* @call close */
    }
}
