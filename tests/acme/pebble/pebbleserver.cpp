// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/pebble/pebbleserver.h"

#include "tests/acme/pebble/freeport.h"
#include "tests/acme/pebble/serverprocess.h"
#include "tests/acme/pebble/testhttpclient.h"
#include "tests/support/testcertificates.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

namespace certdesk::testsupport {
namespace {

constexpr int StartAttempts = 3;
constexpr int ReadyTimeoutMs = 60000;

QString pebbleBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("pebble"));
}

QString challTestSrvBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("pebble-challtestsrv"));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QString tailOf(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> all = file.readAll().split('\n');
    return QString::fromUtf8(all.mid(std::max<qsizetype>(0, all.size() - lines)).join('\n'));
}

} // namespace

struct PebbleServer::Impl
{
    PebbleOptions options;
    QTemporaryDir dir;
    QProcess pebble;
    QProcess challTestSrv;
    int acmePort = 0;
    int managementPort = 0;
    int dnsPort = 0;
    int challTestSrvPort = 0;
    int httpPort = 0;
    int tlsPort = 0;

    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }

    Status writeTlsFiles()
    {
        const TestCa ca = makeSelfSignedCa(QStringLiteral("CertDesk Pebble TLS CA"));
        const TestCertificate leaf =
            makeLeaf(ca, QStringLiteral("localhost"),
                     {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")});
        if (!writeFile(path("tls-ca.pem"), toPem(ca.der)) ||
            !writeFile(path("pebble-tls.pem"), toPem(leaf.der) + toPem(ca.der)) ||
            !writeFile(path("pebble-tls.key"), pemBlock("PRIVATE KEY", leaf.keyPkcs8.bytes()))) {
            return Error{QStringLiteral("could not write pebble's TLS files to %1").arg(dir.path())};
        }
        return {};
    }

    Status writeConfig()
    {
        QJsonObject eab;
        for (auto it = options.eabKeys.begin(); it != options.eabKeys.end(); ++it)
            eab.insert(it.key(), it.value());
        QJsonObject config;
        config.insert(u"listenAddress", QStringLiteral("127.0.0.1:%1").arg(acmePort));
        config.insert(u"managementListenAddress", QStringLiteral("127.0.0.1:%1").arg(managementPort));
        config.insert(u"certificate", path("pebble-tls.pem"));
        config.insert(u"privateKey", path("pebble-tls.key"));
        config.insert(u"httpPort", httpPort);
        config.insert(u"tlsPort", tlsPort);
        config.insert(u"ocspResponderURL", QString());
        config.insert(u"externalAccountBindingRequired", !options.eabKeys.isEmpty());
        if (!options.eabKeys.isEmpty())
            config.insert(u"externalAccountMACKeys", eab);
        QJsonObject root;
        root.insert(u"pebble", config);
        if (!writeFile(path("pebble-config.json"), QJsonDocument(root).toJson()))
            return Error{QStringLiteral("could not write pebble's configuration to %1").arg(dir.path())};
        return {};
    }

    bool pickPorts()
    {
        acmePort = freeLoopbackPort();
        managementPort = freeLoopbackPort();
        dnsPort = freeLoopbackPort(true);
        challTestSrvPort = freeLoopbackPort();
        httpPort = options.httpChallengePort > 0 ? options.httpChallengePort : freeLoopbackPort();
        tlsPort = freeLoopbackPort();
        return acmePort && managementPort && dnsPort && challTestSrvPort && httpPort && tlsPort;
    }

    /// Waits until `probe` succeeds while `process` runs.
    Status waitUntilReady(QProcess &process, const char *name, const std::function<bool()> &probe)
    {
        QDeadlineTimer deadline(ReadyTimeoutMs);
        while (!deadline.hasExpired()) {
            if (process.state() == QProcess::NotRunning || process.waitForFinished(0))
                return Error{QStringLiteral("%1 exited during start-up").arg(QLatin1String(name))};
            if (probe())
                return {};
            QThread::msleep(50);
        }
        return Error{QStringLiteral("%1 did not answer within %2 s")
                         .arg(QLatin1String(name))
                         .arg(ReadyTimeoutMs / 1000)};
    }

    Status startOnce()
    {
        dieWithParent(challTestSrv);
        challTestSrv.setProcessChannelMode(QProcess::MergedChannels);
        challTestSrv.setStandardOutputFile(path("challtestsrv.log"));
        challTestSrv.start(challTestSrvBinary(),
                           {QStringLiteral("-dns01"), QStringLiteral("127.0.0.1:%1").arg(dnsPort),
                            QStringLiteral("-http01"), QString(), QStringLiteral("-https01"), QString(),
                            QStringLiteral("-tlsalpn01"), QString(), QStringLiteral("-management"),
                            QStringLiteral("127.0.0.1:%1").arg(challTestSrvPort),
                            QStringLiteral("-defaultIPv4"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("-defaultIPv6"), QString()});
        const QString ctsUrl = QStringLiteral("http://127.0.0.1:%1").arg(challTestSrvPort);
        if (Status ready =
                waitUntilReady(challTestSrv, "pebble-challtestsrv",
                               [&] { return testHttpRequest("GET", ctsUrl + u'/', {}, {}, 2000).ok(); });
            !ready) {
            return ready;
        }

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PEBBLE_VA_ALWAYS_VALID"),
                   options.alwaysValid ? QStringLiteral("1") : QStringLiteral("0"));
        env.insert(QStringLiteral("PEBBLE_VA_NOSLEEP"), QStringLiteral("1"));
        env.insert(QStringLiteral("PEBBLE_WFE_NONCEREJECT"), QString::number(options.nonceRejectPercent));
        env.insert(QStringLiteral("PEBBLE_AUTHZREUSE"), QString::number(options.authzReusePercent));
        env.insert(QStringLiteral("PEBBLE_ALTERNATE_ROOTS"), QString::number(options.alternateRoots));
        for (auto it = options.extraEnvironment.begin(); it != options.extraEnvironment.end(); ++it)
            env.insert(it.key(), it.value());
        dieWithParent(pebble);
        pebble.setProcessEnvironment(env);
        pebble.setProcessChannelMode(QProcess::MergedChannels);
        pebble.setStandardOutputFile(path("pebble.log"));
        pebble.start(pebbleBinary(),
                     {QStringLiteral("-config"), path("pebble-config.json"), QStringLiteral("-strict=false"),
                      QStringLiteral("-dnsserver"), QStringLiteral("127.0.0.1:%1").arg(dnsPort)});
        const QString directory = QStringLiteral("https://127.0.0.1:%1/dir").arg(acmePort);
        return waitUntilReady(pebble, "pebble", [&] {
            const Result<TestHttpResponse> answer =
                testHttpRequest("GET", directory, {}, path("tls-ca.pem"), 2000);
            return answer.ok() && answer->status == 200;
        });
    }

    void stop()
    {
        stopProcess(pebble);
        stopProcess(challTestSrv);
    }

    Result<QByteArray> managementGet(const QString &pathAndQuery) const
    {
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(managementPort) + pathAndQuery;
        Result<TestHttpResponse> answer = testHttpRequest("GET", url, {}, path("tls-ca.pem"));
        if (!answer)
            return answer.error();
        if (answer->status != 200)
            return Error{QStringLiteral("GET %1: HTTP %2").arg(url).arg(answer->status),
                         QString::fromUtf8(answer->body)};
        return answer->body;
    }

    Status challTestSrvPost(const char *endpoint, const QJsonObject &body) const
    {
        const QString url =
            QStringLiteral("http://127.0.0.1:%1/").arg(challTestSrvPort) + QLatin1String(endpoint);
        Result<TestHttpResponse> answer =
            testHttpRequest("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!answer)
            return answer.error();
        if (answer->status != 200)
            return Error{QStringLiteral("POST %1: HTTP %2").arg(url).arg(answer->status),
                         QString::fromUtf8(answer->body)};
        return {};
    }
};

PebbleServer::PebbleServer(PebbleOptions options) : m_impl(std::make_unique<Impl>())
{
    m_impl->options = std::move(options);
}

PebbleServer::~PebbleServer()
{
    m_impl->stop();
}

QString PebbleServer::missingBinaries()
{
    QStringList missing;
    if (pebbleBinary().isEmpty())
        missing.append(QStringLiteral("pebble"));
    if (challTestSrvBinary().isEmpty())
        missing.append(QStringLiteral("pebble-challtestsrv"));
    if (missing.isEmpty())
        return {};
    return QStringLiteral(
               "%1 not installed (Debian package pebble; installer/install-deps.sh --test installs it)")
        .arg(missing.join(QStringLiteral(" and ")));
}

Status PebbleServer::start()
{
    if (!m_impl->dir.isValid())
        return Error{QStringLiteral("could not create a temporary directory for pebble")};
    if (Status tls = m_impl->writeTlsFiles(); !tls)
        return tls;
    Error last{QStringLiteral("pebble was not started")};
    for (int attempt = 0; attempt < StartAttempts; ++attempt) {
        if (!m_impl->pickPorts())
            return Error{QStringLiteral("no free loopback ports for pebble")};
        if (Status config = m_impl->writeConfig(); !config)
            return config;
        const Status started = m_impl->startOnce();
        if (started)
            return {};
        last = started.error();
        last.detail = recentLogs();
        m_impl->stop();
        // Another program may have taken a port between the check and the bind: try new ones.
        if (!last.detail.contains(QLatin1String("address already in use")))
            break;
    }
    return last;
}

bool PebbleServer::isRunning() const
{
    return m_impl->pebble.state() == QProcess::Running && m_impl->challTestSrv.state() == QProcess::Running;
}

QString PebbleServer::directoryUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1/dir").arg(m_impl->acmePort);
}

QString PebbleServer::caBundlePath() const
{
    return m_impl->path("tls-ca.pem");
}

QString PebbleServer::managementUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_impl->managementPort);
}

QString PebbleServer::challTestSrvUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_impl->challTestSrvPort);
}

int PebbleServer::dnsPort() const
{
    return m_impl->dnsPort;
}

int PebbleServer::httpChallengePort() const
{
    return m_impl->httpPort;
}

Result<QByteArray> PebbleServer::rootPem(int index) const
{
    return m_impl->managementGet(QStringLiteral("/roots/%1").arg(index));
}

Result<QByteArray> PebbleServer::intermediatePem(int index) const
{
    return m_impl->managementGet(QStringLiteral("/intermediates/%1").arg(index));
}

Result<QJsonObject> PebbleServer::certificateStatus(const QString &serialHex) const
{
    Result<QByteArray> body = m_impl->managementGet(QStringLiteral("/cert-status-by-serial/") + serialHex);
    if (!body)
        return body.error();
    const QJsonDocument document = QJsonDocument::fromJson(*body);
    if (!document.isObject())
        return Error{QStringLiteral("pebble's certificate status is not a JSON object"),
                     QString::fromUtf8(*body)};
    return document.object();
}

Status PebbleServer::setTxtRecord(const QString &host, const QString &value) const
{
    QJsonObject body;
    body.insert(u"host", host);
    body.insert(u"value", value);
    return m_impl->challTestSrvPost("set-txt", body);
}

Status PebbleServer::clearTxtRecord(const QString &host) const
{
    QJsonObject body;
    body.insert(u"host", host);
    return m_impl->challTestSrvPost("clear-txt", body);
}

QString PebbleServer::recentLogs() const
{
    return QStringLiteral("--- pebble:\n%1\n--- pebble-challtestsrv:\n%2")
        .arg(tailOf(m_impl->path("pebble.log"), 30), tailOf(m_impl->path("challtestsrv.log"), 15));
}

} // namespace certdesk::testsupport
