// SPDX-License-Identifier: GPL-3.0-or-later
// DiscoveryService on a real SQLite inventory: scans of a corpus written by the test, with the
// expected fingerprints computed independently by the `openssl` CLI; triage decisions that survive
// rescans; claim (new and to an existing certificate), dismiss, restore and undo; scan history.
#include "app/core/discoveryservice.h"
#include "app/core/importservice.h"
#include "app/core/inventoryservice.h"
#include "coretestsupport.h"
#include "models/store/database.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::testsupport;

namespace {

/// SHA-256 of a certificate file as `openssl x509 -fingerprint -sha256` prints it, normalised to
/// the store's form (lowercase hex, no colons).
QString opensslFingerprint(const QString &path, bool der)
{
    QStringList args{QStringLiteral("x509"),    QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                     QStringLiteral("-sha256"), QStringLiteral("-in"),    path};
    if (der)
        args << QStringLiteral("-inform") << QStringLiteral("DER");
    const auto run = runOpenssl(args);
    if (run.exitCode != 0)
        return {};
    QString line = QString::fromLatin1(run.out).trimmed();
    line = line.mid(line.indexOf(u'=') + 1);
    return line.remove(u':').toLower();
}

} // namespace

class TestDiscoveryService : public QObject
{
    Q_OBJECT

private:
    TestInventory m_inv;
    QTemporaryDir m_tree;
    TestCa m_ca = makeSelfSignedCa(QStringLiteral("Discovery Root"));
    TestCertificate m_web =
        makeLeaf(m_ca, QStringLiteral("web.example"), {QStringLiteral("DNS:web.example")});
    TestCertificate m_mail = makeLeaf(m_ca, QStringLiteral("mail.example"), {}, pki::KeyAlgorithm::Rsa2048);
    QString m_webSha;
    QString m_mailSha;
    QString m_caSha;

    core::DiscoveryService &discovery() { return m_inv.context->discovery(); }

    core::FilesystemScanReport scan(const QStringList &roots)
    {
        core::FilesystemScanRequest request;
        request.roots = roots;
        auto report = discovery().scanFilesystem(request);
        if (!report)
            qFatal("scan failed: %s", qPrintable(report.error().message));
        return *report;
    }

    const core::ScanFinding *finding(const core::FilesystemScanReport &report, const QString &sha256)
    {
        for (const auto &f : report.discovered) {
            if (f.sha256 == sha256)
                return &f;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_inv.open());
        const QString root = m_tree.path();
        QDir(root).mkpath(QStringLiteral("etc/ssl/certs"));
        QDir(root).mkpath(QStringLiteral("srv/www"));
        writeFile(root + QStringLiteral("/etc/ssl/certs"), QStringLiteral("web.pem"), toPem(m_web.der));
        writeFile(root + QStringLiteral("/srv/www"), QStringLiteral("web-copy.der"), m_web.der);
        writeFile(root + QStringLiteral("/srv/www"), QStringLiteral("chain.crt"),
                  toPemBundle({m_mail.der, m_ca.der}));
        writeFile(root + QStringLiteral("/etc/ssl"), QStringLiteral("ca.cer"), m_ca.der);
        writeFile(root + QStringLiteral("/etc/ssl"), QStringLiteral("broken.pem"),
                  QByteArray("-----BEGIN CERTIFICATE-----\nMIIB"));
        writeFile(root + QStringLiteral("/etc/ssl"), QStringLiteral("notes.txt"),
                  QByteArray("not a certificate"));
        m_webSha = opensslFingerprint(root + QStringLiteral("/etc/ssl/certs/web.pem"), false);
        m_caSha = opensslFingerprint(root + QStringLiteral("/etc/ssl/ca.cer"), true);
        m_mailSha =
            opensslFingerprint(writeFile(m_tree.path(), QStringLiteral("mail-only.tmp"), m_mail.der), true);
        QFile::remove(m_tree.filePath(QStringLiteral("mail-only.tmp")));
        QCOMPARE(m_webSha.size(), 64);
        QCOMPARE(m_caSha.size(), 64);
        QCOMPARE(m_mailSha.size(), 64);
    }

    void scanFindsEachCertificateOnceWithAllItsLocations()
    {
        const auto report = scan({m_tree.path()});
        QSet<QString> found;
        for (const auto &f : report.discovered)
            found.insert(f.sha256);
        QCOMPARE(found, (QSet<QString>{m_webSha, m_mailSha, m_caSha}));
        QCOMPARE(report.scan.certificatesFound, 3);
        QCOMPARE(report.scan.newFound, 3);
        QVERIFY(report.scan.filesRead >= 5);

        const auto *web = finding(report, m_webSha);
        QVERIFY(web);
        QCOMPARE(web->locations.size(), 2); // PEM in /etc/ssl/certs and DER in /srv/www
        QVERIFY(web->isNew);
        QVERIFY(web->subject.contains(QLatin1String("CN=web.example")));

        // The truncated PEM is reported with its path; the text file is not a certificate file.
        bool brokenReported = false;
        for (const auto &e : report.scan.errors)
            brokenReported = brokenReported || e.path.endsWith(QLatin1String("broken.pem"));
        QVERIFY2(brokenReported, "the truncated PEM must be listed with its reason");

        auto list = discovery().list();
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        for (const auto &d : *list) {
            QCOMPARE(d.status, domain::TriageStatus::New);
            QCOMPARE(d.sources, int(domain::SourceFilesystem));
            if (d.certificate.sha256 == m_webSha)
                QCOMPARE(d.locationCount, 2);
            if (d.certificate.sha256 == m_mailSha) {
                QCOMPARE(d.certificate.keyType, QStringLiteral("RSA"));
                QCOMPARE(d.certificate.keyBits, 2048);
            }
        }
        auto details = discovery().details(list->first().id);
        QVERIFY(details);
        QVERIFY(!details->discovered.certificate.der.isEmpty());
        QVERIFY(!details->locations.isEmpty());

        auto scans = discovery().scans();
        QVERIFY(scans);
        QCOMPARE(scans->first().id, report.scan.id);
        QCOMPARE(scans->first().certificatesFound, 3);
        QCOMPARE(scans->first().errors.size(), report.scan.errors.size());
        QVERIFY(scans->first().finishedAt.isValid());
    }

    void dismissedStaysDismissedOnRescanAndGainsTheNewLocation()
    {
        auto web = discovery().findBySha256(domain::colonHex(m_webSha)); // colon form accepted
        QVERIFY(web);
        QVERIFY(discovery().dismiss({web->id}, QStringLiteral("test fixture")));

        const auto third = writeFile(m_tree.path(), QStringLiteral("third-copy.crt"), toPem(m_web.der));
        const auto report = scan({m_tree.path()});
        QCOMPARE(report.scan.newFound, 0);
        auto after = discovery().findBySha256(m_webSha);
        QVERIFY(after);
        QCOMPARE(after->status, domain::TriageStatus::Dismissed);
        QCOMPARE(after->dismissReason, QStringLiteral("test fixture"));
        QCOMPARE(after->locationCount, 3);
        const auto *f = finding(report, m_webSha);
        QVERIFY(f && !f->isNew && f->status == domain::TriageStatus::Dismissed);
        QVERIFY(f->locations.contains(third));

        QVERIFY(discovery().restore({after->id}));
        QCOMPARE(discovery().findBySha256(m_webSha)->status, domain::TriageStatus::New);
    }

    void claimCreatesAManagedCertificateAndUndoRemovesIt()
    {
        auto mail = discovery().findBySha256(m_mailSha);
        QVERIFY(mail);
        auto undo = discovery().claimAsNew({mail->id});
        QVERIFY2(undo, undo ? "" : qPrintable(undo.error().message));
        auto claimed = discovery().findBySha256(m_mailSha);
        QCOMPARE(claimed->status, domain::TriageStatus::Claimed);
        QVERIFY(claimed->claimedCertificateId);
        auto summaries = m_inv.context->inventory().summaries();
        QVERIFY(summaries);
        bool inInventory = false;
        for (const auto &s : *summaries)
            inInventory = inInventory || s.sha256 == m_mailSha;
        QVERIFY(inInventory);

        QVERIFY(discovery().undo(*undo));
        QCOMPARE(discovery().findBySha256(m_mailSha)->status, domain::TriageStatus::New);
        summaries = m_inv.context->inventory().summaries();
        for (const auto &s : *summaries)
            QVERIFY(s.sha256 != m_mailSha);
    }

    void claimToExistingLinksWithoutCreating()
    {
        const auto imported = m_inv.context->imports().importBytes(toPem(m_mail.der), QStringLiteral("test"));
        QVERIFY(imported.status);
        QCOMPARE(imported.imported.size(), 1);
        const qint64 managed = imported.imported.first();
        auto ca = discovery().findBySha256(m_caSha);
        auto web = discovery().findBySha256(m_webSha);
        auto undo = discovery().claimToExisting({ca->id, web->id}, managed); // bulk
        QVERIFY(undo);
        QCOMPARE(undo->entries.size(), 2);
        QCOMPARE(discovery().findBySha256(m_caSha)->claimedCertificateId, std::optional<qint64>(managed));
        QCOMPARE(discovery().findBySha256(m_webSha)->status, domain::TriageStatus::Claimed);
        auto counts = discovery().counts();
        QCOMPARE(counts->claimed, 2);
        QCOMPARE(counts->newCount, 1);

        // A certificate the inventory already holds is linked, not duplicated.
        auto mail = discovery().findBySha256(m_mailSha);
        auto claim = discovery().claimAsNew({mail->id});
        QVERIFY(claim);
        QCOMPARE(discovery().findBySha256(m_mailSha)->claimedCertificateId, std::optional<qint64>(managed));
        QVERIFY(!claim->entries.first().createdCertificateId);

        QVERIFY(!discovery().claimToExisting({ca->id}, 999999)); // no such managed certificate
        QVERIFY(!discovery().findBySha256(QStringLiteral("xyz")));
    }

    void cancelledScanIsRecordedAsCancelled()
    {
        std::atomic<bool> cancel{true};
        core::ScanObserver observer;
        observer.cancel = &cancel;
        core::FilesystemScanRequest request;
        request.roots = {m_tree.path()};
        auto report = discovery().scanFilesystem(request, observer);
        QVERIFY(report);
        QVERIFY(report->scan.cancelled);
        QVERIFY(discovery().scans()->first().cancelled);
    }

    void badRequestsAreClearErrors()
    {
        QVERIFY(!discovery().scanFilesystem({}));
        core::FilesystemScanRequest missing;
        missing.roots = {m_tree.filePath(QStringLiteral("does-not-exist"))};
        auto report = discovery().scanFilesystem(missing);
        QVERIFY(report);
        QCOMPARE(report->scan.errors.size(), 1);
        QVERIFY(report->scan.errors.first().path.endsWith(QLatin1String("does-not-exist")));
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryService)
#include "tst_discoveryservice.moc"
