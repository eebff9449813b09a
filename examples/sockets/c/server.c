/*
 * server.c -- a TCP echo server with the BSD socket API.
 *
 * Usage: ./server PORT [COUNT]
 * Listens on 127.0.0.1:PORT, serves one connection at a time and sends back
 * every byte it receives until the client closes. With COUNT, it exits after
 * serving that many connections; without it, it serves until Ctrl+C.
 *
 * Build: gcc -Wall -o server server.c
 */
#include <arpa/inet.h>   /* htons, inet_pton */
#include <netinet/in.h>  /* struct sockaddr_in */
#include <signal.h>      /* signal, SIGPIPE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>  /* socket, bind, listen, accept, send, recv */
#include <unistd.h>      /* close */

/* send() may copy fewer bytes than asked into the send buffer: loop until all are out. */
static int send_all(int fd, const char *buf, size_t len)
{
    while (len > 0) {
        ssize_t n = send(fd, buf, len, 0); /* @call send */
        if (n == -1) {
            perror("send");
            return -1;
        }
        buf += n;
        len -= (size_t)n;
    }
    return 0;
}

int main(int argc, char *argv[])
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s PORT [COUNT]\n", argv[0]);
        return 1;
    }
    int port = atoi(argv[1]);
    long count = argc > 2 ? atol(argv[2]) : -1; /* -1: serve forever */

    /* Sending to a client that has gone away raises SIGPIPE, which would end
       the whole server; ignored, send() just fails with EPIPE for that client. */
    signal(SIGPIPE, SIG_IGN);

    /* socket() asks the kernel for a new endpoint and returns a file
       descriptor for it, with no address yet. AF_INET = IPv4, SOCK_STREAM = TCP. */
    int listener = socket(AF_INET, SOCK_STREAM, 0); /* @call socket */
    if (listener == -1) {
        perror("socket");
        return 1;
    }

    /* Without SO_REUSEADDR, restarting the server right away fails with
       "Address already in use" while old connections sit in TIME_WAIT. */
    int yes = 1;
    if (setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes) == -1) {
        perror("setsockopt");
        return 1;
    }

    /* bind() gives the socket its local address: 127.0.0.1 (loopback only) and
       our port. htons() puts the port in network byte order (big-endian). */
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short)port);
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    if (bind(listener, (struct sockaddr *)&addr, sizeof addr) == -1) { /* @call bind */
        perror("bind");
        return 1;
    }

    /* listen() turns it into a listening socket: the kernel now answers SYNs
       and queues up to 10 finished handshakes until we accept() them. */
    if (listen(listener, 10) == -1) { /* @call listen */
        perror("listen");
        return 1;
    }
    printf("listening on 127.0.0.1:%d\n", port);
    fflush(stdout); /* stdout to a pipe is buffered; say it now */

    long served = 0;
    while (count < 0 || served < count) {
        /* accept() blocks until a client has connected, then returns a NEW
           socket for that one connection. The listener keeps listening. */
        int conn = accept(listener, NULL, NULL); /* @call accept */
        if (conn == -1) {
            perror("accept");
            continue;
        }

        /* Echo until recv() returns 0: that is the client's FIN, its close(). */
        char buf[4096];
        ssize_t n;
        while ((n = recv(conn, buf, sizeof buf, 0)) > 0) { /* @call recv */
            if (send_all(conn, buf, (size_t)n) == -1)
                break;
        }
        if (n == -1)
            perror("recv");

        close(conn); /* @call close */
        served++;
    }

    close(listener); /* @call close */
    return 0;
}
