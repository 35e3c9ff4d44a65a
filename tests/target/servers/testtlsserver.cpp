// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/target/servers/testtlsserver.h"

#include "connectors/sysio/atomicfile.h"
#include "connectors/target/sdk/filetarget.h"
#include "connectors/target/sdk/sandbox.h"
#include "connectors/target/sdk/tlsprobe.h"
#include "tests/acme/pebble/freeport.h"
#include "tests/target/support/targettestsupport.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <cerrno>
#include <csignal>

namespace certdesk::testsupport {
namespace {

using namespace std::chrono_literals;

const QString LoopbackHost = QStringLiteral("127.0.0.1");

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

/// Runs a command to its end (up to 30 s) and returns its exit status and output.
std::pair<int, QString> run(const QStringList &argv)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(argv.first(), argv.mid(1));
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, QStringLiteral("%1 did not finish: %2").arg(argv.join(u' '), process.errorString())};
    }
    const int status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {status, QString::fromLocal8Bit(process.readAll())};
}

bool processExists(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

QString sha256Hex(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

class NginxServer final : public TestTlsServer
{
public:
    QString program() const override { return QStringLiteral("nginx"); }
    QString debianPackage() const override { return QStringLiteral("nginx"); }
    QString typeName() const override { return QStringLiteral("nginx"); }

    QJsonObject settings() const override
    {
        const QString base = baseCommand().join(u' ');
        return {
            {QStringLiteral("cert_path"), QString(certFolder() + QStringLiteral("/fullchain.pem"))},
            {QStringLiteral("chain_path"), QString()},
            {QStringLiteral("key_path"), QString(certFolder() + QStringLiteral("/key.pem"))},
            {QStringLiteral("validate_command"), QString(base + QStringLiteral(" -t"))},
            {QStringLiteral("reload_command"), QString(base + QStringLiteral(" -s reload"))},
            {QStringLiteral("endpoint"), QStringLiteral("127.0.0.1:%1").arg(port())},
            {QStringLiteral("server_name"), QStringLiteral("deploy.certdesk.test")},
        };
    }

    void breakConfig() override { writeText(includedConfigPath(), QStringLiteral("not_a_directive on;\n")); }
    QString brokenConfigMessage() const override
    {
        return QStringLiteral("unknown directive \"not_a_directive\"");
    }

protected:
    void writeConfig() const override
    {
        QDir(dir()).mkpath(QStringLiteral("tmp"));
        const QString temp = dir() + QStringLiteral("/tmp/");
        writeText(dir() + QStringLiteral("/nginx.conf"),
                  QStringLiteral("pid %1;\n"
                                 "worker_processes 1;\n"
                                 "events { worker_connections 64; }\n"
                                 "http {\n"
                                 "  access_log off;\n"
                                 "  client_body_temp_path %2body;\n  proxy_temp_path %2proxy;\n"
                                 "  fastcgi_temp_path %2fastcgi;\n  uwsgi_temp_path %2uwsgi;\n"
                                 "  scgi_temp_path %2scgi;\n"
                                 "  server {\n"
                                 "    listen 127.0.0.1:%3 ssl;\n"
                                 "    ssl_certificate %4/fullchain.pem;\n"
                                 "    ssl_certificate_key %4/key.pem;\n"
                                 "    include %5;\n"
                                 "  }\n"
                                 "}\n")
                      .arg(pidFile(), temp)
                      .arg(port())
                      .arg(certFolder(), includedConfigPath()));
    }
    QStringList startCommand() const override { return baseCommand(); }
    QString pidFile() const override { return dir() + QStringLiteral("/nginx.pid"); }
    QString errorLog() const override { return dir() + QStringLiteral("/error.log"); }
    QString includedConfigPath() const override { return dir() + QStringLiteral("/extra.conf"); }

private:
    QStringList baseCommand() const
    {
        return {QStringLiteral("nginx"),
                QStringLiteral("-p"),
                dir(),
                QStringLiteral("-c"),
                dir() + QStringLiteral("/nginx.conf"),
                QStringLiteral("-e"),
                errorLog()};
    }
};

class ApacheServer final : public TestTlsServer
{
public:
    QString program() const override { return QStringLiteral("apache2"); }
    QString debianPackage() const override { return QStringLiteral("apache2"); }
    QString typeName() const override { return QStringLiteral("apache"); }

    QJsonObject settings() const override
    {
        const QString base = QStringLiteral("apache2 -f %1/httpd.conf").arg(dir());
        return {
            {QStringLiteral("cert_path"), QString(certFolder() + QStringLiteral("/cert.pem"))},
            {QStringLiteral("chain_path"), QString(certFolder() + QStringLiteral("/chain.pem"))},
            {QStringLiteral("key_path"), QString(certFolder() + QStringLiteral("/key.pem"))},
            {QStringLiteral("validate_command"), QString(base + QStringLiteral(" -t"))},
            {QStringLiteral("reload_command"), QString(base + QStringLiteral(" -k graceful"))},
            {QStringLiteral("endpoint"), QStringLiteral("127.0.0.1:%1").arg(port())},
        };
    }

    void breakConfig() override
    {
        writeText(includedConfigPath(),
                  QStringLiteral("SSLCACertificateFile %1/missing-ca.pem\n").arg(dir()));
    }
    QString brokenConfigMessage() const override { return QStringLiteral("missing-ca.pem' does not exist"); }

protected:
    void writeConfig() const override
    {
        QDir(dir()).mkpath(QStringLiteral("run"));
        // Started as root (as in CI), Apache's children run as nobody; they read no file of ours.
        const QString user = ::geteuid() == 0 ? QStringLiteral("User nobody\nGroup nogroup\n") : QString();
        writeText(dir() + QStringLiteral("/httpd.conf"),
                  QStringLiteral("ServerRoot %1\n"
                                 "ServerName localhost\n"
                                 "PidFile %2\n"
                                 "ErrorLog %3\n"
                                 "LogLevel warn\n"
                                 "DefaultRuntimeDir %1/run\n"
                                 "Mutex file:%1/run default\n"
                                 "LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so\n"
                                 "LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so\n"
                                 "LoadModule ssl_module /usr/lib/apache2/modules/mod_ssl.so\n"
                                 "%4"
                                 "Listen 127.0.0.1:%5\n"
                                 "<VirtualHost 127.0.0.1:%5>\n"
                                 "  SSLEngine on\n"
                                 "  SSLCertificateFile %6/cert.pem\n"
                                 "  SSLCertificateChainFile %6/chain.pem\n"
                                 "  SSLCertificateKeyFile %6/key.pem\n"
                                 "</VirtualHost>\n"
                                 "Include %7\n")
                      .arg(dir(), pidFile(), errorLog(), user)
                      .arg(port())
                      .arg(certFolder(), includedConfigPath()));
    }
    QStringList startCommand() const override
    {
        return {QStringLiteral("apache2"), QStringLiteral("-f"), dir() + QStringLiteral("/httpd.conf"),
                QStringLiteral("-k"), QStringLiteral("start")};
    }
    QString pidFile() const override { return dir() + QStringLiteral("/httpd.pid"); }
    QString errorLog() const override { return dir() + QStringLiteral("/error.log"); }
    QString includedConfigPath() const override { return dir() + QStringLiteral("/extra.conf"); }
};

class HaproxyServer final : public TestTlsServer
{
public:
    QString program() const override { return QStringLiteral("haproxy"); }
    QString debianPackage() const override { return QStringLiteral("haproxy"); }
    QString typeName() const override { return QStringLiteral("haproxy"); }

    QJsonObject settings() const override
    {
        const QString files = configArguments().join(u' ');
        return {
            {QStringLiteral("pem_path"), QString(certFolder() + QStringLiteral("/site.pem"))},
            {QStringLiteral("validate_command"), QString(QStringLiteral("haproxy -c ") + files)},
            {QStringLiteral("reload_command"),
             QStringLiteral(CERTDESK_TARGET_SCRIPTS_DIR "/haproxy-reload.sh %1 %2").arg(pidFile(), files)},
            {QStringLiteral("endpoint"), QStringLiteral("127.0.0.1:%1").arg(port())},
        };
    }

    void breakConfig() override
    {
        writeText(includedConfigPath(),
                  QStringLiteral("frontend broken\n  bind 127.0.0.1:%1 ssl crt %2/missing.pem\n")
                      .arg(freeLoopbackPort())
                      .arg(dir()));
    }
    QString brokenConfigMessage() const override { return QStringLiteral("missing.pem"); }

protected:
    void writeConfig() const override
    {
        writeText(dir() + QStringLiteral("/haproxy.cfg"),
                  QStringLiteral("global\n"
                                 "  maxconn 64\n"
                                 "defaults\n"
                                 "  mode http\n"
                                 "  timeout connect 5s\n"
                                 "  timeout client 30s\n"
                                 "  timeout server 30s\n"
                                 "frontend tls\n"
                                 "  bind 127.0.0.1:%1 ssl crt %2/site.pem\n"
                                 "  http-request return status 200 content-type text/plain string ok\n")
                      .arg(port())
                      .arg(certFolder()));
    }
    QStringList startCommand() const override
    {
        return QStringList{QStringLiteral("haproxy")} + configArguments() +
               QStringList{QStringLiteral("-D"), QStringLiteral("-p"), pidFile()};
    }
    QString pidFile() const override { return dir() + QStringLiteral("/haproxy.pid"); }
    // HAProxy logs to syslog only; a failed start is seen in startCommand()'s output instead.
    QString errorLog() const override { return {}; }
    QString includedConfigPath() const override { return dir() + QStringLiteral("/extra.cfg"); }

private:
    /// HAProxy has no include directive: the second configuration file is given with a second -f.
    QStringList configArguments() const
    {
        return {QStringLiteral("-f"), dir() + QStringLiteral("/haproxy.cfg"), QStringLiteral("-f"),
                includedConfigPath()};
    }
};

} // namespace

TestTlsServer::TestTlsServer() = default;

TestTlsServer::~TestTlsServer()
{
    stop();
}

void TestTlsServer::healConfig()
{
    writeText(includedConfigPath(), QStringLiteral("# included by the test's configuration\n"));
}

Status TestTlsServer::start(const target::Deployment &initial)
{
    if (!m_dir.isValid())
        return Error{QStringLiteral("no temporary folder: %1").arg(m_dir.errorString())};
    QDir(dir()).mkpath(QStringLiteral("certs"));
    m_pidFile = pidFile(); // for stop() in the destructor, where pidFile() can no longer be called
    QString lastFailure;
    // A free port can be taken by someone else before the server binds it: try a few.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = quint16(freeLoopbackPort());
        writeConfig();
        healConfig();
        Result<std::unique_ptr<target::Connector>> made = connector();
        if (!made)
            return made.error();
        const auto *files = dynamic_cast<const target::FileConnector *>(made->get());
        if (!files)
            return Error{QStringLiteral("the %1 connector is not a file connector").arg(typeName())};
        for (const target::TargetFile &file : files->layout().files(initial)) {
            if (Status written = sysio::writeFileAtomically(file.path, file.bytes.bytes(), file.mode);
                !written)
                return written;
        }
        const auto [status, output] = run(startCommand());
        if (status == 0) {
            const Result<QString> presented = waitForPresented(m_port, initial.sha256, 20s);
            if (presented && presented.value() == initial.sha256)
                return {};
            lastFailure = presented ? QStringLiteral("it presents %1").arg(presented.value())
                                    : presented.error().fullText();
            stop();
        } else {
            lastFailure = output + u'\n' + recentLog();
        }
    }
    return Error{QStringLiteral("%1 did not start").arg(program()), lastFailure};
}

bool TestTlsServer::isRunning() const
{
    QFile file(m_pidFile);
    return file.open(QIODevice::ReadOnly) && processExists(file.readAll().trimmed().toLongLong());
}

void TestTlsServer::stop()
{
    if (m_pidFile.isEmpty())
        return;
    QFile file(m_pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const qint64 pid = file.readAll().trimmed().toLongLong();
    if (!processExists(pid))
        return;
    ::kill(pid_t(pid), SIGTERM);
    const QDeadlineTimer deadline(5s);
    while (processExists(pid) && !deadline.hasExpired())
        QThread::msleep(50);
    if (processExists(pid))
        ::kill(pid_t(pid), SIGKILL);
}

Result<std::unique_ptr<target::Connector>> TestTlsServer::connector(const QJsonObject &changes) const
{
    const target::TargetType *type = target::findTargetType(typeName());
    if (!type)
        return Error{QStringLiteral("no target type %1").arg(typeName())};
    target::TargetSettings settings;
    settings.values = this->settings();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        settings.values.insert(it.key(), it.value());
    return type->create(settings);
}

QString TestTlsServer::recentLog() const
{
    return errorLog().isEmpty() ? QString() : lastLines(errorLog(), 15);
}

std::unique_ptr<TestTlsServer> makeNginxServer()
{
    return std::make_unique<NginxServer>();
}

std::unique_ptr<TestTlsServer> makeApacheServer()
{
    return std::make_unique<ApacheServer>();
}

std::unique_ptr<TestTlsServer> makeHaproxyServer()
{
    return std::make_unique<HaproxyServer>();
}

Result<QString> presentedSha256(quint16 port)
{
    target::Sandbox sandbox(QStringLiteral("test"),
                            {{target::CapabilityKind::NetDial, QStringLiteral("127.0.0.1:%1").arg(port)}});
    return target::presentedCertificateSha256(sandbox, target::Endpoint{LoopbackHost, port, {}}, 5s);
}

Result<QString> presentedSha256ByOpenSsl(quint16 port)
{
    const auto [status, output] =
        run({QStringLiteral("openssl"), QStringLiteral("s_client"), QStringLiteral("-connect"),
             QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-servername"),
             QStringLiteral("deploy.certdesk.test")});
    static const QRegularExpression pem(
        QStringLiteral("-----BEGIN CERTIFICATE-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END CERTIFICATE-----"));
    const QRegularExpressionMatch match = pem.match(output);
    if (!match.hasMatch())
        return Error{QStringLiteral("openssl s_client saw no certificate (exit status %1)").arg(status),
                     output};
    return sha256Hex(QByteArray::fromBase64(
        match.captured(1).remove(QRegularExpression(QStringLiteral("\\s"))).toLatin1()));
}

Result<QString> waitForPresented(quint16 port, const QString &sha256, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    int inARow = 0;
    for (;;) {
        Result<QString> presented = presentedSha256(port);
        inARow = presented && presented.value() == sha256 ? inARow + 1 : 0;
        if (inARow == 5 || deadline.hasExpired())
            return presented;
        QThread::msleep(inARow > 0 ? 20 : 100);
    }
}

} // namespace certdesk::testsupport
