// SPDX-License-Identifier: GPL-3.0-or-later
// The nginx target against Debian's nginx, run by the test on 127.0.0.1 (see ServerDeployTest for
// the common scenario). The certificate file holds the chain, as nginx's ssl_certificate wants.

#include "tests/target/servers/serverdeploytest.h"
#include "tests/target/support/targettestsupport.h"

#include <QTest>

using namespace certdesk;
using namespace certdesk::testsupport;

class TestNginxDeploy final : public ServerDeployTest
{
    Q_OBJECT

public:
    TestNginxDeploy() : ServerDeployTest(&makeNginxServer) {}

private Q_SLOTS:
    /// nginx -t loads the key and the certificate, so a key that does not match fails the check.
    void mismatchedKeyFailsTheCheck()
    {
        const QMap<QString, QByteArray> before = snapshotFolder(server().certFolder());
        const Result<target::DeployOutcome> outcome = deploy(mismatchedDeployment());
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().detail.contains(QStringLiteral("key values mismatch")),
                 qPrintable(outcome.error().detail));
        QCOMPARE(snapshotFolder(server().certFolder()), before);
        verifyStillServed();
    }

    /// With nginx stopped the reload cannot reach it, with the new files or the old ones: "the
    /// server did not come back", and the files are the old ones. Runs last: it stops the server.
    void stoppedServerDoesNotComeBack()
    {
        server().stop();
        QVERIFY(!server().isRunning());
        const QMap<QString, QByteArray> before = snapshotFolder(server().certFolder());
        const Result<target::DeployOutcome> outcome = deploy(makeTestDeployment());
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(QStringLiteral("did not come back")),
                 qPrintable(outcome.error().message));
        QVERIFY2(outcome.error().detail.contains(QStringLiteral("nginx.pid")),
                 qPrintable(outcome.error().detail));
        QCOMPARE(snapshotFolder(server().certFolder()), before);
    }
};

QTEST_GUILESS_MAIN(TestNginxDeploy)
#include "tst_nginxdeploy.moc"
