#ifndef ACCORD_CCURL_SHIM_H
#define ACCORD_CCURL_SHIM_H

#include <curl/curl.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// `curl_easy_setopt` and `curl_easy_getinfo` are variadic and cannot be called from Swift;
/// these are typed, non-variadic wrappers around them.

/// Calls `curl_global_init(CURL_GLOBAL_ALL)` exactly once per process (thread-safe).
/// Returns the result of that single call on every invocation.
CURLcode accord_curl_global_init_once(void);

CURLcode accord_curl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode accord_curl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value);
CURLcode accord_curl_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode accord_curl_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode accord_curl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *list);

typedef size_t (*accord_curl_write_callback)(char *data, size_t size, size_t count, void *context);
/// Sets CURLOPT_WRITEFUNCTION and CURLOPT_WRITEDATA.
CURLcode accord_curl_setopt_write_function(CURL *handle, accord_curl_write_callback callback, void *context);

typedef int (*accord_curl_xferinfo_callback)(void *context, curl_off_t dltotal, curl_off_t dlnow,
                                             curl_off_t ultotal, curl_off_t ulnow);
/// Sets CURLOPT_XFERINFOFUNCTION and CURLOPT_XFERINFODATA and turns CURLOPT_NOPROGRESS off.
CURLcode accord_curl_setopt_xferinfo_function(CURL *handle, accord_curl_xferinfo_callback callback, void *context);

/// Called before every socket libcurl opens, with the numeric peer address ("192.0.2.1", "2001:db8::1").
/// Return non-zero to allow the connection, zero to refuse it (libcurl then fails with CURLE_COULDNT_CONNECT).
typedef int (*accord_curl_address_check)(void *context, const char *numeric_address);
struct accord_curl_address_guard {
    accord_curl_address_check check;
    void *context;
};
/// Installs CURLOPT_OPENSOCKETFUNCTION/CURLOPT_OPENSOCKETDATA so that every address libcurl is about to
/// connect to goes through `address_guard->check` first, whatever produced it (DNS, CURLOPT_RESOLVE, an IP literal).
/// Non-IP sockets are always refused. The caller owns `address_guard`, which must outlive the transfer.
CURLcode accord_curl_setopt_address_guard(CURL *handle, struct accord_curl_address_guard *address_guard);

CURLcode accord_curl_getinfo_long(CURL *handle, CURLINFO info, long *value);
/// The returned string is owned by libcurl and valid until the next transfer or cleanup; may be NULL.
CURLcode accord_curl_getinfo_string(CURL *handle, CURLINFO info, const char **value);

#ifdef __cplusplus
}
#endif

#endif
