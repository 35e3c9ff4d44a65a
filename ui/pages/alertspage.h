// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/notificationservice.h"
#include "models/store/alertrepository.h"
#include "ui/alertcontroller.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeWidget;

namespace certdesk::ui {

class AlertTestView;
class ChannelDialog;
class DigestPreview;
class ErrorPanel;
class Prompter;

/// Alerts: three tabs.
/// - Channels: the alert channels (name, type, enabled, what they receive, last delivery) with
///   Add/Change (ChannelDialog), Send test (on a worker thread, with a busy bar and Cancel; the
///   answer, or the error with its detail one click away), Enable/Disable and Delete (confirmed);
///   below, the last test and the selected channel's deliveries.
/// - Rules: the warning windows ("30, 14, 7, 0", checked as typed; the tray notifies at them too),
///   Run now, and the recent alerts with the deliveries of the selected one (status, attempts, error).
/// - Digest: the schedule (checked as typed) with the next due time and the recipients, Send now,
///   and the preview, composed on a worker thread.
class AlertsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPage)

public:
    enum Tab { ChannelsTab, RulesTab, DigestTab };

    AlertsPage(AlertController *controller, Prompter *prompter, QWidget *parent = nullptr);
    ~AlertsPage() override;

    /// Opens the dialog for a new channel (window-modal, without waiting) and returns it; nullptr
    /// when no inventory is open.
    ChannelDialog *addChannel();
    /// The same dialog with the selected channel; nullptr when none is selected.
    ChannelDialog *changeCurrent();
    /// The selected channel's name; empty when none.
    QString currentName() const;
    void select(const QString &name);
    void showTab(Tab tab);

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *channelTree() const { return m_channels; }
    AlertTestView *testView() const { return m_testView; }
    QTreeWidget *channelDeliveryTree() const { return m_channelDeliveries; }
    QAction *addChannelAction() const { return m_add; }
    QAction *changeAction() const { return m_change; }
    QAction *testAction() const { return m_test; }
    QAction *toggleAction() const { return m_toggle; }
    QAction *deleteAction() const { return m_delete; }
    QLineEdit *windowsEdit() const { return m_windows; }
    QLabel *windowsError() const { return m_windowsError; }
    QPushButton *saveWindowsButton() const { return m_saveWindows; }
    QPushButton *runRulesButton() const { return m_runRules; }
    QLabel *rulesStatus() const { return m_rulesStatus; }
    QTreeWidget *alertTree() const { return m_alerts; }
    QTreeWidget *alertDeliveryTree() const { return m_alertDeliveries; }
    QLineEdit *scheduleEdit() const { return m_schedule; }
    QLabel *scheduleError() const { return m_scheduleError; }
    QPushButton *saveScheduleButton() const { return m_saveSchedule; }
    QLabel *nextDueLabel() const { return m_nextDue; }
    QLabel *recipientsLabel() const { return m_recipients; }
    QPushButton *sendNowButton() const { return m_sendNow; }
    QLabel *sendResultLabel() const { return m_sendResult; }
    ErrorPanel *sendError() const { return m_sendError; }
    DigestPreview *preview() const { return m_preview; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// A (re)load of the channels reached the table.
    void channelsShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createChannelsTab();
    QWidget *createRulesTab();
    QWidget *createDigestTab();
    void createActions();
    void onChannelsLoaded(const QList<core::ChannelRecord> &channels);
    void onAlertsLoaded(const QList<store::AlertRecord> &alerts);
    void onDigestLoaded(const DigestOverview &overview);
    std::optional<core::ChannelRecord> current() const;
    void onCurrentChannelChanged();
    void loadChannelDeliveries();
    void loadAlertDeliveries();
    void openDialog(ChannelDialog *dialog);
    void sendTest();
    void checkWindows();
    void checkSchedule();
    void composePreviewIfShown();
    void updateActions();

    AlertController *m_controller;
    Prompter *m_prompter;
    QList<core::ChannelRecord> m_channelList;
    QTabWidget *m_tabs;
    // Channels
    QTreeWidget *m_channels = nullptr;
    AlertTestView *m_testView = nullptr;
    QTreeWidget *m_channelDeliveries = nullptr;
    QSplitter *m_channelSplitter = nullptr;
    QTabWidget *m_channelDetails = nullptr;
    TestCancel m_running;
    QString m_testedChannel;
    QAction *m_add = nullptr;
    QAction *m_change = nullptr;
    QAction *m_test = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_refresh = nullptr;
    // Rules
    QLineEdit *m_windows = nullptr;
    QLabel *m_windowsError = nullptr;
    QPushButton *m_saveWindows = nullptr;
    QString m_savedWindows;
    QPushButton *m_runRules = nullptr;
    QLabel *m_rulesStatus = nullptr;
    QTreeWidget *m_alerts = nullptr;
    QTreeWidget *m_alertDeliveries = nullptr;
    QSplitter *m_alertSplitter = nullptr;
    // Digest
    QLineEdit *m_schedule = nullptr;
    QLabel *m_scheduleError = nullptr;
    QPushButton *m_saveSchedule = nullptr;
    QString m_savedSchedule;
    QLabel *m_nextDue = nullptr;
    QLabel *m_recipients = nullptr;
    QPushButton *m_sendNow = nullptr;
    QLabel *m_sendResult = nullptr;
    ErrorPanel *m_sendError = nullptr;
    QPushButton *m_refreshPreview = nullptr;
    DigestPreview *m_preview = nullptr;
};

} // namespace certdesk::ui
