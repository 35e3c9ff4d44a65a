// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboardcontroller.h"

#include "app/core/alertservice.h"
#include "app/core/appcontext.h"
#include "app/core/dashboardservice.h"
#include "ui/backgroundtask.h"
#include "ui/uisettings.h"

#include <QLocale>
#include <QTimer>

namespace certdesk::ui {

namespace {

/// One computation: the snapshot, and the warning windows its alert lists were made for.
struct Computation
{
    Result<domain::DashboardSnapshot> snapshot;
    QList<int> windows;
    std::optional<Error> windowsError; ///< the windows could not be read: the snapshot has no alert lists
};

/// Runs on the controller's worker: reads the inventory's warning windows (the alert rules') when
/// alerts are watched, then computes the snapshot.
Computation compute(const core::AppContext &context, domain::DashboardRequest request)
{
    QList<int> windows;
    std::optional<Error> windowsError;
    if (request.alertsSince) {
        if (auto read = context.alerts().windows()) {
            windows = *read;
            request.warningWindows = windows;
        } else {
            const Error &e = read.error();
            windowsError =
                Error{(e.code == ErrorCode::InvalidInput
                           ? DashboardController::tr("Notifications wait until the warning windows are saved "
                                                     "again on the Alerts page: %1")
                           : DashboardController::tr(
                                 "Notifications wait until the warning windows can be read: %1"))
                          .arg(e.message),
                      e.detail, e.code};
            request.alertsSince.reset(); // the mark stays: nothing is lost meanwhile
        }
    }
    return {context.dashboard().snapshot(request), windows, windowsError};
}

} // namespace

DashboardController::DashboardController(QObject *parent)
    : QObject(parent), m_timer(new QTimer(this)), m_soon(new QTimer(this)),
      m_expiringDays(UiSettings::expiringDays())
{
    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DashboardController::refresh);
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_soon->setSingleShot(true);
    m_soon->setInterval(SoonMs);
    connect(m_soon, &QTimer::timeout, this, &DashboardController::refresh);
}

DashboardController::~DashboardController() = default;

void DashboardController::setContext(std::shared_ptr<core::AppContext> context)
{
    m_context = std::move(context);
    m_snapshot.reset();
    if (m_context)
        m_timer->start();
    else
        m_timer->stop();
    refresh();
}

void DashboardController::setExpiringDays(int days)
{
    if (days == m_expiringDays)
        return;
    m_expiringDays = days;
    refresh();
}

void DashboardController::setAlertsSince(std::optional<QDateTime> since)
{
    m_alertsSince = std::move(since);
}

void DashboardController::refresh()
{
    if (!m_context)
        return;
    if (m_running) {
        m_pending = true;
        return;
    }
    start();
}

void DashboardController::refreshSoon()
{
    if (m_context && !m_soon->isActive())
        m_soon->start();
}

void DashboardController::refreshIfOlderThan(int seconds)
{
    if (!m_snapshot || m_snapshot->computedAt.secsTo(QDateTime::currentDateTimeUtc()) > seconds)
        refresh();
}

void DashboardController::start()
{
    m_running = true;
    m_pending = false;
    auto context = m_context;
    domain::DashboardRequest request;
    request.expiringDays = m_expiringDays;
    request.alertsSince = m_alertsSince;
    runInPool(
        &m_pool, this, [context, request] { return compute(*context, request); },
        [this, context](const Computation &computed) {
            m_running = false;
            if (context == m_context) {
                const auto &snapshot = computed.snapshot;
                if (!snapshot) {
                    Q_EMIT refreshFailed(snapshot.error());
                } else {
                    // What happened up to this snapshot has been reported: the next one starts there.
                    if (m_alertsSince && snapshot->alertsSince)
                        m_alertsSince = snapshot->computedAt;
                    m_warningWindows = computed.windows;
                    m_snapshot = *snapshot;
                    Q_EMIT snapshotReady(*snapshot);
                    if (computed.windowsError)
                        Q_EMIT refreshFailed(*computed.windowsError);
                }
            } else {
                m_pending = true; // computed for an inventory that is no longer open
            }
            if (m_pending && m_context)
                start();
        });
}

QStringList attentionParts(const domain::DashboardSnapshot &snapshot)
{
    const auto &t = snapshot.totals;
    const QLocale locale;
    QStringList parts;
    if (t.expired)
        parts << DashboardController::tr("Expired: %1").arg(locale.toString(t.expired));
    if (t.expiringInWindow)
        parts << DashboardController::tr("Expiring within %1 days: %2")
                     .arg(snapshot.expiringDays)
                     .arg(locale.toString(t.expiringInWindow));
    if (t.failedJobs)
        parts << DashboardController::tr("Failed jobs in %1 days: %2")
                     .arg(snapshot.failedJobsDays)
                     .arg(locale.toString(t.failedJobs));
    return parts;
}

} // namespace certdesk::ui
