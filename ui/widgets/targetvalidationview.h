// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/connector.h"
#include "models/domain/result.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace certdesk::ui {

class ErrorPanel;

/// A target's dry run as the wizard's test step and the Targets page show it: while it runs, a
/// busy bar and Cancel; then every check (config check, permissions, login, keystore password)
/// with passed or failed, and the selected check's output below, selectable and copyable; or the
/// error that kept the test from running.
class TargetValidationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetValidationView)

public:
    explicit TargetValidationView(QWidget *parent = nullptr);

    /// The test runs: `text` says what is being done.
    void showRunning(const QString &text);
    void showReport(const target::ValidationReport &report);
    /// The test could not run (or was cancelled).
    void showError(const Error &error);
    /// Nothing to show but `hint`.
    void clear(const QString &hint);

    QTreeWidget *stepTree() const { return m_steps; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPlainTextEdit *outputEdit() const { return m_output; }

Q_SIGNALS:
    void cancelRequested();

private:
    void showSelectedOutput();

    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QTreeWidget *m_steps;
    QPlainTextEdit *m_output;
    ErrorPanel *m_error;
};

} // namespace certdesk::ui
