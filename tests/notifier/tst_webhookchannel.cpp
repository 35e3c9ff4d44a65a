// SPDX-License-Identifier: GPL-3.0-or-later
// The generic webhook channel against a receiver that verifies what the documentation promises:
// a JSON body, X-CertDesk-Event and X-CertDesk-Delivery, and X-CertDesk-Signature: sha256=<hex>
// recomputed here with Qt's own HMAC (QMessageAuthenticationCode) over the raw body as received.

#include "connectors/notifier/channel.h"
#include "tests/acme/pebble/fakehttpserver.h"
#include "tests/notifier/notifiertestsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <atomic>

using namespace certdesk;
using namespace certdesk::notifier;
using namespace certdesk::testsupport;

namespace {

const QByteArray Secret = "whsec-5f0c2b7e91d84a36";

QByteArray expectedSignature(const QByteArray &body, const QByteArray &secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

/// A receiver that refuses unsigned or wrongly signed bodies with 401, as receivers should.
FakeHttpResponse verifyingReceiver(const FakeHttpRequest &request)
{
    if (request.method != "POST" || request.path != "/hooks/certdesk")
        return FakeHttpResponse{404, {}, "not found", false};
    if (request.headers.value("x-certdesk-signature") != expectedSignature(request.body, Secret))
        return FakeHttpResponse{401, {}, "bad signature", false};
    return FakeHttpResponse{204, {}, {}, false};
}

std::unique_ptr<Channel> webhookChannel(const QString &url, const QByteArray &secret = {})
{
    std::map<QString, QByteArray> secrets;
    if (!secret.isEmpty())
        secrets["secret"] = secret;
    return channelOrNull("webhook", channelSettings({{"url", url}, {"timeout_seconds", "1"}}, secrets));
}

} // namespace

class TestWebhookChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signedBodyVerifiesAndCarriesTheAlert()
    {
        FakeHttpServer receiver(verifyingReceiver);
        QVERIFY(receiver.start());
        const AlertMessage alert = expiringAlert();
        const DeliveryResult result =
            webhookChannel(receiver.baseUrl() + "/hooks/certdesk", Secret)->send(alert, {});
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        QCOMPARE(result.status, 204);

        const FakeHttpRequest request = receiver.requests().value(0);
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(request.headers.value("x-certdesk-event"), QByteArray("certificate.expiring"));
        QCOMPARE(request.headers.value("x-certdesk-delivery"), QByteArray("alert-42-14"));
        const QByteArray signature = request.headers.value("x-certdesk-signature");
        QVERIFY(QRegularExpression("^sha256=[0-9a-f]{64}$").match(QString::fromLatin1(signature)).hasMatch());
        QCOMPARE(signature, expectedSignature(request.body, Secret));

        const QJsonObject body = jsonOf(request);
        QCOMPARE(body.value("event").toString(), QStringLiteral("certificate.expiring"));
        QCOMPARE(body.value("kind").toString(), QStringLiteral("expiring"));
        QCOMPARE(body.value("severity").toString(), QStringLiteral("warning"));
        QCOMPARE(body.value("subject").toString(), alert.subject);
        QCOMPARE(body.value("text").toString(), alert.text);
        QCOMPARE(body.value("dedup_key").toString(), QStringLiteral("certdesk-certificate-42"));
        QCOMPARE(body.value("resolve").toBool(), false);
        QCOMPARE(body.value("delivery_id").toString(), QStringLiteral("alert-42-14"));
        QCOMPARE(body.value("created_at").toString(), QStringLiteral("2031-04-20T12:00:00Z"));
        QVERIFY(QDateTime::fromString(body.value("sent_at").toString(), Qt::ISODate).isValid());
        QCOMPARE(body.value("details").toObject().value("profile").toString(), QStringLiteral("web"));
        const QJsonObject certificate = body.value("certificate").toObject();
        QCOMPARE(certificate.value("id").toInteger(), 42);
        QCOMPARE(certificate.value("common_name").toString(), QStringLiteral("www.certdesk.test"));
        QCOMPARE(certificate.value("not_after").toString(), QStringLiteral("2031-05-04T12:00:00Z"));
        QCOMPARE(certificate.value("days_left").toInt(), 14);
        QCOMPARE(certificate.value("window").toInt(), 14);
        QCOMPARE(certificate.value("sha256").toString(), alert.certificate->sha256);
    }

    void wrongSecretIsRefusedByTheReceiver()
    {
        FakeHttpServer receiver(verifyingReceiver);
        QVERIFY(receiver.start());
        const QByteArray wrong = "whsec-not-the-shared-one";
        const DeliveryResult result =
            webhookChannel(receiver.baseUrl() + "/hooks/certdesk", wrong)->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY(!result.retryable);
        QCOMPARE(result.status, 401);
        QVERIFY(!leaksSecret(result, wrong));
    }

    void withoutSecretNoSignatureIsSent()
    {
        FakeHttpServer receiver([](const FakeHttpRequest &) {
            return FakeHttpResponse{200, {}, "thanks", false};
        });
        QVERIFY(receiver.start());
        AlertMessage alert = makeTestAlert("ops hook");
        const DeliveryResult result = webhookChannel(receiver.baseUrl() + "/any")->send(alert, {});
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        const FakeHttpRequest request = receiver.requests().value(0);
        QVERIFY(!request.headers.contains("x-certdesk-signature"));
        QCOMPARE(request.headers.value("x-certdesk-event"), QByteArray("test"));
        // Without a delivery id each send gets a fresh one.
        QVERIFY(
            !QUuid::fromString(QString::fromLatin1(request.headers.value("x-certdesk-delivery"))).isNull());
        QVERIFY(jsonOf(request).value("certificate").isNull());
    }

    void retriesKeepTheDeliveryId()
    {
        std::atomic<int> calls = 0;
        FakeHttpServer receiver([&calls](const FakeHttpRequest &) {
            return ++calls == 1 ? FakeHttpResponse{503, {{"Retry-After", "2"}}, "busy", false}
                                : FakeHttpResponse{202, {}, {}, false};
        });
        QVERIFY(receiver.start());
        auto channel = webhookChannel(receiver.baseUrl() + "/hooks/certdesk", Secret);
        const DeliveryResult first = channel->send(expiringAlert(), {});
        QVERIFY(!first.ok());
        QVERIFY(first.retryable);
        QCOMPARE(first.retryAfter.value_or(std::chrono::seconds(0)).count(), 2);
        QVERIFY(channel->send(expiringAlert(), {}).ok());
        const QList<FakeHttpRequest> requests = receiver.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].headers.value("x-certdesk-delivery"),
                 requests[1].headers.value("x-certdesk-delivery"));
    }

    void failuresAreClassified()
    {
        FakeHttpServer receiver([](const FakeHttpRequest &request) {
            if (request.path == "/500")
                return FakeHttpResponse{500, {}, "Internal Server Error", false};
            if (request.path == "/410")
                return FakeHttpResponse{410, {}, "gone", false};
            if (request.path == "/302")
                return FakeHttpResponse{302, {{"Location", "https://elsewhere.example/"}}, {}, false};
            return FakeHttpResponse{200, {}, {}, true};
        });
        QVERIFY(receiver.start());
        const DeliveryResult serverError =
            webhookChannel(receiver.baseUrl() + "/500")->send(expiringAlert(), {});
        QVERIFY(serverError.retryable);
        QCOMPARE(serverError.status, 500);
        const DeliveryResult gone = webhookChannel(receiver.baseUrl() + "/410")->send(expiringAlert(), {});
        QVERIFY(!gone.retryable);
        const DeliveryResult redirect =
            webhookChannel(receiver.baseUrl() + "/302")->send(expiringAlert(), {});
        QVERIFY(!redirect.ok());
        QVERIFY(!redirect.retryable);
        QCOMPARE(receiver.requests().size(), 3); // the redirect was not followed
        const DeliveryResult silent = webhookChannel(receiver.baseUrl() + "/hang")->send(expiringAlert(), {});
        QVERIFY(silent.retryable);
        QVERIFY2(silent.error.message.contains("did not answer within 1 seconds"),
                 qPrintable(silent.error.message));
        const DeliveryResult unreachable = webhookChannel(unreachableUrl() + "/x")->send(expiringAlert(), {});
        QVERIFY(unreachable.retryable);
        QCOMPARE(unreachable.status, 0);
    }

    void cancelStopsAWaitingDelivery()
    {
        FakeHttpServer receiver([](const FakeHttpRequest &) { return FakeHttpResponse{200, {}, {}, true}; });
        QVERIFY(receiver.start());
        auto channel =
            makeChannel("webhook", channelSettings(QJsonObject{{"url", QString(receiver.baseUrl() + "/slow")},
                                                               {"timeout_seconds", "60"}}));
        QVERIFY(channel.ok());
        QElapsedTimer timer;
        timer.start();
        const DeliveryResult result =
            (*channel)->send(expiringAlert(), [&timer] { return timer.elapsed() > 500; });
        QVERIFY(!result.ok());
        QVERIFY(!result.retryable);
        QCOMPARE(result.error.code, ErrorCode::Cancelled);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void settingsAreChecked()
    {
        const auto noUrl = makeChannel("webhook", channelSettings({}));
        QVERIFY(!noUrl.ok());
        QVERIFY2(noUrl.error().message.startsWith("url:"), qPrintable(noUrl.error().message));
        const auto ftp = makeChannel("webhook", channelSettings({{"url", "ftp://example.org/x"}}));
        QVERIFY(!ftp.ok());
        const auto badTimeout = makeChannel(
            "webhook", channelSettings({{"url", "https://example.org/x"}, {"timeout_seconds", "0"}}));
        QVERIFY(!badTimeout.ok());
        QVERIFY2(badTimeout.error().message.startsWith("timeout_seconds:"),
                 qPrintable(badTimeout.error().message));
        // A company-internal receiver may use plain http.
        QVERIFY(makeChannel("webhook", channelSettings({{"url", "http://hooks.internal.example/certdesk"}}))
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestWebhookChannel)
#include "tst_webhookchannel.moc"
