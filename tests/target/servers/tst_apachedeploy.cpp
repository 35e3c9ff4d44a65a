// SPDX-License-Identifier: GPL-3.0-or-later
// The apache target against Debian's apache2, run by the test on 127.0.0.1 with its own ServerRoot,
// PidFile and ErrorLog (see ServerDeployTest for the common scenario). Separate certificate, chain
// and key files, as SSLCertificateFile, SSLCertificateChainFile and SSLCertificateKeyFile name them.

#include "tests/target/servers/serverdeploytest.h"
#include "tests/target/support/targettestsupport.h"

#include <QTest>

using namespace certdesk;
using namespace certdesk::testsupport;

class TestApacheDeploy final : public ServerDeployTest
{
    Q_OBJECT

public:
    TestApacheDeploy() : ServerDeployTest(&makeApacheServer) {}

private Q_SLOTS:
    /// `apache2 -t` does not load keys, and `-k graceful` reports success before the new
    /// configuration is loaded: with a key that does not match, Apache stops after the graceful.
    /// The connector sees that its endpoint does not present the new certificate, puts the old
    /// files back and reloads again (which starts Apache), so the old certificate is served.
    void gracefulThatStopsApacheIsUndone()
    {
        const QMap<QString, QByteArray> before = snapshotFolder(server().certFolder());
        const Result<target::DeployOutcome> outcome = deploy(mismatchedDeployment());
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(QStringLiteral("did not present the new certificate")),
                 qPrintable(outcome.error().message));
        QVERIFY2(outcome.error().message.contains(QStringLiteral("reloaded with them")),
                 qPrintable(outcome.error().message));
        QCOMPARE(snapshotFolder(server().certFolder()), before);
        const Result<QString> presented = waitForPresented(server().port(), m_served.sha256);
        QVERIFY2(presented.ok(), qPrintable(presented.error().fullText() + u'\n' + server().recentLog()));
        QCOMPARE(presented.value(), m_served.sha256);
    }
};

QTEST_GUILESS_MAIN(TestApacheDeploy)
#include "tst_apachedeploy.moc"
