// epoll and accept4 for BarePeer: Glibc's Swift module does not export them.
#include <sys/epoll.h>

int bare_accept_nonblocking(int listener);
