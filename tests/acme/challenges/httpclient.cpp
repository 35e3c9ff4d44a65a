// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/challenges/httpclient.h"

#include <curl/curl.h>

#include <QDeadlineTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <memory>
#include <mutex>

namespace certdesk::testsupport {
namespace {

using CurlPtr = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;

size_t onData(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * count));
    return size * count;
}

int connectLoopback(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        const int error = errno;
        ::close(fd);
        errno = error;
        return -1;
    }
    return fd;
}

} // namespace

HttpResponse curlGet(const QString &url, int timeoutMs)
{
    static std::once_flag init;
    std::call_once(init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    CurlPtr curl(curl_easy_init(), &curl_easy_cleanup);
    HttpResponse response;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray urlBytes = url.toUtf8();
    curl_easy_setopt(curl.get(), CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl.get(), CURLOPT_NOPROXY, "*");
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, &onData);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &response.body);
    const CURLcode code = curl_easy_perform(curl.get());
    if (code != CURLE_OK) {
        response.error = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
        response.refused = code == CURLE_COULDNT_CONNECT;
        return response;
    }
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &response.status);
    const char *type = nullptr;
    curl_easy_getinfo(curl.get(), CURLINFO_CONTENT_TYPE, &type);
    response.contentType = type ? QByteArray(type) : QByteArray();
    return response;
}

std::optional<QByteArray> rawExchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    const int fd = connectLoopback(port);
    if (fd < 0)
        return std::nullopt;
    const QDeadlineTimer deadline(timeoutMs);
    if (::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) != request.size()) {
        ::close(fd);
        return std::nullopt;
    }
    QByteArray received;
    for (;;) {
        pollfd entry{fd, POLLIN, 0};
        if (::poll(&entry, 1, int(deadline.remainingTime())) <= 0)
            break; // timeout
        char buffer[4096];
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        if (got <= 0) {
            ::close(fd);
            return received;
        }
        received.append(buffer, got);
    }
    ::close(fd);
    return std::nullopt;
}

int openConnection(quint16 port)
{
    return connectLoopback(port);
}

bool connectionRefused(quint16 port)
{
    const int fd = connectLoopback(port);
    if (fd >= 0) {
        ::close(fd);
        return false;
    }
    return errno == ECONNREFUSED;
}

} // namespace certdesk::testsupport
