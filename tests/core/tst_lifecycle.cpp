// SPDX-License-Identifier: GPL-3.0-or-later
// The local CA and the certificate lifecycle on a real inventory, checked with the real openssl CLI:
// both CA modes (self-signed, and a sub-CA chaining to a root the test made, with an encrypted key
// file), issuance of every key type, renewal, revocation, CRLs, OCSP, a CA that survives a restart,
// and bad input that must store nothing; issuance through the job queue (bulk enqueue, two workers,
// a re-run after a crash that issues nothing twice).
#include "app/core/inventoryservice.h"
#include "app/core/issuancejobs.h"
#include "app/core/issuerservice.h"
#include "app/core/jobrunner.h"
#include "app/core/jobservice.h"
#include "app/core/lifecycleservice.h"
#include "connectors/pki/certificateparser.h"
#include "connectors/pki/crl.h"
#include "coretestsupport.h"
#include "models/store/database.h"
#include "models/store/privatekeyrepository.h"
#include "models/store/profilerepository.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"

#include <QtTest>

using namespace certdesk;
using testsupport::runOpenssl;
using testsupport::writeFile;

class TestLifecycle final : public QObject
{
    Q_OBJECT

    static qint64 inventoryCount(testsupport::TestInventory &inv)
    {
        auto rows = inv.context->inventory().summaries();
        return rows ? rows->size() : -1;
    }

    /// Writes the issued certificate and the CA chain as PEM files for openssl.
    static QString exportLeaf(testsupport::TestInventory &inv, qint64 id, const QString &name)
    {
        auto view = inv.context->inventory().view(id);
        if (!view)
            return {};
        return writeFile(inv.dir.path(), name, view->certificate.current.details.toPem());
    }

    static QString exportCaChain(testsupport::TestInventory &inv, const QString &issuer)
    {
        auto chain = inv.context->lifecycle().caChain(issuer);
        QByteArray pem;
        for (const auto &der : *chain)
            pem += testsupport::toPem(der);
        return writeFile(inv.dir.path(), issuer + QStringLiteral("-ca.pem"), pem);
    }

    static core::LocalCaSetup selfSigned(const QString &name)
    {
        core::LocalCaSetup setup;
        setup.name = name;
        setup.caCommonName = name + QStringLiteral(" Root CA");
        setup.crlUrls = {QStringLiteral("http://crl.test/ca.crl")};
        setup.ocspUrls = {QStringLiteral("http://ocsp.test")};
        return setup;
    }

private Q_SLOTS:
    void selfSignedCaIssuesEveryKeyType_data()
    {
        QTest::addColumn<QString>("key");
        for (const auto &k : {"ec256", "ec384", "rsa2048", "ed25519"})
            QTest::newRow(k) << QString::fromLatin1(k);
    }
    void selfSignedCaIssuesEveryKeyType()
    {
        QFETCH(QString, key);
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto issuerId = inv.context->issuers().addLocalCa(selfSigned(QStringLiteral("Lab")));
        QVERIFY2(issuerId.ok(), qPrintable(issuerId.error().fullText()));
        core::IssueCertificateRequest request;
        request.issuerName = QStringLiteral("Lab");
        request.commonName = QStringLiteral("www.lab.test");
        request.sans = {QStringLiteral("www.lab.test"), QStringLiteral("192.0.2.10"), QStringLiteral("ops@lab.test"),
                        QStringLiteral("https://lab.test/id"), QStringLiteral("2001:db8::1")};
        request.keyAlgorithm = key;
        request.validityDays = 30;
        auto id = inv.context->lifecycle().issue(request);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));

        const auto leaf = exportLeaf(inv, *id, QStringLiteral("leaf.pem"));
        const auto ca = exportCaChain(inv, QStringLiteral("Lab"));
        const auto verify = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, leaf});
        QVERIFY2(verify.exitCode == 0 && verify.out.contains(": OK"), verify.describe().constData());
        const auto text = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), leaf, QStringLiteral("-noout"),
                                      QStringLiteral("-text")});
        QVERIFY(text.out.contains("DNS:www.lab.test"));
        QVERIFY(text.out.contains("IP Address:192.0.2.10"));
        QVERIFY(text.out.contains("email:ops@lab.test"));
        QVERIFY(text.out.contains("URI:https://lab.test/id"));
        QVERIFY(text.out.contains("http://crl.test/ca.crl"));
        QVERIFY(text.out.contains("OCSP - URI:http://ocsp.test"));
        QVERIFY(text.out.contains("TLS Web Server Authentication"));
        // Key usage follows the key type: keyEncipherment only for RSA.
        QCOMPARE(text.out.contains("Key Encipherment"), key.startsWith(QLatin1String("rsa")));

        auto view = inv.context->inventory().view(*id);
        QVERIFY(view->hasPrivateKey);
        const auto &d = view->certificate.current.details;
        QVERIFY(qAbs(d.notBefore.secsTo(d.notAfter) - 30 * 86400) < 600);
        QCOMPARE(view->chain.size(), 1);
    }

    void caSurvivesARestartAndKeysStaySealed()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open("restart passphrase"));
        QVERIFY(inv.context->issuers().addLocalCa(selfSigned(QStringLiteral("Persist"))).ok());
        const auto caBefore = inv.context->lifecycle().caChain(QStringLiteral("Persist"));
        inv.context.reset();
        auto reopened = inv.reopen("restart passphrase");
        QVERIFY(reopened.ok());
        inv.context = *reopened;
        QCOMPARE(inv.context->lifecycle().caChain(QStringLiteral("Persist"))->first(), caBefore->first());
        core::IssueCertificateRequest request{QStringLiteral("Persist"), QStringLiteral("after.restart.test")};
        auto id = inv.context->lifecycle().issue(request);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        const auto verify = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                        exportCaChain(inv, QStringLiteral("Persist")),
                                        exportLeaf(inv, *id, QStringLiteral("after.pem"))});
        QVERIFY2(verify.exitCode == 0, verify.describe().constData());
        inv.context->database()->releaseThreadConnection();
        QVERIFY(!testsupport::allDatabaseBytes(inv.dbPath).contains("restart passphrase"));
    }

    void subCaChainsToTheRoot()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        const auto root = testsupport::makeSelfSignedCa(QStringLiteral("Test Root"));
        const auto intermediate = testsupport::makeIntermediateCa(root, QStringLiteral("Test Issuing CA"),
                                                                  pki::KeyAlgorithm::Rsa2048);
        const auto rootPem = writeFile(inv.dir.path(), QStringLiteral("root.pem"), testsupport::toPem(root.der));
        const auto interPem = writeFile(inv.dir.path(), QStringLiteral("inter.pem"), testsupport::toPem(intermediate.der));
        const auto plainKey = writeFile(inv.dir.path(), QStringLiteral("inter.key"), testsupport::privateKeyPem(intermediate));
        // An encrypted traditional RSA key, as `openssl rsa -aes256` writes it.
        const auto encrypted = inv.path(QStringLiteral("inter-enc.key"));
        const auto enc = runOpenssl({QStringLiteral("rsa"), QStringLiteral("-in"), plainKey, QStringLiteral("-aes256"),
                                     QStringLiteral("-traditional"), QStringLiteral("-passout"),
                                     QStringLiteral("pass:sub-ca-pass"), QStringLiteral("-out"), encrypted});
        QVERIFY2(enc.exitCode == 0, enc.describe().constData());

        core::LocalCaSetup setup;
        setup.name = QStringLiteral("Sub");
        setup.mode = core::LocalCaSetup::Mode::SubCa;
        setup.caCertificateFile = interPem;
        setup.caKeyFile = encrypted;
        auto missing = inv.context->issuers().addLocalCa(setup);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::PasswordRequired);
        setup.caKeyPassphrase = QStringLiteral("wrong");
        auto wrong = inv.context->issuers().addLocalCa(setup);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        QVERIFY(!wrong.error().fullText().contains(QLatin1String("sub-ca-pass")));
        QCOMPARE(inv.context->issuers().list()->size(), 0);

        setup.caKeyPassphrase = QStringLiteral("sub-ca-pass");
        auto id = inv.context->issuers().addLocalCa(setup);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        auto leafId = inv.context->lifecycle().issue({QStringLiteral("Sub"), QStringLiteral("svc.sub.test")});
        QVERIFY2(leafId.ok(), qPrintable(leafId.error().fullText()));
        const auto leaf = exportLeaf(inv, *leafId, QStringLiteral("svc.pem"));
        const auto verify = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), rootPem,
                                        QStringLiteral("-untrusted"), interPem, leaf});
        QVERIFY2(verify.exitCode == 0 && verify.out.contains(": OK"), verify.describe().constData());
        // The passphrase is sealed, never stored in the clear; the key file stays where it was.
        inv.context->database()->releaseThreadConnection();
        QVERIFY(!testsupport::allDatabaseBytes(inv.dbPath).contains("sub-ca-pass"));
        QVERIFY(!testsupport::allDatabaseBytes(inv.dbPath).contains(intermediate.keyPkcs8.bytes()));
    }

    void subCaIsRefusedWhenItCannotWork()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        const auto root = testsupport::makeSelfSignedCa(QStringLiteral("R"));
        const auto leaf = testsupport::makeLeaf(root, QStringLiteral("not-a-ca.test"));
        const auto other = testsupport::makeSelfSignedCa(QStringLiteral("Other"));
        core::LocalCaSetup setup;
        setup.name = QStringLiteral("Bad");
        setup.mode = core::LocalCaSetup::Mode::SubCa;
        setup.caCertificateFile = writeFile(inv.dir.path(), QStringLiteral("leaf.pem"), testsupport::toPem(leaf.der));
        setup.caKeyFile = writeFile(inv.dir.path(), QStringLiteral("leaf.key"), testsupport::privateKeyPem(leaf));
        auto notCa = inv.context->issuers().addLocalCa(setup);
        QVERIFY(!notCa.ok());
        QVERIFY2(notCa.error().message.contains(QLatin1String("not a CA")), qPrintable(notCa.error().message));

        setup.caCertificateFile = writeFile(inv.dir.path(), QStringLiteral("root.pem"), testsupport::toPem(root.der));
        setup.caKeyFile = writeFile(inv.dir.path(), QStringLiteral("other.key"), testsupport::privateKeyPem(other));
        auto mismatch = inv.context->issuers().addLocalCa(setup);
        QVERIFY(!mismatch.ok());
        QVERIFY2(mismatch.error().message.contains(QLatin1String("does not belong")), qPrintable(mismatch.error().message));
        QCOMPARE(inv.context->issuers().list()->size(), 0);
    }

    void badRequestsStoreNothing_data()
    {
        QTest::addColumn<QString>("cn");
        QTest::addColumn<QStringList>("sans");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("expected");
        const QString ok = QStringLiteral("ok.test");
        QTest::newRow("long cn") << QString(65, u'a') << QStringList() << "ec256" << 30 << "Lab" << "64";
        QTest::newRow("empty cn") << QString() << QStringList() << "ec256" << 30 << "Lab" << "common name";
        QTest::newRow("bad ip") << ok << QStringList{QStringLiteral("IP:999.1.1.1")} << "ec256" << 30 << "Lab" << "999.1.1.1";
        QTest::newRow("forbidden key") << ok << QStringList() << "rsa4096" << 30 << "Lab" << "does not allow";
        QTest::newRow("unknown key") << ok << QStringList() << "dsa512" << 30 << "Lab" << "dsa512";
        QTest::newRow("beyond max ttl") << ok << QStringList() << "ec256" << 400 << "Lab" << "longer";
        QTest::newRow("unknown issuer") << ok << QStringList() << "ec256" << 30 << "Nope" << "Nope";
    }
    void badRequestsStoreNothing()
    {
        QFETCH(QString, cn);
        QFETCH(QStringList, sans);
        QFETCH(QString, key);
        QFETCH(int, days);
        QFETCH(QString, issuer);
        QFETCH(QString, expected);
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        QVERIFY(inv.context->issuers().addLocalCa(selfSigned(QStringLiteral("Lab"))).ok());
        domain::CertificateProfile strict;
        strict.allowedKeyAlgorithms = {QStringLiteral("ec256"), QStringLiteral("ec384"), QStringLiteral("rsa2048")};
        strict.maxTtlSeconds = 90LL * 86400;
        QVERIFY(store::ProfileRepository(inv.context->database()->connection()).save(strict).ok());
        core::IssueCertificateRequest request{issuer, cn, sans, key, days};
        auto id = inv.context->lifecycle().issue(request);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(expected), qPrintable(id.error().message));
        QCOMPARE(inventoryCount(inv), 0);
    }

    void profileCapsTheDefaultValidity()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto setup = selfSigned(QStringLiteral("Lab"));
        setup.defaultValidityDays = 365;
        QVERIFY(inv.context->issuers().addLocalCa(setup).ok());
        domain::CertificateProfile shortLived;
        shortLived.name = QStringLiteral("short");
        shortLived.maxTtlSeconds = 1800;
        QVERIFY(store::ProfileRepository(inv.context->database()->connection()).save(shortLived).ok());
        core::IssueCertificateRequest request{QStringLiteral("Lab"), QStringLiteral("short.test")};
        request.profileName = QStringLiteral("short");
        auto id = inv.context->lifecycle().issue(request);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        const auto d = inv.context->inventory().view(*id)->certificate.current.details;
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(d.notAfter) <= 1800 + 5);
        QVERIFY(d.crlDistributionPoints.isEmpty()); // short-lived: no CRL/OCSP pointers
        QVERIFY(d.ocspUrls.isEmpty());
    }

    void profilesAreValidatedAndAudited()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto &lifecycle = inv.context->lifecycle();
        domain::CertificateProfile mail;
        mail.name = QStringLiteral("smime");
        mail.extendedKeyUsage = {QStringLiteral("emailProtection")};
        mail.allowedKeyAlgorithms = {QStringLiteral("rsa2048")};
        QVERIFY(lifecycle.saveProfile(mail).ok());
        domain::CertificateProfile bad = mail;
        bad.extendedKeyUsage = {QStringLiteral("fooAuth")};
        auto refused = lifecycle.saveProfile(bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("fooAuth")));
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        bad = mail;
        bad.name = QStringLiteral(" ");
        QVERIFY(!lifecycle.saveProfile(bad).ok());
        const auto profiles = lifecycle.profiles();
        QCOMPARE(profiles->size(), 2); // default + smime
        QCOMPARE(profiles->at(1).extendedKeyUsage, mail.extendedKeyUsage);
        QCOMPARE(inv.context->inventory().auditEvents(5).value().first().action, QStringLiteral("profile.save"));

        // S/MIME key usage: digitalSignature + contentCommitment, plus keyEncipherment for RSA.
        QVERIFY(inv.context->issuers().addLocalCa(selfSigned(QStringLiteral("Mail"))).ok());
        core::IssueCertificateRequest request{QStringLiteral("Mail"), QStringLiteral("Alice"),
                                              {QStringLiteral("alice@mail.test")}, QStringLiteral("rsa2048")};
        request.profileName = QStringLiteral("smime");
        auto id = lifecycle.issue(request);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        const auto d = inv.context->inventory().view(*id)->certificate.current.details;
        QVERIFY(d.keyUsage.contains(QStringLiteral("Non Repudiation")) ||
                d.keyUsage.contains(QStringLiteral("Content Commitment")));
        QVERIFY(d.keyUsage.contains(QStringLiteral("Key Encipherment")));
        QCOMPARE(d.extendedKeyUsage, QStringList{QStringLiteral("E-mail Protection")});
    }

    void issueJobsThroughTheQueue()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        QVERIFY(inv.context->issuers().addLocalCa(selfSigned(QStringLiteral("Jobs CA"))).ok());
        QList<core::IssueCertificateRequest> requests;
        for (int i = 0; i < 6; ++i) {
            core::IssueCertificateRequest request;
            request.issuerName = QStringLiteral("Jobs CA");
            request.commonName = QStringLiteral("job-%1.example.test").arg(i);
            requests << request;
        }
        auto &jobs = inv.context->jobs();
        const auto ids = jobs.enqueueIssue(requests); // one transaction
        QVERIFY2(ids.ok(), qPrintable(ids.error().fullText()));
        QCOMPARE(ids->size(), requests.size());

        core::JobRunner::Options options;
        options.maxConcurrent = 2;
        core::JobRunner runner(inv.context->database(), options);
        core::registerLifecycleHandlers(runner, inv.context->lifecycle());
        runner.runUntilIdle();
        QSet<qint64> certificates;
        for (int i = 0; i < ids->size(); ++i) {
            const auto job = jobs.find(ids->at(i));
            QVERIFY(job.ok());
            QCOMPARE(job->status, domain::JobStatus::Succeeded);
            QCOMPARE(job->attempts, 1);
            QCOMPARE(job->progressDone, qint64(1));
            QCOMPARE(job->progressTotal, qint64(1));
            const qint64 certificateId = job->result.value(QStringLiteral("certificate_id")).toInteger();
            QCOMPARE(
                job->message,
                QStringLiteral("Issued certificate %1 for job-%2.example.test").arg(certificateId).arg(i));
            certificates.insert(certificateId);
        }
        QCOMPARE(certificates.size(), requests.size());
        QCOMPARE(inventoryCount(inv), qint64(requests.size()));

        // The key row's hash (taken from the request's public key) is the certificate's key hash.
        const auto view = inv.context->inventory().view(*certificates.cbegin());
        QVERIFY(view.ok());
        const auto &current = view->certificate.current;
        QVERIFY(current.privateKeyId.has_value());
        const auto key =
            store::PrivateKeyRepository(inv.context->database()->connection()).find(*current.privateKeyId);
        QVERIFY(key.ok());
        QCOMPARE(key->publicKeySha256, pki::publicKeySha256(current.details));

        // A crash after the commit (the job seems to be running still, its lease ran out): the
        // re-run finds its result and issues nothing.
        QVERIFY(store::runQuery(inv.context->database()->connection(),
                                QStringLiteral("UPDATE jobs SET status = 'running', lease_owner = 'gone', "
                                               "lease_until = 0 WHERE id = ?"),
                                {ids->first()}, QStringLiteral("fake a crash"))
                    .ok());
        runner.runUntilIdle();
        const auto rerun = jobs.find(ids->first());
        QCOMPARE(rerun->status, domain::JobStatus::Succeeded);
        QCOMPARE(rerun->attempts, 2);
        QVERIFY(jobs.logs(ids->first())
                    ->contains(QStringLiteral("Already issued by an earlier attempt; nothing to do.")));
        QCOMPARE(inventoryCount(inv), qint64(requests.size()));

        // A refused request fails for good, and the job after it still runs.
        core::IssueCertificateRequest refused = requests.first();
        refused.commonName = QStringLiteral("refused.example.test");
        refused.profileName = QStringLiteral("no-such-profile");
        core::IssueCertificateRequest fine = requests.first();
        fine.commonName = QStringLiteral("fine.example.test");
        const auto more = jobs.enqueueIssue(QList<core::IssueCertificateRequest>{refused, fine});
        QVERIFY(more.ok());
        runner.runUntilIdle();
        QCOMPARE(jobs.find(more->at(0))->status, domain::JobStatus::Failed);
        QCOMPARE(jobs.find(more->at(0))->attempts, 1);
        QCOMPARE(jobs.find(more->at(1))->status, domain::JobStatus::Succeeded);
        QCOMPARE(inventoryCount(inv), qint64(requests.size() + 1));
    }

    void renewRevokeCrlAndOcsp()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        QVERIFY(inv.context->issuers().addLocalCa(selfSigned(QStringLiteral("Lab"))).ok());
        auto &lifecycle = inv.context->lifecycle();
        auto good = lifecycle.issue({QStringLiteral("Lab"), QStringLiteral("good.test")});
        auto bad = lifecycle.issue({QStringLiteral("Lab"), QStringLiteral("bad.test")});
        QVERIFY(good.ok() && bad.ok());
        const auto ca = exportCaChain(inv, QStringLiteral("Lab"));

        // Renewal: a second version with a new serial and a new key; with reuse, the same key.
        const auto v1 = inv.context->inventory().view(*good)->certificate.current.details;
        auto renewed = lifecycle.renew(*good);
        QVERIFY2(renewed.ok(), qPrintable(renewed.error().fullText()));
        const auto v2 = inv.context->inventory().view(*good)->certificate;
        QCOMPARE(v2.current.versionNo, 2);
        QVERIFY(v2.current.details.serialHex != v1.serialHex);
        QVERIFY(pki::publicKeySha256(v2.current.details) != pki::publicKeySha256(v1));
        QVERIFY(lifecycle.renew(*good, true).ok());
        const auto v3 = inv.context->inventory().view(*good)->certificate.current.details;
        QCOMPARE(pki::publicKeySha256(v3), pki::publicKeySha256(v2.current.details));
        const auto goodPem = exportLeaf(inv, *good, QStringLiteral("good.pem"));
        QVERIFY(runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, goodPem}).exitCode == 0);

        const auto badPem = exportLeaf(inv, *bad, QStringLiteral("bad.pem"));
        QVERIFY(lifecycle.revoke(*bad, pki::RevocationReason::KeyCompromise).ok());
        QVERIFY(!lifecycle.revoke(*bad, pki::RevocationReason::KeyCompromise).ok());
        QVERIFY(!lifecycle.renew(*bad).ok());

        auto crl = lifecycle.crl(QStringLiteral("Lab"));
        QVERIFY2(crl.ok(), qPrintable(crl.error().fullText()));
        const auto crlFile = writeFile(inv.dir.path(), QStringLiteral("ca.crl"), *crl);
        const auto crlVerify = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                           QStringLiteral("-in"), crlFile, QStringLiteral("-CAfile"), ca,
                                           QStringLiteral("-noout")});
        QVERIFY2(crlVerify.all().contains("verify OK"), crlVerify.describe().constData());
        const auto crlText = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                         QStringLiteral("-in"), crlFile, QStringLiteral("-noout"), QStringLiteral("-text")});
        const auto badSerial = inv.context->inventory().view(*bad)->certificate.current.details.serialHex;
        QVERIFY2(crlText.out.contains(badSerial.toLatin1()), crlText.describe().constData());
        QVERIFY(crlText.out.contains("Key Compromise"));
        QVERIFY(!crlText.out.contains(v3.serialHex.toLatin1()));
        auto second = lifecycle.crl(QStringLiteral("Lab"));
        const auto secondText = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                            QStringLiteral("-in"),
                                            writeFile(inv.dir.path(), QStringLiteral("ca2.crl"), *second),
                                            QStringLiteral("-noout"), QStringLiteral("-crlnumber")});
        QVERIFY2(secondText.out.contains("crlNumber=0x02") || secondText.out.contains("crlNumber=02"),
                 secondText.describe().constData());

        const auto stranger = testsupport::makeLeaf(testsupport::makeSelfSignedCa(QStringLiteral("Elsewhere")),
                                                    QStringLiteral("stranger.test"));
        const auto strangerPem = writeFile(inv.dir.path(), QStringLiteral("stranger.pem"), testsupport::toPem(stranger.der));
        struct Case
        {
            QString cert;
            QByteArray expected;
        };
        // The stranger's CertID is asked with our CA as issuer: a serial this CA never issued, so unknown.
        // (-no_nonce: `-respin ... -cert` builds a second request whose fresh nonce could not match.)
        for (const auto &c : {Case{goodPem, ": good"}, Case{badPem, ": revoked"}, Case{strangerPem, ": unknown"}}) {
            const auto request = inv.path(QStringLiteral("req.der"));
            const auto req = runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), ca, QStringLiteral("-cert"),
                                         c.cert, QStringLiteral("-no_nonce"), QStringLiteral("-reqout"), request});
            QVERIFY2(req.exitCode == 0, req.describe().constData());
            QFile f(request);
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto response = lifecycle.ocsp(QStringLiteral("Lab"), f.readAll());
            QVERIFY2(response.ok(), qPrintable(response.error().fullText()));
            const auto respFile = writeFile(inv.dir.path(), QStringLiteral("resp.der"), *response);
            const auto check = runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-respin"), respFile,
                                           QStringLiteral("-CAfile"), ca, QStringLiteral("-issuer"), ca,
                                           QStringLiteral("-cert"), c.cert, QStringLiteral("-no_nonce")});
            QVERIFY2(check.all().contains("Response verify OK"), check.describe().constData());
            QVERIFY2(check.out.contains(c.expected), check.describe().constData());
            if (c.expected == ": revoked")
                QVERIFY(check.out.contains("keyCompromise"));
        }
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
