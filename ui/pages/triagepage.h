// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/discoveryservice.h"
#include "models/domain/certificate.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace certdesk::item {
class DiscoveryTableModel;
class DiscoveryFilterModel;
} // namespace certdesk::item

namespace certdesk::ui {

class CertificateDetailsView;
class DiscoveryController;
class InventoryController;
class Prompter;

/// Triage of discovered certificates: the counts per status, filters (status, source, issuer,
/// expiry window, weak crypto, free text), the table with a details pane showing every field and
/// every location, and the actions: claim into the inventory (C), link to a managed certificate (L),
/// dismiss (D, or Ctrl+D with a reason), restore (R), undo (Ctrl+Z). After an action the next row
/// is selected, so hundreds of certificates are triaged from the keyboard. Scans start here too.
class TriagePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriagePage)

public:
    TriagePage(DiscoveryController *controller, InventoryController *inventory, Prompter *prompter,
               QWidget *parent = nullptr);
    ~TriagePage() override;

    /// Scans the usual certificate locations of this computer.
    void scanThisComputer();
    void scanFolders(const QStringList &roots);

    QTableView *table() const { return m_table; }
    item::DiscoveryTableModel *tableModel() const { return m_model; }
    item::DiscoveryFilterModel *filterModel() const { return m_filter; }
    CertificateDetailsView *detailsView() const { return m_details; }
    QList<QAction *> triageActions() const;
    QAction *scanFolderAction() const { return m_scanFolder; }
    QAction *historyAction() const { return m_history; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The table shows a fresh list.
    void rowsShown();
    /// PKCS#12 files from the scan history the user wants to import (with their password).
    void importRequested(const QStringList &paths);

private:
    void createActions();
    QWidget *createFilterBar();
    void onListLoaded(const QList<domain::DiscoveredCertificate> &certificates,
                      const domain::TriageCounts &counts);
    void onScanFinished(const core::FilesystemScanReport &report);
    void onCurrentChanged();
    void updateActions();
    void updateCount();
    void showStatus(std::optional<domain::TriageStatus> status);
    QList<qint64> selectedIds() const;
    /// Remembers which row to select once the action's reload arrives.
    void rememberNextRow();
    void claimSelected();
    void linkSelected();
    void dismissSelected(bool askReason);
    void restoreSelected();
    void scanFolderFromDialog();

    DiscoveryController *m_controller;
    InventoryController *m_inventory;
    Prompter *m_prompter;
    item::DiscoveryTableModel *m_model;
    item::DiscoveryFilterModel *m_filter;
    QList<domain::CertificateSummary> m_managed;
    QPushButton *m_newCount;
    QPushButton *m_claimedCount;
    QPushButton *m_dismissedCount;
    QPushButton *m_allCount;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QComboBox *m_sourceFilter;
    QComboBox *m_issuerFilter;
    QComboBox *m_expiryFilter;
    QCheckBox *m_weakOnly;
    QLabel *m_count;
    QLabel *m_lastScan;
    QTableView *m_table;
    QSplitter *m_splitter;
    CertificateDetailsView *m_details;
    qint64 m_nextId = 0;
    int m_nextRow = -1;

    QAction *m_claim;
    QAction *m_link;
    QAction *m_dismiss;
    QAction *m_dismissWithReason;
    QAction *m_restore;
    QAction *m_undo;
    QAction *m_scanComputer;
    QAction *m_scanFolder;
    QAction *m_sniff;
    QAction *m_find;
    QAction *m_refresh;
    QAction *m_history;
};

} // namespace certdesk::ui
