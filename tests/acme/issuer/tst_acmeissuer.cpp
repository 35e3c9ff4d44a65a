// SPDX-License-Identifier: GPL-3.0-or-later
// The ACME issuer end to end, against Debian's pebble on loopback: an issuer set up through
// IssuerService (directory, account, sealed key), certificates issued, renewed and revoked through
// the lifecycle service with REAL HTTP-01 validation (pebble connects to our temporary server) and
// DNS-01 through scripts that set pebble-challtestsrv's TXT records; the dns-persist-01 fallback;
// account reuse after a restart; External Account Binding; and the bad-input cases: a refused
// challenge, a failing DNS script, a wildcard with HTTP-01, missing terms acceptance.
#include "app/core/inventoryservice.h"
#include "app/core/issuerservice.h"
#include "app/core/lifecycleservice.h"
#include "app/core/renewalscheduler.h"
#include "connectors/pki/certificateparser.h"
#include "models/store/database.h"
#include "models/store/issuerrepository.h"
#include "models/store/secretrepository.h"
#include "tests/acme/pebble/freeport.h"
#include "tests/acme/pebble/pebbleserver.h"
#include "tests/core/coretestsupport.h"

#include <QFile>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace certdesk;

namespace {
QString script(const QString &name)
{
    return qEnvironmentVariable("CERTDESK_TEST_SCRIPTS_DIR") + u'/' + name;
}

/// A setup for pebble: its directory and TLS trust, terms accepted, HTTP-01 on the port pebble's
/// validation authority connects to.
core::AcmeSetup pebbleSetup(const testsupport::PebbleServer &pebble, const QString &name)
{
    core::AcmeSetup setup;
    setup.name = name;
    setup.directoryUrl = pebble.directoryUrl();
    setup.caBundlePath = pebble.caBundlePath();
    setup.email = QStringLiteral("admin@example.org");
    setup.termsAccepted = true;
    setup.httpAddress = QStringLiteral("127.0.0.1");
    setup.httpPort = pebble.httpChallengePort();
    setup.exclusiveNewOrders = true; // pebble 2.4 can deadlock on overlapping orders
    return setup;
}

/// A DNS-validated setup whose scripts set pebble-challtestsrv's records (the scripts find its
/// management URL in CERTDESK_TEST_CHALLTESTSRV).
core::AcmeSetup dnsSetup(const testsupport::PebbleServer &pebble, const QString &name,
                         const QString &challenge)
{
    qputenv("CERTDESK_TEST_CHALLTESTSRV", pebble.challTestSrvUrl().toUtf8());
    auto setup = pebbleSetup(pebble, name);
    setup.challenge = challenge;
    setup.dnsPresentScript = script(QStringLiteral("challtestsrv-present.sh"));
    if (challenge == QLatin1String("dns-01"))
        setup.dnsCleanupScript = script(QStringLiteral("challtestsrv-cleanup.sh"));
    setup.dnsWaitSeconds = 0;
    return setup;
}

/// A pebble that really validates (HTTP-01 connects to us, DNS-01 asks pebble-challtestsrv).
testsupport::PebbleOptions validatingPebble()
{
    testsupport::PebbleOptions options;
    options.alwaysValid = false;
    return options;
}

core::IssueCertificateRequest request(const QString &issuer, const QString &cn, const QStringList &sans = {})
{
    return {issuer, cn, sans, QStringLiteral("ec256"), 90};
}

/// Whether nothing listens on the port any more (the temporary HTTP-01 server stopped).
bool portIsFree(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool refused = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0;
    ::close(fd);
    return refused;
}
} // namespace

class TestAcmeIssuer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issueRenewRevokeWithRealHttp01()
    {
        testsupport::PebbleServer pebble(validatingPebble());
        CERTDESK_START_PEBBLE(pebble);
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto issuerId = inv.context->issuers().addAcme(pebbleSetup(pebble, QStringLiteral("Pebble")));
        QVERIFY2(issuerId.ok(), qPrintable(issuerId.error().fullText()));

        auto &lifecycle = inv.context->lifecycle();
        auto id =
            lifecycle.issue(request(QStringLiteral("Pebble"), QStringLiteral("www.http.test"),
                                    {QStringLiteral("www.http.test"), QStringLiteral("api.http.test")}));
        QVERIFY2(id.ok(), qPrintable(id.error().fullText() + pebble.recentLogs()));
        QVERIFY(portIsFree(pebble.httpChallengePort()));

        auto stored = inv.context->inventory().view(*id);
        QVERIFY(stored.ok());
        const auto issued = stored->certificate.current.details;
        QCOMPARE(issued.commonName, QStringLiteral("www.http.test"));
        QVERIFY(issued.sans.tagged().contains(QStringLiteral("DNS:api.http.test")));
        // Chains to pebble's intermediate, as its management API reports it.
        auto intermediate = pebble.intermediatePem();
        QVERIFY(intermediate.ok());
        auto intermediateDetails = pki::parseContainer(*intermediate);
        QVERIFY(intermediateDetails.ok() && !intermediateDetails->certificates.isEmpty());
        QVERIFY(!pki::issuerChain(issued, {intermediateDetails->certificates.first()}).isEmpty());
        // The chain the CA sent is stored with the certificate.
        QVERIFY(!stored->chain.isEmpty());
        QCOMPARE(stored->chain.first().sha256, intermediateDetails->certificates.first().sha256);

        // Renewal: a new version from the same CA, the old one still known to pebble as valid.
        auto version = lifecycle.renew(*id);
        QVERIFY2(version.ok(), qPrintable(version.error().fullText()));
        auto renewed = inv.context->inventory().view(*id);
        QVERIFY(renewed.ok());
        QString renewedSerial = renewed->certificate.current.details.serialHex;
        QVERIFY(renewedSerial != issued.serialHex);

        // Revocation reaches the CA.
        QVERIFY(lifecycle.revoke(*id, pki::RevocationReason::KeyCompromise).ok());
        auto status = pebble.certificateStatus(renewedSerial.remove(u':'));
        QVERIFY2(status.ok(), qPrintable(status.error().fullText()));
        QCOMPARE(status->value(QStringLiteral("Status")).toString(), QStringLiteral("Revoked"));
        QCOMPARE(status->value(QStringLiteral("Reason")).toInt(), 1);
        auto revocations =
            store::IssuerRepository(inv.context->database()->connection()).revocations(*issuerId);
        QVERIFY(revocations.ok() && revocations->size() == 1 && revocations->first().caNotified);

        // Pebble has no ARI: the scheduler keeps to the threshold rule (5-year certificates: nothing due).
        core::RenewalScheduler scheduler(inv.context->database(), inv.context->sharedIssuers());
        QCOMPARE(*scheduler.scheduleDue(), 0);
    }

    void dns01WithScriptsAndAWildcard()
    {
        testsupport::PebbleServer pebble(validatingPebble());
        CERTDESK_START_PEBBLE(pebble);
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto issuerId = inv.context->issuers().addAcme(
            dnsSetup(pebble, QStringLiteral("Pebble DNS"), QStringLiteral("dns-01")));
        QVERIFY2(issuerId.ok(), qPrintable(issuerId.error().fullText()));
        auto id = inv.context->lifecycle().issue(
            request(QStringLiteral("Pebble DNS"), QStringLiteral("dns.test"),
                    {QStringLiteral("dns.test"), QStringLiteral("*.dns.test")}));
        QVERIFY2(id.ok(), qPrintable(id.error().fullText() + pebble.recentLogs()));
        auto stored = inv.context->inventory().view(*id);
        QVERIFY(stored.ok());
        QVERIFY(stored->certificate.current.details.sans.tagged().contains(QStringLiteral("DNS:*.dns.test")));
    }

    void dnsPersistFallsBackToDns01WhenTheCaLacksIt()
    {
        // Pebble 2.4 does not offer dns-persist-01: the issuer answers with dns-01 through the
        // same present script, as the seed documents.
        testsupport::PebbleServer pebble(validatingPebble());
        CERTDESK_START_PEBBLE(pebble);
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto setup = dnsSetup(pebble, QStringLiteral("Persist"), QStringLiteral("dns-persist-01"));
        setup.dnsPersistIssuerDomain = QStringLiteral("pebble.test");
        QVERIFY(inv.context->issuers().addAcme(setup).ok());
        auto id = inv.context->lifecycle().issue(
            request(QStringLiteral("Persist"), QStringLiteral("persist.test")));
        QVERIFY2(id.ok(), qPrintable(id.error().fullText() + pebble.recentLogs()));
    }

    void theAccountIsReusedAfterARestart()
    {
        testsupport::PebbleServer pebble;
        CERTDESK_START_PEBBLE(pebble);
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto issuerId = inv.context->issuers().addAcme(pebbleSetup(pebble, QStringLiteral("Reuse")));
        QVERIFY(issuerId.ok());
        auto stored = inv.context->issuers().findByName(QStringLiteral("Reuse"));
        QVERIFY(stored.ok());
        const QString accountUrl = stored->config.value(QStringLiteral("account_url")).toString();
        QVERIFY(accountUrl.startsWith(QStringLiteral("https://127.0.0.1")));
        // The key is sealed: neither the PEM header nor the key's bytes are in the database.
        QVERIFY(!testsupport::allDatabaseBytes(inv.dbPath).contains("PRIVATE KEY"));

        // Another process (a new context on the same file) builds the connector from the store and
        // issues with the same account: pebble knows the key, so no account is made.
        auto reopened = inv.reopen("correct horse battery staple");
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().fullText()));
        auto connector = (*reopened)->issuers().connector(*issuerId);
        QVERIFY(connector.ok());
        auto id =
            (*reopened)->lifecycle().issue(request(QStringLiteral("Reuse"), QStringLiteral("again.test")));
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        QVERIFY(pebble.recentLogs().count(QStringLiteral("There are now 1 accounts")) >= 1);
        QVERIFY(!pebble.recentLogs().contains(QStringLiteral("There are now 2 accounts")));
    }

    void externalAccountBindingIsRequiredAndChecked()
    {
        testsupport::PebbleOptions options;
        options.eabKeys.insert(
            QStringLiteral("kid-1"),
            QStringLiteral("zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W"));
        testsupport::PebbleServer pebble(options);
        CERTDESK_START_PEBBLE(pebble);
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto &issuers = inv.context->issuers();

        auto missing = issuers.addAcme(pebbleSetup(pebble, QStringLiteral("EAB")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("External Account Binding")),
                 qPrintable(missing.error().message));

        auto wrong = pebbleSetup(pebble, QStringLiteral("EAB"));
        wrong.eabKeyId = QStringLiteral("kid-1");
        wrong.eabHmacKey =
            pki::SecureBytes("b10lLJs8l1GPIzsLP0s6pMt8O0XVGnfTaCeROxQM0BIt2XrJMDHJZBM5NuQmQJQH");
        auto refused = issuers.addAcme(wrong);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("Creating the ACME account")),
                 qPrintable(refused.error().fullText()));
        QVERIFY(!refused.error().fullText().contains(QStringLiteral("b10lLJs8")));
        // Nothing half-saved.
        QCOMPARE(issuers.list()->size(), 0);
        auto secret = store::SecretRepository(inv.context->database()->connection())
                          .get(QStringLiteral("issuer/EAB/acme_account_key"));
        QVERIFY(secret.ok() && !secret->has_value());

        auto right = pebbleSetup(pebble, QStringLiteral("EAB"));
        right.eabKeyId = QStringLiteral("kid-1");
        right.eabHmacKey =
            pki::SecureBytes("zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W");
        auto added = issuers.addAcme(right);
        QVERIFY2(added.ok(), qPrintable(added.error().fullText()));
        QVERIFY(
            inv.context->lifecycle().issue(request(QStringLiteral("EAB"), QStringLiteral("eab.test"))).ok());
    }

    void badInputIsRefusedClearly()
    {
        testsupport::PebbleServer pebble(validatingPebble());
        CERTDESK_START_PEBBLE(pebble);
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto &issuers = inv.context->issuers();

        // Terms not accepted: nothing is made.
        auto terms = pebbleSetup(pebble, QStringLiteral("Terms"));
        terms.termsAccepted = false;
        auto notAccepted = issuers.addAcme(terms);
        QVERIFY(!notAccepted.ok());
        QVERIFY(notAccepted.error().message.contains(QStringLiteral("terms of service")));

        // Not an ACME directory (pebble's management root answers, but not with a directory).
        auto notAcme = pebbleSetup(pebble, QStringLiteral("Not ACME"));
        notAcme.directoryUrl = pebble.managementUrl() + QStringLiteral("/roots/0");
        auto refused = issuers.addAcme(notAcme);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("ACME directory")),
                 qPrintable(refused.error().message));

        // A refused challenge: our server listens on another port than the one pebble checks.
        auto wrongPort = pebbleSetup(pebble, QStringLiteral("Wrong port"));
        wrongPort.httpPort = testsupport::freeLoopbackPort();
        QVERIFY(issuers.addAcme(wrongPort).ok());
        auto failed = inv.context->lifecycle().issue(
            request(QStringLiteral("Wrong port"), QStringLiteral("nope.test")));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QStringLiteral("nope.test")),
                 qPrintable(failed.error().message));
        QVERIFY(portIsFree(wrongPort.httpPort)); // cleaned up after the failure
        QCOMPARE(inv.context->inventory().summaries()->size(), 0);

        // A wildcard cannot be validated over HTTP: said before any challenge is tried.
        auto wildcard = inv.context->lifecycle().issue(request(
            QStringLiteral("Wrong port"), QStringLiteral("wild.test"), {QStringLiteral("*.wild.test")}));
        QVERIFY(!wildcard.ok());
        QVERIFY2(wildcard.error().message.contains(QStringLiteral("dns-01")),
                 qPrintable(wildcard.error().message));

        // A failing DNS present script: a clear error, and the cleanup script still runs.
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("cleaned"));
        const QString present = dir.filePath(QStringLiteral("present.sh"));
        const QString cleanup = dir.filePath(QStringLiteral("cleanup.sh"));
        QFile p(present), c(cleanup);
        QVERIFY(p.open(QIODevice::WriteOnly) && c.open(QIODevice::WriteOnly));
        p.write("#!/bin/sh\necho 'zone example.test is locked' >&2\nexit 3\n");
        c.write(QByteArray("#!/bin/sh\necho \"$CERTDESK_DNS_FQDN\" >> ") + marker.toUtf8() + "\n");
        p.close();
        c.close();
        QFile::setPermissions(present, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(cleanup, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        auto dns = pebbleSetup(pebble, QStringLiteral("Failing DNS"));
        dns.challenge = QStringLiteral("dns-01");
        dns.dnsPresentScript = present;
        dns.dnsCleanupScript = cleanup;
        dns.dnsWaitSeconds = 0;
        QVERIFY(issuers.addAcme(dns).ok());
        auto scriptFailed = inv.context->lifecycle().issue(
            request(QStringLiteral("Failing DNS"), QStringLiteral("locked.test")));
        QVERIFY(!scriptFailed.ok());
        QVERIFY2(scriptFailed.error().fullText().contains(QStringLiteral("zone example.test is locked")),
                 qPrintable(scriptFailed.error().fullText()));
        QFile cleaned(marker);
        QVERIFY(cleaned.open(QIODevice::ReadOnly));
        QCOMPARE(cleaned.readAll().trimmed(), QByteArray("_acme-challenge.locked.test"));
    }
};

QTEST_GUILESS_MAIN(TestAcmeIssuer)
#include "tst_acmeissuer.moc"
