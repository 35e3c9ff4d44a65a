// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/discoverycontroller.h"

#include "app/core/appcontext.h"
#include "ui/backgroundtask.h"

namespace certdesk::ui {

DiscoveryController::DiscoveryController(QObject *parent) : QObject(parent) {}

DiscoveryController::~DiscoveryController() = default;

void DiscoveryController::setContext(std::shared_ptr<core::AppContext> context)
{
    m_context = std::move(context);
    m_lastUndo = {};
    Q_EMIT undoAvailable(false);
    Q_EMIT contextChanged();
    reload();
}

void DiscoveryController::reload()
{
    if (!m_context)
        return;
    auto context = m_context;
    const quint64 request = ++m_listRequest;
    using Loaded = std::pair<Result<QList<domain::DiscoveredCertificate>>, Result<domain::TriageCounts>>;
    runInBackground(
        this,
        [context]() -> Loaded {
            return {context->discovery().list(), context->discovery().counts()};
        },
        [this, request](const Loaded &loaded) {
            if (request != m_listRequest)
                return;
            if (!loaded.first)
                Q_EMIT operationFailed(tr("Loading the discovered certificates failed"),
                                       loaded.first.error());
            else if (!loaded.second)
                Q_EMIT operationFailed(tr("Loading the discovered certificates failed"),
                                       loaded.second.error());
            else
                Q_EMIT listLoaded(*loaded.first, *loaded.second);
        });
}

void DiscoveryController::loadDetails(qint64 id)
{
    if (!m_context)
        return;
    auto context = m_context;
    const quint64 request = ++m_detailsRequest;
    runInBackground(
        this, [context, id] { return context->discovery().details(id); },
        [this, request](const Result<core::DiscoveredDetails> &details) {
            if (request != m_detailsRequest)
                return;
            if (!details)
                Q_EMIT operationFailed(tr("Loading the discovered certificate failed"), details.error());
            else
                Q_EMIT detailsLoaded(*details);
        });
}

void DiscoveryController::scanFilesystem(const core::FilesystemScanRequest &request)
{
    if (!m_context || m_scanning)
        return;
    m_scanning = true;
    Q_EMIT scanStarted();
    auto context = m_context;
    auto *watcher = runWithProgress<Result<core::FilesystemScanReport>>(
        this,
        [context, request](QPromise<Result<core::FilesystemScanReport>> &promise) {
            // The total is unknown while the walk runs: a busy bar with the running counts as text.
            promise.setProgressRange(0, 0);
            std::atomic<bool> cancel{false};
            core::ScanObserver observer;
            observer.cancel = &cancel;
            observer.progress = [&promise, &cancel](const discovery::FilesystemScanProgress &p) {
                if (promise.isCanceled())
                    cancel = true;
                promise.setProgressValueAndText(0, tr("%1 folders, %2 files, %3 certificates")
                                                       .arg(p.directories)
                                                       .arg(p.filesRead)
                                                       .arg(p.certificates));
            };
            promise.addResult(context->discovery().scanFilesystem(request, observer));
        },
        [this](const Result<core::FilesystemScanReport> &report) {
            m_scanning = false;
            if (!report) {
                Q_EMIT operationFailed(tr("The scan failed"), report.error());
                Q_EMIT scanFinished({});
            } else {
                Q_EMIT scanFinished(*report);
            }
            reload();
        });
    Q_EMIT taskStarted(tr("Scanning for certificates"), watcher);
}

void DiscoveryController::runTriage(const QString &failureTitle, const QString &doneMessage,
                                    std::function<Result<core::TriageUndo>(core::DiscoveryService &)> action)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, action] { return action(context->discovery()); },
        [this, failureTitle, doneMessage](const Result<core::TriageUndo> &undo) {
            if (!undo) {
                Q_EMIT operationFailed(failureTitle, undo.error());
            } else {
                m_lastUndo = *undo;
                Q_EMIT undoAvailable(true);
                Q_EMIT triaged(doneMessage);
                Q_EMIT inventoryChanged();
            }
            reload();
        });
}

void DiscoveryController::claimAsNew(const QList<qint64> &ids)
{
    runTriage(tr("Claiming failed"),
              tr("Claimed %n certificate(s) into the inventory", nullptr, int(ids.size())),
              [ids](core::DiscoveryService &d) { return d.claimAsNew(ids); });
}

void DiscoveryController::claimToExisting(const QList<qint64> &ids, qint64 certificateId)
{
    runTriage(
        tr("Claiming failed"),
        tr("Linked %n certificate(s) to a managed certificate", nullptr, int(ids.size())),
        [ids, certificateId](core::DiscoveryService &d) { return d.claimToExisting(ids, certificateId); });
}

void DiscoveryController::dismiss(const QList<qint64> &ids, const QString &reason)
{
    runTriage(tr("Dismissing failed"), tr("Dismissed %n certificate(s)", nullptr, int(ids.size())),
              [ids, reason](core::DiscoveryService &d) { return d.dismiss(ids, reason); });
}

void DiscoveryController::restore(const QList<qint64> &ids)
{
    runTriage(tr("Restoring failed"), tr("Restored %n certificate(s) to New", nullptr, int(ids.size())),
              [ids](core::DiscoveryService &d) { return d.restore(ids); });
}

void DiscoveryController::undoLast()
{
    if (!m_context || m_lastUndo.isEmpty())
        return;
    auto context = m_context;
    const auto undo = m_lastUndo;
    m_lastUndo = {};
    Q_EMIT undoAvailable(false);
    runInBackground(
        this, [context, undo] { return context->discovery().undo(undo); },
        [this](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Undo failed"), status.error());
            else
                Q_EMIT triaged(tr("Undone"));
            Q_EMIT inventoryChanged();
            reload();
        });
}

void DiscoveryController::loadHistory()
{
    if (!m_context)
        return;
    auto context = m_context;
    using Loaded = std::pair<Result<QList<domain::DiscoveryScan>>, Result<QList<store::LockedFile>>>;
    runInBackground(
        this,
        [context]() -> Loaded {
            return {context->discovery().scans(200), context->discovery().lockedFiles()};
        },
        [this](const Loaded &loaded) {
            if (!loaded.first)
                Q_EMIT operationFailed(tr("Loading the scan history failed"), loaded.first.error());
            else if (!loaded.second)
                Q_EMIT operationFailed(tr("Loading the scan history failed"), loaded.second.error());
            else
                Q_EMIT historyLoaded(*loaded.first, *loaded.second);
        });
}

} // namespace certdesk::ui
