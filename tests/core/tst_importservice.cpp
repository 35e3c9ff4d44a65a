// SPDX-License-Identifier: GPL-3.0-or-later
// Imports into a real SQLite inventory: every container format, deduplication, keys from PKCS#12,
// passwords, and bad input that must leave nothing behind.
#include "app/core/importservice.h"
#include "app/core/inventoryservice.h"
#include "coretestsupport.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "tests/support/testcertificates.h"

#include <QtTest>

using namespace certdesk;
using testsupport::writeFile;

class TestImportService final : public QObject
{
    Q_OBJECT

    testsupport::TestCa m_root = testsupport::makeSelfSignedCa(QStringLiteral("Import Root CA"));
    testsupport::TestCa m_issuing = testsupport::makeIntermediateCa(m_root, QStringLiteral("Import Issuing CA"));
    testsupport::TestCertificate m_leaf = testsupport::makeLeaf(
        m_issuing, QStringLiteral("www.import.example"),
        {QStringLiteral("DNS:www.import.example"), QStringLiteral("DNS:import.example"), QStringLiteral("IP:192.0.2.7")});

    static qint64 count(testsupport::TestInventory &inv)
    {
        auto n = store::CertificateRepository(inv.context->database()->connection()).count();
        return n ? *n : -1;
    }
    static int auditCount(testsupport::TestInventory &inv)
    {
        auto events = inv.context->inventory().auditEvents(1000);
        return events ? int(events->size()) : -1;
    }

private Q_SLOTS:
    void importsEveryEncoding_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("certificates");
        QTest::newRow("pem") << "leaf.pem" << testsupport::toPem(m_leaf.der) << 1;
        QTest::newRow("der") << "leaf.der" << m_leaf.der << 1;
        QTest::newRow("der named .pem") << "binary.pem" << m_leaf.der << 1;
        QTest::newRow("pem bundle, root first")
            << "chain.crt" << testsupport::toPemBundle({m_root.der, m_issuing.der, m_leaf.der}) << 3;
        QTest::newRow("p7b der") << "chain.p7b"
                                 << testsupport::toPkcs7({m_leaf.der, m_issuing.der}, testsupport::Pkcs7Encoding::Der)
                                 << 2;
        QTest::newRow("p7b pem") << "chain.p7c"
                                 << testsupport::toPkcs7({m_leaf.der, m_issuing.der}, testsupport::Pkcs7Encoding::Pem)
                                 << 2;
    }
    void importsEveryEncoding()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, certificates);
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        const auto file = writeFile(inv.dir.path(), name, bytes);
        const auto results = inv.context->imports().importFiles({file});
        QCOMPARE(results.size(), 1);
        QVERIFY2(results[0].status.ok(), qPrintable(results[0].status.error().fullText()));
        QCOMPARE(results[0].imported.size(), certificates);
        QCOMPARE(count(inv), certificates);
        QCOMPARE(auditCount(inv), certificates);
        // Importing the same file again creates nothing new.
        const auto again = inv.context->imports().importFiles({file});
        QVERIFY(again[0].status.ok());
        QCOMPARE(again[0].imported.size(), 0);
        QCOMPARE(again[0].alreadyHeld.size(), certificates);
        QCOMPARE(count(inv), certificates);
    }

    void bundleStoresTheChainOfTheLeaf()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        const auto file =
            writeFile(inv.dir.path(), QStringLiteral("b.pem"), testsupport::toPemBundle({m_root.der, m_leaf.der, m_issuing.der}));
        const auto results = inv.context->imports().importFiles({file});
        QVERIFY(results[0].status.ok());
        auto rows = inv.context->inventory().summaries();
        QVERIFY(rows.ok());
        qint64 leafId = 0;
        for (const auto &s : *rows)
            if (s.commonName == QLatin1String("www.import.example"))
                leafId = s.id;
        QVERIFY(leafId > 0);
        auto view = inv.context->inventory().view(leafId);
        QVERIFY2(view.ok(), qPrintable(view.error().fullText()));
        QCOMPARE(view->chain.size(), 2);
        QCOMPARE(view->chain[0].der, m_issuing.der);
        QCOMPARE(view->chain[1].der, m_root.der);
        QCOMPARE(view->certificate.current.details.sans.dns,
                 QStringList({QStringLiteral("www.import.example"), QStringLiteral("import.example")}));
        QCOMPARE(view->certificate.current.details.sans.ip, QStringList{QStringLiteral("192.0.2.7")});
    }

    void pkcs12WithPasswordStoresTheKey()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        const auto file = writeFile(inv.dir.path(), QStringLiteral("leaf.p12"),
                                    testsupport::toPkcs12(m_leaf, {m_issuing.der, m_root.der}, QStringLiteral("pw")));
        auto results = inv.context->imports().importFiles({file});
        QVERIFY(!results[0].status.ok());
        QCOMPARE(results[0].status.error().code, ErrorCode::PasswordRequired);
        QCOMPARE(count(inv), 0);

        results = inv.context->imports().importFiles({file}, QStringLiteral("not it"));
        QCOMPARE(results[0].status.error().code, ErrorCode::WrongPassword);
        QVERIFY(results[0].status.error().message.contains(QLatin1String("leaf.p12")));
        QCOMPARE(count(inv), 0);

        results = inv.context->imports().importFiles({file}, QStringLiteral("pw"));
        QVERIFY2(results[0].status.ok(), qPrintable(results[0].status.error().fullText()));
        QVERIFY(results[0].privateKeyStored);
        QCOMPARE(results[0].imported.size(), 3);
        auto rows = inv.context->inventory().summaries();
        int withKey = 0;
        for (const auto &s : *rows)
            withKey += s.hasPrivateKey ? 1 : 0;
        QCOMPARE(withKey, 1); // only the leaf's public key matches the key in the file
    }

    void keyIsAttachedToACertificateAlreadyHeld()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        const auto pem = writeFile(inv.dir.path(), QStringLiteral("leaf.pem"), testsupport::toPem(m_leaf.der));
        QVERIFY(inv.context->imports().importFiles({pem})[0].status.ok());
        const auto p12 = writeFile(inv.dir.path(), QStringLiteral("leaf.p12"),
                                   testsupport::toPkcs12(m_leaf, {}, QStringLiteral("pw")));
        const auto results = inv.context->imports().importFiles({p12}, QStringLiteral("pw"));
        QVERIFY(results[0].status.ok());
        QCOMPARE(results[0].imported.size(), 0);
        QCOMPARE(results[0].alreadyHeld.size(), 1);
        QVERIFY(results[0].privateKeyStored);
        auto rows = inv.context->inventory().summaries();
        QCOMPARE(rows->size(), 1);
        QVERIFY(rows->first().hasPrivateKey);
        auto events = inv.context->inventory().auditEvents(10);
        QCOMPARE(events->first().action, QStringLiteral("certificate.key_import"));
    }

    void badInputIsRefusedAndLeavesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QByteArray truncated = testsupport::toPem(m_leaf.der);
        truncated.truncate(truncated.size() / 2);
        QByteArray random(700, '\0');
        for (auto &b : random)
            b = char(QRandomGenerator::global()->generate());
        random[0] = 0x30;
        QTest::newRow("empty") << "empty.pem" << QByteArray() << "empty";
        QTest::newRow("truncated pem") << "cut.pem" << truncated << "cut.pem";
        QTest::newRow("binary renamed .pem") << "random.pem" << random << "random.pem";
        QTest::newRow("private key only") << "key.pem" << testsupport::privateKeyPem(m_leaf) << "key.pem";
        QTest::newRow("csr") << "req.pem" << testsupport::csrPem(m_leaf, QStringLiteral("x")) << "req.pem";
        // A good certificate followed by a broken block: the whole file is refused, not half of it.
        QTest::newRow("good then broken") << "mixed.pem" << testsupport::toPem(m_root.der) + truncated << "mixed.pem";
    }
    void badInputIsRefusedAndLeavesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        const auto file = writeFile(inv.dir.path(), name, bytes);
        const auto results = inv.context->imports().importFiles({file});
        QCOMPARE(results.size(), 1);
        QVERIFY(!results[0].status.ok());
        QVERIFY2(results[0].status.error().message.contains(expected), qPrintable(results[0].status.error().message));
        QCOMPARE(count(inv), 0);
        QCOMPARE(auditCount(inv), 0);
    }

    void directoryAndMissingFile()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto results = inv.context->imports().importFiles({inv.dir.path(), inv.path(QStringLiteral("absent.pem"))});
        QCOMPARE(results.size(), 2);
        QVERIFY(results[0].status.error().message.contains(QLatin1String("directory")));
        QVERIFY(results[1].status.error().message.contains(QLatin1String("does not exist")));
        QCOMPARE(count(inv), 0);
    }

    void oneBadFileDoesNotStopTheOthers()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        const auto good = writeFile(inv.dir.path(), QStringLiteral("good.pem"), testsupport::toPem(m_leaf.der));
        const auto bad = writeFile(inv.dir.path(), QStringLiteral("bad.pem"), "garbage");
        const auto alsoGood = writeFile(inv.dir.path(), QStringLiteral("root.der"), m_root.der);
        const auto results = inv.context->imports().importFiles({good, bad, alsoGood});
        QCOMPARE(results.size(), 3);
        QVERIFY(results[0].status.ok());
        QVERIFY(!results[1].status.ok());
        QVERIFY(results[2].status.ok());
        QCOMPARE(count(inv), 2);
    }

    void pastedText()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        const auto r = inv.context->imports().importBytes(testsupport::toPemBundle({m_leaf.der}), QStringLiteral("clipboard"));
        QVERIFY(r.status.ok());
        QCOMPARE(r.imported.size(), 1);
        const auto empty = inv.context->imports().importBytes({}, QStringLiteral("clipboard"));
        QVERIFY(!empty.status.ok());
    }

    void largeBatchWithProgressAndCancel()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        QStringList files;
        for (int i = 0; i < 600; ++i) {
            // The same certificate under 600 names: one inventory entry, 599 "already held".
            files << writeFile(inv.dir.path(), QStringLiteral("copy-%1.pem").arg(i), testsupport::toPem(m_root.der));
        }
        QList<int> progress;
        core::ImportObserver observer;
        observer.progress = [&](int done, int) { progress << done; };
        auto results = inv.context->imports().importFiles(files, {}, observer);
        QCOMPARE(results.size(), 600);
        QCOMPARE(count(inv), 1);
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.last(), 600);

        int calls = 0;
        observer.isCancelled = [&] { return ++calls > 100; };
        results = inv.context->imports().importFiles(files, {}, observer);
        QVERIFY(results.size() < 600);
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
