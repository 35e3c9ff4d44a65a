// SPDX-License-Identifier: GPL-3.0-or-later
// The haproxy target against Debian's haproxy, run by the test on 127.0.0.1 as a daemon with its
// own pid file (see ServerDeployTest for the common scenario): one combined PEM file, 0600,
// reloaded by starting a new haproxy with -sf (tests/target/scripts/haproxy-reload.sh).

#include "tests/target/servers/serverdeploytest.h"
#include "tests/target/support/targettestsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace certdesk;
using namespace certdesk::testsupport;

class TestHaproxyDeploy final : public ServerDeployTest
{
    Q_OBJECT

public:
    TestHaproxyDeploy() : ServerDeployTest(&makeHaproxyServer) {}

private Q_SLOTS:
    /// The combined file on disk is the certificate, the chain and the key, in that order (its mode,
    /// 0600, is checked by deployIsServed).
    void combinedPemOrder()
    {
        const QString path = server().settings().value(QStringLiteral("pem_path")).toString();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        static const QRegularExpression block(
            QStringLiteral("-----BEGIN ([A-Z ]+)-----\\n([A-Za-z0-9+/=\\n]+)-----END \\1-----\\n"));
        QStringList labels;
        QList<QByteArray> ders;
        for (QRegularExpressionMatchIterator it = block.globalMatch(QString::fromLatin1(file.readAll()));
             it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            labels.append(match.captured(1));
            ders.append(QByteArray::fromBase64(match.captured(2).toLatin1()));
        }
        QCOMPARE(labels, (QStringList{QStringLiteral("CERTIFICATE"), QStringLiteral("CERTIFICATE"),
                                      QStringLiteral("PRIVATE KEY")}));
        QCOMPARE(ders.at(0), m_served.certificateDer);
        QCOMPARE(ders.at(1), m_served.chainDer.first());
    }

    /// validate_command is optional: without it, a key that does not match reaches the reload,
    /// which fails (the new haproxy refuses the file and the old one keeps serving); the old file
    /// is put back and haproxy reloaded with it.
    void failedReloadWithoutCheckIsUndone()
    {
        const QMap<QString, QByteArray> before = snapshotFolder(server().certFolder());
        const Result<target::DeployOutcome> outcome =
            deploy(mismatchedDeployment(), {{QStringLiteral("validate_command"), QString()}});
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(QStringLiteral("reload")),
                 qPrintable(outcome.error().message));
        QVERIFY2(outcome.error().message.contains(QStringLiteral("reloaded with them")),
                 qPrintable(outcome.error().message));
        QVERIFY2(outcome.error().detail.contains(
                     QStringLiteral("inconsistencies between private key and certificate")),
                 qPrintable(outcome.error().detail));
        QCOMPARE(snapshotFolder(server().certFolder()), before);
        verifyStillServed();
    }
};

QTEST_GUILESS_MAIN(TestHaproxyDeploy)
#include "tst_haproxydeploy.moc"
