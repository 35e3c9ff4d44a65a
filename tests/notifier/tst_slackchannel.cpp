// SPDX-License-Identifier: GPL-3.0-or-later
// The Slack channel against a protocol-exact stand-in for an incoming webhook (hooks.slack.com
// cannot be reached from here): POST of JSON to the webhook's path; Slack answers 200 "ok", and
// its errors as plain words: 400 invalid_payload / no_text, 404 no_service, 403 invalid_token,
// 429 with Retry-After, 500 rollup_error.

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

const QByteArray HookPath = "/services/T0CERTDESK/B0ALERTS/Xq3c7TbW9kYvQeLs1RzP4nMd";

/// An incoming webhook as Slack documents it.
FakeHttpResponse slackWebhook(const FakeHttpRequest &request)
{
    if (request.path != HookPath)
        return textResponse(404, "no_service");
    if (request.method != "POST")
        return textResponse(405, "invalid_method");
    if (!request.headers.value("content-type").startsWith("application/json"))
        return textResponse(400, "invalid_payload");
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return textResponse(400, "invalid_payload");
    const QJsonObject body = document.object();
    if (body.value("text").toString().isEmpty() && body.value("blocks").toArray().isEmpty())
        return textResponse(400, "no_text");
    for (const QJsonValue &block : body.value("blocks").toArray()) {
        const QJsonObject object = block.toObject();
        if (object.value("type") == "header" &&
            object.value("text").toObject().value("text").toString().size() > 150)
            return textResponse(400, "invalid_blocks");
    }
    return textResponse(200, "ok");
}

/// The webhook URL of `service`, with its secret path.
QByteArray hookUrl(const FakeService &service)
{
    return service.baseUrl().toLatin1() + HookPath;
}

std::unique_ptr<Channel> slackChannel(const QByteArray &url, QJsonObject values = {})
{
    values.insert("timeout_seconds", "2");
    return channelOrNull("slack", channelSettings(values, {{"webhook_url", url}}));
}

} // namespace

class TestSlackChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postsTextAndBlocks()
    {
        FakeService slack(slackWebhook);
        QVERIFY(slack.start());
        auto channel = slackChannel(hookUrl(slack), {{"channel", "#pki"}, {"username", "CertDesk"}});
        QVERIFY(channel);
        AlertMessage alert = expiringAlert();
        alert.text = QStringLiteral("Renew <now> & check R&D's proxy.");
        const DeliveryResult result = channel->send(alert, {});
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.response, QStringLiteral("ok"));

        const FakeHttpRequest request = slack.requests().value(0);
        QCOMPARE(request.method, QByteArray("POST"));
        QVERIFY(request.headers.value("content-type").startsWith("application/json"));
        const QJsonObject body = jsonOf(request);
        // Slack treats &, < and > as control characters: they must arrive escaped.
        QVERIFY(body.value("text").toString().startsWith(alert.subject + '\n'));
        QVERIFY(body.value("text").toString().contains("Renew &lt;now&gt; &amp; check R&amp;D's proxy."));
        QCOMPARE(body.value("channel").toString(), QStringLiteral("#pki"));
        QCOMPARE(body.value("username").toString(), QStringLiteral("CertDesk"));
        const QJsonArray blocks = body.value("blocks").toArray();
        QVERIFY(blocks.size() >= 3);
        QCOMPARE(blocks[0].toObject().value("type").toString(), QStringLiteral("header"));
        QCOMPARE(blocks[0].toObject().value("text").toObject().value("type").toString(),
                 QStringLiteral("plain_text"));
        QCOMPARE(blocks[0].toObject().value("text").toObject().value("text").toString(), alert.subject);
        const QJsonObject section = blocks[1].toObject().value("text").toObject();
        QCOMPARE(section.value("type").toString(), QStringLiteral("mrkdwn"));
        QCOMPARE(section.value("text").toString(),
                 QStringLiteral("Renew &lt;now&gt; &amp; check R&amp;D's proxy."));
        const QJsonArray fields = blocks[2].toObject().value("fields").toArray();
        QVERIFY(fields.size() <= 10);
        QCOMPARE(fields[0].toObject().value("text").toString(),
                 QStringLiteral("*Common name*\nwww.certdesk.test"));
    }

    void longSubjectIsCutToSlacksLimit()
    {
        FakeService slack(slackWebhook);
        QVERIFY(slack.start());
        AlertMessage alert = expiringAlert();
        alert.subject = QString(400, u'x');
        const DeliveryResult result = slackChannel(hookUrl(slack))->send(alert, {});
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
    }

    void slackErrorsArePermanentAndHideTheWebhook()
    {
        FakeService slack(slackWebhook);
        QVERIFY(slack.start());
        const QByteArray removed = hookUrl(slack) + "gone";
        const DeliveryResult result = slackChannel(removed)->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY(!result.retryable);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.response, QStringLiteral("no_service"));
        QVERIFY2(result.error.message.contains("does not know this address"),
                 qPrintable(result.error.message));
        QVERIFY2(result.error.detail.contains("http://127.0.0.1:"), qPrintable(result.error.detail));
        QVERIFY(!leaksSecret(result, HookPath));
        QVERIFY(!leaksSecret(result, "Xq3c7TbW9kYvQeLs1RzP4nMd"));

        slack.failWith(textResponse(400, "invalid_payload"));
        const DeliveryResult invalid = slackChannel(hookUrl(slack))->send(expiringAlert(), {});
        QVERIFY(!invalid.retryable);
        QVERIFY2(invalid.error.message.contains("invalid_payload"), qPrintable(invalid.error.message));
    }

    void rateLimitAndOutageAreTransient()
    {
        FakeService slack(slackWebhook);
        QVERIFY(slack.start());
        slack.failWith(FakeHttpResponse{429, {{"Retry-After", "1"}}, "rate_limited", false});
        const DeliveryResult limited = slackChannel(hookUrl(slack))->send(expiringAlert(), {});
        QVERIFY(!limited.ok());
        QVERIFY(limited.retryable);
        QVERIFY(limited.retryAfter);
        QCOMPARE(limited.retryAfter->count(), 1);

        slack.failWith(textResponse(500, "rollup_error"));
        const DeliveryResult outage = slackChannel(hookUrl(slack))->send(expiringAlert(), {});
        QVERIFY(outage.retryable);
        QCOMPARE(outage.response, QStringLiteral("rollup_error"));

        slack.failWith(FakeHttpResponse{200, {}, {}, true});
        const DeliveryResult silence = slackChannel(hookUrl(slack))->send(expiringAlert(), {});
        QVERIFY(silence.retryable);
        QVERIFY(!leaksSecret(silence, HookPath));
    }

    void answerOtherThanOkIsNotADelivery()
    {
        FakeService slack(slackWebhook);
        QVERIFY(slack.start());
        // A captive portal or proxy page is not Slack's "ok".
        slack.failWith(FakeHttpResponse{200, {{"Content-Type", "text/html"}}, "<html>Sign in</html>", false});
        const DeliveryResult result = slackChannel(hookUrl(slack))->send(expiringAlert(), {});
        QVERIFY(!result.ok());
    }

    void settingsAreChecked()
    {
        const auto missing = makeChannel("slack", channelSettings({}));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.startsWith("webhook_url:"), qPrintable(missing.error().message));
        const QByteArray plain = "http://hooks.slack.com/services/T0/B0/secretpart";
        const auto insecure = makeChannel("slack", channelSettings({}, {{"webhook_url", plain}}));
        QVERIFY(!insecure.ok());
        QVERIFY(!insecure.error().fullText().contains("secretpart"));
        QVERIFY(makeChannel("slack", channelSettings(
                                         {}, {{"webhook_url", "https://hooks.slack.com/services/T0/B0/x"}}))
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestSlackChannel)
#include "tst_slackchannel.moc"
