// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `certdeskctl issuer add acme` and the common issue/renew/revoke commands with
// an ACME issuer, against Debian's pebble on loopback with REAL HTTP-01 validation: the real binary
// runs with QProcess in an isolated temporary folder. Also: --names-file issuing several certificates
// at once, refusals (terms not accepted, EAB half given, an unreachable directory, an unknown
// preset-looking URL), and the account key never stored unsealed.
#include "clitestsupport.h"
#include "tests/acme/pebble/freeport.h"
#include "tests/acme/pebble/pebbleserver.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

#include <memory>

using namespace certdesk;
using namespace certdesk::clitest;

class TestCliAcme final : public QObject
{
    Q_OBJECT

    QStringList pebbleIssuer(const QString &name) const
    {
        return {QStringLiteral("issuer"),
                QStringLiteral("add"),
                QStringLiteral("acme"),
                QStringLiteral("--name"),
                name,
                QStringLiteral("--directory"),
                m_pebble->directoryUrl(),
                QStringLiteral("--ca-bundle"),
                m_pebble->caBundlePath(),
                QStringLiteral("--email"),
                QStringLiteral("ops@example.org"),
                QStringLiteral("--agree-tos"),
                QStringLiteral("--http-address"),
                QStringLiteral("127.0.0.1"),
                QStringLiteral("--http-port"),
                QString::number(m_pebble->httpChallengePort()),
                QStringLiteral("--one-new-order-at-a-time")}; // pebble 2.4 can deadlock on overlapping orders
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::PebbleOptions options;
        options.alwaysValid = false;
        m_pebble = std::make_unique<testsupport::PebbleServer>(options);
        CERTDESK_START_PEBBLE(*m_pebble);
    }

    void init()
    {
        m_cli = std::make_unique<CliSandbox>("acme cli test passphrase");
        QVERIFY2(m_cli->isValid(), qPrintable(m_cli->errorString()));
    }

    void addIssueRenewRevoke()
    {
        auto added =
            m_cli->run(pebbleIssuer(QStringLiteral("LE test")) + QStringList{QStringLiteral("--json")});
        CLI_EXPECT_EXIT(added, Ok);
        CLI_JSON(issuer, added);
        QVERIFY(issuer.value(QStringLiteral("account"))
                    .toString()
                    .startsWith(QStringLiteral("https://127.0.0.1")));
        QCOMPARE(issuer.value(QStringLiteral("ari")).toBool(), false); // pebble 2.4 has no renewalInfo

        auto listed =
            m_cli->run({QStringLiteral("issuer"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(listed, Ok);
        QVERIFY(listed.out.contains("\"acme\""));

        auto issued =
            m_cli->run({QStringLiteral("issue"), QStringLiteral("--issuer"), QStringLiteral("LE test"),
                        QStringLiteral("--cn"), QStringLiteral("www.cli-acme.test"), QStringLiteral("--san"),
                        QStringLiteral("DNS:www.cli-acme.test"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(issued, Ok);
        CLI_JSON(certificate, issued);
        const QString id = QString::number(certificate.value(QStringLiteral("id")).toInteger());
        QVERIFY(certificate.value(QStringLiteral("issuer")).toString().contains(QStringLiteral("Pebble")));

        auto renewed = m_cli->run({QStringLiteral("renew"), id, QStringLiteral("--json")});
        CLI_EXPECT_EXIT(renewed, Ok);
        CLI_JSON(renewal, renewed);
        const QString serial = renewal.value(QStringLiteral("serial")).toString();
        QVERIFY(!serial.isEmpty());
        QVERIFY(serial != certificate.value(QStringLiteral("serial")).toString());

        auto revoked = m_cli->run(
            {QStringLiteral("revoke"), id, QStringLiteral("--reason"), QStringLiteral("superseded")});
        CLI_EXPECT_EXIT(revoked, Ok);
        auto status = m_pebble->certificateStatus(QString(serial).remove(u':'));
        QVERIFY2(status.ok(), qPrintable(status.error().fullText()));
        QCOMPARE(status->value(QStringLiteral("Status")).toString(), QStringLiteral("Revoked"));
        QCOMPARE(status->value(QStringLiteral("Reason")).toInt(), 4);

        QVERIFY(!allDatabaseBytes(m_cli->db()).contains("PRIVATE KEY"));
    }

    void issueManyAtOnce()
    {
        CLI_EXPECT_EXIT(m_cli->run(pebbleIssuer(QStringLiteral("Bulk"))), Ok);
        QFile names(m_cli->path(QStringLiteral("names.txt")));
        QVERIFY(names.open(QIODevice::WriteOnly));
        names.write(
            "# one certificate per line\nbulk1.cli-acme.test\nbulk2.cli-acme.test\n\nbulk3.cli-acme.test\n");
        names.close();
        auto issued =
            m_cli->run({QStringLiteral("issue"), QStringLiteral("--issuer"), QStringLiteral("Bulk"),
                        QStringLiteral("--names-file"), names.fileName(), QStringLiteral("--parallel"),
                        QStringLiteral("3"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(issued, Ok);
        CLI_JSON(result, issued);
        QCOMPARE(result.value(QStringLiteral("issued")).toArray().size(), 3);
        QCOMPARE(result.value(QStringLiteral("failed")).toArray().size(), 0);
        auto listed = m_cli->run({QStringLiteral("inventory"), QStringLiteral("list")});
        QVERIFY(listed.out.contains("bulk2.cli-acme.test"));
    }

    void refusals()
    {
        auto noTerms = pebbleIssuer(QStringLiteral("No terms"));
        noTerms.removeAll(QStringLiteral("--agree-tos"));
        auto refused = m_cli->run(noTerms);
        CLI_EXPECT_EXIT(refused, Failed);
        QVERIFY2(refused.err.contains("terms of service"), qPrintable(refused.describe()));

        auto halfEab = pebbleIssuer(QStringLiteral("Half EAB")) +
                       QStringList{QStringLiteral("--eab-kid"), QStringLiteral("k")};
        CLI_EXPECT_EXIT(m_cli->run(halfEab), Usage);

        auto unreachable = pebbleIssuer(QStringLiteral("Down"));
        unreachable[unreachable.indexOf(m_pebble->directoryUrl())] =
            QStringLiteral("https://127.0.0.1:%1/dir").arg(testsupport::freeLoopbackPort());
        auto down = m_cli->run(unreachable);
        CLI_EXPECT_EXIT(down, Failed);
        QVERIFY2(down.err.contains("ACME directory"), qPrintable(down.describe()));

        auto badChallenge = pebbleIssuer(QStringLiteral("Bad")) +
                            QStringList{QStringLiteral("--challenge"), QStringLiteral("tls-alpn-01")};
        auto bad = m_cli->run(badChallenge);
        CLI_EXPECT_EXIT(bad, Failed);
        QVERIFY2(bad.err.contains("http-01, dns-01 or dns-persist-01"), qPrintable(bad.describe()));

        // Nothing of the refused setups was saved.
        auto listed =
            m_cli->run({QStringLiteral("issuer"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(listed, Ok);
        QVERIFY2(!listed.out.contains("\"acme\""), qPrintable(listed.describe()));
    }

private:
    std::unique_ptr<testsupport::PebbleServer> m_pebble;
    std::unique_ptr<CliSandbox> m_cli;
};

QTEST_GUILESS_MAIN(TestCliAcme)
#include "tst_cli_acme.moc"
