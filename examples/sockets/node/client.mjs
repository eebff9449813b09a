// client.mjs -- a TCP echo client with Node's net module.
//
// Usage: node client.mjs HOST PORT [MESSAGE]
// Connects to HOST:PORT, sends MESSAGE (or, without it, everything on standard
// input), reads the same number of bytes back, prints them and closes.
import net from 'node:net';
import { readFileSync } from 'node:fs';

if (process.argv.length < 4) {
  console.error('usage: node client.mjs HOST PORT [MESSAGE]');
  process.exit(1);
}
const [host, port] = [process.argv[2], Number(process.argv[3])];
// Sockets carry bytes, not text: a Buffer. readFileSync(0) reads all of standard input.
const message = process.argv[4] === undefined ? readFileSync(0) : Buffer.from(process.argv[4]);

// One call, two system calls: socket() and connect(), which sends the SYN.
// The callback runs once the three-way handshake is done.
const sock = net.createConnection({ host, port }, () => { /* @call socket connect */
  // write() queues the bytes; Node keeps calling send() until all are out.
  sock.write(message); /* @call send */
  if (message.length === 0) sock.end(); // nothing will come back: close at once
});

// TCP is a byte stream, not a stream of messages: one 'data' event may carry
// part of what the server sent, or more than one write()'s worth. So we
// collect chunks until we have as many bytes as we sent.
const chunks = [];
let got = 0;
sock.on('data', (chunk) => { /* @call recv */
  chunks.push(chunk);
  got += chunk.length;
  if (got >= message.length) {
    process.stdout.write(Buffer.concat(chunks));
    sock.end(); /* @call close */ // sends our FIN; Node closes the socket once the server's FIN arrives
  }
});

sock.on('end', () => {
  if (got < message.length) {
    console.error(`server closed after ${got} of ${message.length} bytes`);
    process.exitCode = 1;
  }
});
sock.on('error', (error) => {
  console.error(error.message); // e.g. connect ECONNREFUSED: nobody listens there
  process.exit(1);
});
