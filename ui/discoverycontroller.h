// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/discoveryservice.h"
#include "models/domain/discovery.h"

#include <QFutureWatcherBase>
#include <QObject>

#include <memory>

namespace certdesk::core {
class AppContext;
}

namespace certdesk::ui {

/// Runs discovery and triage for the console on worker threads: scans (with progress and cancel),
/// the triage list, details, claim, dismiss, restore and undo of the last triage action. Results
/// come back as signals on the GUI thread. Holds no widgets.
class DiscoveryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryController)

public:
    explicit DiscoveryController(QObject *parent = nullptr);
    ~DiscoveryController() override;

    void setContext(std::shared_ptr<core::AppContext> context);
    bool hasContext() const { return m_context != nullptr; }
    bool isScanning() const { return m_scanning; }
    /// True when the last triage action can be undone.
    bool canUndo() const { return !m_lastUndo.isEmpty(); }

    void reload();
    void loadDetails(qint64 id);
    void scanFilesystem(const core::FilesystemScanRequest &request);
    void claimAsNew(const QList<qint64> &ids);
    void claimToExisting(const QList<qint64> &ids, qint64 certificateId);
    void dismiss(const QList<qint64> &ids, const QString &reason);
    void restore(const QList<qint64> &ids);
    void undoLast();
    void loadHistory();

Q_SIGNALS:
    void contextChanged();
    void listLoaded(const QList<certdesk::domain::DiscoveredCertificate> &certificates,
                    const certdesk::domain::TriageCounts &counts);
    void detailsLoaded(const certdesk::core::DiscoveredDetails &details);
    void scanStarted();
    void scanFinished(const certdesk::core::FilesystemScanReport &report);
    /// A triage action was done (or undone); `message` says what, for the status bar.
    void triaged(const QString &message);
    /// Claims created managed certificates: the inventory should refresh.
    void inventoryChanged();
    void undoAvailable(bool available);
    void historyLoaded(const QList<certdesk::domain::DiscoveryScan> &scans,
                       const QList<certdesk::store::LockedFile> &lockedFiles);
    void taskStarted(const QString &label, QFutureWatcherBase *watcher);
    void operationFailed(const QString &title, const certdesk::Error &error);

private:
    void runTriage(const QString &failureTitle, const QString &doneMessage,
                   std::function<Result<core::TriageUndo>(core::DiscoveryService &)> action);

    std::shared_ptr<core::AppContext> m_context;
    core::TriageUndo m_lastUndo;
    quint64 m_detailsRequest = 0;
    quint64 m_listRequest = 0;
    bool m_scanning = false;
};

} // namespace certdesk::ui
