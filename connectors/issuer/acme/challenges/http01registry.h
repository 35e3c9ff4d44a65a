// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/issuer/acme/challenges.

#include "connectors/issuer/acme/challenges/http01listener.h"
#include "connectors/issuer/acme/challenges/solverconfig.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <memory>
#include <mutex>

namespace certdesk::issuer::acme {

/// The HTTP-01 listeners of this process, one per address and port, shared by every order: a
/// listener starts with the first token served on its address and port and stops (the port closed
/// before release() returns) when its last token is released. Thread-safe.
class Http01Registry
{
public:
    static Http01Registry &instance();

    /// The key of `config`'s address and port ("[::]:80"), or an Error for an address that is not
    /// numeric or port 0.
    static Result<QString> keyOf(const Http01Config &config);

    /// Serves `token` on `config`'s address and port, starting a listener there if none runs; an
    /// Error when it cannot start.
    Status acquire(const Http01Config &config, const QByteArray &token, const QByteArray &keyAuthorization);
    /// Takes back one acquire() of `token` on the listener `key`.
    void release(const QString &key, const QByteArray &token);

private:
    Http01Registry() = default;

    std::mutex m_mutex;
    std::map<QString, std::unique_ptr<Http01Listener>> m_listeners;
};

} // namespace certdesk::issuer::acme
