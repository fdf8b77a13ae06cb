#include "CCurlShim.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/socket.h>

static pthread_once_t accord_curl_once = PTHREAD_ONCE_INIT;
static CURLcode accord_curl_init_result = CURLE_FAILED_INIT;

static void accord_curl_do_global_init(void) {
    accord_curl_init_result = curl_global_init(CURL_GLOBAL_ALL);
}

CURLcode accord_curl_global_init_once(void) {
    pthread_once(&accord_curl_once, accord_curl_do_global_init);
    return accord_curl_init_result;
}

CURLcode accord_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode accord_curl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode accord_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode accord_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode accord_curl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *list) {
    return curl_easy_setopt(handle, option, list);
}

CURLcode accord_curl_setopt_write_function(CURL *handle, accord_curl_write_callback callback, void *context) {
    CURLcode code = curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, callback);
    if (code != CURLE_OK) return code;
    return curl_easy_setopt(handle, CURLOPT_WRITEDATA, context);
}

CURLcode accord_curl_setopt_xferinfo_function(CURL *handle, accord_curl_xferinfo_callback callback, void *context) {
    CURLcode code = curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
    if (code != CURLE_OK) return code;
    code = curl_easy_setopt(handle, CURLOPT_XFERINFODATA, context);
    if (code != CURLE_OK) return code;
    return curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
}

static curl_socket_t accord_open_socket(void *clientp, curlsocktype purpose, struct curl_sockaddr *address) {
    const struct accord_curl_address_guard *address_guard = clientp;
    char text[INET6_ADDRSTRLEN] = {0};
    (void)purpose;
    if (address == NULL || address_guard == NULL || address_guard->check == NULL) return CURL_SOCKET_BAD;
    if (address->family == AF_INET && address->addrlen >= sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *in4 = (const struct sockaddr_in *)(const void *)&address->addr;
        if (inet_ntop(AF_INET, &in4->sin_addr, text, sizeof text) == NULL) return CURL_SOCKET_BAD;
    } else if (address->family == AF_INET6 && address->addrlen >= sizeof(struct sockaddr_in6)) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)&address->addr;
        if (inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text) == NULL) return CURL_SOCKET_BAD;
    } else {
        return CURL_SOCKET_BAD; /* Unix sockets and anything else: never. */
    }
    if (!address_guard->check(address_guard->context, text)) return CURL_SOCKET_BAD;
#ifdef SOCK_CLOEXEC
    return socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
#else
    return socket(address->family, address->socktype, address->protocol);
#endif
}

CURLcode accord_curl_setopt_address_guard(CURL *handle, struct accord_curl_address_guard *address_guard) {
    CURLcode code = curl_easy_setopt(handle, CURLOPT_OPENSOCKETFUNCTION, accord_open_socket);
    if (code != CURLE_OK) return code;
    return curl_easy_setopt(handle, CURLOPT_OPENSOCKETDATA, address_guard);
}

CURLcode accord_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

CURLcode accord_curl_getinfo_string(CURL *handle, CURLINFO info, const char **value) {
    char *result = NULL;
    CURLcode code = curl_easy_getinfo(handle, info, &result);
    *value = result;
    return code;
}
