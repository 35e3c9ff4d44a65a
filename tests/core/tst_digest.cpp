// SPDX-License-Identifier: GPL-3.0-or-later
// The digest on a real inventory (a local CA issuing real certificates at chosen lifetimes, a job
// that failed): the totals, the expiring certificates coloured by urgency, the job results, an
// e-mail-safe HTML document and its plain text part; sending it through the real e-mail channel to a
// real SMTP server on 127.0.0.1 (python3-aiosmtpd, the notifier tests' SmtpSink), and the schedule,
// followed once per slot even by two schedulers. Runs on SQLite, and on PostgreSQL when
// CERTDESK_TEST_PGURL names a server.
#include "alerttestsupport.h"
#include "app/core/digestservice.h"
#include "app/core/jobrunner.h"
#include "app/core/notificationservice.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/jobrepository.h"
#include "tests/notifier/notifiertestsupport.h"
#include "tests/notifier/smtpsink.h"
#include "tests/store/storebackends.h"

#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

namespace certdesk::store::test {

namespace {

using testsupport::AlertInventory;

/// Always fails, for a job that fails for good.
class FailingHandler final : public core::JobHandler
{
public:
    Status run(core::JobContext &) override { return Error{QStringLiteral("The target refused the login.")}; }
};

/// The <tr> of the HTML that lists `cn`.
QString rowOf(const QString &html, const QString &cn)
{
    const qsizetype at = html.indexOf(QStringLiteral(">%1<").arg(cn));
    if (at < 0)
        return {};
    const qsizetype start = html.lastIndexOf(QStringLiteral("<tr>"), at);
    const qsizetype end = html.indexOf(QStringLiteral("</tr>"), at);
    return html.mid(start, end - start);
}

QJsonObject emailValues(const testsupport::SmtpSink &sink)
{
    return {{"host", "127.0.0.1"},
            {"port", QString::number(sink.port())},
            {"security", "none"},
            {"from_address", "certdesk@certdesk.test"},
            {"recipients", "pki@certdesk.test"},
            {"timeout_seconds", "20"}};
}

} // namespace

/// The test body, the same for every backend.
class DigestTest : public BackendTest
{
    Q_OBJECT

protected:
    /// An inventory with certificates expiring in 3, 10, 20 and 200 days and a failed job.
    bool craft(AlertInventory &inv)
    {
        if (!inv.open(m_spec))
            return false;
        for (const auto &[cn, days] : QList<std::pair<QString, int>>{{"red.digest.test", 3},
                                                                     {"orange.digest.test", 10},
                                                                     {"amber.digest.test", 20},
                                                                     {"calm.digest.test", 200}})
            if (inv.issue(cn, days) <= 0)
                return false;
        JobRepository jobs(inv.app().database()->connection());
        if (!jobs.enqueue({"certificate.deploy", {}, 1, {}, {}}))
            return false;
        core::JobRunner runner(inv.app().database());
        runner.registerHandler("certificate.deploy", std::make_shared<FailingHandler>());
        runner.runUntilIdle();
        return true;
    }

private Q_SLOTS:
    void htmlHasTotalsColoursAndJobs()
    {
        AlertInventory inv;
        QVERIFY(craft(inv));
        auto digest = inv.app().digest().compose();
        VERIFY_OK(digest);
        const auto &t = digest->totals;
        QCOMPARE(t.managed, 4);
        QCOMPARE(t.expiringIn30, 3);
        QCOMPARE(t.expiringIn14, 2);
        QCOMPARE(t.expiringIn7, 1);
        QCOMPARE(t.expired, 0);
        QCOMPARE(t.failedJobs, 1);
        QCOMPARE(digest->expiring.size(), 3);
        QVERIFY(digest->subject.contains("3 expiring") && digest->subject.contains("1 failed"));

        const QString &html = digest->html;
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        // E-mail-safe: inline styles only, nothing fetched, nothing run.
        for (const char *forbidden : {"<style", "<script", "<link", "src=", "url(", "class="})
            QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), forbidden);
        // Coloured by urgency.
        QVERIFY2(rowOf(html, "red.digest.test").contains("#fde2e1"),
                 qPrintable(rowOf(html, "red.digest.test")));
        QVERIFY(rowOf(html, "orange.digest.test").contains("#ffe7cc"));
        QVERIFY(rowOf(html, "amber.digest.test").contains("#fff6cc"));
        QVERIFY(rowOf(html, "calm.digest.test").isEmpty());
        // Totals and the job results of the last 30 days.
        QVERIFY(html.contains(">4</div><div style=\"font-size:12px;\">Managed certificates<"));
        QVERIFY2(rowOf(html, "certificate.deploy").contains(">0<") &&
                     rowOf(html, "certificate.deploy").contains(">1<"),
                 qPrintable(rowOf(html, "certificate.deploy")));
        QVERIFY(html.contains("The target refused the login."));
        // The plain text part says the same.
        QVERIFY(digest->text.contains("red.digest.test") && digest->text.contains("amber.digest.test"));
        QVERIFY(digest->text.contains("Expiring within 30 / 14 / 7 days: 3 / 2 / 1"));
        QVERIFY(!digest->text.contains("calm.digest.test"));
        QCOMPARE(*inv.app().digest().preview(digest->at), html);

        // Two weeks on, the red and orange ones have expired and show in red.
        auto later = inv.app().digest().compose(QDateTime::currentDateTimeUtc().addDays(14));
        VERIFY_OK(later);
        QCOMPARE(later->totals.expired, 2);
        QVERIFY(rowOf(later->html, "orange.digest.test").contains("#fde2e1"));
        QVERIFY(rowOf(later->html, "orange.digest.test").contains("expired"));
    }

    void sendsToTheDigestRecipientsBySmtp()
    {
        testsupport::SmtpSink sink;
        CERTDESK_START_SMTP_SINK(sink);
        AlertInventory inv;
        QVERIFY(craft(inv));
        auto &notifications = inv.app().notifications();
        auto &digest = inv.app().digest();

        auto none = digest.sendNow();
        QVERIFY(!none && none.error().code == ErrorCode::InvalidInput);
        QVERIFY(none.error().message.contains("--digest"));

        VERIFY_OK(notifications.add("mail", "email", testsupport::channelSettings(emailValues(sink)),
                                    {true, false, true}));
        testsupport::FakeService hook([](const testsupport::FakeHttpRequest &) {
            return testsupport::FakeHttpResponse{204, {}, {}, false};
        });
        QVERIFY(hook.start());
        VERIFY_OK(
            notifications.add("hook", "webhook", testsupport::channelSettings({{"url", hook.baseUrl()}})));

        auto queued = digest.sendNow();
        VERIFY_OK(queued);
        QCOMPARE(queued->channels, QStringList{"mail"});
        auto outcome = inv.deliver(queued->jobIds);
        VERIFY_OK(outcome);
        QCOMPARE(outcome->sent, 1);
        QCOMPARE(hook.requests().size(), 0); // not a digest recipient

        const auto mails = sink.received();
        QCOMPARE(mails.size(), 1);
        const QJsonObject info = mails.first().info;
        QCOMPARE(info.value("rcpt_tos").toArray(), QJsonArray({"pki@certdesk.test"}));
        auto expected = digest.compose();
        QCOMPARE(info.value("headers").toObject().value("Subject").toString(), expected->subject);
        const QJsonArray parts = info.value("parts").toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].toObject().value("content_type").toString(), QStringLiteral("text/plain"));
        QVERIFY(parts[0].toObject().value("content").toString().contains("orange.digest.test"));
        QCOMPARE(parts[1].toObject().value("content_type").toString(), QStringLiteral("text/html"));
        const QString html = parts[1].toObject().value("content").toString();
        QVERIFY(html.contains("#fde2e1") && html.contains("red.digest.test"));
        QCOMPARE(info.value("defects").toArray(), QJsonArray());
    }

    void scheduleIsFollowedOncePerSlot()
    {
        testsupport::SmtpSink sink;
        CERTDESK_START_SMTP_SINK(sink);
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        auto &digest = inv.app().digest();
        for (const char *bad : {"", "hourly", "0h", "99999d", "12 h", "-1d"}) {
            auto parsed = core::DigestService::parseSchedule(bad);
            QVERIFY2(!parsed && parsed.error().code == ErrorCode::InvalidInput, bad);
        }
        QCOMPARE(digest.schedule()->text, QStringLiteral("daily"));
        QCOMPARE(digest.parseSchedule("2d")->interval.count(), 48);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        // Nobody receives it: nothing is due, nothing recorded.
        QVERIFY(!digest.sendIfDue(now)->has_value());
        VERIFY_OK(inv.app().notifications().add(
            "mail", "email", testsupport::channelSettings(emailValues(sink)), {true, false, true}));

        auto first = digest.sendIfDue(now);
        VERIFY_OK(first);
        QVERIFY(first->has_value());
        QVERIFY(!digest.sendIfDue(now.addSecs(3600))->has_value());
        QCOMPARE(*digest.nextDue(now), now.addDays(1));
        // A second console and the daemon race for the next slot: one digest.
        AlertInventory other;
        QVERIFY(other.open(inv.spec(), false));
        const QDateTime tomorrow = now.addDays(1).addSecs(60);
        auto a = QtConcurrent::run([&] { return digest.sendIfDue(tomorrow); });
        auto b = QtConcurrent::run([&] { return other.app().digest().sendIfDue(tomorrow); });
        const auto ra = a.result();
        const auto rb = b.result();
        VERIFY_OK(ra);
        VERIFY_OK(rb);
        QCOMPARE(int(ra->has_value()) + int(rb->has_value()), 1);
        const auto second = ra->has_value() ? **ra : **rb;

        auto outcome = inv.deliver((*first)->jobIds + second.jobIds);
        VERIFY_OK(outcome);
        QCOMPARE(outcome->sent, 2);
        QCOMPARE(sink.received().size(), 2);

        VERIFY_OK(digest.setSchedule("off"));
        QVERIFY(!digest.sendIfDue(now.addDays(30))->has_value());
        QVERIFY(!digest.nextDue(now)->isValid());
        QVERIFY(!digest.setSchedule("sometimes"));
        QCOMPARE(digest.schedule()->text, QStringLiteral("off"));
    }
};

/// The body on a fresh SQLite file per test function.
class SqliteDigestTest final : public SqliteBackend<DigestTest>
{
    Q_OBJECT
};

/// The body on a fresh PostgreSQL database per test function (skipped without CERTDESK_TEST_PGURL).
class PostgresDigestTest final : public PostgresBackend<DigestTest>
{
    Q_OBJECT
};

} // namespace certdesk::store::test

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    certdesk::store::test::SqliteDigestTest sqlite;
    certdesk::store::test::PostgresDigestTest postgres;
    int failed = QTest::qExec(&sqlite, argc, argv);
    failed += QTest::qExec(&postgres, argc, argv);
    return failed;
}

#include "tst_digest.moc"
