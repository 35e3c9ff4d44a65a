// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/pebble/fakehttpserver.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

namespace certdesk::testsupport {
namespace {

constexpr int ReadTimeoutMs = 10000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

/// Reads one request from `fd`; false when the peer closed or sent garbage.
bool readRequest(int fd, FakeHttpRequest &request)
{
    QByteArray buffer;
    qsizetype headerEnd = -1;
    qsizetype contentLength = 0;
    char chunk[4096];
    while (true) {
        if (headerEnd >= 0 && buffer.size() >= headerEnd + 4 + contentLength)
            break;
        pollfd pfd{fd, POLLIN, 0};
        if (::poll(&pfd, 1, ReadTimeoutMs) <= 0)
            return false;
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        buffer.append(chunk, n);
        if (headerEnd < 0) {
            headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                continue;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            if (requestLine.size() < 2)
                return false;
            request.method = requestLine[0];
            request.path = requestLine[1];
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            contentLength = request.headers.value("content-length", "0").toLongLong();
        }
    }
    request.body = buffer.mid(headerEnd + 4, contentLength);
    return true;
}

void writeAll(int fd, const QByteArray &data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n =
            ::send(fd, data.constData() + sent, static_cast<size_t>(data.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return;
        sent += n;
    }
}

} // namespace

struct FakeHttpServer::Impl
{
    Handler handler;
    int listenFd = -1;
    int stopPipe[2] = {-1, -1};
    int port = 0;
    std::atomic<bool> stopping{false};
    std::thread acceptThread;
    std::mutex mutex;
    std::vector<std::thread> connections;
    std::vector<int> hungFds;
    QList<FakeHttpRequest> served;

    void serve(int fd)
    {
        FakeHttpRequest request;
        if (!readRequest(fd, request)) {
            ::close(fd);
            return;
        }
        const FakeHttpResponse response = handler(request);
        {
            std::lock_guard guard(mutex);
            served.append(request);
            if (response.hang) {
                hungFds.push_back(fd);
                return;
            }
        }
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
            "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n";
        if (request.method != "HEAD")
            out += response.body;
        writeAll(fd, out);
        ::shutdown(fd, SHUT_WR);
        ::close(fd);
    }

    void acceptLoop()
    {
        while (!stopping) {
            pollfd fds[2] = {{listenFd, POLLIN, 0}, {stopPipe[0], POLLIN, 0}};
            if (::poll(fds, 2, -1) < 0) {
                if (errno == EINTR)
                    continue;
                return;
            }
            if (fds[1].revents)
                return;
            const int fd = ::accept(listenFd, nullptr, nullptr);
            if (fd < 0)
                continue;
            std::lock_guard guard(mutex);
            connections.emplace_back([this, fd] { serve(fd); });
        }
    }
};

FakeHttpServer::FakeHttpServer(Handler handler) : m_impl(std::make_unique<Impl>())
{
    m_impl->handler = std::move(handler);
}

FakeHttpServer::~FakeHttpServer()
{
    m_impl->stopping = true;
    if (m_impl->stopPipe[1] >= 0)
        (void)::write(m_impl->stopPipe[1], "x", 1);
    if (m_impl->acceptThread.joinable())
        m_impl->acceptThread.join();
    {
        // Hung connections end now, so that their clients see the server go away.
        std::lock_guard guard(m_impl->mutex);
        for (const int fd : m_impl->hungFds)
            ::close(fd);
        m_impl->hungFds.clear();
    }
    for (std::thread &connection : m_impl->connections)
        connection.join();
    for (const int fd : {m_impl->listenFd, m_impl->stopPipe[0], m_impl->stopPipe[1]}) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool FakeHttpServer::start(QString *error)
{
    auto fail = [error](const char *what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                  QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    };
    if (::pipe(m_impl->stopPipe) != 0)
        return fail("pipe");
    m_impl->listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_impl->listenFd < 0)
        return fail("socket");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(m_impl->listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return fail("bind");
    if (::listen(m_impl->listenFd, 64) != 0)
        return fail("listen");
    if (::getsockname(m_impl->listenFd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return fail("getsockname");
    m_impl->port = ntohs(address.sin_port);
    m_impl->acceptThread = std::thread([impl = m_impl.get()] { impl->acceptLoop(); });
    return true;
}

QString FakeHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_impl->port);
}

QList<FakeHttpRequest> FakeHttpServer::requests() const
{
    std::lock_guard guard(m_impl->mutex);
    return m_impl->served;
}

} // namespace certdesk::testsupport
