// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Debian's caddy on loopback, for the tests of the Caddy target connector.

#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace certdesk::testsupport {

/// What the test's Caddy serves.
struct CaddyOptions
{
    /// The SNI names of the TLS listener; the first one is also its default_sni, for clients that
    /// send no name.
    QStringList serverNames{QStringLiteral("site.certdesk.test")};
    /// Caddy's "tls" app as the test wants it (certificates loaded by "someone else", load_files of
    /// file mode); empty: none.
    QJsonObject tlsApp;
    /// The listener's tls_connection_policies; empty: one that matches serverNames and one with
    /// default_sni for clients that send no name.
    QJsonArray connectionPolicies;
};

/// `caddy run --config <temp>/caddy.json` as the test's own process: the admin API and one TLS
/// listener (HTTP/1.1 and HTTP/2, a static answer) on free 127.0.0.1 ports, automatic HTTPS off,
/// storage, HOME and the XDG folders in a temporary folder, the local CA never installed into the
/// system's trust store, nothing saved (admin.config.persist false). Nothing reaches the internet.
/// Stopped by the destructor. Use from the test's main thread.
class CaddyServer final
{
public:
    explicit CaddyServer(CaddyOptions options = {});
    ~CaddyServer();
    CaddyServer(const CaddyServer &) = delete;
    CaddyServer &operator=(const CaddyServer &) = delete;

    /// Writes the configuration, starts Caddy and waits until its admin API and its TLS listener
    /// answer.
    Status start();
    void stop();
    bool isRunning() const;
    /// The process id, to prove that a deployment did not restart Caddy.
    qint64 pid() const;

    /// "http://127.0.0.1:<port>".
    QString adminUrl() const;
    /// "127.0.0.1:<port>", for `caddy reload --address`.
    QString adminAddress() const;
    int tlsPort() const;
    /// The JSON configuration file Caddy was started with.
    QString configPath() const;
    /// The temporary folder that holds everything of this Caddy.
    QString folder() const;

    /// The body of GET `path` on the admin API, or an error naming the HTTP status.
    Result<QByteArray> adminGet(const QString &path) const;
    /// The last lines of Caddy's log, for failure messages.
    QString recentLogs() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace certdesk::testsupport
