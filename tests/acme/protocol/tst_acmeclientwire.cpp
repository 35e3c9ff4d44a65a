// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/acmeclient.h"
#include "tests/acme/pebble/fakehttpserver.h"
#include "tests/acme/protocol/acmetestflow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace certdesk;
using namespace certdesk::issuer::acme;
using namespace certdesk::testsupport;
using namespace certdesk::acmetest;

namespace {

const QByteArray OrderJson = R"({"status":"pending","finalize":"http://x/finalize/1","authorizations":[]})";
const QByteArray AuthzJson =
    R"({"status":"pending","identifier":{"type":"dns","value":"a.example.org"},"challenges":[]})";
const QByteArray BadNonceJson =
    R"({"type":"urn:ietf:params:acme:error:badNonce","detail":"JWS has an invalid anti-replay nonce"})";

/// The protected header of a JWS request body.
QJsonObject protectedHeaderOf(const QByteArray &body)
{
    const QJsonObject jws = QJsonDocument::fromJson(body).object();
    return QJsonDocument::fromJson(QByteArray::fromBase64(jws.value(u"protected").toString().toLatin1(),
                                                          QByteArray::Base64UrlEncoding))
        .object();
}

/// A whole fake ACME server, scripted by the test; what it records is read under `mutex`.
struct FakeAcme
{
    std::mutex mutex;
    std::condition_variable changed;
    QStringList events;             ///< "enter /authz/1", "leave /authz/1", "enter /new-order", ...
    int nonceCounter = 0;           ///< Replay-Nonce values are "nonce-<n>"
    int badNoncesToSend = 0;        ///< the next POSTs refused with badNonce
    bool holdAuthorization = false; ///< keep /authz/1 open until new-order arrives (or 3 s)
    std::atomic<bool> newOrderCalled{false};
    FakeHttpServer server{[this](const FakeHttpRequest &request) { return serve(request); }};

    QByteArray nextNonce() { return "nonce-" + QByteArray::number(++nonceCounter); }

    FakeHttpResponse serve(const FakeHttpRequest &request)
    {
        std::unique_lock lock(mutex);
        const QString path = QString::fromLatin1(request.path);
        if (request.path == "/directory") {
            const QString base = server.baseUrl();
            QJsonObject directory;
            directory.insert(u"newNonce", QString(base + QStringLiteral("/nonce")));
            directory.insert(u"newAccount", QString(base + QStringLiteral("/new-account")));
            directory.insert(u"newOrder", QString(base + QStringLiteral("/new-order")));
            return {200, {{"Content-Type", "application/json"}}, QJsonDocument(directory).toJson()};
        }
        if (request.path == "/nonce") {
            events.append(QStringLiteral("HEAD /nonce"));
            return {200, {{"Replay-Nonce", nextNonce()}}, {}};
        }
        events.append(QStringLiteral("enter ") + path + QStringLiteral(" nonce ") +
                      protectedHeaderOf(request.body).value(u"nonce").toString());
        changed.notify_all();
        FakeHttpResponse response;
        response.headers = {{"Replay-Nonce", nextNonce()}, {"Content-Type", "application/json"}};
        if (badNoncesToSend > 0) {
            --badNoncesToSend;
            response.status = 400;
            response.headers[1].second = "application/problem+json";
            response.body = BadNonceJson;
        } else if (request.path == "/new-order") {
            response.status = 201;
            response.headers.append({"Location", server.baseUrl().toLatin1() + "/order/1"});
            response.body = OrderJson;
        } else if (request.path == "/authz/1") {
            if (holdAuthorization) {
                // Wait until the test has called newOrder, then give it a chance to arrive.
                changed.wait_for(lock, std::chrono::seconds(10), [this] { return newOrderCalled.load(); });
                changed.wait_for(lock, std::chrono::milliseconds(500), [this] {
                    return events.filter(QStringLiteral("enter /new-order")).size() > 0;
                });
            }
            response.body = AuthzJson;
        } else {
            response.status = 404;
        }
        events.append(QStringLiteral("leave ") + path);
        changed.notify_all();
        return response;
    }

    QStringList recorded()
    {
        std::lock_guard lock(mutex);
        return events;
    }
};

std::unique_ptr<AcmeClient> clientFor(FakeAcme &fake, bool exclusiveNewOrders, int badNonceRetries = 3)
{
    AcmeClientOptions options;
    options.directoryUrl = fake.server.baseUrl() + QStringLiteral("/directory");
    options.exclusiveNewOrders = exclusiveNewOrders;
    options.badNonceRetries = badNonceRetries;
    // A known account: no registration needed against the fake.
    return std::make_unique<AcmeClient>(options, newAccountKey(),
                                        fake.server.baseUrl() + QStringLiteral("/acct/1"));
}

/// Fetches /authz/1 on one thread and places an order on another while the fetch is open.
QStringList authorizationAndOrderTogether(FakeAcme &fake, AcmeClient &client)
{
    {
        std::lock_guard lock(fake.mutex);
        fake.holdAuthorization = true;
    }
    std::thread fetcher(
        [&] { (void)client.fetchAuthorization(fake.server.baseUrl() + QStringLiteral("/authz/1")); });
    {
        // The fetch is inside the server before the order is sent.
        std::unique_lock lock(fake.mutex);
        fake.changed.wait_for(lock, std::chrono::seconds(10), [&] {
            return fake.events.filter(QStringLiteral("enter /authz/1")).size() > 0;
        });
    }
    std::thread orderer([&] {
        fake.newOrderCalled = true;
        {
            std::lock_guard lock(fake.mutex);
            fake.changed.notify_all();
        }
        (void)client.newOrder({{QStringLiteral("a.example.org")}, {}, {}});
    });
    fetcher.join();
    orderer.join();
    QStringList sequence;
    for (const QString &event : fake.recorded()) {
        if (event.contains(QStringLiteral("/authz/1")) || event.contains(QStringLiteral("/new-order")))
            sequence.append(event.section(u' ', 0, 1));
    }
    return sequence;
}

} // namespace

/// What the client puts on the wire around nonces and concurrency, against a scripted fake ACME
/// server (no CA behaves on command): nonces from responses are reused, a badNonce refusal is sent
/// again with the nonce it came with, and exclusiveNewOrders keeps a newOrder from overlapping an
/// authorization fetch.
class TestAcmeClientWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noncesFromResponsesAreReused();
    void badNonceIsRetriedWithTheFreshNonce();
    void badNonceRetriesAreBounded();
    void exclusiveNewOrdersWaitForAuthorizationFetches();
    void withoutExclusiveNewOrdersTheyOverlap();
};

void TestAcmeClientWire::noncesFromResponsesAreReused()
{
    FakeAcme fake;
    QVERIFY(fake.server.start());
    auto client = clientFor(fake, false);
    for (int i = 0; i < 5; ++i)
        QVERIFY(client->newOrder({{QStringLiteral("a.example.org")}, {}, {}}).ok());
    QCOMPARE(client->statistics().nonceFetches, quint64(1));
    QCOMPARE(client->statistics().signedRequests, quint64(5));
    // Each request used the nonce of the answer before it.
    const QStringList events = fake.recorded();
    QCOMPARE(events.filter(QStringLiteral("HEAD /nonce")).size(), 1);
    QVERIFY2(events.contains(QStringLiteral("enter /new-order nonce nonce-1")),
             qPrintable(events.join(u'\n')));
    QVERIFY2(events.contains(QStringLiteral("enter /new-order nonce nonce-5")),
             qPrintable(events.join(u'\n')));
}

void TestAcmeClientWire::badNonceIsRetriedWithTheFreshNonce()
{
    FakeAcme fake;
    QVERIFY(fake.server.start());
    auto client = clientFor(fake, false, 1);
    fake.badNoncesToSend = 1;
    const Result<AcmeOrder> order = client->newOrder({{QStringLiteral("a.example.org")}, {}, {}});
    QVERIFY2(order.ok(), qPrintable(order.error().fullText()));
    QCOMPARE(client->statistics().badNonceRetries, quint64(1));
    const QStringList posts = fake.recorded().filter(QStringLiteral("enter /new-order"));
    // The refusal carried nonce-2; the retry used it instead of asking newNonce again.
    QCOMPARE(posts, (QStringList{QStringLiteral("enter /new-order nonce nonce-1"),
                                 QStringLiteral("enter /new-order nonce nonce-2")}));
    QCOMPARE(client->statistics().nonceFetches, quint64(1));
}

void TestAcmeClientWire::badNonceRetriesAreBounded()
{
    FakeAcme fake;
    QVERIFY(fake.server.start());
    auto client = clientFor(fake, false, 2);
    fake.badNoncesToSend = 100;
    const Result<AcmeOrder> order = client->newOrder({{QStringLiteral("a.example.org")}, {}, {}});
    QVERIFY(!order.ok());
    QCOMPARE(fake.recorded().filter(QStringLiteral("enter /new-order")).size(), 3); // one try and two retries
    QCOMPARE(order.error().message,
             QStringLiteral(
                 "The CA refused the new order for a.example.org: JWS has an invalid anti-replay nonce. The "
                 "CA kept rejecting replay nonces; try again."));
}

void TestAcmeClientWire::exclusiveNewOrdersWaitForAuthorizationFetches()
{
    FakeAcme fake;
    QVERIFY(fake.server.start());
    auto client = clientFor(fake, true);
    const QStringList sequence = authorizationAndOrderTogether(fake, *client);
    QCOMPARE(sequence, (QStringList{QStringLiteral("enter /authz/1"), QStringLiteral("leave /authz/1"),
                                    QStringLiteral("enter /new-order"), QStringLiteral("leave /new-order")}));
}

void TestAcmeClientWire::withoutExclusiveNewOrdersTheyOverlap()
{
    FakeAcme fake;
    QVERIFY(fake.server.start());
    auto client = clientFor(fake, false);
    const QStringList sequence = authorizationAndOrderTogether(fake, *client);
    QCOMPARE(sequence, (QStringList{QStringLiteral("enter /authz/1"), QStringLiteral("enter /new-order"),
                                    QStringLiteral("leave /new-order"), QStringLiteral("leave /authz/1")}));
}

QTEST_GUILESS_MAIN(TestAcmeClientWire)
#include "tst_acmeclientwire.moc"
