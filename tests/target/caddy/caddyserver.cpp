// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/target/caddy/caddyserver.h"

#include "tests/acme/pebble/freeport.h"
#include "tests/acme/pebble/serverprocess.h"
#include "tests/acme/pebble/testhttpclient.h"
#include "tests/target/support/targettestsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace certdesk::testsupport {
namespace {

constexpr int StartAttempts = 3;
constexpr int ReadyTimeoutMs = 60000;

/// True when something accepts TCP connections on 127.0.0.1:`port`.
bool acceptsConnections(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<uint16_t>(port));
    const bool connected = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

} // namespace

struct CaddyServer::Impl
{
    CaddyOptions options;
    QTemporaryDir dir;
    QProcess process;
    int adminPort = 0;
    int tlsPort = 0;

    QString path(const QString &name) const { return dir.filePath(name); }

    QJsonObject configuration() const
    {
        const QJsonArray names = QJsonArray::fromStringList(options.serverNames);
        QJsonArray policies = options.connectionPolicies;
        if (policies.isEmpty())
            policies = {QJsonObject{{QStringLiteral("match"), QJsonObject{{QStringLiteral("sni"), names}}}},
                        QJsonObject{{QStringLiteral("default_sni"), options.serverNames.value(0)}}};
        QJsonObject server{
            {QStringLiteral("listen"), QJsonArray{QStringLiteral("127.0.0.1:%1").arg(tlsPort)}},
            {QStringLiteral("protocols"), QJsonArray{QStringLiteral("h1"), QStringLiteral("h2")}},
            {QStringLiteral("automatic_https"), QJsonObject{{QStringLiteral("disable"), true}}},
            {QStringLiteral("tls_connection_policies"), policies},
            {QStringLiteral("routes"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("handle"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("handler"), QStringLiteral("static_response")},
                                  {QStringLiteral("body"), QStringLiteral("certdesk caddy test")}}}}}}},
        };
        QJsonObject apps{
            {QStringLiteral("http"),
             QJsonObject{{QStringLiteral("servers"), QJsonObject{{QStringLiteral("certdesk"), server}}}}},
            // Never touch the system's trust store, whatever makes Caddy set up its local CA.
            {QStringLiteral("pki"),
             QJsonObject{{QStringLiteral("certificate_authorities"),
                          QJsonObject{{QStringLiteral("local"),
                                       QJsonObject{{QStringLiteral("install_trust"), false}}}}}}},
        };
        if (!options.tlsApp.isEmpty())
            apps.insert(QStringLiteral("tls"), options.tlsApp);
        return QJsonObject{
            {QStringLiteral("admin"),
             QJsonObject{{QStringLiteral("listen"), QStringLiteral("127.0.0.1:%1").arg(adminPort)},
                         {QStringLiteral("config"), QJsonObject{{QStringLiteral("persist"), false}}}}},
            {QStringLiteral("storage"),
             QJsonObject{{QStringLiteral("module"), QStringLiteral("file_system")},
                         {QStringLiteral("root"), path(QStringLiteral("storage"))}}},
            {QStringLiteral("apps"), apps},
        };
    }

    Status writeConfig() const
    {
        QFile file(path(QStringLiteral("caddy.json")));
        const QByteArray json = QJsonDocument(configuration()).toJson();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
            return Error{QStringLiteral("could not write Caddy's configuration to %1").arg(file.fileName())};
        return {};
    }

    Status startOnce()
    {
        adminPort = freeLoopbackPort();
        tlsPort = freeLoopbackPort();
        if (!adminPort || !tlsPort)
            return Error{QStringLiteral("no free loopback ports for Caddy")};
        if (Status written = writeConfig(); !written)
            return written;
        for (const char *folder : {"home", "home/config", "home/data"})
            QDir().mkpath(path(QLatin1String(folder)));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/data")));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(path(QStringLiteral("caddy.log")), QIODevice::Append);
        // Dies with the test, so a test killed by ctest's timeout leaves no Caddy behind.
        dieWithParent(process);
        process.start(QStringLiteral("caddy"), {QStringLiteral("run"), QStringLiteral("--config"),
                                                path(QStringLiteral("caddy.json"))});
        if (!process.waitForStarted(10000))
            return Error{QStringLiteral("caddy could not be started: %1").arg(process.errorString())};
        const QString configUrl = QStringLiteral("http://127.0.0.1:%1/config/").arg(adminPort);
        QDeadlineTimer deadline(ReadyTimeoutMs);
        while (!deadline.hasExpired()) {
            if (process.state() == QProcess::NotRunning || process.waitForFinished(0))
                return Error{QStringLiteral("caddy exited during start-up")};
            const Result<TestHttpResponse> answer = testHttpRequest("GET", configUrl, {}, {}, 2000);
            if (answer && answer->status == 200 && acceptsConnections(tlsPort))
                return {};
            QThread::msleep(50);
        }
        return Error{QStringLiteral("caddy did not answer within %1 s").arg(ReadyTimeoutMs / 1000)};
    }
};

CaddyServer::CaddyServer(CaddyOptions options) : m_impl(std::make_unique<Impl>())
{
    m_impl->options = std::move(options);
}

CaddyServer::~CaddyServer()
{
    stop();
}

Status CaddyServer::start()
{
    if (!m_impl->dir.isValid())
        return Error{QStringLiteral("could not create a temporary folder for Caddy")};
    // Each attempt picks new ports.
    return startRetryingTakenPorts(
        StartAttempts, [this](bool) { return m_impl->startOnce(); }, [this] { return recentLogs(); },
        [this] { stop(); });
}

void CaddyServer::stop()
{
    QProcess &process = m_impl->process;
    // Killed, not asked to stop: it keeps nothing (persist is off) that a clean exit would save.
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
}

bool CaddyServer::isRunning() const
{
    return m_impl->process.state() == QProcess::Running;
}

qint64 CaddyServer::pid() const
{
    return m_impl->process.processId();
}

QString CaddyServer::adminUrl() const
{
    return QStringLiteral("http://") + adminAddress();
}

QString CaddyServer::adminAddress() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_impl->adminPort);
}

int CaddyServer::tlsPort() const
{
    return m_impl->tlsPort;
}

QString CaddyServer::configPath() const
{
    return m_impl->path(QStringLiteral("caddy.json"));
}

QString CaddyServer::folder() const
{
    return m_impl->dir.path();
}

Result<QByteArray> CaddyServer::adminGet(const QString &path) const
{
    Result<TestHttpResponse> answer = testHttpRequest("GET", adminUrl() + path);
    if (answer && answer->status != 200)
        answer = Error{QStringLiteral("GET %1 on Caddy's admin API: HTTP %2").arg(path).arg(answer->status),
                       QString::fromUtf8(answer->body)};
    return answer ? Result<QByteArray>(answer->body) : Result<QByteArray>(answer.error());
}

QString CaddyServer::recentLogs() const
{
    return QStringLiteral("--- caddy:\n") + lastLines(m_impl->path(QStringLiteral("caddy.log")), 30);
}

} // namespace certdesk::testsupport
