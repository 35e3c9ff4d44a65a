// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/importservice.h"
#include "app/core/inventoryservice.h"
#include "models/item/certificatefiltermodel.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace certdesk::item {
class CertificateTableModel;
class CertificateFilterModel;
struct CertificateRows;
} // namespace certdesk::item

namespace certdesk::ui {

class CertificateDetailsView;
class DeploymentHistoryView;
class InventoryController;
class LifecycleController;
class Prompter;
class TargetController;

/// A part of the inventory that the dashboard points at (a total, a bar of the expiry timeline, a
/// slice of the status chart), with the name the filter bar shows for it.
struct InventorySubset
{
    QString label;
    std::optional<domain::CertificateStatus> status;
    std::optional<item::ExpiryRange> expiry;
};

/// The inventory: a sortable, filterable table of managed certificates with a details pane, and
/// the actions on them (import, paste, export, copy fingerprint, edit, delete). All work goes
/// through the InventoryController; this page only shows and asks.
class InventoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)

public:
    InventoryPage(InventoryController *controller, LifecycleController *lifecycle, Prompter *prompter,
                  QWidget *parent = nullptr);
    ~InventoryPage() override;

    QList<QAction *> fileActions() const;
    QList<QAction *> editActions() const;
    /// New certificate, renew, revoke.
    QList<QAction *> lifecycleActions() const;
    /// Imports files (from the file dialog or a drop on the window).
    void importFiles(const QStringList &paths);
    /// Imports PEM text (from the clipboard or a drop of text).
    void importText(const QString &text, const QString &source);
    /// Applies a new expiry warning window to the status column.
    void setExpiringDays(int days);
    /// Enables Deploy... and adds the details' Deployments tab, both run through `targets`.
    void setTargetController(TargetController *targets);
    /// Shows only `subset` (search cleared, status filter set, the expiry window named in the filter
    /// bar with a button that clears it).
    void showSubset(const InventorySubset &subset);
    /// Selects the certificate and shows its details, clearing the filters that hide it (once the
    /// inventory is loaded, when it is not yet).
    void showCertificate(qint64 id);

    QTableView *table() const { return m_table; }
    item::CertificateTableModel *tableModel() const { return m_model; }
    item::CertificateFilterModel *filterModel() const { return m_filter; }
    CertificateDetailsView *detailsView() const { return m_details; }
    QAction *deployAction() const { return m_deploy; }
    DeploymentHistoryView *deploymentHistory() const { return m_deploymentHistory; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// A (re)load of the inventory reached the table.
    void rowsShown();
    /// The user accepted the empty inventory's offer to scan this computer.
    void scanComputerRequested();

private:
    void createActions();
    void onCertificatesLoaded(const QList<domain::CertificateSummary> &certificates);
    void showRows(const item::CertificateRows &rows);
    void onImportFinished(const QList<core::ImportResult> &results, const std::optional<QString> &password);
    void askNextPassword();
    void onCurrentChanged();
    void updateActions();
    void updateCount();
    QList<qint64> selectedIds() const;
    std::optional<qint64> currentId() const;
    void importFromDialog();
    void pasteFromClipboard();
    void exportCurrent();
    void copyFingerprints();
    void editCurrent();
    void deleteSelected();
    void newCertificate();
    void renewCurrent();
    void revokeCurrent();
    void deployCurrent();

    InventoryController *m_controller;
    LifecycleController *m_lifecycle;
    Prompter *m_prompter;
    QStringList m_issuerNames;
    QStringList m_profileNames{QStringLiteral("default")};
    item::CertificateTableModel *m_model;
    item::CertificateFilterModel *m_filter;
    quint64 m_rowsGeneration = 0;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QSplitter *m_splitter;
    CertificateDetailsView *m_details;
    std::optional<core::CertificateView> m_currentView;
    QStringList m_passwordQueue;
    QStringList m_wrongPassword;
    int m_expiringDays;

    QAction *m_import;
    QAction *m_paste;
    QAction *m_export;
    QAction *m_copyFingerprint;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_refresh;
    QAction *m_find;
    QAction *m_new;
    QAction *m_renew;
    QAction *m_revoke;
    QAction *m_deploy;
    QLabel *m_subsetLabel = nullptr;
    QToolButton *m_clearSubset = nullptr;
    std::optional<qint64> m_pendingCertificate;
    TargetController *m_targets = nullptr;
    DeploymentHistoryView *m_deploymentHistory = nullptr;
};

} // namespace certdesk::ui
