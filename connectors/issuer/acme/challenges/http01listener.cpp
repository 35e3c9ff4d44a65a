// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/http01listener.h"

#include "connectors/issuer/acme/challenges/httpconnection.h"
#include "connectors/issuer/acme/challenges/listensocket.h"

#include <QCoreApplication>

#include <poll.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <list>
#include <vector>

namespace certdesk::issuer::acme {
namespace {

/// More connections than this wait in the kernel's backlog until one ends.
constexpr size_t MaxConnections = 64;
/// After accept() failed for want of descriptors, the listening socket is left alone this long
/// (it stays readable, and polling it would spin).
constexpr int AcceptPauseMs = 100;

} // namespace

Result<std::unique_ptr<Http01Listener>> Http01Listener::start(const SocketAddress &address, int readTimeoutMs)
{
    auto listening = openListeningSocket(address);
    if (!listening)
        return listening.error();
    UniqueFd wake(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
    if (!wake.valid())
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "The HTTP-01 challenge server could not be started."),
                     QString::fromLocal8Bit(std::strerror(errno))};
    std::unique_ptr<Http01Listener> listener(
        new Http01Listener(std::move(*listening), std::move(wake), std::max(readTimeoutMs, 1)));
    listener->m_thread = std::thread([raw = listener.get()] { raw->run(); });
    return listener;
}

Http01Listener::Http01Listener(UniqueFd listening, UniqueFd wake, int readTimeoutMs)
    : m_listening(std::move(listening)), m_wake(std::move(wake)), m_readTimeoutMs(readTimeoutMs)
{}

Http01Listener::~Http01Listener()
{
    m_stopping = true;
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t written = ::write(m_wake.get(), &one, sizeof one);
    if (m_thread.joinable())
        m_thread.join();
}

void Http01Listener::addToken(const QByteArray &token, const QByteArray &keyAuthorization)
{
    const std::lock_guard lock(m_mutex);
    Served &served = m_tokens[token];
    served.keyAuthorization = keyAuthorization;
    ++served.holds;
}

qsizetype Http01Listener::removeToken(const QByteArray &token)
{
    const std::lock_guard lock(m_mutex);
    const auto served = m_tokens.find(token);
    if (served != m_tokens.end() && --served->holds <= 0)
        m_tokens.erase(served);
    return m_tokens.size();
}

std::optional<QByteArray> Http01Listener::keyAuthorizationOf(const QByteArray &token) const
{
    const std::lock_guard lock(m_mutex);
    const auto served = m_tokens.constFind(token);
    if (served == m_tokens.cend())
        return std::nullopt;
    return served->keyAuthorization;
}

void Http01Listener::run()
{
    pthread_setname_np(pthread_self(), "acme-http01");
    const http::TokenLookup lookup = [this](const QByteArray &token) { return keyAuthorizationOf(token); };
    std::list<http::Connection> connections;
    std::vector<pollfd> polled;
    QDeadlineTimer acceptPause;
    while (!m_stopping) {
        polled.clear();
        polled.push_back(pollfd{m_wake.get(), POLLIN, 0});
        const bool accepting = connections.size() < MaxConnections && acceptPause.hasExpired();
        polled.push_back(pollfd{accepting ? m_listening.get() : -1, POLLIN, 0});
        qint64 timeoutMs = acceptPause.hasExpired() ? -1 : acceptPause.remainingTime();
        for (const http::Connection &connection : connections) {
            polled.push_back(pollfd{connection.fd(), connection.events(), 0});
            const qint64 remaining = connection.deadline().remainingTime();
            timeoutMs = timeoutMs < 0 ? remaining : std::min(timeoutMs, remaining);
        }
        // +1: poll() rounds down, and a deadline is only acted on once it has passed
        const int waitMs = timeoutMs < 0 ? -1 : int(std::min<qint64>(timeoutMs + 1, 60000));
        if (::poll(polled.data(), polled.size(), waitMs) < 0 && errno != EINTR)
            break; // cannot happen with valid descriptors; the destructor still joins
        if (m_stopping)
            break;

        size_t index = 2;
        for (http::Connection &connection : connections)
            connection.advance(polled[index++].revents, lookup);
        connections.remove_if([](const http::Connection &connection) { return connection.finished(); });

        while (accepting && (polled[1].revents & POLLIN) && connections.size() < MaxConnections) {
            const int accepted = ::accept4(m_listening.get(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (accepted < 0) {
                if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM)
                    acceptPause = QDeadlineTimer(AcceptPauseMs);
                break; // EAGAIN, or an error of that one connection (ECONNABORTED ...)
            }
            connections.emplace_back(UniqueFd(accepted), m_readTimeoutMs);
        }
    }
}

} // namespace certdesk::issuer::acme
