// SPDX-License-Identifier: GPL-3.0-or-later
// The alert channels, the alert rules and their delivery as jobs, on a real inventory (AppContext,
// a local CA issuing real certificates, the real webhook channel) against webhook receivers on
// 127.0.0.1 (the notifier tests' FakeService, answering as scripted: 5xx, 4xx, 429 with
// Retry-After, or never). Checks that each alert is recorded and sent once per window per
// certificate and channel, also after a restart and with two evaluators racing; the warning
// windows 30/14/7/0 and editing them; Send test of a saved channel's changed settings with its
// sealed secret; failed jobs and new discoveries; the resolve message when a certificate is
// renewed or revoked; retries with backoff and Retry-After, failing at once on a 4xx, a timeout
// retried; secrets never in the database in plain text. Runs on SQLite, and on PostgreSQL when
// CERTDESK_TEST_PGURL names a server.
#include "alerttestsupport.h"
#include "app/core/alertservice.h"
#include "app/core/discoveryservice.h"
#include "app/core/jobrunner.h"
#include "app/core/jobservice.h"
#include "app/core/lifecycleservice.h"
#include "app/core/notificationservice.h"
#include "coretestsupport.h"
#include "models/store/auditrepository.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/jobrepository.h"
#include "models/store/secretrepository.h"
#include "tests/notifier/notifiertestsupport.h"
#include "tests/store/storebackends.h"
#include "tests/support/testcertificates.h"

#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

namespace certdesk::store::test {

namespace {

using testsupport::AlertInventory;
using testsupport::FakeHttpRequest;
using testsupport::FakeHttpResponse;
using testsupport::FakeService;

const QByteArray HookSecret = "whsec-alerts-7c1d0e5b";

FakeHttpResponse answer(int status, QList<std::pair<QByteArray, QByteArray>> headers = {},
                        QByteArray body = {})
{
    return FakeHttpResponse{status, std::move(headers), std::move(body), false};
}

/// A webhook receiver that answers the scripted responses in turn and then 204, and notes when each
/// request came.
class Receiver final
{
public:
    explicit Receiver(QList<FakeHttpResponse> script = {}) : m_script(std::move(script)) { m_clock.start(); }

    bool start() { return service.start(); }
    QString url() const { return service.baseUrl() + QStringLiteral("/hooks/certdesk"); }
    QList<FakeHttpRequest> requests() const { return service.requests(); }
    QList<qint64> times() const
    {
        const auto guard = service.lock();
        return m_times;
    }
    /// The JSON bodies of the requests with `event` (X-CertDesk-Event).
    QList<QJsonObject> events(const QByteArray &event) const
    {
        QList<QJsonObject> out;
        for (const auto &r : requests()) {
            if (r.headers.value("x-certdesk-event") == event)
                out << testsupport::jsonOf(r);
        }
        return out;
    }

private:
    FakeHttpResponse next(const FakeHttpRequest &)
    {
        m_times << m_clock.elapsed();
        return m_script.isEmpty() ? answer(204) : m_script.takeFirst();
    }

    QList<FakeHttpResponse> m_script;
    QList<qint64> m_times;
    QElapsedTimer m_clock;

public:
    FakeService service{[this](const FakeHttpRequest &request) { return next(request); }};
};

notifier::ChannelSettings hookSettings(const QString &url, const QByteArray &secret = HookSecret,
                                       int timeout = 5)
{
    std::map<QString, QByteArray> secrets;
    if (!secret.isEmpty())
        secrets["secret"] = secret;
    return testsupport::channelSettings({{"url", url}, {"timeout_seconds", QString::number(timeout)}},
                                        secrets);
}

QList<store::AlertRecord> alertsOf(core::AppContext &app, const QString &kind = {})
{
    QList<store::AlertRecord> out;
    const auto all = app.alerts().recent(1000);
    for (const auto &a : all.value()) {
        if (kind.isEmpty() || a.kind == kind)
            out << a;
    }
    return out;
}

QDateTime notAfterOf(core::AppContext &app, qint64 certificateId)
{
    auto certificate = CertificateRepository(app.database()->connection()).find(certificateId);
    return certificate ? certificate->current.details.notAfter : QDateTime();
}

/// Always fails, for a job that fails for good.
class FailingHandler final : public core::JobHandler
{
public:
    Status run(core::JobContext &) override
    {
        return Error{QStringLiteral("The CA refused the order: rate limited for a week.")};
    }
};

} // namespace

/// The test body, the same for every backend.
class AlertServiceTest : public BackendTest
{
    Q_OBJECT

protected:
    /// Evaluates at `at` and delivers what was queued; the evaluation.
    static core::AlertEvaluation evaluateAndDeliver(AlertInventory &inv, const QDateTime &at)
    {
        auto run = inv.app().alerts().evaluate(at);
        if (!run) {
            qWarning("evaluate: %s", qPrintable(run.error().fullText()));
            return {};
        }
        auto outcome = inv.deliver(run->jobIds);
        if (!outcome)
            qWarning("deliver: %s", qPrintable(outcome.error().fullText()));
        return *run;
    }

private Q_SLOTS:
    void channelsKeepSecretsSealed()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        Receiver receiver;
        QVERIFY(receiver.start());
        auto &notifications = inv.app().notifications();
        VERIFY_OK(notifications.add("ops-hook", "webhook", hookSettings(receiver.url())));

        // Bad input is refused with a sentence that names the problem, and changes nothing.
        auto plainSecret = testsupport::channelSettings({{"url", receiver.url()}, {"secret", "oops"}});
        auto refused = notifications.add("plain", "webhook", plainSecret);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains("secret"), qPrintable(refused.error().message));
        QVERIFY(!refused.error().fullText().contains("oops"));
        refused = notifications.add("unknown-type", "carrier-pigeon", hookSettings(receiver.url()));
        QVERIFY(!refused && refused.error().message.contains("pagerduty"));
        refused = notifications.add("bad name!", "webhook", hookSettings(receiver.url()));
        QVERIFY(!refused && refused.error().code == ErrorCode::InvalidInput);
        refused = notifications.add("ops-hook", "webhook", hookSettings(receiver.url()));
        QVERIFY(!refused && refused.error().message.contains("already exists"));
        refused = notifications.add(
            "typo", "webhook", testsupport::channelSettings({{"url", receiver.url()}, {"timeout", "5"}}));
        QVERIFY2(!refused && refused.error().message.contains("\"timeout\""),
                 qPrintable(refused.error().message));
        refused =
            notifications.add("digest-hook", "webhook", hookSettings(receiver.url()), {true, true, true});
        QVERIFY2(!refused && refused.error().message.contains("e-mail"), qPrintable(refused.error().message));
        refused = notifications.add("no-url", "webhook", testsupport::channelSettings({}));
        QVERIFY(!refused && refused.error().code == ErrorCode::InvalidInput);
        auto channels = notifications.list();
        VERIFY_OK(channels);
        QCOMPARE(channels->size(), 1);
        QCOMPARE(channels->first().secretKeys, QStringList{"secret"});
        QVERIFY(!channels->first().config.contains("secret"));
        QCOMPARE(channels->first().config.value("url").toString(), receiver.url());

        // Send test: the sealed secret is unsealed and signs the body as the receiver expects.
        auto tested = notifications.test("ops-hook");
        VERIFY_OK(tested);
        QVERIFY2(tested->ok(), qPrintable(tested->error.fullText()));
        const FakeHttpRequest request = receiver.requests().value(0);
        QCOMPARE(request.headers.value("x-certdesk-event"), QByteArray("test"));
        QCOMPARE(request.headers.value("x-certdesk-signature"),
                 "sha256=" +
                     QMessageAuthenticationCode::hash(request.body, HookSecret, QCryptographicHash::Sha256)
                         .toHex());

        // A change without the secret keeps the sealed one.
        Receiver second;
        QVERIFY(second.start());
        VERIFY_OK(notifications.update("ops-hook", hookSettings(second.url(), {})));
        VERIFY_OK(notifications.test("ops-hook"));
        const FakeHttpRequest changed = second.requests().value(0);
        QCOMPARE(changed.headers.value("x-certdesk-signature"),
                 "sha256=" +
                     QMessageAuthenticationCode::hash(changed.body, HookSecret, QCryptographicHash::Sha256)
                         .toHex());

        auto audit =
            AuditRepository(inv.app().database()->connection()).recent(50, "alert_channel", "ops-hook");
        VERIFY_OK(audit);
        QStringList actions;
        for (const auto &event : *audit) {
            actions << event.action;
            QVERIFY(!event.details.contains(QString::fromLatin1(HookSecret)));
        }
        QVERIFY(actions.contains("channel.add") && actions.contains("channel.test") &&
                actions.contains("channel.edit"));

        // The secret is sealed: not in the database's bytes (SQLite) nor in any stored text.
        SecretRepository secrets(inv.app().database()->connection());
        auto sealed = secrets.get("notify/ops-hook/secret");
        VERIFY_OK(sealed);
        QVERIFY(sealed->has_value() && !(*sealed)->contains(HookSecret));
        if (!isPostgres())
            QVERIFY(!testsupport::allDatabaseBytes(inv.spec().sqlitePath).contains(HookSecret));

        VERIFY_OK(notifications.remove("ops-hook"));
        sealed = secrets.get("notify/ops-hook/secret");
        VERIFY_OK(sealed);
        QVERIFY(!sealed->has_value());
        QCOMPARE(notifications.list()->size(), 0);
    }

    void testOfChangedSettingsUsesTheSavedSecret()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        Receiver saved;
        QVERIFY(saved.start());
        Receiver changed;
        QVERIFY(changed.start());
        auto &notifications = inv.app().notifications();
        VERIFY_OK(notifications.add("ops-hook", "webhook", hookSettings(saved.url())));
        const auto before = notifications.find("ops-hook");
        VERIFY_OK(before);
        SecretRepository secrets(inv.app().database()->connection());
        const auto sealedBefore = secrets.get("notify/ops-hook/secret");
        VERIFY_OK(sealedBefore);
        QVERIFY(sealedBefore->has_value());
        const auto signature = [](const FakeHttpRequest &request, const QByteArray &secret) -> QByteArray {
            return "sha256=" +
                   QMessageAuthenticationCode::hash(request.body, secret, QCryptographicHash::Sha256).toHex();
        };

        // Another URL and timeout, the secret left empty: the sealed secret signs the test.
        auto tested = notifications.testChanged("ops-hook", hookSettings(changed.url(), {}, 9));
        VERIFY_OK(tested);
        QVERIFY2(tested->ok(), qPrintable(tested->error.fullText()));
        QCOMPARE(saved.requests().size(), 0);
        QCOMPARE(changed.requests().size(), 1);
        FakeHttpRequest request = changed.requests().value(0);
        QCOMPARE(request.headers.value("x-certdesk-event"), QByteArray("test"));
        QCOMPARE(request.headers.value("x-certdesk-signature"), signature(request, HookSecret));
        QVERIFY(request.body.contains("ops-hook")); // the saved channel's name

        // A secret typed again replaces the sealed one for the test, and only there.
        const QByteArray typed = "whsec-typed-4f09a2";
        tested = notifications.testChanged("ops-hook", hookSettings(changed.url(), typed));
        VERIFY_OK(tested);
        QVERIFY2(tested->ok(), qPrintable(tested->error.fullText()));
        QCOMPARE(changed.requests().size(), 2);
        request = changed.requests().value(1);
        QCOMPARE(request.headers.value("x-certdesk-signature"), signature(request, typed));

        // Bad changed settings are refused before anything is sent; an unknown channel is NotFound.
        auto refused = notifications.testChanged(
            "ops-hook", testsupport::channelSettings({{"url", changed.url()}, {"timeout", "5"}}));
        QVERIFY2(!refused && refused.error().code == ErrorCode::InvalidInput,
                 refused ? "accepted" : qPrintable(refused.error().fullText()));
        refused = notifications.testChanged("nope", hookSettings(changed.url(), {}));
        QVERIFY(!refused && refused.error().code == ErrorCode::NotFound);
        QCOMPARE(changed.requests().size(), 2);

        // Nothing was saved: the row, the sealed secret, and the saved channel still signs with it.
        const auto after = notifications.find("ops-hook");
        VERIFY_OK(after);
        QCOMPARE(after->config, before->config);
        QCOMPARE(after->secretKeys, before->secretKeys);
        QCOMPARE(after->updatedAt, before->updatedAt);
        const auto sealedAfter = secrets.get("notify/ops-hook/secret");
        VERIFY_OK(sealedAfter);
        QCOMPARE(*sealedAfter, *sealedBefore);
        VERIFY_OK(notifications.test("ops-hook"));
        QCOMPARE(saved.requests().size(), 1);
        request = saved.requests().value(0);
        QCOMPARE(request.headers.value("x-certdesk-signature"), signature(request, HookSecret));

        // Each test is audited, without the secrets; no change is.
        auto audit =
            AuditRepository(inv.app().database()->connection()).recent(50, "alert_channel", "ops-hook");
        VERIFY_OK(audit);
        int changedTests = 0;
        for (const auto &event : *audit) {
            QVERIFY(event.action != QLatin1String("channel.edit"));
            QVERIFY(!event.details.contains(QString::fromLatin1(HookSecret)));
            QVERIFY(!event.details.contains(QString::fromLatin1(typed)));
            if (event.action == QLatin1String("channel.test") && event.details.contains("changed"))
                ++changedTests;
        }
        QCOMPARE(changedTests, 2);
    }

    void testReportsTheReceiversAnswer()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        Receiver receiver({answer(401, {{"Content-Type", "text/plain"}}, "bad signature")});
        QVERIFY(receiver.start());
        VERIFY_OK(inv.app().notifications().add("hook", "webhook", hookSettings(receiver.url())));
        auto result = inv.app().notifications().test("hook");
        VERIFY_OK(result); // the channel worked; the receiver refused
        QVERIFY(!result->ok());
        QVERIFY(!result->retryable);
        QCOMPARE(result->status, 401);
        QVERIFY2(!result->error.message.isEmpty(), "no error sentence");
        auto missing = inv.app().notifications().test("nope");
        QVERIFY(!missing && missing.error().code == ErrorCode::NotFound);
    }

    void alertsOncePerWindowAcrossRestarts()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        Receiver receiver;
        QVERIFY(receiver.start());
        VERIFY_OK(inv.app().notifications().add("hook", "webhook", hookSettings(receiver.url())));
        const qint64 id = inv.issue("web.alerts.test", 40);
        QVERIFY(id > 0);
        const QDateTime notAfter = notAfterOf(inv.app(), id);
        QVERIFY(notAfter.isValid());
        QCOMPARE(*inv.app().alerts().windows(), (QList<int>{30, 14, 7, 0}));

        // 40 days left: nothing yet.
        QCOMPARE(evaluateAndDeliver(inv, notAfter.addDays(-40)).raised, 0);
        // Each window once, whatever the number of evaluations and restarts in between.
        struct Step
        {
            int daysLeft;
            int window;
            const char *event;
        };
        const QList<Step> steps{{29, 30, "certificate.expiring"},
                                {13, 14, "certificate.expiring"},
                                {6, 7, "certificate.expiring"},
                                {-1, 0, "certificate.expired"}};
        int delivered = 0;
        for (const auto &step : steps) {
            const QDateTime at = notAfter.addDays(-step.daysLeft).addSecs(step.daysLeft < 0 ? 0 : -3600);
            const auto run = evaluateAndDeliver(inv, at);
            QCOMPARE(run.raised, 1);
            QCOMPARE(run.jobIds.size(), 1);
            ++delivered;
            QCOMPARE(receiver.requests().size(), delivered);
            const QJsonObject body = testsupport::jsonOf(receiver.requests().last());
            QCOMPARE(receiver.requests().last().headers.value("x-certdesk-event"), QByteArray(step.event));
            QCOMPARE(body.value("certificate").toObject().value("window").toInt(), step.window);
            QCOMPARE(body.value("certificate").toObject().value("id").toInteger(), id);
            QCOMPARE(body.value("dedup_key").toString(), notifier::certificateDedupKey(id));
            // Again, later the same day, and after a restart: nothing more.
            QCOMPARE(evaluateAndDeliver(inv, at.addSecs(1800)).raised, 0);
            QVERIFY(inv.reopen());
            QCOMPARE(evaluateAndDeliver(inv, at.addSecs(3600)).raised, 0);
            QCOMPARE(receiver.requests().size(), delivered);
        }
        // Every delivery carried its own id; the alerts are recorded as sent.
        QSet<QByteArray> ids;
        for (const auto &r : receiver.requests())
            ids.insert(r.headers.value("x-certdesk-delivery"));
        QCOMPARE(ids.size(), 4);
        for (const auto &a : alertsOf(inv.app())) {
            QCOMPARE(a.sent, 1);
            QVERIFY(a.notifiedAt.isValid());
        }
        // Long expired (beyond the 30 days looked at): still nothing new.
        QCOMPARE(evaluateAndDeliver(inv, notAfter.addDays(45)).raised, 0);
    }

    void twoEvaluatorsRecordOnce()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        Receiver receiver;
        QVERIFY(receiver.start());
        VERIFY_OK(inv.app().notifications().add("hook", "webhook", hookSettings(receiver.url())));
        for (int i = 0; i < 5; ++i)
            QVERIFY(inv.issue(QStringLiteral("race%1.alerts.test").arg(i), 10) > 0);
        AlertInventory other; // a second console or daemon on the same database
        QVERIFY(other.open(inv.spec(), false));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto first = QtConcurrent::run([&] { return inv.app().alerts().evaluate(now); });
        auto second = QtConcurrent::run([&] { return other.app().alerts().evaluate(now); });
        const auto a = first.result();
        const auto b = second.result();
        VERIFY_OK(a);
        VERIFY_OK(b);
        QCOMPARE(a->raised + b->raised, 5);
        QCOMPARE(a->jobIds.size() + b->jobIds.size(), 5);
        auto outcome = inv.deliver(a->jobIds + b->jobIds);
        VERIFY_OK(outcome);
        QCOMPARE(outcome->sent, 5);
        QCOMPARE(receiver.requests().size(), 5);
    }

    void windowsAreEditable()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        auto &alerts = inv.app().alerts();
        for (const char *bad : {"", "30,x", "-1", "400", "7,7", "1,2,3,4,5,6,7,8,9,10,11"}) {
            auto parsed = core::AlertService::parseWindows(bad);
            QVERIFY2(!parsed && parsed.error().code == ErrorCode::InvalidInput, bad);
        }
        QVERIFY(!alerts.setWindows({5, 5}));
        QCOMPARE(*alerts.windows(), (QList<int>{30, 14, 7, 0}));
        VERIFY_OK(alerts.setWindows({3, 20}));
        QCOMPARE(*alerts.windows(), (QList<int>{20, 3}));

        const qint64 id = inv.issue("edit.alerts.test", 25);
        const QDateTime notAfter = notAfterOf(inv.app(), id);
        QCOMPARE(alerts.evaluate(notAfter.addDays(-21))->raised, 0); // not in 20 days yet
        auto run = alerts.evaluate(notAfter.addDays(-19));
        QCOMPARE(run->raised, 1);
        QCOMPARE(alertsOf(inv.app()).first().windowDays, 20);
        QCOMPARE(alerts.evaluate(notAfter.addDays(-4))->raised, 0);
        QCOMPARE(alerts.evaluate(notAfter.addDays(-2))->raised, 1);
        QCOMPARE(alertsOf(inv.app()).first().windowDays, 3);
        QCOMPARE(alerts.evaluate(notAfter.addDays(1))->raised, 0); // 0 is not a window any more
    }

    void failedJobsRaiseAlerts()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        Receiver receiver;
        Receiver refusing({answer(400, {}, "unknown hook"), answer(400, {}, "unknown hook")});
        QVERIFY(receiver.start() && refusing.start());
        VERIFY_OK(inv.app().notifications().add("hook", "webhook", hookSettings(receiver.url())));
        VERIFY_OK(inv.app().notifications().add("broken", "webhook", hookSettings(refusing.url())));

        auto failing = JobRepository(inv.app().database()->connection())
                           .enqueue({"test.order", {{"certificate_id", 7}}, 1, {}, {}});
        VERIFY_OK(failing);
        {
            core::JobRunner runner(inv.app().database());
            runner.registerHandler("test.order", std::make_shared<FailingHandler>());
            runner.runUntilIdle();
        }
        QCOMPARE(inv.app().jobs().find(*failing)->status, domain::JobStatus::Failed);

        const auto run = evaluateAndDeliver(inv, QDateTime::currentDateTimeUtc());
        QCOMPARE(run.raised, 1);
        const auto raised = alertsOf(inv.app(), "job_failed");
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().objectId, QString::number(*failing));
        QVERIFY(raised.first().subject.contains("rate limited"));
        const auto events = receiver.events("job.failed");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value("details").toObject().value("job_id").toInteger(), *failing);
        QCOMPARE(events.first().value("details").toObject().value("certificate_id").toInteger(), 7);
        // The delivery to "broken" failed for good: a failed notify job, which raises no alert of
        // its own (that would loop), and nothing is raised twice.
        QCOMPARE(refusing.requests().size(), 1);
        QCOMPARE(evaluateAndDeliver(inv, QDateTime::currentDateTimeUtc()).raised, 0);
        QVERIFY(inv.reopen());
        QCOMPARE(evaluateAndDeliver(inv, QDateTime::currentDateTimeUtc()).raised, 0);
        QCOMPARE(receiver.requests().size(), 1);
    }

    void newDiscoveriesRaiseAlerts()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        Receiver receiver;
        QVERIFY(receiver.start());
        VERIFY_OK(inv.app().notifications().add("hook", "webhook", hookSettings(receiver.url())));
        QTemporaryDir folder;
        const auto ca = testsupport::makeSelfSignedCa("Found CA");
        for (const char *cn : {"a.found.test", "b.found.test"})
            testsupport::writeFile(folder.path(), QString::fromLatin1(cn) + ".pem",
                                   testsupport::toPem(testsupport::makeLeaf(ca, cn).der));
        VERIFY_OK(inv.app().discovery().scanFilesystem({{folder.path()}}));
        QCOMPARE(evaluateAndDeliver(inv, QDateTime::currentDateTimeUtc()).raised, 1);
        QCOMPARE(evaluateAndDeliver(inv, QDateTime::currentDateTimeUtc()).raised, 0);
        VERIFY_OK(inv.app().discovery().scanFilesystem({{folder.path()}})); // nothing new
        QCOMPARE(evaluateAndDeliver(inv, QDateTime::currentDateTimeUtc()).raised, 0);

        testsupport::writeFile(folder.path(), "c.pem",
                               testsupport::toPem(testsupport::makeLeaf(ca, "c.found.test").der));
        VERIFY_OK(inv.app().discovery().scanFilesystem({{folder.path()}}));
        QCOMPARE(evaluateAndDeliver(inv, QDateTime::currentDateTimeUtc()).raised, 1);
        const auto events = receiver.events("discovery.awaiting_triage");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).value("details").toObject().value("new").toInt(), 2);
        QCOMPARE(events.at(1).value("details").toObject().value("new").toInt(), 1);
        QCOMPARE(events.at(1).value("details").toObject().value("awaiting").toInt(), 3);
    }

    void renewalAndRevocationResolveTheAlert()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        Receiver receiver;
        QVERIFY(receiver.start());
        VERIFY_OK(inv.app().notifications().add("hook", "webhook", hookSettings(receiver.url())));
        const qint64 renewed = inv.issue("renew.alerts.test", 10);
        const qint64 revoked = inv.issue("revoke.alerts.test", 10);
        QVERIFY(renewed > 0 && revoked > 0);
        QCOMPARE(evaluateAndDeliver(inv, QDateTime::currentDateTimeUtc()).raised, 2);
        const QString renewedKey = notifier::certificateDedupKey(renewed);

        QVERIFY(inv.renew(renewed));
        VERIFY_OK(inv.app().lifecycle().revoke(revoked, pki::RevocationReason::Superseded));
        // Later, when the renewed certificate's new version is out of every window.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        const QDateTime newNotAfter = notAfterOf(inv.app(), renewed);
        const auto run = evaluateAndDeliver(inv, later);
        QCOMPARE(run.resolved, 2);
        const auto resolves = receiver.events("certificate.resolved");
        QCOMPARE(resolves.size(), 2);
        QSet<QString> keys;
        for (const auto &r : resolves) {
            QVERIFY(r.value("resolve").toBool());
            keys.insert(r.value("dedup_key").toString());
        }
        QCOMPARE(keys, (QSet<QString>{renewedKey, notifier::certificateDedupKey(revoked)}));
        for (const auto &a : alertsOf(inv.app(), "expiring")) // the new version's own alerts stay open
            QCOMPARE(a.resolvedAt.isValid(), a.notAfter != newNotAfter);
        // The renewed certificate's new version gets alerts of its own when it enters a window, once.
        const int before = receiver.requests().size();
        QCOMPARE(evaluateAndDeliver(inv, later.addSecs(60)).raised, 0);
        const auto entered = evaluateAndDeliver(inv, newNotAfter.addDays(-5));
        QCOMPARE(entered.raised, 1);
        QCOMPARE(receiver.requests().size(), before + 1);
        QCOMPARE(testsupport::jsonOf(receiver.requests().last()).value("dedup_key").toString(), renewedKey);
    }

    void transientFailuresAreRetried()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        Receiver receiver({answer(500, {}, "upstream down"), answer(502, {}, "bad gateway")});
        QVERIFY(receiver.start());
        VERIFY_OK(inv.app().notifications().add("hook", "webhook", hookSettings(receiver.url())));
        QVERIFY(inv.issue("retry.alerts.test", 10) > 0);
        auto run = inv.app().alerts().evaluate();
        VERIFY_OK(run);
        QCOMPARE(run->jobIds.size(), 1);
        auto outcome = inv.deliver(run->jobIds);
        VERIFY_OK(outcome);
        QCOMPARE(outcome->sent, 1);
        QCOMPARE(outcome->deliveries.first().attempts, 3);
        QCOMPARE(outcome->deliveries.first().status, QStringLiteral("sent"));
        // Three tries of the same alert; delivered once.
        const auto requests = receiver.requests();
        QCOMPARE(requests.size(), 3);
        const auto withoutSendTime = [](const FakeHttpRequest &r) {
            QJsonObject body = testsupport::jsonOf(r);
            body.remove("sent_at");
            return body;
        };
        for (const auto &r : requests) {
            QCOMPARE(r.headers.value("x-certdesk-delivery"),
                     requests.first().headers.value("x-certdesk-delivery"));
            QCOMPARE(withoutSendTime(r), withoutSendTime(requests.first()));
        }
        auto job = inv.app().jobs().find(run->jobIds.first());
        QCOMPARE(job->status, domain::JobStatus::Succeeded);
        QCOMPARE(job->attempts, 3);
        const QString log = inv.jobLog(job->id).join('\n');
        QVERIFY2(log.contains("Attempt 1 failed") && log.contains("Attempt 2 failed") && log.contains("500"),
                 qPrintable(log));
        QCOMPARE(inv.app().alerts().evaluate()->raised, 0);
    }

    void clientErrorsFailAtOnce()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        Receiver receiver({answer(400, {{"Content-Type", "text/plain"}}, "invalid payload")});
        QVERIFY(receiver.start());
        VERIFY_OK(inv.app().notifications().add("strict-hook", "webhook", hookSettings(receiver.url())));
        QVERIFY(inv.issue("fail.alerts.test", 10) > 0);
        auto run = inv.app().alerts().evaluate();
        VERIFY_OK(run);
        auto outcome = inv.deliver(run->jobIds);
        VERIFY_OK(outcome);
        QCOMPARE(outcome->failed, 1);
        QCOMPARE(receiver.requests().size(), 1);
        const auto &delivery = outcome->deliveries.first();
        QCOMPARE(delivery.status, QStringLiteral("failed"));
        QCOMPARE(delivery.attempts, 1);
        auto job = inv.app().jobs().find(run->jobIds.first());
        QCOMPARE(job->status, domain::JobStatus::Failed);
        QCOMPARE(job->attempts, 1);
        QVERIFY2(job->error.contains("strict-hook"), qPrintable(job->error));
        // The failure shows on the channel for the settings page.
        auto channel = inv.app().notifications().find("strict-hook");
        QCOMPARE(channel->lastStatus, QStringLiteral("failed"));
        QVERIFY(!channel->lastError.isEmpty());
    }

    void timeoutsAreRetried()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        FakeHttpResponse hang;
        hang.hang = true;
        Receiver receiver({hang});
        QVERIFY(receiver.start());
        VERIFY_OK(inv.app().notifications().add("slow-hook", "webhook",
                                                hookSettings(receiver.url(), HookSecret, 1)));
        QVERIFY(inv.issue("slow.alerts.test", 10) > 0);
        auto run = inv.app().alerts().evaluate();
        VERIFY_OK(run);
        auto outcome = inv.deliver(run->jobIds);
        VERIFY_OK(outcome);
        QCOMPARE(outcome->sent, 1);
        QCOMPARE(outcome->deliveries.first().attempts, 2);
        QCOMPARE(receiver.requests().size(), 2);
        const QString log = inv.jobLog(run->jobIds.first()).join('\n');
        QVERIFY2(log.contains("Attempt 1 failed"), qPrintable(log));
    }

    void retryAfterIsHonoured()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        Receiver receiver({answer(429, {{"Retry-After", "4"}}, "slow down")});
        QVERIFY(receiver.start());
        VERIFY_OK(inv.app().notifications().add("hook", "webhook", hookSettings(receiver.url())));
        QVERIFY(inv.issue("limited.alerts.test", 10) > 0);
        auto run = inv.app().alerts().evaluate();
        VERIFY_OK(run);
        auto outcome = inv.deliver(run->jobIds);
        VERIFY_OK(outcome);
        QCOMPARE(outcome->sent, 1);
        const auto times = receiver.times();
        QCOMPARE(times.size(), 2);
        // The runner's own backoff is 1 to 2 s here, the service asked for 4 (times are stored in whole
        // seconds, so a wait of 4 s may end up to a second early).
        QVERIFY2(times.at(1) - times.at(0) >= 3000, qPrintable(QString::number(times.at(1) - times.at(0))));
        QVERIFY(inv.jobLog(run->jobIds.first()).join('\n').contains("4 s"));
    }

    void removingAChannelCancelsItsDeliveries()
    {
        AlertInventory inv;
        QVERIFY(inv.open(m_spec));
        Receiver receiver;
        QVERIFY(receiver.start());
        VERIFY_OK(inv.app().notifications().add("hook", "webhook", hookSettings(receiver.url())));
        QVERIFY(inv.issue("removed.alerts.test", 10) > 0);
        auto run = inv.app().alerts().evaluate();
        VERIFY_OK(run);
        QCOMPARE(run->jobIds.size(), 1);
        VERIFY_OK(inv.app().notifications().remove("hook"));
        QCOMPARE(inv.app().jobs().find(run->jobIds.first())->status, domain::JobStatus::Cancelled);
        VERIFY_OK(inv.deliver(run->jobIds, 5));
        QCOMPARE(receiver.requests().size(), 0);
    }
};

/// The body on a fresh SQLite file per test function.
class SqliteAlertServiceTest final : public SqliteBackend<AlertServiceTest>
{
    Q_OBJECT
};

/// The body on a fresh PostgreSQL database per test function (skipped without CERTDESK_TEST_PGURL).
class PostgresAlertServiceTest final : public PostgresBackend<AlertServiceTest>
{
    Q_OBJECT
};

} // namespace certdesk::store::test

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    certdesk::store::test::SqliteAlertServiceTest sqlite;
    certdesk::store::test::PostgresAlertServiceTest postgres;
    int failed = QTest::qExec(&sqlite, argc, argv);
    failed += QTest::qExec(&postgres, argc, argv);
    return failed;
}

#include "tst_alertservice.moc"
