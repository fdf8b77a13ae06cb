// epoll and eventfd for AccordHTTP's event loops: Glibc's Swift module does not export them, and
// `struct epoll_event` is packed on x86-64, so events come back as two plain arrays.
#ifndef ACCORD_CEPOLL_H
#define ACCORD_CEPOLL_H

#include <stdint.h>

enum {
    ACCORD_EPOLL_IN = 0x001,
    ACCORD_EPOLL_OUT = 0x004,
    ACCORD_EPOLL_ERR = 0x008,
    ACCORD_EPOLL_HUP = 0x010,
    ACCORD_EPOLL_RDHUP = 0x2000,
};
/// EPOLLET: report a socket when it becomes ready, not on every wait while it stays ready.
static const uint32_t ACCORD_EPOLL_EDGE = 1u << 31;

/// A close-on-exec epoll instance, or -1.
int accord_epoll_create(void);
/// EPOLL_CTL_ADD, _MOD, _DEL for `fd` with `events`; 0 or -1 with errno.
int accord_epoll_add(int epfd, int fd, uint32_t events);
int accord_epoll_modify(int epfd, int fd, uint32_t events);
int accord_epoll_remove(int epfd, int fd);
/// Waits up to `timeout_ms` (-1: forever); fills `fds` and `events` and returns how many, or -1.
int accord_epoll_wait(int epfd, int32_t *fds, uint32_t *events, int capacity, int timeout_ms);

/// A non-blocking, close-on-exec eventfd, or -1.
int accord_eventfd(void);
/// Adds one to the counter (wakes a waiting epoll).
void accord_eventfd_signal(int fd);
/// Resets the counter.
void accord_eventfd_drain(int fd);

/// CPUs this process may run on (its affinity mask: `taskset` narrows it), or 0 if unknown.
int accord_available_cpus(void);

#endif
