// server.mjs -- a TCP echo server with Node's net module.
//
// Usage: node server.mjs PORT [COUNT]
// Listens on 127.0.0.1:PORT and sends back every byte it receives until the
// client closes. With COUNT, it exits after serving that many connections;
// without it, it serves until Ctrl+C.
//
// Node never blocks: instead of a loop around accept() and recv(), we hand it
// functions to call when a connection or data arrives. So unlike the C, Python
// and Java servers, it can serve several connections at the same time.
import net from 'node:net';

if (process.argv.length < 3) {
  console.error('usage: node server.mjs PORT [COUNT]');
  process.exit(1);
}
const port = Number(process.argv[2]);
const count = process.argv[3] === undefined ? Infinity : Number(process.argv[3]);
let served = 0;

// This function runs once per accept(): `conn` is the NEW socket for that client.
const server = net.createServer((conn) => { /* @call accept */
  // 'data' fires each time recv() returned some bytes: however many arrived.
  conn.on('data', (chunk) => { /* @call recv */
    conn.write(chunk); /* @call send */
  });
  // 'end' means recv() returned 0: the client closed its side (its FIN arrived).
  conn.on('end', () => {
    conn.end(); /* @call close */ // sends what is still queued, then our FIN; Node then closes the socket
  });
  conn.on('error', (error) => console.error(`connection error: ${error.message}`));
  conn.on('close', () => {
    served += 1;
    // Stop accepting once we have served COUNT connections; close() also closes the listener.
    if (served >= count) server.close(); /* @call close */
  });
});

server.on('error', (error) => {
  console.error(`listen: ${error.message}`); // e.g. EADDRINUSE: the port is taken
  process.exit(1);
});

// One call, three system calls: socket(), bind() to 127.0.0.1:port (Node sets
// SO_REUSEADDR for us) and listen() with Node's default queue of 511.
server.listen(port, '127.0.0.1', () => { /* @call socket bind listen */
  console.log(`listening on 127.0.0.1:${port}`);
});
