// SPDX-License-Identifier: GPL-3.0-or-later
// The PagerDuty channel against a protocol-exact stand-in for the Events API v2
// (events.pagerduty.com cannot be reached from here): it checks what PagerDuty documents (POST
// /v2/enqueue, JSON, a 32-character routing_key, event_action, dedup_key, payload summary, source
// and severity) and answers with PagerDuty's shapes: 202 {"status": "success", "message": "Event
// processed", "dedup_key"}, 400 {"status": "invalid event", "message", "errors"}, 429, 5xx.

#include "connectors/notifier/channel.h"
#include "tests/acme/pebble/fakehttpserver.h"
#include "tests/notifier/notifiertestsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace certdesk;
using namespace certdesk::notifier;
using namespace certdesk::testsupport;

namespace {

const QByteArray RoutingKey = "R0123456789abcdef0123456789abcde"; // 32 characters, as PagerDuty issues them

FakeHttpResponse invalidEvent(const QStringList &errors)
{
    return jsonResponse(400, {{"status", "invalid event"},
                              {"message", "Event object is invalid"},
                              {"errors", QJsonArray::fromStringList(errors)}});
}

/// The Events API v2 as documented, keeping each incident's state by dedup_key.
class FakePagerDuty
{
public:
    bool start() { return service.start(); }
    QString enqueueUrl() const { return service.baseUrl() + QStringLiteral("/v2/enqueue"); }
    QList<FakeHttpRequest> requests() const { return service.requests(); }
    void failWith(const FakeHttpResponse &response) { service.failWith(response); }
    QString incident(const QString &dedupKey) const
    {
        const auto guard = service.lock();
        return m_incidents.value(dedupKey);
    }

private:
    FakeHttpResponse handle(const FakeHttpRequest &request)
    {
        if (request.method != "POST" || request.path != "/v2/enqueue")
            return FakeHttpResponse{404, {}, "Not Found", false};
        if (!request.headers.value("content-type").startsWith("application/json"))
            return invalidEvent({"Content-Type must be application/json"});
        const QJsonObject event = QJsonDocument::fromJson(request.body).object();
        if (event.isEmpty())
            return invalidEvent({"Malformed JSON"});
        QStringList errors;
        if (event.value("routing_key").toString().size() != 32)
            errors << "Length of 'routing_key' is incorrect (should be 32 characters)";
        const QString action = event.value("event_action").toString();
        if (!QStringList{"trigger", "acknowledge", "resolve"}.contains(action))
            errors << "'event_action' is invalid (must be one of the following: 'trigger', 'acknowledge' or "
                      "'resolve')";
        QString dedupKey = event.value("dedup_key").toString();
        if (dedupKey.size() > 255)
            errors << "'dedup_key' is too long (maximum is 255 characters)";
        if (action == "trigger") {
            const QJsonObject payload = event.value("payload").toObject();
            if (payload.value("summary").toString().trimmed().isEmpty())
                errors << "'payload.summary' is missing or blank";
            if (payload.value("summary").toString().size() > 1024)
                errors << "'payload.summary' is too long (maximum is 1024 characters)";
            if (payload.value("source").toString().trimmed().isEmpty())
                errors << "'payload.source' is missing or blank";
            if (!QStringList{"critical", "error", "warning", "info"}.contains(
                    payload.value("severity").toString()))
                errors
                    << "'payload.severity' is invalid (must be one of the following: 'critical', 'warning', "
                       "'error' or 'info')";
        } else if (dedupKey.isEmpty()) {
            errors << "'dedup_key' is missing or blank";
        }
        if (!errors.isEmpty())
            return invalidEvent(errors);
        if (dedupKey.isEmpty())
            dedupKey = QStringLiteral("generated%1").arg(m_incidents.size());
        m_incidents[dedupKey] =
            action == "resolve" ? QStringLiteral("resolved") : QStringLiteral("triggered");
        return jsonResponse(202,
                            {{"status", "success"}, {"message", "Event processed"}, {"dedup_key", dedupKey}});
    }

    QMap<QString, QString> m_incidents;

public:
    FakeService service{[this](const FakeHttpRequest &request) { return handle(request); }};
};

} // namespace

class TestPagerDutyChannel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Channel> channelFor(const FakePagerDuty &pagerDuty, QJsonObject values = {},
                                        const QByteArray &routingKey = RoutingKey)
    {
        values.insert("api_url", pagerDuty.enqueueUrl());
        values.insert("timeout_seconds", "2");
        return channelOrNull("pagerduty", channelSettings(values, {{"routing_key", routingKey}}));
    }

private Q_SLOTS:
    void triggerCarriesTheDocumentedFields()
    {
        FakePagerDuty pagerDuty;
        QVERIFY(pagerDuty.start());
        auto channel = channelFor(pagerDuty, {{"group", "prod-web"}});
        QVERIFY(channel);
        const AlertMessage alert = expiringAlert();
        const DeliveryResult result = channel->send(alert, {});
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        QCOMPARE(result.status, 202);
        QCOMPARE(result.response, QStringLiteral("Event processed"));
        QCOMPARE(result.reference, alert.dedupKey);

        const QList<FakeHttpRequest> requests = pagerDuty.requests();
        QCOMPARE(requests.size(), 1);
        const QJsonObject event = jsonOf(requests[0]);
        QCOMPARE(event.value("routing_key").toString(), QString::fromLatin1(RoutingKey));
        QCOMPARE(event.value("event_action").toString(), QStringLiteral("trigger"));
        QCOMPARE(event.value("dedup_key").toString(), QStringLiteral("certdesk-certificate-42"));
        QCOMPARE(event.value("client").toString(), QStringLiteral("CertDesk"));
        const QJsonObject payload = event.value("payload").toObject();
        QCOMPARE(payload.value("summary").toString(), alert.subject);
        QCOMPARE(payload.value("source").toString(), QStringLiteral("www.certdesk.test"));
        QCOMPARE(payload.value("severity").toString(), QStringLiteral("warning"));
        QCOMPARE(payload.value("component").toString(), QStringLiteral("www.certdesk.test"));
        QCOMPARE(payload.value("group").toString(), QStringLiteral("prod-web"));
        QCOMPARE(payload.value("class").toString(), QStringLiteral("expiring"));
        QCOMPARE(payload.value("timestamp").toString(), QStringLiteral("2031-04-20T12:00:00Z"));
        const QJsonObject details = payload.value("custom_details").toObject();
        QCOMPARE(details.value("profile").toString(), QStringLiteral("web"));
        const QJsonObject certificate = details.value("certificate").toObject();
        QCOMPARE(certificate.value("id").toInteger(), 42);
        QCOMPARE(certificate.value("days_left").toInt(), 14);
        QCOMPARE(certificate.value("window").toInt(), 14);
        QCOMPARE(certificate.value("not_after").toString(), QStringLiteral("2031-05-04T12:00:00Z"));
        QCOMPARE(certificate.value("sha256").toString(), alert.certificate->sha256);
        QCOMPARE(pagerDuty.incident(alert.dedupKey), QStringLiteral("triggered"));
    }

    void repeatAlertsUpdateOneIncidentAndRenewalResolvesIt()
    {
        FakePagerDuty pagerDuty;
        QVERIFY(pagerDuty.start());
        auto channel = channelFor(pagerDuty);
        QVERIFY(channel);
        AlertMessage alert = expiringAlert();
        QVERIFY(channel->send(alert, {}).ok());
        alert.severity = AlertSeverity::Critical;
        alert.certificate->daysLeft = 7;
        QVERIFY(channel->send(alert, {}).ok());

        AlertMessage resolved = alert;
        resolved.kind = AlertKind::Resolved;
        resolved.resolve = true;
        const DeliveryResult result = channel->send(resolved, {});
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));

        const QList<FakeHttpRequest> requests = pagerDuty.requests();
        QCOMPARE(requests.size(), 3);
        for (const FakeHttpRequest &request : requests)
            QCOMPARE(jsonOf(request).value("dedup_key").toString(), alert.dedupKey);
        QCOMPARE(jsonOf(requests[1]).value("payload").toObject().value("severity").toString(),
                 QStringLiteral("critical"));
        const QJsonObject resolve = jsonOf(requests[2]);
        QCOMPARE(resolve.value("event_action").toString(), QStringLiteral("resolve"));
        QCOMPARE(resolve.value("routing_key").toString(), QString::fromLatin1(RoutingKey));
        QVERIFY(!resolve.contains("payload"));
        QCOMPARE(pagerDuty.incident(alert.dedupKey), QStringLiteral("resolved"));
    }

    void severitySettingOverridesTheAlerts()
    {
        FakePagerDuty pagerDuty;
        QVERIFY(pagerDuty.start());
        auto channel = channelFor(pagerDuty, {{"severity", "error"}, {"source", "pki-team"}});
        QVERIFY(channel);
        QVERIFY(channel->send(expiringAlert(), {}).ok());
        const QJsonObject payload = jsonOf(pagerDuty.requests().value(0)).value("payload").toObject();
        QCOMPARE(payload.value("severity").toString(), QStringLiteral("error"));
        QCOMPARE(payload.value("source").toString(), QStringLiteral("pki-team"));
    }

    void badRoutingKeyIsPermanentWithPagerDutysMessage()
    {
        FakePagerDuty pagerDuty;
        QVERIFY(pagerDuty.start());
        const QByteArray shortKey = "R0123456789abcdef0123456789"; // 27 characters
        auto channel = channelFor(pagerDuty, {}, shortKey);
        QVERIFY(channel);
        const DeliveryResult result = channel->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY(!result.retryable);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.error.code, ErrorCode::InvalidInput);
        QVERIFY2(result.error.message.contains("Length of 'routing_key' is incorrect"),
                 qPrintable(result.error.message));
        QVERIFY2(result.error.message.contains("Event object is invalid"), qPrintable(result.error.message));
        QVERIFY(!leaksSecret(result, shortKey));
    }

    void rateLimitIsTransientWithRetryAfter()
    {
        FakePagerDuty pagerDuty;
        QVERIFY(pagerDuty.start());
        pagerDuty.failWith(FakeHttpResponse{429, {{"Retry-After", "30"}}, {}, false});
        auto channel = channelFor(pagerDuty);
        QVERIFY(channel);
        const DeliveryResult result = channel->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY(result.retryable);
        QCOMPARE(result.status, 429);
        QVERIFY(result.retryAfter.has_value());
        QCOMPARE(result.retryAfter->count(), 30);
        QVERIFY2(result.error.message.contains("30 seconds"), qPrintable(result.error.message));
    }

    void serverErrorIsTransient()
    {
        FakePagerDuty pagerDuty;
        QVERIFY(pagerDuty.start());
        pagerDuty.failWith(jsonResponse(500, {{"status", "error"}, {"message", "Internal error"}}));
        auto channel = channelFor(pagerDuty);
        QVERIFY(channel);
        const DeliveryResult result = channel->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY(result.retryable);
        QCOMPARE(result.status, 500);
        QVERIFY(!result.retryAfter);
        QVERIFY2(result.error.detail.contains("Internal error"), qPrintable(result.error.detail));
    }

    void silentServerTimesOutAsTransient()
    {
        FakePagerDuty pagerDuty;
        QVERIFY(pagerDuty.start());
        pagerDuty.failWith(FakeHttpResponse{200, {}, {}, true});
        auto channel = channelFor(pagerDuty);
        QVERIFY(channel);
        QElapsedTimer timer;
        timer.start();
        const DeliveryResult result = channel->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY(result.retryable);
        QCOMPARE(result.status, 0);
        QVERIFY2(result.error.message.contains("did not answer within 2 seconds"),
                 qPrintable(result.error.message));
        QVERIFY(timer.elapsed() < 10000);
    }

    void resolveWithoutDedupKeySendsNothing()
    {
        FakePagerDuty pagerDuty;
        QVERIFY(pagerDuty.start());
        auto channel = channelFor(pagerDuty);
        QVERIFY(channel);
        AlertMessage alert = expiringAlert();
        alert.resolve = true;
        alert.dedupKey.clear();
        const DeliveryResult result = channel->send(alert, {});
        QVERIFY(!result.ok());
        QVERIFY(!result.retryable);
        QCOMPARE(result.error.code, ErrorCode::InvalidInput);
        QVERIFY(pagerDuty.requests().isEmpty());
    }

    void settingsAreChecked()
    {
        const Result<std::unique_ptr<Channel>> noKey = makeChannel("pagerduty", channelSettings({}));
        QVERIFY(!noKey.ok());
        QVERIFY2(noKey.error().message.startsWith("routing_key:"), qPrintable(noKey.error().message));

        const Result<std::unique_ptr<Channel>> plainHttp =
            makeChannel("pagerduty", channelSettings({{"api_url", "http://events.pagerduty.com/v2/enqueue"}},
                                                     {{"routing_key", RoutingKey}}));
        QVERIFY(!plainHttp.ok());
        QVERIFY2(plainHttp.error().message.startsWith("api_url:"), qPrintable(plainHttp.error().message));

        const Result<std::unique_ptr<Channel>> badSeverity = makeChannel(
            "pagerduty", channelSettings({{"severity", "urgent"}}, {{"routing_key", RoutingKey}}));
        QVERIFY(!badSeverity.ok());
        QVERIFY2(badSeverity.error().message.startsWith("severity:"),
                 qPrintable(badSeverity.error().message));

        const Result<std::unique_ptr<Channel>> spaced =
            makeChannel("pagerduty", channelSettings({}, {{"routing_key", "R0123 456789"}}));
        QVERIFY(!spaced.ok());
        QVERIFY(!spaced.error().fullText().contains("R0123 456789"));

        const Result<std::unique_ptr<Channel>> defaults =
            makeChannel("pagerduty", channelSettings({}, {{"routing_key", RoutingKey}}));
        QVERIFY2(defaults.ok(), qPrintable(defaults.error().fullText()));
    }
};

QTEST_GUILESS_MAIN(TestPagerDutyChannel)
#include "tst_pagerdutychannel.moc"
