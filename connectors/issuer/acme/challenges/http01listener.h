// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/issuer/acme/challenges.

#include "connectors/issuer/acme/challenges/socketaddress.h"
#include "connectors/issuer/acme/challenges/uniquefd.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QHash>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace certdesk::issuer::acme {

/// One HTTP-01 challenge server: a socket listening on one address and port, served by a thread of
/// its own with a poll() loop (no Qt event loop anywhere), answering
/// GET /.well-known/acme-challenge/<token> for the tokens it holds. At most 64 connections are
/// served at once; each must send its request within the read timeout and is closed after the
/// response. Destroying the listener closes the socket, ends every connection and joins the thread.
class Http01Listener
{
public:
    /// Listens on `address` and starts serving; an Error that says what to do when it cannot.
    static Result<std::unique_ptr<Http01Listener>> start(const SocketAddress &address, int readTimeoutMs);
    ~Http01Listener();
    Http01Listener(const Http01Listener &) = delete;
    Http01Listener &operator=(const Http01Listener &) = delete;

    /// Serves `token`; a token added twice must be removed twice.
    void addToken(const QByteArray &token, const QByteArray &keyAuthorization);
    /// Takes back one addToken() of `token`; returns how many tokens are still served.
    qsizetype removeToken(const QByteArray &token);

private:
    struct Served
    {
        QByteArray keyAuthorization;
        int holds = 0;
    };

    Http01Listener(UniqueFd listening, UniqueFd wake, int readTimeoutMs);
    std::optional<QByteArray> keyAuthorizationOf(const QByteArray &token) const;
    void run();

    UniqueFd m_listening;
    UniqueFd m_wake; ///< an eventfd that interrupts the poll() when the listener stops
    const int m_readTimeoutMs;
    std::atomic<bool> m_stopping{false};
    mutable std::mutex m_mutex;
    QHash<QByteArray, Served> m_tokens;
    std::thread m_thread;
};

} // namespace certdesk::issuer::acme
