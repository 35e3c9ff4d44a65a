// SPDX-License-Identifier: GPL-3.0-or-later
// The registry of alert channel types and the helpers every HTTP channel shares: Retry-After,
// URL redaction, hiding secrets, which statuses are worth a retry.

#include "connectors/notifier/channel.h"
#include "connectors/notifier/httppost.h"
#include "connectors/notifier/servicereply.h"
#include "tests/notifier/notifiertestsupport.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace certdesk;
using namespace certdesk::notifier;
using namespace certdesk::testsupport;

class TestChannelTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeIsRegistered()
    {
        QStringList names;
        for (const ChannelType &type : channelTypes()) {
            names << type.name;
            QVERIFY(!type.displayName.isEmpty());
            QVERIFY(!type.description.isEmpty());
            QVERIFY(type.create);
            QSet<QString> keys;
            for (const target::FieldSpec &field : type.fields) {
                QVERIFY2(!keys.contains(field.key), qPrintable(type.name + ": " + field.key));
                keys.insert(field.key);
                QVERIFY(!field.label.isEmpty());
                QVERIFY(!field.help.isEmpty());
                if (field.kind == target::FieldSpec::Kind::Choice)
                    QVERIFY(field.choices.contains(field.defaultValue));
                if (field.kind == target::FieldSpec::Kind::Secret)
                    QVERIFY(field.defaultValue.isEmpty());
            }
            QVERIFY(keys.contains("timeout_seconds"));
            QCOMPARE(findChannelType(type.name), &type);
            // Empty settings name the first missing field instead of making a channel.
            const auto empty = type.create(ChannelSettings{});
            QVERIFY(!empty.ok());
            QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
        }
        QCOMPARE(names, QStringList({"email", "webhook", "slack", "teams", "pagerduty", "opsgenie"}));
        QCOMPARE(findChannelType("carrier-pigeon"), nullptr);
        // The secrets of each service are Secret fields, never plain values.
        const QList<std::pair<QString, QString>> secrets = {
            {"email", "password"},    {"webhook", "secret"},        {"slack", "webhook_url"},
            {"teams", "webhook_url"}, {"pagerduty", "routing_key"}, {"opsgenie", "api_key"}};
        for (const auto &[type, key] : secrets) {
            bool found = false;
            for (const target::FieldSpec &field : findChannelType(type)->fields)
                found |= field.key == key && field.kind == target::FieldSpec::Kind::Secret;
            QVERIFY2(found, qPrintable(type + '.' + key));
        }
    }

    void retryAfterReadsSecondsAndDates()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
        QCOMPARE(parseRetryAfter("120", now).value_or(std::chrono::seconds(-1)).count(), 120);
        QCOMPARE(parseRetryAfter(" 0 ", now).value_or(std::chrono::seconds(-1)).count(), 0);
        QCOMPARE(
            parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now).value_or(std::chrono::seconds(-1)).count(),
            60);
        QCOMPARE(
            parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now).value_or(std::chrono::seconds(-1)).count(),
            0);
        QVERIFY(!parseRetryAfter("-5", now));
        QVERIFY(!parseRetryAfter("soon", now));
        QVERIFY(!parseRetryAfter("", now));
    }

    void urlsAreShownWithoutPath()
    {
        QCOMPARE(redactUrl("https://hooks.slack.com/services/T0/B0/secret"),
                 QStringLiteral("https://hooks.slack.com/…"));
        QCOMPARE(redactUrl("http://127.0.0.1:8080/x?token=y"), QStringLiteral("http://127.0.0.1:8080/…"));
        QCOMPARE(redactUrl("https://user:pw@[::1]:9/p"), QStringLiteral("https://[::1]:9/…"));
        QCOMPARE(redactUrl("not a url"), QStringLiteral("…"));
        QCOMPARE(hideSecrets("key abcdef123 in abcdef123", {"abcdef123"}), QStringLiteral("key … in …"));
        QCOMPARE(hideSecrets("a b c", {"a"}), QStringLiteral("a b c")); // too short to be a key
    }

    void retryableStatuses()
    {
        for (const int status : {408, 425, 429, 500, 502, 503, 504})
            QVERIFY2(isRetryableStatus(status), qPrintable(QString::number(status)));
        for (const int status : {200, 301, 400, 401, 403, 404, 410, 413, 422})
            QVERIFY2(!isRetryableStatus(status), qPrintable(QString::number(status)));
    }

    void testAlertAndDedupKeys()
    {
        const AlertMessage test = makeTestAlert("ops");
        QCOMPARE(test.kind, AlertKind::Test);
        QVERIFY(test.subject.contains("ops"));
        QVERIFY(!test.text.isEmpty());
        QCOMPARE(certificateDedupKey(42), QStringLiteral("certdesk-certificate-42"));
        QCOMPARE(certificateDedupKey(42, "prod"), QStringLiteral("certdesk-prod-certificate-42"));
        QCOMPARE(alertEventName(AlertKind::JobFailed), QStringLiteral("job.failed"));
        QCOMPARE(alertKindName(AlertKind::DiscoveriesAwaiting), QStringLiteral("discoveries_awaiting"));
        QCOMPARE(alertSeverityName(AlertSeverity::Critical), QStringLiteral("critical"));
    }
};

QTEST_GUILESS_MAIN(TestChannelTypes)
#include "tst_channeltypes.moc"
