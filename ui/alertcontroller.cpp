// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/alertcontroller.h"

#include "app/core/alertscheduler.h"
#include "app/core/alertservice.h"
#include "app/core/appcontext.h"
#include "ui/backgroundtask.h"

#include <QTimer>

namespace certdesk::ui {

namespace {
constexpr int ReloadDelayMs = 300;
/// Send tests that may run at once (each waits for its receiver, at most its timeout).
constexpr int ConcurrentTests = 2;
} // namespace

AlertController::AlertController(QObject *parent) : QObject(parent), m_reload(new QTimer(this))
{
    m_testPool.setMaxThreadCount(ConcurrentTests);
    m_reload->setSingleShot(true);
    m_reload->setInterval(ReloadDelayMs);
    connect(m_reload, &QTimer::timeout, this, [this] {
        loadChannels();
        loadAlerts();
    });
}

AlertController::~AlertController()
{
    cancelTests();
    m_scheduler.reset();
}

void AlertController::setContext(std::shared_ptr<core::AppContext> context)
{
    cancelTests();
    m_scheduler.reset(); // waits for a run of the old inventory's rules
    m_context = std::move(context);
    if (m_context) {
        m_scheduler = std::make_unique<core::AlertScheduler>(m_context->alerts(), m_context->digest());
        connect(m_scheduler.get(), &core::AlertScheduler::evaluated, this, [this](const QString &summary) {
            Q_EMIT rulesEvaluated(summary);
            Q_EMIT statusMessage(summary);
            loadAlerts();
            loadDigest();
        });
        connect(m_scheduler.get(), &core::AlertScheduler::failed, this,
                [this](const QString &message) { Q_EMIT schedulerFailed(message); });
        m_scheduler->start(SchedulerInterval);
    }
    Q_EMIT contextChanged();
    loadChannels();
    loadWindows();
    loadAlerts();
    loadDigest();
}

void AlertController::loadChannels()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context] { return context->notifications().list(); },
        [this, context](const Result<QList<core::ChannelRecord>> &channels) {
            if (context != m_context)
                return; // the list of the inventory that was open before
            if (!channels)
                Q_EMIT operationFailed(tr("Loading the alert channels failed"), channels.error());
            else
                Q_EMIT channelsLoaded(*channels);
        });
}

void AlertController::saveChannel(Save save, const QString &name, const QString &type,
                                  const notifier::ChannelSettings &settings,
                                  const core::ChannelOptions &options)
{
    if (!m_context)
        return;
    auto context = m_context;
    // The secrets travel to the worker in the shared settings and are wiped with them.
    auto shared = std::make_shared<notifier::ChannelSettings>(settings.clone());
    runInBackground(
        this,
        [context, save, name, type, shared, options]() -> Status {
            auto &notifications = context->notifications();
            if (save == Save::Add) {
                auto id = notifications.add(name, type, *shared, options);
                return id ? Status() : Status(id.error());
            }
            if (save == Save::Update) {
                if (auto s = notifications.update(name, *shared); !s)
                    return s;
            }
            return notifications.setOptions(name, options);
        },
        [this, name, save](const Status &status) {
            if (!status) {
                Q_EMIT channelSaveFailed(name, status.error());
                return;
            }
            Q_EMIT statusMessage(save == Save::Add ? tr("Alert channel %1 added").arg(name)
                                                   : tr("Alert channel %1 saved").arg(name));
            Q_EMIT channelSaved(name);
            loadChannels();
            loadDigest();
        });
}

void AlertController::setOptions(const QString &name, const core::ChannelOptions &options)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, name, options] { return context->notifications().setOptions(name, options); },
        [this, name](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Changing the alert channel %1 failed").arg(name), status.error());
            loadChannels();
            loadDigest();
        });
}

void AlertController::removeChannel(const QString &name)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, name] { return context->notifications().remove(name); },
        [this, name](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Deleting the alert channel %1 failed").arg(name), status.error());
            else
                Q_EMIT statusMessage(tr("Alert channel %1 deleted").arg(name));
            loadChannels();
            loadAlerts();
            loadDigest();
        });
}

TestCancel AlertController::runTest(QObject *receiver, TestCallback done, Test test)
{
    if (!m_context)
        return {};
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_tests.removeIf([](const std::weak_ptr<std::atomic_bool> &t) { return t.expired(); });
    m_tests.append(cancel);
    runInPool(
        &m_testPool, receiver,
        [context = m_context, cancel, test = std::move(test)] {
            return test(context->notifications(), [cancel] { return cancel->load(); });
        },
        [cancel, done = std::move(done)](const Result<notifier::DeliveryResult> &result) {
            if (!cancel->load())
                done(result);
        });
    return cancel;
}

TestCancel AlertController::testChannel(const QString &name, QObject *receiver, TestCallback done)
{
    return runTest(receiver, std::move(done),
                   [name](core::NotificationService &notifications, const notifier::CancelCheck &cancelled) {
                       return notifications.test(name, cancelled);
                   });
}

TestCancel AlertController::testSettings(const QString &name, const QString &type,
                                         const notifier::ChannelSettings &settings, QObject *receiver,
                                         TestCallback done)
{
    // The secrets travel to the worker in the shared settings and are wiped with them.
    auto shared = std::make_shared<notifier::ChannelSettings>(settings.clone());
    return runTest(receiver, std::move(done),
                   [name, type, shared](core::NotificationService &notifications,
                                        const notifier::CancelCheck &cancelled) {
                       return notifications.test(name, type, *shared, cancelled);
                   });
}

TestCancel AlertController::testChanged(const QString &name, const notifier::ChannelSettings &settings,
                                        QObject *receiver, TestCallback done)
{
    auto shared = std::make_shared<notifier::ChannelSettings>(settings.clone());
    return runTest(
        receiver, std::move(done),
        [name, shared](core::NotificationService &notifications, const notifier::CancelCheck &cancelled) {
            return notifications.testChanged(name, *shared, cancelled);
        });
}

void AlertController::cancelTests()
{
    for (const auto &test : std::as_const(m_tests)) {
        if (auto flag = test.lock())
            flag->store(true);
    }
    m_tests.clear();
}

void AlertController::loadChannelDeliveries(const QString &name, QObject *receiver, DeliveriesCallback done)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        receiver, [context, name] { return context->notifications().deliveries(name); }, std::move(done));
}

void AlertController::loadWindows()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context] { return context->alerts().windows(); },
        [this, context](const Result<QList<int>> &days) {
            if (context != m_context)
                return;
            if (!days)
                Q_EMIT operationFailed(tr("Loading the warning windows failed"), days.error());
            else
                Q_EMIT windowsLoaded(*days);
        });
}

void AlertController::saveWindows(const QList<int> &days)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, days] { return context->alerts().setWindows(days); },
        [this, days](const Status &status) {
            if (!status) {
                Q_EMIT operationFailed(tr("Saving the warning windows failed"), status.error());
                loadWindows();
                return;
            }
            Q_EMIT statusMessage(
                tr("Warning windows set to %1 days").arg(core::AlertService::formatWindows(days)));
            Q_EMIT windowsSaved(days);
        });
}

void AlertController::loadAlerts()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context] { return context->alerts().recent(); },
        [this, context](const Result<QList<store::AlertRecord>> &alerts) {
            if (context != m_context)
                return;
            if (!alerts)
                Q_EMIT operationFailed(tr("Loading the alerts failed"), alerts.error());
            else
                Q_EMIT alertsLoaded(*alerts);
        });
}

void AlertController::loadAlertDeliveries(qint64 alertId, QObject *receiver, DeliveriesCallback done)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        receiver, [context, alertId] { return context->alerts().deliveries(alertId); }, std::move(done));
}

void AlertController::evaluateNow()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context] { return context->alerts().evaluate(); },
        [this](const Result<core::AlertEvaluation> &run) {
            if (!run) {
                Q_EMIT operationFailed(tr("Running the alert rules failed"), run.error());
                return;
            }
            const QString summary =
                run->raised == 0 && run->resolved == 0
                    ? tr("Nothing new is due.")
                    : tr("%n alert(s) raised, %1 resolved, %2 deliveries queued.", nullptr, run->raised)
                          .arg(run->resolved)
                          .arg(run->jobIds.size());
            Q_EMIT rulesEvaluated(summary);
            loadAlerts();
        });
}

void AlertController::loadDigest()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this,
        [context]() -> Result<DigestOverview> {
            DigestOverview overview;
            auto schedule = context->digest().schedule();
            if (!schedule)
                return schedule.error();
            overview.schedule = *schedule;
            auto next = context->digest().nextDue();
            if (!next)
                return next.error();
            overview.nextDue = *next;
            auto recipients = context->digest().recipients();
            if (!recipients)
                return recipients.error();
            overview.recipients = *recipients;
            return overview;
        },
        [this, context](const Result<DigestOverview> &overview) {
            if (context != m_context)
                return;
            if (!overview)
                Q_EMIT operationFailed(tr("Loading the digest's schedule failed"), overview.error());
            else
                Q_EMIT digestLoaded(*overview);
        });
}

void AlertController::loadPreview()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this,
        [context]() -> Result<std::pair<QString, QDateTime>> {
            const QDateTime at = QDateTime::currentDateTimeUtc();
            auto html = context->digest().preview(at);
            if (!html)
                return html.error();
            return std::pair<QString, QDateTime>(*html, at);
        },
        [this, context](const Result<std::pair<QString, QDateTime>> &preview) {
            if (context != m_context)
                return;
            if (!preview)
                Q_EMIT previewFailed(preview.error());
            else
                Q_EMIT previewReady(preview->first, preview->second);
        });
}

void AlertController::sendDigestNow()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context] { return context->digest().sendNow(); },
        [this](const Result<core::DigestDelivery> &delivery) {
            if (!delivery) {
                Q_EMIT digestSendFailed(delivery.error());
                return;
            }
            Q_EMIT statusMessage(
                tr("Digest queued to %1").arg(delivery->channels.join(QStringLiteral(", "))));
            Q_EMIT digestQueued(*delivery);
            loadAlerts();
        });
}

void AlertController::saveSchedule(const QString &text)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, text] { return context->digest().setSchedule(text); },
        [this](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Saving the digest's schedule failed"), status.error());
            else
                Q_EMIT statusMessage(tr("Digest schedule saved"));
            loadDigest();
        });
}

void AlertController::onJobFinished()
{
    if (m_context && !m_reload->isActive())
        m_reload->start();
}

} // namespace certdesk::ui
