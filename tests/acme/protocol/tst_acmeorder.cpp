// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/acmeclient.h"
#include "connectors/issuer/acme/protocol/jwk.h"
#include "connectors/pki/certificateparser.h"
#include "tests/acme/pebble/fakehttpserver.h"
#include "tests/acme/pebble/pebbleserver.h"
#include "tests/acme/protocol/acmetestflow.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMutex>
#include <QTest>

#include <atomic>
#include <thread>

using namespace certdesk;
using namespace certdesk::issuer::acme;
using namespace certdesk::testsupport;
using namespace certdesk::acmetest;

namespace {

NewAccountOptions accountOptions()
{
    NewAccountOptions options;
    options.contactEmails = {QStringLiteral("orders@example.org")};
    options.termsOfServiceAgreed = true;
    return options;
}

QString serialHexOf(const QByteArray &der)
{
    const Result<domain::CertificateDetails> details = pki::parseCertificateDer(der);
    return details ? details->serialHex : QString();
}

} // namespace

/// Orders at the real pebble: a whole issuance (the chain verified with OpenSSL against pebble's
/// root, alternate chains), wildcards, revocation, problem documents, orders from several threads
/// on one client, nonce rejections, real dns-01 and http-01 validation (which checks the key
/// authorization and the TXT value), polling deadlines and cancel.
class TestAcmeOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullOrder();
    void alternateChains();
    void wildcardOrder();
    void revoke();
    void revokeWithTheCertificateKey();
    void revokingTwiceIsRefusedReadably();
    void problemDocumentReachesTheUser();
    void concurrentOrdersOnOneClient();
    void pollingHonoursCancelAndDeadline();
    void pollingHonoursRetryAfter();
    void nonceRejectionsAreRetried();
    void realValidation();

private:
    std::unique_ptr<PebbleServer> m_pebble;
    std::unique_ptr<AcmeClient> m_client;
};

void TestAcmeOrder::initTestCase()
{
    PebbleOptions options;
    options.alternateRoots = 1;
    m_pebble = std::make_unique<PebbleServer>(options);
    CERTDESK_START_PEBBLE(*m_pebble);
    m_client = std::make_unique<AcmeClient>(pebbleClientOptions(*m_pebble), newAccountKey());
    const Result<AcmeAccount> account = m_client->registerAccount(accountOptions());
    QVERIFY2(account.ok(), qPrintable(account.error().fullText()));
}

void TestAcmeOrder::fullOrder()
{
    const QStringList names = {QStringLiteral("www.example.org"), QStringLiteral("example.org")};
    const Result<Issued> issued = issueCertificate(*m_client, {names, {}, {}});
    QVERIFY2(issued.ok(), qPrintable(issued.error().fullText()));
    QCOMPARE(issued->order.status, AcmeOrder::Status::Valid);
    QCOMPARE(issued->order.identifiers.size(), 2);
    QCOMPARE(issued->order.authorizationUrls.size(), 2);
    QCOMPARE(issued->chain.chainDer.size(), 1); // pebble: leaf, intermediate

    const Result<QByteArray> root = m_pebble->rootPem(0);
    QVERIFY2(root.ok(), qPrintable(root.error().fullText()));
    const QString verified = verifyChain(issued->chain.leafDer, issued->chain.chainDer, *root, names);
    QVERIFY2(verified.isEmpty(), qPrintable(verified));
    // The chain names the intermediate pebble's management API shows.
    const Result<QByteArray> intermediate = m_pebble->intermediatePem(0);
    QVERIFY(intermediate.ok());
    const Result<pki::ParsedContainer> parsed = pki::parseContainer(*intermediate);
    QVERIFY(parsed.ok());
    QCOMPARE(issued->chain.chainDer.first(), parsed->certificates.first().der);
    // The certificate holds the key the CSR was made with.
    const Result<domain::CertificateDetails> leaf = pki::parseCertificateDer(issued->chain.leafDer);
    QVERIFY(leaf.ok());
    QCOMPARE(pki::publicKeySha256(*leaf).toLatin1(),
             QCryptographicHash::hash(issued->key.publicKeyDer(), QCryptographicHash::Sha256).toHex());
}

void TestAcmeOrder::alternateChains()
{
    const QStringList names = {QStringLiteral("alternate.example.org")};
    const Result<Issued> issued = issueCertificate(*m_client, {names, {}, {}});
    QVERIFY2(issued.ok(), qPrintable(issued.error().fullText()));
    QCOMPARE(issued->chain.alternateUrls.size(), 1);
    const Result<QList<CertificateChain>> alternates = m_client->downloadAlternateChains(issued->chain);
    QVERIFY2(alternates.ok(), qPrintable(alternates.error().fullText()));
    QCOMPARE(alternates->size(), 1);
    const CertificateChain &alternate = alternates->first();
    QCOMPARE(alternate.leafDer, issued->chain.leafDer);
    QVERIFY(alternate.chainDer != issued->chain.chainDer);
    const Result<QByteArray> alternateRoot = m_pebble->rootPem(1);
    QVERIFY2(alternateRoot.ok(), qPrintable(alternateRoot.error().fullText()));
    const QString verified = verifyChain(alternate.leafDer, alternate.chainDer, *alternateRoot, names);
    QVERIFY2(verified.isEmpty(), qPrintable(verified));
    // ... and not against the other root.
    const Result<QByteArray> root = m_pebble->rootPem(0);
    QVERIFY(!verifyChain(alternate.leafDer, alternate.chainDer, *root, names).isEmpty());
}

void TestAcmeOrder::wildcardOrder()
{
    const Result<AcmeOrder> order = m_client->newOrder({{QStringLiteral("*.wild.example.org")}, {}, {}});
    QVERIFY2(order.ok(), qPrintable(order.error().fullText()));
    QCOMPARE(order->authorizationUrls.size(), 1);
    const Result<AcmeAuthorization> authorization =
        m_client->fetchAuthorization(order->authorizationUrls.first());
    QVERIFY2(authorization.ok(), qPrintable(authorization.error().fullText()));
    QVERIFY(authorization->wildcard);
    QCOMPARE(authorization->identifier.value, QStringLiteral("wild.example.org"));
    QCOMPARE(authorization->status, AcmeAuthorization::Status::Pending);
    QVERIFY(!authorization->challenge(QStringLiteral("http-01"))); // RFC 8555 section 7.1.3
    const AcmeChallenge *dns = authorization->challenge(QStringLiteral("dns-01"));
    QVERIFY(dns);
    QVERIFY(!dns->token.isEmpty());

    const ChallengeTask task = m_client->challengeTask(*authorization, *dns);
    QCOMPARE(task.type, QStringLiteral("dns-01"));
    QCOMPARE(task.identifier, QStringLiteral("wild.example.org"));
    QVERIFY(task.wildcard);
    QCOMPARE(task.token, dns->token);
    QCOMPARE(task.keyAuthorization,
             dns->token + u'.' + QString::fromLatin1(m_client->accountKey().thumbprint()));
    QCOMPARE(task.accountUri, m_client->accountUrl());

    const Result<Issued> issued =
        issueCertificate(*m_client, {{QStringLiteral("*.wild2.example.org")}, {}, {}});
    QVERIFY2(issued.ok(), qPrintable(issued.error().fullText()));
    const Result<QByteArray> root = m_pebble->rootPem(0);
    const QString verified = verifyChain(issued->chain.leafDer, issued->chain.chainDer, *root,
                                         {QStringLiteral("*.wild2.example.org")});
    QVERIFY2(verified.isEmpty(), qPrintable(verified));
}

void TestAcmeOrder::revoke()
{
    const Result<Issued> issued =
        issueCertificate(*m_client, {{QStringLiteral("revoke.example.org")}, {}, {}});
    QVERIFY2(issued.ok(), qPrintable(issued.error().fullText()));
    const QString serial = serialHexOf(issued->chain.leafDer);
    Result<QJsonObject> before = m_pebble->certificateStatus(serial);
    QVERIFY2(before.ok(), qPrintable(before.error().fullText()));
    QCOMPARE(before->value(u"Status").toString(), QStringLiteral("Valid"));

    const Status revoked =
        m_client->revokeCertificate(issued->chain.leafDer, pki::RevocationReason::Superseded);
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().fullText()));
    const Result<QJsonObject> after = m_pebble->certificateStatus(serial);
    QVERIFY2(after.ok(), qPrintable(after.error().fullText()));
    QCOMPARE(after->value(u"Status").toString(), QStringLiteral("Revoked"));
    QCOMPARE(after->value(u"Reason").toInt(-1), int(pki::RevocationReason::Superseded));
}

void TestAcmeOrder::revokeWithTheCertificateKey()
{
    const Result<Issued> issued =
        issueCertificate(*m_client, {{QStringLiteral("lostaccount.example.org")}, {}, {}});
    QVERIFY2(issued.ok(), qPrintable(issued.error().fullText()));
    const Result<AccountKey> certificateKey = AccountKey::fromPkcs8(issued->key.toPkcs8());
    QVERIFY2(certificateKey.ok(), qPrintable(certificateKey.error().fullText()));
    // A client without an account: the request is signed by the certificate's key alone.
    AcmeClient accountless(pebbleClientOptions(*m_pebble), newAccountKey());
    const Status revoked = accountless.revokeCertificateWithItsKey(
        issued->chain.leafDer, pki::RevocationReason::KeyCompromise, *certificateKey);
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().fullText()));
    const Result<QJsonObject> status = m_pebble->certificateStatus(serialHexOf(issued->chain.leafDer));
    QVERIFY2(status.ok(), qPrintable(status.error().fullText()));
    QCOMPARE(status->value(u"Status").toString(), QStringLiteral("Revoked"));
    QCOMPARE(status->value(u"Reason").toInt(-1), int(pki::RevocationReason::KeyCompromise));
}

void TestAcmeOrder::revokingTwiceIsRefusedReadably()
{
    const Result<Issued> issued =
        issueCertificate(*m_client, {{QStringLiteral("twice.example.org")}, {}, {}});
    QVERIFY2(issued.ok(), qPrintable(issued.error().fullText()));
    QVERIFY(m_client->revokeCertificate(issued->chain.leafDer, pki::RevocationReason::Unspecified).ok());
    const Status again =
        m_client->revokeCertificate(issued->chain.leafDer, pki::RevocationReason::Unspecified);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.startsWith(QStringLiteral("The CA refused to revoke the certificate: ")),
             qPrintable(again.error().fullText()));
    QCOMPARE(acmeProblemType(again.error()), QStringLiteral("urn:ietf:params:acme:error:alreadyRevoked"));
    qInfo("revoked twice: %s", qPrintable(again.error().fullText()));
}

void TestAcmeOrder::problemDocumentReachesTheUser()
{
    // pebble refuses names that are not valid DNS names with a malformed / rejectedIdentifier problem.
    const Result<AcmeOrder> order = m_client->newOrder({{QStringLiteral("bad_name!.example.org")}, {}, {}});
    QVERIFY(!order.ok());
    const Error &error = order.error();
    qInfo("malformed identifier: %s", qPrintable(error.fullText()));
    QVERIFY2(
        error.message.startsWith(QStringLiteral("The CA refused the new order for bad_name!.example.org: ")),
        qPrintable(error.fullText()));
    QVERIFY2(acmeProblemType(error).startsWith(QStringLiteral("urn:ietf:params:acme:error:")),
             qPrintable(error.fullText()));
    QCOMPARE(error.code, ErrorCode::InvalidInput);

    // An empty order is refused before anything is sent.
    const quint64 sent = m_client->statistics().signedRequests;
    const Result<AcmeOrder> empty = m_client->newOrder({});
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().message,
             QStringLiteral("Could not place the new order: the order names no DNS name."));
    QCOMPARE(m_client->statistics().signedRequests, sent);
}

void TestAcmeOrder::concurrentOrdersOnOneClient()
{
    constexpr int Threads = 4;
    constexpr int OrdersPerThread = 3;
    QMutex mutex;
    QStringList failures;
    QList<Issued> issued;
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < OrdersPerThread; ++i) {
                const QString name = QStringLiteral("t%1-o%2.concurrent.example.org").arg(t).arg(i);
                Result<Issued> result = issueCertificate(*m_client, {{name}, {}, {}});
                QMutexLocker locker(&mutex);
                if (result)
                    issued.append(std::move(*result));
                else
                    failures.append(name + QStringLiteral(": ") + result.error().fullText());
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(issued.size(), Threads * OrdersPerThread);
    const Result<QByteArray> root = m_pebble->rootPem(0);
    QVERIFY(root.ok());
    for (const Issued &one : std::as_const(issued)) {
        const QString verified = verifyChain(one.chain.leafDer, one.chain.chainDer, *root, {});
        QVERIFY2(verified.isEmpty(), qPrintable(verified));
    }
}

void TestAcmeOrder::pollingHonoursCancelAndDeadline()
{
    // Nobody answers the challenge: the order stays pending.
    const Result<AcmeOrder> order = m_client->newOrder({{QStringLiteral("waiting.example.org")}, {}, {}});
    QVERIFY2(order.ok(), qPrintable(order.error().fullText()));

    PollOptions deadline;
    deadline.timeout = std::chrono::milliseconds(300);
    QElapsedTimer timer;
    timer.start();
    const Result<AcmeOrder> timedOut = m_client->pollOrder(order->url, deadline);
    QVERIFY(!timedOut.ok());
    QVERIFY2(timedOut.error().message.startsWith(
                 QStringLiteral("The order for waiting.example.org was still pending "
                                "after ")),
             qPrintable(timedOut.error().message));
    QVERIFY2(timer.elapsed() < 20000, "the deadline was not honoured");

    std::atomic<bool> cancel{false};
    PollOptions cancellable;
    cancellable.cancelled = [&cancel] { return cancel.load(); };
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    timer.restart();
    const Result<AcmeOrder> cancelled = m_client->pollOrder(order->url, cancellable);
    canceller.join();
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QVERIFY2(timer.elapsed() < 20000, "the cancel was not noticed");
}

void TestAcmeOrder::pollingHonoursRetryAfter()
{
    // pebble 2.4.0 sends no Retry-After: a fake order resource does, the first time it is polled
    // (RFC 8555 section 7.4: "processing" with Retry-After), and is valid the second time.
    std::atomic<int> polls{0};
    FakeHttpServer orderResource([&polls](const FakeHttpRequest &) {
        const bool first = polls++ == 0;
        FakeHttpResponse response;
        response.headers = {{"Content-Type", "application/json"}};
        if (first)
            response.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
        response.body =
            first ? R"({"status":"processing","finalize":"http://x/finalize"})"
                  : R"({"status":"valid","finalize":"http://x/finalize","certificate":"http://x/cert"})";
        return response;
    });
    QVERIFY(orderResource.start());
    PollOptions options;
    options.firstDelay = std::chrono::milliseconds(1);
    QElapsedTimer timer;
    timer.start();
    const Result<AcmeOrder> order =
        m_client->pollOrder(orderResource.baseUrl() + QStringLiteral("/order/1"), options);
    QVERIFY2(order.ok(), qPrintable(order.error().fullText()));
    QCOMPARE(order->status, AcmeOrder::Status::Valid);
    QCOMPARE(polls.load(), 2);
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    // Each poll is a POST-as-GET (RFC 8555 section 6.3).
    QCOMPARE(orderResource.requests().first().method, QByteArray("POST"));
}

void TestAcmeOrder::nonceRejectionsAreRetried()
{
    // pebble refuses half of all good nonces. Every refused request is sent again with the nonce
    // that came with the refusal; the bound is raised here so that a run of refusals (0.5^17 per
    // request) cannot fail a whole order by chance.
    PebbleOptions options;
    options.nonceRejectPercent = 50;
    PebbleServer pebble(options);
    CERTDESK_START_PEBBLE(pebble);
    AcmeClientOptions clientOptions = pebbleClientOptions(pebble);
    clientOptions.badNonceRetries = 16;
    AcmeClient client(clientOptions, newAccountKey());
    const Result<AcmeAccount> account = client.registerAccount(accountOptions());
    QVERIFY2(account.ok(), qPrintable(account.error().fullText()));
    for (int i = 0; i < 2; ++i) {
        const QStringList names = {QStringLiteral("nonce%1.example.org").arg(i)};
        const Result<Issued> issued = issueCertificate(client, {names, {}, {}});
        QVERIFY2(issued.ok(), qPrintable(issued.error().fullText()));
        const Result<QByteArray> root = pebble.rootPem(0);
        QVERIFY(root.ok());
        const QString verified = verifyChain(issued->chain.leafDer, issued->chain.chainDer, *root, names);
        QVERIFY2(verified.isEmpty(), qPrintable(verified));
    }
    const AcmeClient::Statistics statistics = client.statistics();
    qInfo("%llu signed requests, %llu retried after badNonce", statistics.signedRequests,
          statistics.badNonceRetries);
    // About 15 requests, half of them refused at least once: none refused would be chance 0.5^15.
    QVERIFY(statistics.badNonceRetries > 0);

    // Without retries, the refusals reach the caller, readably.
    clientOptions.badNonceRetries = 0;
    AcmeClient noRetries(clientOptions, client.accountKey(), client.accountUrl());
    Error lastError;
    for (int i = 0; i < 40 && lastError.message.isEmpty(); ++i) {
        const Result<AcmeOrder> order = noRetries.newOrder({{QStringLiteral("noretry.example.org")}, {}, {}});
        if (!order)
            lastError = order.error();
    }
    QVERIFY2(lastError.message.startsWith(
                 QStringLiteral("The CA refused the new order for noretry.example.org: ")),
             qPrintable(lastError.fullText()));
    QCOMPARE(acmeProblemType(lastError), QStringLiteral("urn:ietf:params:acme:error:badNonce"));
}

void TestAcmeOrder::realValidation()
{
    // pebble validates for real: http-01 against a server of this test (pebble connects to
    // <name>:<httpPort>, and pebble-challtestsrv resolves every name to 127.0.0.1), dns-01
    // against TXT records set in pebble-challtestsrv. Only a correct key authorization and TXT
    // value pass.
    QMutex tokensMutex;
    QMap<QByteArray, QByteArray> tokens; // path -> key authorization
    FakeHttpServer http01([&](const FakeHttpRequest &request) {
        QMutexLocker locker(&tokensMutex);
        if (!tokens.contains(request.path))
            return FakeHttpResponse{404, {}, {}};
        return FakeHttpResponse{200, {{"Content-Type", "text/plain"}}, tokens.value(request.path)};
    });
    QVERIFY(http01.start());
    PebbleOptions options;
    options.alwaysValid = false;
    options.httpChallengePort = QUrl(http01.baseUrl()).port();
    PebbleServer pebble(options);
    CERTDESK_START_PEBBLE(pebble);
    AcmeClient client(pebbleClientOptions(pebble), newAccountKey());
    QVERIFY(client.registerAccount(accountOptions()).ok());

    const Result<AcmeOrder> order =
        client.newOrder({{QStringLiteral("http.example.org"), QStringLiteral("dns.example.org")}, {}, {}});
    QVERIFY2(order.ok(), qPrintable(order.error().fullText()));
    for (const QString &url : order->authorizationUrls) {
        const Result<AcmeAuthorization> authorization = client.fetchAuthorization(url);
        QVERIFY2(authorization.ok(), qPrintable(authorization.error().fullText()));
        const bool useHttp = authorization->identifier.value.startsWith(QStringLiteral("http."));
        const AcmeChallenge *challenge =
            authorization->challenge(useHttp ? QStringLiteral("http-01") : QStringLiteral("dns-01"));
        QVERIFY(challenge);
        const ChallengeTask task = client.challengeTask(*authorization, *challenge);
        if (useHttp) {
            QMutexLocker locker(&tokensMutex);
            tokens.insert("/.well-known/acme-challenge/" + task.token.toUtf8(),
                          task.keyAuthorization.toUtf8());
        } else {
            const Status set = pebble.setTxtRecord(QStringLiteral("_acme-challenge.%1.").arg(task.identifier),
                                                   dns01TxtValue(task.keyAuthorization));
            QVERIFY2(set.ok(), qPrintable(set.error().fullText()));
        }
        QVERIFY(client.respondToChallenge(*challenge).ok());
        const Result<AcmeAuthorization> valid = client.pollAuthorization(url);
        QVERIFY2(valid.ok(), qPrintable(valid.error().fullText()));
        QCOMPARE(valid->status, AcmeAuthorization::Status::Valid);
    }
    const Result<AcmeOrder> ready = client.pollOrder(order->url);
    QVERIFY2(ready.ok(), qPrintable(ready.error().fullText()));
    QCOMPARE(ready->status, AcmeOrder::Status::Ready);

    // A wrong TXT value: the authorization fails, and the user reads why.
    const Result<AcmeOrder> wrong = client.newOrder({{QStringLiteral("wrongtxt.example.org")}, {}, {}});
    QVERIFY2(wrong.ok(), qPrintable(wrong.error().fullText()));
    const Result<AcmeAuthorization> authorization =
        client.fetchAuthorization(wrong->authorizationUrls.first());
    QVERIFY(authorization.ok());
    const AcmeChallenge *dns = authorization->challenge(QStringLiteral("dns-01"));
    QVERIFY(dns);
    QVERIFY(pebble
                .setTxtRecord(QStringLiteral("_acme-challenge.wrongtxt.example.org."),
                              dns01TxtValue(QStringLiteral("not-the-key-authorization")))
                .ok());
    QVERIFY(client.respondToChallenge(*dns).ok());
    const Result<AcmeAuthorization> failed = client.pollAuthorization(authorization->url);
    QVERIFY(!failed.ok());
    qInfo("wrong TXT record: %s", qPrintable(failed.error().fullText()));
    QVERIFY2(
        failed.error().message.startsWith(QStringLiteral("The CA could not validate wrongtxt.example.org "
                                                         "(dns-01): ")),
        qPrintable(failed.error().fullText()));
    QVERIFY2(acmeProblemType(failed.error()).startsWith(QStringLiteral("urn:ietf:params:acme:error:")),
             qPrintable(failed.error().fullText()));
    const Result<AcmeOrder> invalidOrder = client.pollOrder(wrong->url);
    QVERIFY(!invalidOrder.ok());
    QVERIFY2(
        invalidOrder.error().message.startsWith(QStringLiteral("The order for wrongtxt.example.org failed")),
        qPrintable(invalidOrder.error().fullText()));
}

QTEST_GUILESS_MAIN(TestAcmeOrder)
#include "tst_acmeorder.moc"
