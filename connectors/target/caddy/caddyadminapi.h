// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the Caddy target connector: the few calls of Caddy's admin API it makes.

#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace certdesk::target {
class Sandbox;
}

namespace certdesk::target::caddy {

/// Caddy's admin API (https://caddyserver.com/docs/api) reached through a Sandbox: reads the
/// configuration at a path and changes it there. Caddy applies a change at once, without a restart,
/// or refuses it with `{"error": "..."}` and keeps its previous configuration; such a refusal
/// becomes an Error with Caddy's sentence in the detail. Every text taken from Caddy passes through
/// `withoutSecret` first, so a private key sent in a body never comes back in an error.
class AdminApi final
{
public:
    /// `baseUrl` is the admin endpoint without a trailing '/', e.g. "http://localhost:2019".
    /// `secret`, when given, is what the requests may carry and Caddy's answers must never repeat
    /// (the private key being sent); it must outlive the AdminApi.
    AdminApi(Sandbox &sandbox, QString baseUrl, const pki::SecureBytes *secret = nullptr);

    /// GET `path` ("/config/", "/id/certdesk-www/certificate"). A path with nothing there is JSON
    /// null; an unknown "/id/..." is an Error with ErrorCode::NotFound.
    Result<QJsonValue> get(const QString &path) const;
    /// POST, PUT, PATCH or DELETE `path` with a JSON `body` (empty for DELETE). The body may hold a
    /// private key: it is wiped when the call returns.
    Status change(const QByteArray &method, const QString &path, pki::SecureBytes body) const;

private:
    Error unreachable(const QString &what, const Error &cause) const;
    Error refused(const QString &what, int status, const QByteArray &body) const;

    Sandbox &m_sandbox;
    QString m_baseUrl;
    const pki::SecureBytes *m_secret = nullptr;
};

/// `text` with every line of the PEM `secret` that it quotes, and any PRIVATE KEY block, replaced
/// by "[removed]".
QString withoutSecret(QString text, const QByteArray &secret);

/// Appends `text` to `out` as a JSON string (quoted and escaped) without reallocating `out` when it
/// has room for 6 bytes per byte of `text` plus 2: callers reserve, so no copy of a key is left
/// behind in freed memory.
void appendJsonString(QByteArray &out, const QByteArray &text);

} // namespace certdesk::target::caddy
