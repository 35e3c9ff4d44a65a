// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Debian's nginx, apache2 and haproxy, each run by a test on 127.0.0.1 as the test's own daemon
// with its own configuration, pid and log files in a temporary folder, serving TLS from the files
// a file-target connector writes.

#include "connectors/target/sdk/connector.h"
#include "connectors/target/sdk/targettype.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace certdesk::testsupport {

/// One server: start() writes its configuration and the first certificate's files and starts it;
/// the destructor stops it (by the pid in its pid file). Use from the test's main thread.
class TestTlsServer
{
public:
    virtual ~TestTlsServer();
    TestTlsServer(const TestTlsServer &) = delete;
    TestTlsServer &operator=(const TestTlsServer &) = delete;

    /// The binary and its Debian package, for CERTDESK_REQUIRE_PROGRAM.
    virtual QString program() const = 0;
    virtual QString debianPackage() const = 0;
    /// The target type that deploys to this server: "nginx", "apache", "haproxy".
    virtual QString typeName() const = 0;
    /// That type's settings for this server: files under certFolder(), the check and reload
    /// commands for this server's own configuration, and its endpoint.
    virtual QJsonObject settings() const = 0;
    /// Makes the configuration check fail (a syntax error or a missing file in the included
    /// configuration file); healConfig() empties that file again.
    virtual void breakConfig() = 0;
    /// A line of the check's output when the configuration is broken.
    virtual QString brokenConfigMessage() const = 0;
    void healConfig();

    /// Writes the configuration and `initial`'s files (as the type lays them out) and starts the
    /// server; waits until it answers a TLS handshake (up to 20 s).
    Status start(const target::Deployment &initial);
    /// Stops the server (SIGTERM to the pid in its pid file, SIGKILL after 5 s).
    void stop();
    bool isRunning() const;

    /// The connector for settings() with `changes` applied.
    Result<std::unique_ptr<target::Connector>> connector(const QJsonObject &changes = {}) const;

    QString dir() const { return m_dir.path(); }
    /// Where the certificate files are: dir() + "/certs".
    QString certFolder() const { return dir() + QStringLiteral("/certs"); }
    quint16 port() const { return m_port; }
    /// The last lines of the server's error log, for failure messages.
    QString recentLog() const;

protected:
    TestTlsServer();
    /// Writes the main configuration for port(); it includes includedConfigPath().
    virtual void writeConfig() const = 0;
    /// The command that starts the server as a daemon.
    virtual QStringList startCommand() const = 0;
    virtual QString pidFile() const = 0;
    virtual QString errorLog() const = 0;
    virtual QString includedConfigPath() const = 0;

private:
    QTemporaryDir m_dir;
    QString m_pidFile;
    quint16 m_port = 0;
};

/// nginx -p DIR -c DIR/nginx.conf -e DIR/error.log; reload by -s reload; the certificate file
/// holds the chain (chain_path empty), as nginx wants.
std::unique_ptr<TestTlsServer> makeNginxServer();
/// apache2 -f DIR/httpd.conf -k start, with its own ServerRoot, PidFile and ErrorLog, mpm_event,
/// authz_core and ssl from /usr/lib/apache2/modules; reload by -k graceful.
std::unique_ptr<TestTlsServer> makeApacheServer();
/// haproxy -f DIR/haproxy.cfg -f DIR/extra.cfg -D -p DIR/haproxy.pid; reload by
/// tests/target/scripts/haproxy-reload.sh (-sf with the old pid).
std::unique_ptr<TestTlsServer> makeHaproxyServer();

/// The SHA-256 (lowercase hex) of the certificate 127.0.0.1:`port` presents, by the SDK's TLS probe.
Result<QString> presentedSha256(quint16 port);
/// The same seen by `openssl s_client`, for a check by a second TLS client.
Result<QString> presentedSha256ByOpenSsl(quint16 port);
/// Polls presentedSha256 until it is `sha256` in five handshakes in a row or `timeout` passes;
/// returns the last answer. Five: right after a reload, nginx's old workers may still take a new
/// connection now and then until they have stopped.
Result<QString> waitForPresented(quint16 port, const QString &sha256,
                                 std::chrono::milliseconds timeout = std::chrono::seconds(15));

} // namespace certdesk::testsupport
