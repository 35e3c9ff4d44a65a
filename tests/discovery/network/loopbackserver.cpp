// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/discovery/network/loopbackserver.h"

#include <QtGlobal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>

namespace certdesk::testsupport {
namespace {

/// How often blocking waits look at the stop flag.
constexpr int StopCheckMs = 50;

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

/// A socket bound to 127.0.0.1 on an ephemeral port; returns the fd and sets `port`.
int bindLoopback(quint16 &port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        qFatal("socket: %s", strerror(errno));
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        qFatal("bind: %s", strerror(errno));
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    port = ntohs(address.sin_port);
    return fd;
}

} // namespace

bool Connection::fill(int timeoutMs)
{
    const qint64 deadline = nowMs() + timeoutMs;
    while (!m_stopping.load()) {
        const qint64 left = deadline - nowMs();
        if (left <= 0)
            return false;
        pollfd pfd{m_fd, POLLIN, 0};
        const int ready = ::poll(&pfd, 1, static_cast<int>(std::min<qint64>(left, StopCheckMs)));
        if (ready < 0 && errno != EINTR)
            return false;
        if (ready <= 0)
            continue;
        char chunk[16384];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        m_buffer.append(chunk, n);
        return true;
    }
    return false;
}

QByteArray Connection::readSome(int timeoutMs)
{
    if (m_buffer.isEmpty())
        fill(timeoutMs);
    return std::exchange(m_buffer, {});
}

std::optional<QByteArray> Connection::readUntil(const QByteArray &delimiter, int timeoutMs)
{
    const qint64 deadline = nowMs() + timeoutMs;
    for (;;) {
        const qsizetype at = m_buffer.indexOf(delimiter);
        if (at >= 0) {
            QByteArray head = m_buffer.left(at + delimiter.size());
            m_buffer.remove(0, head.size());
            return head;
        }
        if (!fill(static_cast<int>(std::max<qint64>(deadline - nowMs(), 0))))
            return std::nullopt;
    }
}

std::optional<QByteArray> Connection::readLine(int timeoutMs)
{
    return readUntil("\n", timeoutMs);
}

std::optional<QByteArray> Connection::readExactly(qsizetype count, int timeoutMs)
{
    const qint64 deadline = nowMs() + timeoutMs;
    while (m_buffer.size() < count) {
        if (!fill(static_cast<int>(std::max<qint64>(deadline - nowMs(), 0))))
            return std::nullopt;
    }
    QByteArray head = m_buffer.left(count);
    m_buffer.remove(0, count);
    return head;
}

bool Connection::write(const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(m_fd, bytes.constData() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

void Connection::waitForClose(int timeoutMs)
{
    while (fill(timeoutMs))
        m_buffer.clear();
}

LoopbackServer::LoopbackServer(Handler handler) : m_handler(std::move(handler))
{
    // OpenSSL writes to its sockets with write(): a client that hung up must not kill the test
    ::signal(SIGPIPE, SIG_IGN);
    m_listenFd = bindLoopback(m_port);
    if (::listen(m_listenFd, 1024) != 0)
        qFatal("listen: %s", strerror(errno));
    m_acceptThread = std::thread([this] { acceptLoop(); });
}

LoopbackServer::~LoopbackServer()
{
    m_stopping = true;
    m_acceptThread.join();
    {
        const std::lock_guard lock(m_mutex);
        for (const int fd : m_open)
            ::shutdown(fd, SHUT_RDWR);
    }
    for (std::thread &thread : m_threads)
        thread.join();
    ::close(m_listenFd);
}

void LoopbackServer::acceptLoop()
{
    while (!m_stopping.load()) {
        pollfd pfd{m_listenFd, POLLIN, 0};
        if (::poll(&pfd, 1, StopCheckMs) <= 0)
            continue;
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        ++m_accepted;
        const std::lock_guard lock(m_mutex);
        m_open.insert(fd);
        m_threads.emplace_back([this, fd] { serve(fd); });
    }
}

void LoopbackServer::serve(int fd)
{
    Connection connection(fd, m_stopping);
    m_handler(connection);
    const std::lock_guard lock(m_mutex);
    m_open.erase(fd);
    ::close(fd);
}

quint16 closedLoopbackPort()
{
    quint16 port = 0;
    ::close(bindLoopback(port));
    return port;
}

} // namespace certdesk::testsupport
