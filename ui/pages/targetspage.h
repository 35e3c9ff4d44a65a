// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/connector.h"
#include "models/domain/deployment.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace certdesk::item {
class TargetTableModel;
}

namespace certdesk::ui {

class DeploymentHistoryView;
class Prompter;
class TargetController;
class TargetValidationView;
class TargetWizard;

/// The deployment targets: a sortable, filterable table (name, type, enabled, last deployment and
/// its result) with New target (the setup wizard), Change, Test (a dry run on a worker thread,
/// each check shown), Enable/Disable and Delete; below, the selected target's settings (secrets
/// only as "set"), its deployment history with each run's output, and the last test.
class TargetsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsPage)

public:
    TargetsPage(TargetController *controller, Prompter *prompter, QWidget *parent = nullptr);
    ~TargetsPage() override;

    /// Opens the setup wizard for a new target (window-modal, without waiting) and returns it; the
    /// table refreshes once it saved. Nullptr when no inventory is open.
    TargetWizard *newTarget();
    /// The same wizard with the selected target's settings; nullptr when none is selected.
    TargetWizard *changeCurrent();
    /// The selected target's name; empty when none.
    QString currentName() const;
    /// Selects the target named `name` (when listed).
    void select(const QString &name);

    QTableView *table() const { return m_table; }
    item::TargetTableModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTabWidget *detailTabs() const { return m_tabs; }
    QTreeWidget *settingsTree() const { return m_settings; }
    DeploymentHistoryView *historyView() const { return m_history; }
    TargetValidationView *testView() const { return m_test; }
    QAction *newAction() const { return m_new; }
    QAction *changeAction() const { return m_change; }
    QAction *testAction() const { return m_testAction; }
    QAction *toggleAction() const { return m_toggle; }
    QAction *deleteAction() const { return m_delete; }
    QAction *refreshAction() const { return m_refresh; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// A (re)load of the targets reached the table.
    void targetsShown();

private:
    void createActions();
    void onTargetsLoaded(const QList<domain::DeploymentTarget> &targets);
    std::optional<domain::DeploymentTarget> current() const;
    void onCurrentChanged();
    void showSettings(const std::optional<domain::DeploymentTarget> &target);
    void openWizard(TargetWizard *wizard);
    void updateActions();
    void updateCount();
    static QString testHint();

    TargetController *m_controller;
    Prompter *m_prompter;
    item::TargetTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QTreeWidget *m_settings;
    DeploymentHistoryView *m_history;
    TargetValidationView *m_test;
    QString m_shownTarget;  ///< whose settings and history the lower pane shows
    QString m_testedTarget; ///< whose test the Last test tab shows
    QAction *m_new = nullptr;
    QAction *m_change = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace certdesk::ui
