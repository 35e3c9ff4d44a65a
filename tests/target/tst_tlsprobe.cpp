// SPDX-License-Identifier: GPL-3.0-or-later
// The deployment check: a TLS handshake through the sandbox reports the fingerprint of the
// certificate the server presents. The server is a real `openssl s_server` on loopback.

#include "connectors/target/sdk/tlsprobe.h"
#include "tests/acme/pebble/freeport.h"
#include "tests/support/testcertificates.h"
#include "tests/target/support/targettestsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::target;

namespace {

/// `openssl s_server` serving `main`, and `sni` when the client asks for `sniName`.
class OpenSslServer
{
public:
    ~OpenSslServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QString &dir, const Deployment &main, const Deployment &sni, const QString &sniName)
    {
        const QString cert = testsupport::writeFile(dir, QStringLiteral("main.pem"), main.fullChainPem());
        const QString key =
            testsupport::writeFile(dir, QStringLiteral("main.key"), main.privateKeyPem.bytes());
        const QString cert2 = testsupport::writeFile(dir, QStringLiteral("sni.pem"), sni.fullChainPem());
        const QString key2 =
            testsupport::writeFile(dir, QStringLiteral("sni.key"), sni.privateKeyPem.bytes());
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = quint16(testsupport::freeLoopbackPort());
            m_process.start(QStringLiteral("openssl"),
                            {QStringLiteral("s_server"), QStringLiteral("-quiet"), QStringLiteral("-accept"),
                             QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-cert"), cert,
                             QStringLiteral("-key"), key, QStringLiteral("-servername"), sniName,
                             QStringLiteral("-cert2"), cert2, QStringLiteral("-key2"), key2});
            if (!m_process.waitForStarted(5000))
                return false;
            if (testsupport::waitForLoopbackPort(m_port) && m_process.state() == QProcess::Running)
                return true;
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        return false;
    }
    quint16 port() const { return m_port; }
    QByteArray output() { return m_process.readAll(); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

class TestTlsProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsThePresentedCertificate();
    void sendsTheServerName();
    void deniesAnUngrantedEndpoint();
    void failsClearlyOnAPlainTcpServer();

private:
    QTemporaryDir m_dir;
    Deployment m_main = testsupport::makeTestDeployment(QStringLiteral("main.certdesk.test"));
    Deployment m_sni = testsupport::makeTestDeployment(QStringLiteral("sni.certdesk.test"));
    OpenSslServer m_server;
};

void TestTlsProbe::initTestCase()
{
    CERTDESK_REQUIRE_PROGRAM(QStringLiteral("openssl"), QStringLiteral("openssl"));
    QVERIFY(m_server.start(m_dir.path(), m_main, m_sni, QStringLiteral("sni.certdesk.test")));
}

void TestTlsProbe::reportsThePresentedCertificate()
{
    Sandbox sandbox(QStringLiteral("test"),
                    {{CapabilityKind::NetDial, QStringLiteral("127.0.0.1:%1").arg(m_server.port())}});
    const Result<QString> sha = presentedCertificateSha256(
        sandbox, {QStringLiteral("127.0.0.1"), m_server.port(), {}}, std::chrono::seconds(10));
    QVERIFY2(sha.ok(), qPrintable(sha.error().fullText()));
    QCOMPARE(*sha, m_main.sha256);
}

void TestTlsProbe::sendsTheServerName()
{
    Sandbox sandbox(QStringLiteral("test"),
                    {{CapabilityKind::NetDial, QStringLiteral("127.0.0.1:%1").arg(m_server.port())}});
    const Result<QString> sha = presentedCertificateSha256(
        sandbox, {QStringLiteral("127.0.0.1"), m_server.port(), QStringLiteral("sni.certdesk.test")},
        std::chrono::seconds(10));
    QVERIFY2(sha.ok(), qPrintable(sha.error().fullText()));
    QCOMPARE(*sha, m_sni.sha256);
    QVERIFY(*sha != m_main.sha256);
}

void TestTlsProbe::deniesAnUngrantedEndpoint()
{
    Sandbox sandbox(QStringLiteral("nginx"), {});
    const Result<QString> sha = presentedCertificateSha256(
        sandbox, {QStringLiteral("127.0.0.1"), m_server.port(), {}}, std::chrono::seconds(10));
    QVERIFY(!sha.ok());
    QCOMPARE(sha.error().code, ErrorCode::Denied);
}

void TestTlsProbe::failsClearlyOnAPlainTcpServer()
{
    // A listening socket that never answers (the kernel completes the connection): the handshake
    // times out instead of hanging.
    const testsupport::SilentListener silent;
    const quint16 port = silent.port();
    Sandbox sandbox(QStringLiteral("test"),
                    {{CapabilityKind::NetDial, QStringLiteral("127.0.0.1:%1").arg(port)}});
    QElapsedTimer timer;
    timer.start();
    const Result<QString> sha = presentedCertificateSha256(sandbox, {QStringLiteral("127.0.0.1"), port, {}},
                                                           std::chrono::milliseconds(500));
    QVERIFY(!sha.ok());
    QVERIFY2(sha.error().message.contains(QLatin1String("handshake")), qPrintable(sha.error().message));
    QVERIFY(timer.elapsed() < 5000);
}

QTEST_GUILESS_MAIN(TestTlsProbe)
#include "tst_tlsprobe.moc"
