// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/importservice.h"
#include "app/core/inventoryservice.h"
#include "models/domain/auditevent.h"
#include "models/domain/certificate.h"
#include "ui/prompter.h"

#include <QFutureWatcherBase>
#include <QObject>

#include <memory>

namespace certdesk::core {
class AppContext;
}

namespace certdesk::ui {

/// Runs the inventory's use cases for the console on worker threads and reports back through
/// signals on the GUI thread. Holds no widgets: pages call it and listen to it.
class InventoryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryController)

public:
    explicit InventoryController(QObject *parent = nullptr);
    ~InventoryController() override;

    /// Switches to another open inventory (or none) and reloads.
    void setContext(std::shared_ptr<core::AppContext> context);
    bool hasContext() const { return m_context != nullptr; }
    const std::shared_ptr<core::AppContext> &context() const { return m_context; }

    void reload();
    void importFiles(const QStringList &paths, const std::optional<QString> &password = {});
    void importBytes(const QByteArray &data, const QString &source, const std::optional<QString> &password = {});
    /// Loads the details of one certificate; an older request still running is superseded.
    void loadDetails(qint64 id);
    void updateMetadata(qint64 id, const domain::CertificateMetadata &metadata);
    void remove(const QList<qint64> &ids);
    void exportCertificate(const ExportChoice &choice);
    void loadAuditLog(int limit);

Q_SIGNALS:
    /// Another inventory was opened (or none): what can be done changes at once.
    void contextChanged();
    void certificatesLoaded(const QList<certdesk::domain::CertificateSummary> &certificates);
    void detailsLoaded(const certdesk::core::CertificateView &view,
                       const QList<certdesk::domain::AuditEvent> &history);
    void auditLogLoaded(const QList<certdesk::domain::AuditEvent> &events);
    void importFinished(const QList<certdesk::core::ImportResult> &results, const std::optional<QString> &password);
    void exported(const QString &path);
    /// The inventory changed (import, edit, delete): views that show it should refresh.
    void inventoryChanged();
    /// Long work started; the watcher reports progress and can be cancelled.
    void taskStarted(const QString &label, QFutureWatcherBase *watcher);
    void operationFailed(const QString &title, const certdesk::Error &error);

private:
    std::shared_ptr<core::AppContext> m_context;
    quint64 m_detailsRequest = 0;
};

} // namespace certdesk::ui
