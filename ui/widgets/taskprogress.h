// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QFutureWatcherBase;
class QLabel;
class QProgressBar;
class QToolButton;

namespace certdesk::ui {

/// A status-bar strip for the running long task: label, progress bar and a Cancel button.
/// Hidden when nothing runs.
class TaskProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProgress)

public:
    explicit TaskProgress(QWidget *parent = nullptr);
    /// Shows the task until its watcher finishes; Cancel calls the watcher's cancel().
    void track(const QString &label, QFutureWatcherBase *watcher);

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QPointer<QFutureWatcherBase> m_watcher;
};

} // namespace certdesk::ui
