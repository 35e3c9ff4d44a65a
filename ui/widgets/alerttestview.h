// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/notifier/channel.h"
#include "models/domain/result.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace certdesk::ui {

class ErrorPanel;

/// A Send test as the alert channel dialog and the Alerts page show it: while it runs, a busy bar
/// and Cancel; then either the success with the service's answer (status, response, reference),
/// or the clear error with its detail (status and the service's own words) one click away, and
/// whether sending again could help.
class AlertTestView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertTestView)

public:
    explicit AlertTestView(QWidget *parent = nullptr);

    /// The test runs: `text` says through which channel.
    void showRunning(const QString &text);
    void showResult(const notifier::DeliveryResult &result);
    /// The test could not be sent (the channel could not be made, or it was cancelled).
    void showError(const Error &error);
    /// Nothing to show but `hint`.
    void clear(const QString &hint = {});
    bool isRunning() const;

    QLabel *statusLabel() const { return m_status; }
    QLabel *answerLabel() const { return m_answer; }
    ErrorPanel *errorPanel() const { return m_error; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QLabel *m_answer;
    ErrorPanel *m_error;
};

} // namespace certdesk::ui
