// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/networkscancontroller.h"

#include "app/core/appcontext.h"
#include "app/core/networkscanscheduler.h"
#include "ui/backgroundtask.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk::ui {

NetworkScanController::NetworkScanController(QObject *parent) : QObject(parent)
{
    m_scanPool.setMaxThreadCount(1); // one Scan now at a time (m_scanning)
}

NetworkScanController::~NetworkScanController()
{
    // The scan stops within about 100 ms (its progress callback sees the cancel); m_scanPool's
    // destructor then waits for it to record what it found.
    if (m_scan)
        m_scan->cancel();
}

void NetworkScanController::setContext(std::shared_ptr<core::AppContext> context)
{
    m_scheduler.reset(); // cancels a scheduled scan of the old inventory
    m_context = std::move(context);
    if (m_context) {
        m_scheduler = std::make_unique<core::NetworkScanScheduler>(m_context->networkScans());
        connect(m_scheduler.get(), &core::NetworkScanScheduler::scanned, this,
                [this](const QString &summary) {
                    Q_EMIT scanFinished({}, summary);
                    Q_EMIT discoveriesChanged();
                    loadTargets();
                });
        connect(m_scheduler.get(), &core::NetworkScanScheduler::failed, this, [this](const QString &message) {
            Q_EMIT operationFailed(tr("A scheduled network scan failed"), Error{message});
        });
        m_scheduler->start(std::chrono::minutes(10));
    }
    Q_EMIT contextChanged();
    loadTargets();
}

void NetworkScanController::loadTargets()
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context] { return context->networkScans().targets(); },
        [this](const Result<QList<domain::NetworkScanTarget>> &targets) {
            if (!targets)
                Q_EMIT operationFailed(tr("Loading the scan targets failed"), targets.error());
            else
                Q_EMIT targetsLoaded(*targets);
        });
}

void NetworkScanController::saveTarget(const domain::NetworkScanTarget &target)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this,
        [context, target] {
            return target.id ? context->networkScans().updateTarget(target)
                             : context->networkScans().addTarget(target);
        },
        [this](const Result<domain::NetworkScanTarget> &saved) {
            if (!saved)
                Q_EMIT operationFailed(tr("Saving the scan target failed"), saved.error());
            loadTargets();
        });
}

void NetworkScanController::removeTarget(const QString &name)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, name] { return context->networkScans().removeTarget(name); },
        [this](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Deleting the scan target failed"), status.error());
            loadTargets();
        });
}

void NetworkScanController::scanNow(const QString &name)
{
    if (!m_context || m_scanning)
        return;
    m_scanning = true;
    auto context = m_context;
    using Report = Result<core::NetworkScanReport>;
    auto *watcher = new QFutureWatcher<Report>(this);
    m_scan = watcher;
    const auto work = [context, name](QPromise<Report> &promise) {
        std::atomic<bool> cancel{false};
        core::NetworkScanObserver observer;
        observer.cancel = &cancel;
        observer.progress = [&promise, &cancel](const discovery::TlsScanProgress &p) {
            if (promise.isCanceled())
                cancel = true;
            promise.setProgressRange(0, int(std::min<qint64>(p.total, INT_MAX)));
            promise.setProgressValueAndText(
                int(std::min<qint64>(p.probed, INT_MAX)),
                tr("%1 of %2 endpoints, %3 open, %4 TLS").arg(p.probed).arg(p.total).arg(p.open).arg(p.tls));
        };
        promise.addResult(context->networkScans().scanTarget(name, observer));
    };
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        m_scanning = false;
        if (watcher->future().resultCount() == 0) { // the work always adds one; nothing to show
            Q_EMIT scanFinished(name, {});
            return;
        }
        const Report report = watcher->future().result();
        if (!report) {
            Q_EMIT operationFailed(tr("The scan of %1 failed").arg(name), report.error());
            Q_EMIT scanFinished(name, {});
        } else {
            Q_EMIT scanFinished(name, core::describeNetworkScan(*report));
            Q_EMIT discoveriesChanged();
        }
        loadTargets();
    });
    watcher->setFuture(QtConcurrent::run(&m_scanPool, work));
    Q_EMIT taskStarted(tr("Scanning %1").arg(name), watcher);
}

} // namespace certdesk::ui
