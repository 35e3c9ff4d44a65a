// SPDX-License-Identifier: GPL-3.0-or-later
// The OpsGenie channel against a protocol-exact stand-in for the Alert API v2 (api.opsgenie.com
// cannot be reached from here): it checks what OpsGenie documents (Authorization: GenieKey,
// POST /v2/alerts with message, alias, priority P1-P5, details as strings; close through
// POST /v2/alerts/<alias>/close?identifierType=alias) and answers with OpsGenie's shapes:
// 202 {"result": "Request will be processed", "took", "requestId"}, 401 {"message": "Could not
// authenticate"}, 422 with "errors", 429.

#include "connectors/notifier/channel.h"
#include "tests/acme/pebble/fakehttpserver.h"
#include "tests/notifier/notifiertestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

using namespace certdesk;
using namespace certdesk::notifier;
using namespace certdesk::testsupport;

namespace {

const QByteArray GenieKey = "eb243592-faa2-4ba2-a551-1afdf565c889";

FakeHttpResponse opsGenieResponse(int status, QJsonObject body)
{
    body.insert("took", 0.012);
    body.insert("requestId", QUuid::createUuid().toString(QUuid::WithoutBraces));
    return FakeHttpResponse{
        status, {{"Content-Type", "application/json"}}, QJsonDocument(body).toJson(), false};
}

/// The Alert API v2 as documented, keeping each alert's state by alias.
class FakeOpsGenie
{
public:
    bool start() { return service.start(); }
    QString apiUrl() const { return service.baseUrl(); }
    QList<FakeHttpRequest> requests() const { return service.requests(); }
    void failWith(const FakeHttpResponse &response) { service.failWith(response); }
    QString alert(const QString &alias) const
    {
        const auto guard = service.lock();
        return m_alerts.value(alias);
    }

private:
    FakeHttpResponse handle(const FakeHttpRequest &request)
    {
        if (request.headers.value("authorization") != "GenieKey " + GenieKey)
            return opsGenieResponse(401, {{"message", "Could not authenticate"}});
        if (request.method != "POST" || !request.headers.value("content-type").startsWith("application/json"))
            return opsGenieResponse(400, {{"message", "Unsupported request"}});
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QUrl url(QString::fromLatin1("http://x" + request.path));
        const QStringList segments = url.path(QUrl::FullyEncoded).split('/', Qt::SkipEmptyParts);
        if (url.path() == "/v2/alerts")
            return create(body);
        if (segments.size() == 4 && segments[0] == "v2" && segments[1] == "alerts" &&
            segments[3] == "close") {
            if (url.query() != "identifierType=alias")
                return opsGenieResponse(422, {{"message", "identifierType must be alias here"}});
            m_alerts[QUrl::fromPercentEncoding(segments[2].toLatin1())] = QStringLiteral("closed");
            return opsGenieResponse(202, {{"result", "Request will be processed"}});
        }
        return opsGenieResponse(404, {{"message", "Not found"}});
    }

    FakeHttpResponse create(const QJsonObject &body)
    {
        QJsonObject errors;
        const QString message = body.value("message").toString();
        if (message.trimmed().isEmpty())
            errors.insert("message", "Message can not be empty.");
        else if (message.size() > 130)
            errors.insert("message", "Message can not be longer than 130 characters.");
        if (body.contains("priority") &&
            !QStringList{"P1", "P2", "P3", "P4", "P5"}.contains(body.value("priority").toString()))
            errors.insert("priority", "Priority should be one of [P1, P2, P3, P4, P5]");
        const QJsonObject details = body.value("details").toObject();
        for (auto it = details.begin(); it != details.end(); ++it) {
            if (!it.value().isString())
                errors.insert("details", "Details values should be strings");
        }
        if (!errors.isEmpty())
            return opsGenieResponse(422,
                                    {{"message", "Request body is not processable. Please check the errors."},
                                     {"errors", errors}});
        m_alerts[body.value("alias").toString(message)] = QStringLiteral("open");
        return opsGenieResponse(202, {{"result", "Request will be processed"}});
    }

    QMap<QString, QString> m_alerts;

public:
    FakeService service{[this](const FakeHttpRequest &request) { return handle(request); }};
};

} // namespace

class TestOpsGenieChannel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Channel> channelFor(const QString &apiUrl, QJsonObject values = {},
                                        const QByteArray &key = GenieKey)
    {
        values.insert("api_url", apiUrl);
        values.insert("timeout_seconds", "2");
        return channelOrNull("opsgenie", channelSettings(values, {{"api_key", key}}));
    }

private Q_SLOTS:
    void createCarriesTheDocumentedFields()
    {
        FakeOpsGenie opsGenie;
        QVERIFY(opsGenie.start());
        auto channel =
            channelFor(opsGenie.apiUrl(), {{"responders", "pki-team, web-team"}, {"tags", "certdesk,prod"}});
        QVERIFY(channel);
        const AlertMessage alert = expiringAlert();
        const DeliveryResult result = channel->send(alert, {});
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        QCOMPARE(result.status, 202);
        QCOMPARE(result.response, QStringLiteral("Request will be processed"));
        QVERIFY(!QUuid::fromString(result.reference).isNull());

        const QList<FakeHttpRequest> requests = opsGenie.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].path, QByteArray("/v2/alerts"));
        QCOMPARE(requests[0].headers.value("authorization"), "GenieKey " + GenieKey);
        const QJsonObject body = jsonOf(requests[0]);
        QCOMPARE(body.value("message").toString(), alert.subject);
        QCOMPARE(body.value("alias").toString(), QStringLiteral("certdesk-certificate-42"));
        QCOMPARE(body.value("description").toString(), alert.text);
        QCOMPARE(body.value("priority").toString(), QStringLiteral("P3"));
        QCOMPARE(body.value("entity").toString(), QStringLiteral("www.certdesk.test"));
        QCOMPARE(body.value("source").toString(), QStringLiteral("CertDesk"));
        QCOMPARE(body.value("tags").toArray(), QJsonArray({"certdesk", "prod"}));
        QCOMPARE(body.value("responders").toArray(),
                 QJsonArray({QJsonObject{{"type", "team"}, {"name", "pki-team"}},
                             QJsonObject{{"type", "team"}, {"name", "web-team"}}}));
        const QJsonObject details = body.value("details").toObject();
        QCOMPARE(details.value("common_name").toString(), QStringLiteral("www.certdesk.test"));
        QCOMPARE(details.value("days_left").toString(), QStringLiteral("14"));
        QCOMPARE(details.value("sha256").toString(), alert.certificate->sha256);
        QCOMPARE(details.value("profile").toString(), QStringLiteral("web"));
        QCOMPARE(opsGenie.alert(alert.dedupKey), QStringLiteral("open"));
    }

    void renewalClosesTheAlertByAlias()
    {
        FakeOpsGenie opsGenie;
        QVERIFY(opsGenie.start());
        auto channel = channelFor(opsGenie.apiUrl());
        QVERIFY(channel);
        AlertMessage alert = expiringAlert();
        // A scoped key has a space: the alias must be percent-encoded in the path.
        alert.dedupKey = certificateDedupKey(42, "prod eu");
        QVERIFY(channel->send(alert, {}).ok());
        QCOMPARE(opsGenie.alert(alert.dedupKey), QStringLiteral("open"));

        AlertMessage renewed = alert;
        renewed.kind = AlertKind::Resolved;
        renewed.resolve = true;
        renewed.subject = QStringLiteral("Certificate www.certdesk.test was renewed");
        const DeliveryResult result = channel->send(renewed, {});
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        const FakeHttpRequest close = opsGenie.requests().value(1);
        QCOMPARE(close.path,
                 QByteArray("/v2/alerts/certdesk-prod%20eu-certificate-42/close?identifierType=alias"));
        QCOMPARE(close.headers.value("authorization"), "GenieKey " + GenieKey);
        const QJsonObject body = jsonOf(close);
        QCOMPARE(body.value("source").toString(), QStringLiteral("CertDesk"));
        QVERIFY(body.value("note").toString().startsWith(renewed.subject));
        QCOMPARE(opsGenie.alert(alert.dedupKey), QStringLiteral("closed"));
    }

    void priorityFollowsSeverityOrTheSetting()
    {
        FakeOpsGenie opsGenie;
        QVERIFY(opsGenie.start());
        AlertMessage alert = expiringAlert();
        alert.severity = AlertSeverity::Critical;
        QVERIFY(channelFor(opsGenie.apiUrl())->send(alert, {}).ok());
        QVERIFY(channelFor(opsGenie.apiUrl(), {{"priority", "P2"}})->send(alert, {}).ok());
        QCOMPARE(jsonOf(opsGenie.requests().value(0)).value("priority").toString(), QStringLiteral("P1"));
        QCOMPARE(jsonOf(opsGenie.requests().value(1)).value("priority").toString(), QStringLiteral("P2"));
    }

    void euAddressAsDocumentedIsAccepted()
    {
        FakeOpsGenie opsGenie;
        QVERIFY(opsGenie.start());
        // The documentation shows the endpoint with its path; the channel takes it as the base.
        auto channel = channelFor(opsGenie.apiUrl() + "/v2/alerts/");
        QVERIFY(channel);
        QVERIFY(channel->send(expiringAlert(), {}).ok());
        QCOMPARE(opsGenie.requests().value(0).path, QByteArray("/v2/alerts"));
    }

    void wrongKeyIsPermanent()
    {
        FakeOpsGenie opsGenie;
        QVERIFY(opsGenie.start());
        const QByteArray wrongKey = "00000000-1111-2222-3333-444444444444";
        const DeliveryResult result = channelFor(opsGenie.apiUrl(), {}, wrongKey)->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY(!result.retryable);
        QCOMPARE(result.status, 401);
        QVERIFY2(result.error.message.contains("refused the credentials"), qPrintable(result.error.message));
        QVERIFY2(result.error.message.contains("Could not authenticate"), qPrintable(result.error.message));
        QVERIFY(!leaksSecret(result, wrongKey));
    }

    void unprocessableAlertShowsOpsGeniesErrors()
    {
        FakeOpsGenie opsGenie;
        QVERIFY(opsGenie.start());
        AlertMessage alert = expiringAlert();
        alert.subject.clear();
        const DeliveryResult result = channelFor(opsGenie.apiUrl())->send(alert, {});
        QVERIFY(!result.ok());
        QVERIFY(!result.retryable);
        QCOMPARE(result.status, 422);
        QVERIFY2(result.error.message.contains("Message can not be empty."),
                 qPrintable(result.error.message));
    }

    void rateLimitWithHttpDateIsTransient()
    {
        FakeOpsGenie opsGenie;
        QVERIFY(opsGenie.start());
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(120);
        const QByteArray httpDate =
            QLocale::c().toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
        FakeHttpResponse throttled =
            opsGenieResponse(429, {{"message", "You are making too many requests!"}});
        throttled.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", httpDate));
        throttled.headers.append(std::pair<QByteArray, QByteArray>("X-RateLimit-State", "THROTTLED"));
        opsGenie.failWith(throttled);
        const DeliveryResult result = channelFor(opsGenie.apiUrl())->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY(result.retryable);
        QCOMPARE(result.status, 429);
        QVERIFY(result.retryAfter);
        QVERIFY2(result.retryAfter->count() >= 110 && result.retryAfter->count() <= 120,
                 qPrintable(QString::number(result.retryAfter->count())));
    }

    void outageAndSilenceAreTransient()
    {
        FakeOpsGenie opsGenie;
        QVERIFY(opsGenie.start());
        opsGenie.failWith(opsGenieResponse(503, {{"message", "Service unavailable"}}));
        const DeliveryResult outage = channelFor(opsGenie.apiUrl())->send(expiringAlert(), {});
        QVERIFY(!outage.ok());
        QVERIFY(outage.retryable);
        QCOMPARE(outage.status, 503);

        opsGenie.failWith(FakeHttpResponse{202, {}, {}, true});
        const DeliveryResult silence = channelFor(opsGenie.apiUrl())->send(expiringAlert(), {});
        QVERIFY(!silence.ok());
        QVERIFY(silence.retryable);
        QCOMPARE(silence.status, 0);

        const DeliveryResult unreachable = channelFor(unreachableUrl())->send(expiringAlert(), {});
        QVERIFY(!unreachable.ok());
        QVERIFY(unreachable.retryable);
        QVERIFY2(unreachable.error.message.contains("Could not connect"),
                 qPrintable(unreachable.error.message));
    }

    void settingsAreChecked()
    {
        const auto noKey = makeChannel("opsgenie", channelSettings({}));
        QVERIFY(!noKey.ok());
        QVERIFY2(noKey.error().message.startsWith("api_key:"), qPrintable(noKey.error().message));
        const auto badPriority =
            makeChannel("opsgenie", channelSettings({{"priority", "P9"}}, {{"api_key", GenieKey}}));
        QVERIFY(!badPriority.ok());
        QVERIFY2(badPriority.error().message.startsWith("priority:"),
                 qPrintable(badPriority.error().message));
        const auto plainHttp =
            makeChannel("opsgenie", channelSettings({{"api_url", "http://api.eu.opsgenie.com"}},
                                                    {{"api_key", GenieKey}}));
        QVERIFY(!plainHttp.ok());
        QVERIFY2(plainHttp.error().message.startsWith("api_url:"), qPrintable(plainHttp.error().message));
        QVERIFY(makeChannel("opsgenie", channelSettings({{"api_url", "https://api.eu.opsgenie.com"}},
                                                        {{"api_key", GenieKey}}))
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestOpsGenieChannel)
#include "tst_opsgeniechannel.moc"
