// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `certdeskctl discover fs`, `discovered list|claim|dismiss|restore` and
// `discovery scans`: the real binary on a temporary SQLite inventory and a folder tree written by
// the test. Expected fingerprints come from the `openssl` CLI, not from CertDesk's own code.

#include "tests/cli/clitestsupport.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace certdesk;
using namespace certdesk::clitest;
using namespace certdesk::testsupport;

class TestCliDiscovery final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliSandbox> m_cli;
    QString m_tree;
    QSet<QString> m_expected;
    QString m_leafSha;

    static QString fingerprintOf(const QString &file, bool der)
    {
        QStringList args{QStringLiteral("x509"),    QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                         QStringLiteral("-sha256"), QStringLiteral("-in"),    file};
        if (der)
            args << QStringLiteral("-inform") << QStringLiteral("DER");
        const auto run = runOpenssl(args);
        QString line = QString::fromLatin1(run.out).trimmed();
        return line.mid(line.indexOf(u'=') + 1).remove(u':').toLower();
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliSandbox>("discovery passphrase");
        QVERIFY2(m_cli->isValid(), qPrintable(m_cli->errorString()));

        m_tree = m_cli->path(QStringLiteral("tree"));
        QDir().mkpath(m_tree + QStringLiteral("/a/b"));
        const auto ca = makeSelfSignedCa(QStringLiteral("CLI Discovery CA"));
        const auto leaf = makeLeaf(ca, QStringLiteral("cli.discovery.test"));
        const auto pem = writeFile(m_tree, QStringLiteral("leaf.pem"), toPem(leaf.der));
        writeFile(m_tree + QStringLiteral("/a/b"), QStringLiteral("leaf copy.der"), leaf.der);
        const auto caFile = writeFile(m_tree + QStringLiteral("/a"), QStringLiteral("ca.cer"), ca.der);
        writeFile(m_tree + QStringLiteral("/a"), QStringLiteral("empty.crt"), QByteArray());
        m_leafSha = fingerprintOf(pem, false);
        m_expected = {m_leafSha, fingerprintOf(caFile, true)};
        QCOMPARE(m_leafSha.size(), 64);
    }

    void discoverPrintsTheDocumentTheIssueNames()
    {
        const auto run =
            m_cli->run({QStringLiteral("discover"), QStringLiteral("fs"), QStringLiteral("--json"), m_tree});
        CLI_EXPECT_EXIT(run, Ok);
        CLI_JSON(doc, run);
        QCOMPARE(doc.value(QStringLiteral("certificates")).toInt(), 2);
        QCOMPARE(doc.value(QStringLiteral("new")).toInt(), 2);
        QVERIFY(doc.value(QStringLiteral("files_read")).toInt() >= 4);
        const auto errors = doc.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first()
                    .toObject()
                    .value(QStringLiteral("path"))
                    .toString()
                    .endsWith(QLatin1String("empty.crt")));
        QVERIFY(!errors.first().toObject().value(QStringLiteral("reason")).toString().isEmpty());
        QSet<QString> found;
        for (const auto &v : doc.value(QStringLiteral("discovered")).toArray()) {
            const auto o = v.toObject();
            found.insert(o.value(QStringLiteral("sha256")).toString());
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
            QVERIFY(!o.value(QStringLiteral("subject")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("issuer")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("not_after")).toString().endsWith(u'Z'));
            if (o.value(QStringLiteral("sha256")).toString() == m_leafSha)
                QCOMPARE(o.value(QStringLiteral("locations")).toArray().size(), 2);
        }
        QCOMPARE(found, m_expected);

        const auto plain = m_cli->run({QStringLiteral("discover"), QStringLiteral("fs"), m_tree});
        CLI_EXPECT_EXIT(plain, Ok);
        CLI_EXPECT_CONTAINS(plain.out, QStringLiteral("2 certificates, 0 new"));
        CLI_EXPECT_CONTAINS(plain.out, QStringLiteral("empty.crt"));

        const auto scans =
            m_cli->run({QStringLiteral("discovery"), QStringLiteral("scans"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(scans, Ok);
        CLI_JSON(history, scans);
        QCOMPARE(history.value(QStringLiteral("scans")).toArray().size(), 2);
    }

    void triageFromTheCommandLine()
    {
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("discover"), QStringLiteral("fs"), m_tree}), Ok);
        const auto dismiss =
            m_cli->run({QStringLiteral("discovered"), QStringLiteral("dismiss"), m_leafSha.toUpper(),
                        QStringLiteral("--reason"), QStringLiteral("lab only")});
        CLI_EXPECT_EXIT(dismiss, Ok);
        CLI_EXPECT_CONTAINS(dismiss.out, QStringLiteral("dismissed"));

        const auto dismissed =
            m_cli->run({QStringLiteral("discovered"), QStringLiteral("list"), QStringLiteral("--status"),
                        QStringLiteral("dismissed"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(dismissed, Ok);
        CLI_JSON(list, dismissed);
        const auto items = list.value(QStringLiteral("discovered")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("dismiss_reason")).toString(),
                 QStringLiteral("lab only"));

        // A rescan keeps the decision.
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("discover"), QStringLiteral("fs"), m_tree}), Ok);
        CLI_JSON(again,
                 m_cli->run({QStringLiteral("discovered"), QStringLiteral("list"), QStringLiteral("--status"),
                             QStringLiteral("dismissed"), QStringLiteral("--json")}));
        QCOMPARE(again.value(QStringLiteral("discovered")).toArray().size(), 1);

        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("discovered"), QStringLiteral("restore"), m_leafSha}), Ok);
        const auto claim = m_cli->run({QStringLiteral("discovered"), QStringLiteral("claim"), m_leafSha});
        CLI_EXPECT_EXIT(claim, Ok);
        CLI_EXPECT_CONTAINS(claim.out, QStringLiteral("claimed"));
        const auto inventory =
            m_cli->run({QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_EXPECT_CONTAINS(inventory.out, m_leafSha);

        // Link the CA to the managed leaf by id.
        CLI_JSON(inv, inventory);
        const auto id = inv.value(QStringLiteral("certificates"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("id"));
        const QString caSha = *std::find_if(m_expected.begin(), m_expected.end(),
                                            [this](const QString &s) { return s != m_leafSha; });
        const auto link = m_cli->run({QStringLiteral("discovered"), QStringLiteral("claim"), caSha,
                                      QStringLiteral("--to"), QString::number(id.toInteger())});
        CLI_EXPECT_EXIT(link, Ok);
        CLI_EXPECT_CONTAINS(link.out, QStringLiteral("certificate %1").arg(id.toInteger()));
    }

    void badInputIsAClearError()
    {
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("discover"), QStringLiteral("fs")}), Usage);
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("discovered"), QStringLiteral("list"),
                                    QStringLiteral("--status"), QStringLiteral("maybe")}),
                        Usage);
        const auto bad =
            m_cli->run({QStringLiteral("discovered"), QStringLiteral("claim"), QStringLiteral("not-a-hash")});
        CLI_EXPECT_EXIT(bad, Failed);
        CLI_EXPECT_CONTAINS(bad.err, QStringLiteral("SHA-256"));
        const auto unknown =
            m_cli->run({QStringLiteral("discovered"), QStringLiteral("dismiss"), QString(64, u'a')});
        CLI_EXPECT_EXIT(unknown, Failed);
        const auto missing = m_cli->run({QStringLiteral("discover"), QStringLiteral("fs"),
                                         QStringLiteral("--json"), m_cli->path(QStringLiteral("nowhere"))});
        CLI_EXPECT_EXIT(missing, Ok);
        CLI_JSON(doc, missing);
        QCOMPARE(doc.value(QStringLiteral("errors")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliDiscovery)
#include "tst_cli_discovery.moc"
