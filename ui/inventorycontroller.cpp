// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventorycontroller.h"

#include "app/core/appcontext.h"
#include "app/core/exportservice.h"
#include "ui/backgroundtask.h"

#include <QPromise>

namespace certdesk::ui {

InventoryController::InventoryController(QObject *parent) : QObject(parent) {}

InventoryController::~InventoryController() = default;

void InventoryController::setContext(std::shared_ptr<core::AppContext> context)
{
    m_context = std::move(context);
    ++m_detailsRequest;
    Q_EMIT contextChanged();
    reload();
}

void InventoryController::reload()
{
    if (!m_context) {
        Q_EMIT certificatesLoaded({});
        return;
    }
    auto context = m_context;
    runInBackground(
        this, [context] { return context->inventory().summaries(); },
        [this, context](const Result<QList<domain::CertificateSummary>> &rows) {
            if (context != m_context)
                return;
            if (!rows)
                Q_EMIT operationFailed(tr("Loading the inventory failed"), rows.error());
            else
                Q_EMIT certificatesLoaded(*rows);
        });
}

void InventoryController::importFiles(const QStringList &paths, const std::optional<QString> &password)
{
    if (!m_context || paths.isEmpty())
        return;
    auto context = m_context;
    auto *watcher = runWithProgress<QList<core::ImportResult>>(
        this,
        [context, paths, password](QPromise<QList<core::ImportResult>> &promise) {
            promise.setProgressRange(0, int(paths.size()));
            core::ImportObserver observer;
            observer.progress = [&promise](int done, int) { promise.setProgressValue(done); };
            observer.isCancelled = [&promise] { return promise.isCanceled(); };
            promise.addResult(context->imports().importFiles(paths, password, observer));
        },
        [this, password](const QList<core::ImportResult> &results) {
            Q_EMIT importFinished(results, password);
            Q_EMIT inventoryChanged();
            reload();
        });
    Q_EMIT taskStarted(tr("Importing %n file(s)", nullptr, int(paths.size())), watcher);
}

void InventoryController::importBytes(const QByteArray &data, const QString &source,
                                      const std::optional<QString> &password)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, data, source, password] { return context->imports().importBytes(data, source, password); },
        [this, password](const core::ImportResult &result) {
            Q_EMIT importFinished({result}, password);
            Q_EMIT inventoryChanged();
            reload();
        });
}

void InventoryController::loadDetails(qint64 id)
{
    if (!m_context)
        return;
    auto context = m_context;
    const quint64 request = ++m_detailsRequest;
    using Loaded = std::pair<Result<core::CertificateView>, QList<domain::AuditEvent>>;
    runInBackground(
        this,
        [context, id]() -> Loaded {
            auto view = context->inventory().view(id);
            auto history = context->inventory().auditEvents(200, QString::number(id));
            return {view, history ? *history : QList<domain::AuditEvent>{}};
        },
        [this, request](const Loaded &loaded) {
            if (request != m_detailsRequest)
                return;
            if (!loaded.first)
                Q_EMIT operationFailed(tr("Loading the certificate failed"), loaded.first.error());
            else
                Q_EMIT detailsLoaded(*loaded.first, loaded.second);
        });
}

void InventoryController::updateMetadata(qint64 id, const domain::CertificateMetadata &metadata)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, id, metadata] { return context->inventory().updateMetadata(id, metadata); },
        [this](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Saving the changes failed"), status.error());
            Q_EMIT inventoryChanged();
            reload();
        });
}

void InventoryController::remove(const QList<qint64> &ids)
{
    if (!m_context || ids.isEmpty())
        return;
    auto context = m_context;
    runInBackground(
        this,
        [context, ids]() -> Status {
            for (auto id : ids) {
                if (auto s = context->inventory().remove(id); !s)
                    return s;
            }
            return {};
        },
        [this](const Status &status) {
            if (!status)
                Q_EMIT operationFailed(tr("Deleting failed"), status.error());
            Q_EMIT inventoryChanged();
            reload();
        });
}

void InventoryController::exportCertificate(const ExportChoice &choice)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, choice] { return context->exports().exportToFile(choice.request, choice.path); },
        [this, path = choice.path](const Status &status) {
            if (!status) {
                Q_EMIT operationFailed(tr("Export failed"), status.error());
                return;
            }
            Q_EMIT exported(path);
            Q_EMIT inventoryChanged();
        });
}

void InventoryController::loadAuditLog(int limit)
{
    if (!m_context)
        return;
    auto context = m_context;
    runInBackground(
        this, [context, limit] { return context->inventory().auditEvents(limit); },
        [this, context](const Result<QList<domain::AuditEvent>> &events) {
            if (context != m_context)
                return;
            if (!events)
                Q_EMIT operationFailed(tr("Loading the audit log failed"), events.error());
            else
                Q_EMIT auditLogLoaded(*events);
        });
}

} // namespace certdesk::ui
