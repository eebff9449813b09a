/*
 * client.c -- a TCP echo client with the BSD socket API.
 *
 * Usage: ./client HOST PORT [MESSAGE]
 * Connects to HOST:PORT, sends MESSAGE (or, without it, what it reads from
 * standard input, up to 64 KiB), reads the same number of bytes back, prints
 * them and closes.
 *
 * Build: gcc -Wall -o client client.c
 */
#include <arpa/inet.h>   /* htons, inet_pton */
#include <netinet/in.h>  /* struct sockaddr_in */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>  /* socket, connect, send, recv */
#include <unistd.h>      /* close */

static char message[65536];
static char reply[65536];

int main(int argc, char *argv[])
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s HOST PORT [MESSAGE]\n", argv[0]);
        return 1;
    }
    size_t len;
    if (argc > 3) {
        len = strlen(argv[3]);
        if (len > sizeof message)
            len = sizeof message;
        memcpy(message, argv[3], len);
    } else {
        len = fread(message, 1, sizeof message, stdin);
    }

    /* The server's address: an IPv4 address and a port, both in network byte order. */
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short)atoi(argv[2]));
    if (inet_pton(AF_INET, argv[1], &addr.sin_addr) != 1) {
        fprintf(stderr, "not an IPv4 address: %s\n", argv[1]);
        return 1;
    }

    int fd = socket(AF_INET, SOCK_STREAM, 0); /* @call socket */
    if (fd == -1) {
        perror("socket");
        return 1;
    }

    /* connect() sends the SYN and returns once the three-way handshake is done.
       No bind() needed: the kernel picks a free local port for us. */
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) == -1) { /* @call connect */
        perror("connect"); /* e.g. "Connection refused": nobody listens there */
        return 1;
    }

    /* send() copies bytes into the kernel's send buffer; it may take fewer
       than we asked, so loop until everything is handed over. */
    for (size_t sent = 0; sent < len;) {
        ssize_t n = send(fd, message + sent, len - sent, 0); /* @call send */
        if (n == -1) {
            perror("send");
            return 1;
        }
        sent += (size_t)n;
    }

    /* TCP is a byte stream, not a stream of messages: one recv() may return
       part of what the server sent, or more than one send()'s worth. So we
       keep calling recv() until we have as many bytes as we sent. */
    size_t got = 0;
    while (got < len) {
        ssize_t n = recv(fd, reply + got, len - got, 0); /* @call recv */
        if (n == -1) {
            perror("recv");
            return 1;
        }
        if (n == 0) { /* the server closed before echoing everything */
            fprintf(stderr, "server closed after %zu of %zu bytes\n", got, len);
            return 1;
        }
        got += (size_t)n;
    }
    fwrite(reply, 1, got, stdout);

    /* close() sends our FIN; the server's recv() then returns 0. */
    close(fd); /* @call close */
    return 0;
}
