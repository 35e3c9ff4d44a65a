// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/acmeclient.h"
#include "tests/acme/pebble/fakehttpserver.h"
#include "tests/acme/pebble/freeport.h"
#include "tests/acme/pebble/pebbleserver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace certdesk;
using namespace certdesk::issuer::acme;
using namespace certdesk::testsupport;

namespace {

AccountKey newKey()
{
    Result<AccountKey> key = AccountKey::generate();
    if (!key)
        qFatal("%s", qPrintable(key.error().fullText()));
    return *key;
}

AcmeClientOptions optionsFor(const QString &url, const QString &caBundle = {})
{
    AcmeClientOptions options;
    options.directoryUrl = url;
    options.caBundlePath = caBundle;
    return options;
}

} // namespace

/// AcmeClient::directory() against the real pebble, and the errors for URLs that lead nowhere
/// useful: nothing listening, a web page, JSON that is not a directory, a 404, an untrusted TLS
/// certificate, a server that never answers.
class TestAcmeDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsPebbleDirectory();
    void directoryIsFetchedOnce();
    void unreachableHost();
    void unresolvableHost();
    void webPageIsNotADirectory();
    void jsonWithoutResourcesIsNotADirectory();
    void notFound();
    void untrustedTlsWithoutCaBundle();
    void unreadableCaBundle();
    void timeout();

private:
    std::unique_ptr<PebbleServer> m_pebble;
};

void TestAcmeDirectory::initTestCase()
{
    m_pebble = std::make_unique<PebbleServer>();
    CERTDESK_START_PEBBLE(*m_pebble);
}

void TestAcmeDirectory::readsPebbleDirectory()
{
    AcmeClient client(optionsFor(m_pebble->directoryUrl(), m_pebble->caBundlePath()), newKey());
    const Result<AcmeDirectory> directory = client.directory();
    QVERIFY2(directory.ok(), qPrintable(directory.error().fullText()));
    const QString base = m_pebble->directoryUrl().chopped(4); // without "/dir"
    QCOMPARE(directory->url, m_pebble->directoryUrl());
    QCOMPARE(directory->newNonce, base + QStringLiteral("/nonce-plz"));
    QCOMPARE(directory->newAccount, base + QStringLiteral("/sign-me-up"));
    QCOMPARE(directory->newOrder, base + QStringLiteral("/order-plz"));
    QCOMPARE(directory->revokeCert, base + QStringLiteral("/revoke-cert"));
    QCOMPARE(directory->keyChange, base + QStringLiteral("/rollover-account-key"));
    QVERIFY(directory->renewalInfo.isEmpty()); // pebble 2.4.0 has no ARI
    QCOMPARE(directory->termsOfService, QStringLiteral("data:text/plain,Do%20what%20thou%20wilt"));
    QCOMPARE(directory->externalAccountRequired, false);
    QVERIFY(directory->profiles.isEmpty());
}

void TestAcmeDirectory::directoryIsFetchedOnce()
{
    int hits = 0;
    FakeHttpServer server([&hits](const FakeHttpRequest &) {
        ++hits;
        return FakeHttpResponse{
            200,
            {{"Content-Type", "application/json"}},
            R"({"newNonce":"http://x/n","newAccount":"http://x/a","newOrder":"http://x/o"})"};
    });
    QVERIFY(server.start());
    AcmeClient client(optionsFor(server.baseUrl() + QStringLiteral("/directory")), newKey());
    QVERIFY(client.directory().ok());
    QVERIFY(client.directory().ok());
    QCOMPARE(hits, 1);
    QVERIFY(client.refreshDirectory().ok());
    QCOMPARE(hits, 2);
    QCOMPARE(server.requests().first().headers.value("user-agent"), QByteArray("CertDesk/" CERTDESK_VERSION));
}

void TestAcmeDirectory::unreachableHost()
{
    const int port = freeLoopbackPort(); // nothing listens there
    AcmeClient client(optionsFor(QStringLiteral("https://127.0.0.1:%1/directory").arg(port)), newKey());
    const Result<AcmeDirectory> directory = client.directory();
    QVERIFY(!directory.ok());
    const QString message = directory.error().message;
    QVERIFY2(message.startsWith(
                 QStringLiteral("Could not fetch the ACME directory: could not connect to 127.0.0.1:")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("check the URL and port")), qPrintable(message));
}

void TestAcmeDirectory::unresolvableHost()
{
    // .invalid never resolves (RFC 6761).
    AcmeClient client(optionsFor(QStringLiteral("https://acme.certdesk.invalid/directory")), newKey());
    const Result<AcmeDirectory> directory = client.directory();
    QVERIFY(!directory.ok());
    QVERIFY2(directory.error().message.contains(QStringLiteral("could not be resolved")),
             qPrintable(directory.error().fullText()));
}

void TestAcmeDirectory::webPageIsNotADirectory()
{
    FakeHttpServer server([](const FakeHttpRequest &) {
        return FakeHttpResponse{200,
                                {{"Content-Type", "text/html; charset=utf-8"}},
                                "<!DOCTYPE html><html><head><title>Example CA - Home</title></head>"
                                "<body><h1>Welcome</h1></body></html>"};
    });
    QVERIFY(server.start());
    AcmeClient client(optionsFor(server.baseUrl() + u'/'), newKey());
    const Result<AcmeDirectory> directory = client.directory();
    QVERIFY(!directory.ok());
    QCOMPARE(directory.error().code, ErrorCode::InvalidInput);
    const QString message = directory.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("Could not fetch the ACME directory: ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("is not an ACME directory: it answered with a web page")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Check the directory URL")), qPrintable(message));
    QVERIFY2(directory.error().detail.contains(QStringLiteral("Example CA - Home")),
             qPrintable(directory.error().detail));
}

void TestAcmeDirectory::jsonWithoutResourcesIsNotADirectory()
{
    FakeHttpServer server([](const FakeHttpRequest &) {
        return FakeHttpResponse{
            200, {{"Content-Type", "application/json"}}, R"({"status":"ok","version":"1.2"})"};
    });
    QVERIFY(server.start());
    AcmeClient client(optionsFor(server.baseUrl() + QStringLiteral("/api/health")), newKey());
    const Result<AcmeDirectory> directory = client.directory();
    QVERIFY(!directory.ok());
    QVERIFY2(directory.error().message.contains(QStringLiteral(
                 "answered with JSON that is not an ACME directory (it lacks newNonce, newAccount or "
                 "newOrder)")),
             qPrintable(directory.error().message));
}

void TestAcmeDirectory::notFound()
{
    AcmeClient client(
        optionsFor(m_pebble->directoryUrl() + QStringLiteral("ectory"), m_pebble->caBundlePath()), newKey());
    const Result<AcmeDirectory> directory = client.directory();
    QVERIFY(!directory.ok());
    QVERIFY2(directory.error().message.contains(
                 QStringLiteral("answered with HTTP status 404; check the directory URL")),
             qPrintable(directory.error().fullText()));
}

void TestAcmeDirectory::untrustedTlsWithoutCaBundle()
{
    AcmeClient client(optionsFor(m_pebble->directoryUrl()), newKey());
    const Result<AcmeDirectory> directory = client.directory();
    QVERIFY(!directory.ok());
    const QString message = directory.error().message;
    QVERIFY2(message.startsWith(
                 QStringLiteral("Could not fetch the ACME directory: the TLS certificate of 127.0.0.1:")),
             qPrintable(message));
    QVERIFY2(message.contains(
                 QStringLiteral("is not trusted; if the CA uses its own (private) root certificate, set "
                                "its CA bundle file")),
             qPrintable(message));
}

void TestAcmeDirectory::unreadableCaBundle()
{
    AcmeClient client(optionsFor(m_pebble->directoryUrl(), QStringLiteral("/nonexistent/ca.pem")), newKey());
    const Result<AcmeDirectory> directory = client.directory();
    QVERIFY(!directory.ok());
    QVERIFY2(directory.error().message.contains(
                 QStringLiteral("the CA bundle file /nonexistent/ca.pem could not be read")),
             qPrintable(directory.error().fullText()));
}

void TestAcmeDirectory::timeout()
{
    FakeHttpServer server([](const FakeHttpRequest &) {
        FakeHttpResponse response;
        response.hang = true;
        return response;
    });
    QVERIFY(server.start());
    AcmeClientOptions options = optionsFor(server.baseUrl() + QStringLiteral("/directory"));
    options.requestTimeoutMs = 1000;
    AcmeClient client(options, newKey());
    QElapsedTimer timer;
    timer.start();
    const Result<AcmeDirectory> directory = client.directory();
    QVERIFY(!directory.ok());
    QVERIFY2(directory.error().message.contains(QStringLiteral("did not answer within 1 seconds")),
             qPrintable(directory.error().fullText()));
    QVERIFY2(timer.elapsed() < 30000, "the timeout was not honoured");
}

QTEST_GUILESS_MAIN(TestAcmeDirectory)
#include "tst_acmedirectory.moc"
