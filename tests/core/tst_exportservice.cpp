// SPDX-License-Identifier: GPL-3.0-or-later
// Exports from a real inventory: PEM, DER, full chain, PKCS#12 with the key (read back with the
// parser), the password rules, file modes, and the audit record of a key export.
#include "app/core/exportservice.h"
#include "app/core/importservice.h"
#include "app/core/inventoryservice.h"
#include "connectors/pki/certificateparser.h"
#include "coretestsupport.h"
#include "tests/support/testcertificates.h"

#include <QFileInfo>
#include <QtTest>

using namespace certdesk;

class TestExportService final : public QObject
{
    Q_OBJECT

    testsupport::TestCa m_ca = testsupport::makeSelfSignedCa(QStringLiteral("Export Root"));
    testsupport::TestCertificate m_leaf = testsupport::makeLeaf(m_ca, QStringLiteral("export.example"), {},
                                                                pki::KeyAlgorithm::Rsa2048);
    testsupport::TestInventory m_inv;
    qint64 m_leafId = 0;
    qint64 m_caId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_inv.open());
        const auto p12 = testsupport::writeFile(m_inv.dir.path(), QStringLiteral("in.p12"),
                                                testsupport::toPkcs12(m_leaf, {m_ca.der}, QStringLiteral("in")));
        const auto results = m_inv.context->imports().importFiles({p12}, QStringLiteral("in"));
        QVERIFY(results[0].status.ok());
        const auto summaries = m_inv.context->inventory().summaries();
        for (const auto &s : *summaries)
            (s.commonName == QLatin1String("export.example") ? m_leafId : m_caId) = s.id;
        QVERIFY(m_leafId && m_caId);
    }

    void pemAndDer()
    {
        auto &exports = m_inv.context->exports();
        auto pem = exports.exportCertificate({m_leafId, core::ExportFormat::Pem, false, false, {}});
        QVERIFY(pem.ok());
        QCOMPARE(*pem, testsupport::toPem(m_leaf.der));
        auto chain = exports.exportCertificate({m_leafId, core::ExportFormat::Pem, true, false, {}});
        auto parsed = pki::parseContainer(*chain);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->certificates.size(), 2);
        QCOMPARE(parsed->certificates[1].der, m_ca.der);
        auto der = exports.exportCertificate({m_leafId, core::ExportFormat::Der, false, false, {}});
        QCOMPARE(*der, m_leaf.der);
        QVERIFY(!exports.exportCertificate({m_leafId, core::ExportFormat::Pem, false, true, QStringLiteral("x")}).ok());
        auto missing = exports.exportCertificate({999999, core::ExportFormat::Pem, false, false, {}});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void pkcs12WithKeyRoundTrips()
    {
        const auto path = m_inv.path(QStringLiteral("out.p12"));
        auto status = m_inv.context->exports().exportToFile(
            {m_leafId, core::ExportFormat::Pkcs12, true, true, QStringLiteral("out-pw")}, path);
        QVERIFY2(status.ok(), qPrintable(status.error().fullText()));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto parsed = pki::parseContainer(f.readAll(), QStringLiteral("out-pw"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().fullText()));
        QVERIFY(parsed->privateKey.has_value());
        QCOMPARE(parsed->privateKey->pkcs8Der.bytes(), m_leaf.keyPkcs8.bytes());
        QCOMPARE(parsed->certificates.size(), 2);
        auto events = m_inv.context->inventory().auditEvents(1, QString::number(m_leafId));
        QCOMPARE(events->first().action, QStringLiteral("certificate.export_key"));
        QVERIFY(!events->first().details.contains(QLatin1String("out-pw")));
    }

    void keyExportRules()
    {
        auto &exports = m_inv.context->exports();
        auto noPassword = exports.exportCertificate({m_leafId, core::ExportFormat::Pkcs12, false, true, {}});
        QVERIFY(!noPassword.ok());
        QVERIFY(noPassword.error().message.contains(QLatin1String("password")));
        auto noKey = exports.exportCertificate({m_caId, core::ExportFormat::Pkcs12, false, true, QStringLiteral("x")});
        QVERIFY(!noKey.ok());
        QVERIFY(noKey.error().message.contains(QLatin1String("no private key")));
        // Without the key, a PKCS#12 is a certificate container and may have an empty password.
        auto certOnly = exports.exportCertificate({m_caId, core::ExportFormat::Pkcs12, false, false, {}});
        QVERIFY2(certOnly.ok(), qPrintable(certOnly.error().fullText()));
    }

    void failedWriteChangesNothing()
    {
        const auto target = m_inv.path(QStringLiteral("keep.pem"));
        testsupport::writeFile(m_inv.dir.path(), QStringLiteral("keep.pem"), "old contents");
        auto status = m_inv.context->exports().exportToFile({999999, core::ExportFormat::Pem, false, false, {}}, target);
        QVERIFY(!status.ok());
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old contents"));
        status = m_inv.context->exports().exportToFile({m_leafId, core::ExportFormat::Pem, false, false, {}},
                                                       m_inv.path(QStringLiteral("no/such/dir/x.pem")));
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QLatin1String("could not be written")));
        status = m_inv.context->exports().exportToFile({m_leafId, core::ExportFormat::Pem, false, false, {}}, target);
        QVERIFY(status.ok());
        QCOMPARE(QFileInfo(target).permissions() & QFile::ReadOther, QFile::ReadOther);
        const auto leftovers = QDir(m_inv.dir.path()).entryList({QStringLiteral("*.tmp")});
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestExportService)
#include "tst_exportservice.moc"
