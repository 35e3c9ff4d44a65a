// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"
#include "ui/scepprobeview.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace certdesk::ui {

class ScepProbeController;
class ScepResultView;

/// The SCEP servers page: a form that probes a SCEP server read-only (GetCACaps and GetCACert,
/// never an enrolment) on a worker thread, with a busy bar and Cancel while it runs; what the
/// server advertises and the CA certificates it sends (ScepResultView); and the probe history kept
/// in the inventory, where selecting a probe shows its stored result. A failed probe is explained
/// under the form.
class ScepPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScepPage)

public:
    /// The columns of the history table.
    enum HistoryColumn { ProbedAt, Url, Outcome, CertificateCount, Capabilities, HistoryColumnCount };

    explicit ScepPage(ScepProbeController *controller, QWidget *parent = nullptr);

    /// Colours the days to expiry like the inventory does (Settings' warning window).
    void setExpiringDays(int days);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *caIdentifierEdit() const { return m_caIdentifier; }
    QCheckBox *verifyTlsCheck() const { return m_verifyTls; }
    QPushButton *probeButton() const { return m_probe; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *busyIndicator() const { return m_busy; }
    /// The inline message under the form: progress, or why a probe failed.
    QLabel *messageLabel() const { return m_message; }
    ScepResultView *resultView() const { return m_result; }
    QTreeWidget *historyTree() const { return m_history; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// A probe ended; its result or its error is shown.
    void probeShown();
    /// The history table was rebuilt from the inventory.
    void historyShown();

private:
    void startProbe();
    void onProbingChanged(bool probing);
    void onProbed(const ScepProbeView &probe);
    void onProbeFailed(const QString &url, const Error &error);
    void onHistoryLoaded(const QList<ScepProbeView> &history);
    /// Shows the stored result of the selected history row.
    void showHistorySelection();
    /// The message under the form; `problem` shows it as an error.
    void setMessage(const QString &text, bool problem);
    void updateActions();

    ScepProbeController *m_controller;
    QList<ScepProbeView> m_probes; ///< the history, newest first
    qint64 m_shownId = 0;          ///< the probe the result area shows; 0 for none
    QLineEdit *m_url;
    QLineEdit *m_caIdentifier;
    QCheckBox *m_verifyTls;
    QPushButton *m_probe;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLabel *m_message;
    ScepResultView *m_result;
    QTreeWidget *m_history;
};

} // namespace certdesk::ui
