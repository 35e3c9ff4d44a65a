// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace certdesk::item {
class JobTableModel;
}

namespace certdesk::ui {

class LifecycleController;

/// The job queue: queued, running, done and failed jobs with progress bars, the selected job's log,
/// and Cancel / Retry.
class JobsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPage)

public:
    explicit JobsPage(LifecycleController *controller, QWidget *parent = nullptr);
    item::JobTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void updateButtons();
    qint64 currentJobId() const;

    LifecycleController *m_controller;
    item::JobTableModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QPushButton *m_retry;
};

} // namespace certdesk::ui
