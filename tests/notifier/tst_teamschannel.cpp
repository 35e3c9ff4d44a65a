// SPDX-License-Identifier: GPL-3.0-or-later
// The Microsoft Teams channel against a protocol-exact stand-in for an incoming webhook
// (outlook.office.com cannot be reached from here): it takes a MessageCard (@type, @context,
// summary or text required) and answers as Teams does: 200 "1"; 400 "Summary or Text is
// required."; 200 with "Microsoft Teams endpoint returned HTTP error 429 ..." when throttled.

#include "connectors/notifier/channel.h"
#include "tests/acme/pebble/fakehttpserver.h"
#include "tests/notifier/notifiertestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace certdesk;
using namespace certdesk::notifier;
using namespace certdesk::testsupport;

namespace {

const QByteArray HookPath = "/webhookb2/5d1c-certdesk@72f9/IncomingWebhook/0b5e7c31d9a/4f1e-secret";

/// An incoming webhook as Teams documents it.
FakeHttpResponse teamsWebhook(const FakeHttpRequest &request)
{
    if (request.method != "POST" || request.path != HookPath)
        return textResponse(404, "Webhook not found");
    const QJsonObject card = QJsonDocument::fromJson(request.body).object();
    if (card.isEmpty())
        return textResponse(400, "Bad payload received by generic incoming webhook.");
    if (card.value("summary").toString().isEmpty() && card.value("text").toString().isEmpty())
        return textResponse(400, "Summary or Text is required.");
    if (card.value("@type") != "MessageCard" || card.value("@context") != "https://schema.org/extensions")
        return textResponse(400, "Bad payload received by generic incoming webhook.");
    return textResponse(200, "1");
}

/// The webhook URL of `service`, with its secret path.
QByteArray hookUrl(const FakeService &service)
{
    return service.baseUrl().toLatin1() + HookPath;
}

std::unique_ptr<Channel> teamsChannel(const QByteArray &url)
{
    return channelOrNull("teams", channelSettings({{"timeout_seconds", "2"}}, {{"webhook_url", url}}));
}

} // namespace

class TestTeamsChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postsAMessageCard()
    {
        FakeService teams(teamsWebhook);
        QVERIFY(teams.start());
        AlertMessage alert = expiringAlert();
        alert.severity = AlertSeverity::Critical;
        const DeliveryResult result = teamsChannel(hookUrl(teams))->send(alert, {});
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.response, QStringLiteral("1"));

        const FakeHttpRequest request = teams.requests().value(0);
        QVERIFY(request.headers.value("content-type").startsWith("application/json"));
        const QJsonObject card = jsonOf(request);
        QCOMPARE(card.value("@type").toString(), QStringLiteral("MessageCard"));
        QCOMPARE(card.value("@context").toString(), QStringLiteral("https://schema.org/extensions"));
        QCOMPARE(card.value("summary").toString(), alert.subject);
        QCOMPARE(card.value("title").toString(), alert.subject);
        QCOMPARE(card.value("themeColor").toString(), QStringLiteral("D13438"));
        const QJsonObject section = card.value("sections").toArray().first().toObject();
        QVERIFY(section.value("text").toString().startsWith("The certificate www.certdesk.test expires"));
        const QJsonArray facts = section.value("facts").toArray();
        QVERIFY(facts.contains(QJsonObject{{"name", "Common name"}, {"value", "www.certdesk.test"}}));
        QVERIFY(facts.contains(QJsonObject{{"name", "Days left"}, {"value", "14"}}));
        QVERIFY(facts.contains(QJsonObject{{"name", "Expires"}, {"value", "2031-05-04 12:00 UTC"}}));
    }

    void teamsErrorIsPermanent()
    {
        FakeService teams(teamsWebhook);
        QVERIFY(teams.start());
        AlertMessage alert = expiringAlert();
        alert.subject.clear();
        const DeliveryResult result = teamsChannel(hookUrl(teams))->send(alert, {});
        QVERIFY(!result.ok());
        QVERIFY(!result.retryable);
        QCOMPARE(result.status, 400);
        QVERIFY2(result.error.message.contains("Summary or Text is required."),
                 qPrintable(result.error.message));
        QVERIFY(!leaksSecret(result, HookPath));
    }

    void throttlingInsideA200IsTransient()
    {
        FakeService teams(teamsWebhook);
        QVERIFY(teams.start());
        teams.failWith(textResponse(
            200, "Webhook message delivery failed with error: Microsoft Teams endpoint returned "
                 "HTTP error 429 with ContextId tcid=0,server=msgapi-production-eus-azsc2-4-170"));
        const DeliveryResult result = teamsChannel(hookUrl(teams))->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY(result.retryable);
        QCOMPARE(result.status, 200);
        QVERIFY2(result.error.message.contains("limiting the rate"), qPrintable(result.error.message));
    }

    void rateLimitAndOutageAreTransient()
    {
        FakeService teams(teamsWebhook);
        QVERIFY(teams.start());
        teams.failWith(FakeHttpResponse{429, {{"Retry-After", "5"}}, {}, false});
        const DeliveryResult limited = teamsChannel(hookUrl(teams))->send(expiringAlert(), {});
        QVERIFY(limited.retryable);
        QCOMPARE(limited.retryAfter.value_or(std::chrono::seconds(0)).count(), 5);
        teams.failWith(textResponse(502, "Bad Gateway"));
        QVERIFY(teamsChannel(hookUrl(teams))->send(expiringAlert(), {}).retryable);
        QVERIFY(teamsChannel(unreachableUrl().toLatin1() + HookPath)->send(expiringAlert(), {}).retryable);
    }
};

QTEST_GUILESS_MAIN(TestTeamsChannel)
#include "tst_teamschannel.moc"
