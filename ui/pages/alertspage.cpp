// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/alertspage.h"

#include "app/core/alertservice.h"
#include "app/core/digestservice.h"
#include "ui/dialogs/channeldialog.h"
#include "ui/prompter.h"
#include "ui/uisettings.h"
#include "ui/widgets/alerttestview.h"
#include "ui/widgets/digestpreview.h"
#include "ui/widgets/pageaction.h"
#include "ui/wizards/wizardfields.h"

#include <QAction>
#include <QColor>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {
const QColor ErrorColour(0xb0, 0x00, 0x20);
const QColor SuccessColour(0x1b, 0x7a, 0x2f);
const auto SuccessStyle = QStringLiteral("color: #1b7a2f");

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QTreeWidget *recordTree(const char *objectName, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QLatin1String(objectName));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setAllColumnsShowFocus(true);
    return tree;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// A short line edit with its Save button and, below them, its inline error.
QWidget *editorRow(QLineEdit *edit, QPushButton *save, QLabel *error, QWidget *parent)
{
    auto *editor = new QWidget(parent);
    auto *row = new QHBoxLayout(editor);
    row->setContentsMargins(0, 0, 0, 0);
    edit->setMinimumWidth(160);
    edit->setMaximumWidth(260);
    row->addWidget(edit);
    row->addWidget(save);
    row->addStretch(1);
    return fieldColumn({editor, error}, parent);
}

/// An alert's kind ("job_failed") or severity ("critical") in words.
QString alertKindText(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("expiring"), QT_TRANSLATE_NOOP("certdesk::ui::AlertsPage", "Expiring")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("certdesk::ui::AlertsPage", "Expired")},
        {QStringLiteral("job_failed"), QT_TRANSLATE_NOOP("certdesk::ui::AlertsPage", "Job failed")},
        {QStringLiteral("discoveries_awaiting"),
         QT_TRANSLATE_NOOP("certdesk::ui::AlertsPage", "Awaiting triage")},
        {QStringLiteral("resolved"), QT_TRANSLATE_NOOP("certdesk::ui::AlertsPage", "Resolved")},
        {QStringLiteral("test"), QT_TRANSLATE_NOOP("certdesk::ui::AlertsPage", "Test")},
        {QStringLiteral("digest"), QT_TRANSLATE_NOOP("certdesk::ui::AlertsPage", "Digest")},
        {QStringLiteral("info"), QT_TRANSLATE_NOOP("certdesk::ui::AlertsPage", "Info")},
        {QStringLiteral("warning"), QT_TRANSLATE_NOOP("certdesk::ui::AlertsPage", "Warning")},
        {QStringLiteral("critical"), QT_TRANSLATE_NOOP("certdesk::ui::AlertsPage", "Critical")},
    };
    const char *name = names.value(kind);
    return name ? AlertsPage::tr(name) : kind;
}

QString channelTypeName(const QString &type)
{
    const auto *known = notifier::findChannelType(type);
    return known ? known->displayName : type;
}

/// How a delivery stands, in words.
QString deliveryStatusText(const QString &status)
{
    if (status == QLatin1String("sent"))
        return AlertsPage::tr("sent");
    if (status == QLatin1String("failed"))
        return AlertsPage::tr("failed");
    if (status == QLatin1String("queued"))
        return AlertsPage::tr("queued");
    return status;
}

void fillDeliveries(QTreeWidget *tree, const Result<QList<store::AlertDelivery>> &deliveries, bool byChannel)
{
    tree->clear();
    if (!deliveries) {
        auto *item = new QTreeWidgetItem(tree, {deliveries.error().message});
        item->setForeground(0, ErrorColour);
        return;
    }
    for (const auto &d : *deliveries) {
        const QString what =
            byChannel ? QStringLiteral("%1 (%2)").arg(d.channelName, channelTypeName(d.channelType))
                      : AlertsPage::tr("alert %1").arg(d.alertId);
        const QString answer = d.error.isEmpty() ? d.response : d.error;
        auto *item =
            new QTreeWidgetItem(tree, {shortTime(d.updatedAt.isValid() ? d.updatedAt : d.createdAt), what,
                                       deliveryStatusText(d.status), QString::number(d.attempts), answer});
        item->setToolTip(4, answer.left(2000));
        if (d.status == QLatin1String("failed") || !d.error.isEmpty())
            item->setForeground(2, ErrorColour);
        else if (d.status == QLatin1String("sent"))
            item->setForeground(2, SuccessColour);
    }
}
} // namespace

AlertsPage::AlertsPage(AlertController *controller, Prompter *prompter, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_prompter(prompter), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("alertsPage"));
    m_tabs->setObjectName(QStringLiteral("alertTabs"));
    createActions();
    m_tabs->addTab(createChannelsTab(), tr("&Channels"));
    m_tabs->addTab(createRulesTab(), tr("&Rules and alerts"));
    m_tabs->addTab(createDigestTab(), tr("Di&gest"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::currentChanged, this, &AlertsPage::composePreviewIfShown);
    connect(m_controller, &AlertController::contextChanged, this, [this] {
        m_channelList.clear();
        m_channels->clear();
        m_alerts->clear();
        m_alertDeliveries->clear();
        m_channelDeliveries->clear();
        if (m_running)
            m_running->store(true);
        m_running.reset();
        m_testView->clear(tr("Send test delivers a test alert through the selected channel."));
        m_sendResult->clear();
        m_sendError->clear();
        composePreviewIfShown();
        updateActions();
    });
    connect(m_controller, &AlertController::channelsLoaded, this, &AlertsPage::onChannelsLoaded);
    connect(m_controller, &AlertController::alertsLoaded, this, &AlertsPage::onAlertsLoaded);
    connect(m_controller, &AlertController::digestLoaded, this, &AlertsPage::onDigestLoaded);
    connect(m_controller, &AlertController::windowsLoaded, this, [this](const QList<int> &days) {
        m_savedWindows = core::AlertService::formatWindows(days);
        m_windows->setText(m_savedWindows);
        checkWindows();
    });
    connect(m_controller, &AlertController::windowsSaved, this, [this](const QList<int> &days) {
        m_savedWindows = core::AlertService::formatWindows(days);
        m_windows->setText(m_savedWindows);
        m_rulesStatus->setStyleSheet(SuccessStyle);
        m_rulesStatus->setText(tr("Warning windows saved: %1 days.").arg(m_savedWindows));
        checkWindows();
    });
    connect(m_controller, &AlertController::rulesEvaluated, this, [this](const QString &summary) {
        m_runRules->setEnabled(m_controller->hasContext());
        m_rulesStatus->setStyleSheet(QString());
        m_rulesStatus->setText(
            tr("%1: %2").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), summary));
    });
    connect(m_controller, &AlertController::schedulerFailed, this, [this](const QString &message) {
        m_rulesStatus->setStyleSheet(QStringLiteral("color: #b00020"));
        m_rulesStatus->setText(tr("The scheduled run of the alert rules failed: %1").arg(message));
    });
    connect(m_controller, &AlertController::operationFailed, this, [this] {
        m_runRules->setEnabled(m_controller->hasContext());
        m_sendNow->setEnabled(m_controller->hasContext());
    });
    connect(m_controller, &AlertController::previewReady, this,
            [this](const QString &html, const QDateTime &at) {
                m_preview->showDigest(html, at);
                m_refreshPreview->setEnabled(true);
            });
    connect(m_controller, &AlertController::previewFailed, this, [this](const Error &error) {
        m_preview->showError(error);
        m_refreshPreview->setEnabled(true);
    });
    connect(m_controller, &AlertController::digestQueued, this, [this](const core::DigestDelivery &delivery) {
        m_sendNow->setEnabled(true);
        m_sendError->clear();
        m_sendResult->setStyleSheet(SuccessStyle);
        m_sendResult->setText(
            tr("The digest is queued to %1 (%n delivery job(s)); the Jobs page and the Rules "
               "tab show how it goes.",
               nullptr, int(delivery.jobIds.size()))
                .arg(delivery.channels.join(QStringLiteral(", "))));
    });
    connect(m_controller, &AlertController::digestSendFailed, this, [this](const Error &error) {
        m_sendNow->setEnabled(true);
        m_sendResult->clear();
        m_sendError->showError(error);
    });
    updateActions();
}

AlertsPage::~AlertsPage()
{
    if (m_running)
        m_running->store(true);
    UiSettings::setWindowState(QStringLiteral("alertChannelsSplitter"), m_channelSplitter->saveState());
    UiSettings::setWindowState(QStringLiteral("alertListSplitter"), m_alertSplitter->saveState());
}

void AlertsPage::createActions()
{
    const auto make = [this](const QString &text, const QString &tip, const QKeySequence &shortcut,
                             const char *name,
                             auto slot) { return makePageAction(this, text, tip, shortcut, name, slot); };
    m_add = make(tr("&Add channel..."), tr("Set up a new alert channel"), QKeySequence(Qt::Key_Insert),
                 "addChannelAction", [this] { addChannel(); });
    m_change = make(tr("&Change..."), tr("Change the selected channel"), QKeySequence(),
                    "changeChannelAction", [this] { changeCurrent(); });
    m_test = make(tr("Send &test"), tr("Deliver a test alert through the selected channel"),
                  QKeySequence(Qt::CTRL | Qt::Key_T), "testChannelAction", [this] { sendTest(); });
    m_toggle = make(tr("&Enable/disable"), tr("Turn the selected channel on or off"), QKeySequence(),
                    "toggleChannelAction", [this] {
                        const auto c = current();
                        if (!c)
                            return;
                        core::ChannelOptions options;
                        options.enabled = !c->enabled;
                        options.receivesAlerts = c->receivesAlerts;
                        options.receivesDigest = c->receivesDigest;
                        m_controller->setOptions(c->name, options);
                    });
    m_delete =
        make(tr("&Delete"), tr("Delete the selected channel"), QKeySequence::Delete, "deleteChannelAction",
             [this] {
                 const auto c = current();
                 if (c && m_prompter->confirm(this, tr("Delete alert channel"),
                                              tr("Delete the alert channel \"%1\"? Its secrets and "
                                                 "delivery history are deleted too, and its deliveries "
                                                 "still queued are cancelled.")
                                                  .arg(c->name)))
                     m_controller->removeChannel(c->name);
             });
    m_refresh = make(tr("&Refresh"), tr("Reload the channels, alerts and digest"), QKeySequence::Refresh,
                     "refreshAlertsAction", [this] {
                         m_controller->loadChannels();
                         m_controller->loadAlerts();
                         m_controller->loadDigest();
                     });
    addActions({m_add, m_test, m_refresh});
}

QWidget *AlertsPage::createChannelsTab()
{
    auto *tab = new QWidget(this);
    m_channels =
        recordTree("alertChannelTree",
                   {tr("Name"), tr("Type"), tr("Enabled"), tr("Receives"), tr("Last delivery")}, tab);
    m_channels->setSortingEnabled(true);
    m_channels->sortByColumn(0, Qt::AscendingOrder);
    const QList<int> widths{180, 110, 70, 120};
    for (int c = 0; c < widths.size(); ++c)
        m_channels->setColumnWidth(c, widths[c]);
    m_channels->addActions({m_test, m_change, m_toggle, m_delete});
    m_channels->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_testView = new AlertTestView(tab);
    m_testView->setObjectName(QStringLiteral("alertChannelTestView"));
    m_testView->clear(tr("Send test delivers a test alert through the selected channel."));
    auto *testPane = new QWidget(tab);
    auto *testLayout = new QVBoxLayout(testPane);
    testLayout->addWidget(m_testView);
    testLayout->addStretch(1);
    m_channelDeliveries =
        recordTree("alertChannelDeliveryTree",
                   {tr("When"), tr("Alert"), tr("Status"), tr("Attempts"), tr("Answer or error")}, tab);
    for (const int column : {0, 1, 2, 3})
        m_channelDeliveries->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_channelDetails = new QTabWidget(tab);
    m_channelDetails->setObjectName(QStringLiteral("alertChannelDetails"));
    m_channelDetails->addTab(testPane, tr("Last te&st"));
    m_channelDetails->addTab(m_channelDeliveries, tr("Deli&veries"));

    auto *toolbar = new QToolBar(tab);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_add, m_change, m_test, m_toggle, m_delete});
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);

    auto *intro =
        hintLabel(tr("Alerts (certificates entering a warning window, jobs that failed, discoveries "
                     "awaiting triage) and the digest go out through these channels. Secrets are "
                     "kept encrypted in the secret store and never shown."),
                  tab);
    m_channelSplitter = new QSplitter(Qt::Vertical, tab);
    m_channelSplitter->addWidget(m_channels);
    m_channelSplitter->addWidget(m_channelDetails);
    m_channelSplitter->setStretchFactor(0, 3);
    m_channelSplitter->setStretchFactor(1, 2);
    m_channelSplitter->setChildrenCollapsible(false);
    if (const auto state = UiSettings::windowState(QStringLiteral("alertChannelsSplitter")); !state.isEmpty())
        m_channelSplitter->restoreState(state);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(toolbar);
    layout->addWidget(intro);
    layout->addWidget(m_channelSplitter, 1);

    connect(m_channels, &QTreeWidget::currentItemChanged, this, &AlertsPage::onCurrentChannelChanged);
    connect(m_channels, &QTreeWidget::itemActivated, this, [this] { m_change->trigger(); });
    connect(m_testView, &AlertTestView::cancelRequested, this, [this] {
        if (!m_running)
            return;
        m_running->store(true);
        m_running.reset();
        m_testView->showError(Error{tr("The test was cancelled."), {}, ErrorCode::Cancelled});
        updateActions();
    });
    return tab;
}

QWidget *AlertsPage::createRulesTab()
{
    auto *tab = new QWidget(this);
    m_windows = new QLineEdit(tab);
    m_windows->setObjectName(QStringLiteral("alertWindowsEdit"));
    m_windows->setPlaceholderText(QStringLiteral("30, 14, 7, 0"));
    m_windowsError = ui::problemLabel(tab);
    m_windowsError->setObjectName(QStringLiteral("alertWindowsError"));
    m_windowsError->hide();
    m_saveWindows = new QPushButton(tr("&Save windows"), tab);
    m_saveWindows->setObjectName(QStringLiteral("saveWindowsButton"));
    m_runRules = new QPushButton(tr("Run rules &now"), tab);
    m_runRules->setObjectName(QStringLiteral("runRulesButton"));
    m_runRules->setToolTip(
        tr("Evaluate the alert rules now and queue what is due (the console does this every "
           "15 minutes)."));
    m_rulesStatus = new QLabel(tab);
    m_rulesStatus->setObjectName(QStringLiteral("alertRulesStatus"));
    m_rulesStatus->setWordWrap(true);
    m_rulesStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *rules = new QGroupBox(tr("Alert rules"), tab);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Warning windows (days):"), m_windows),
                 editorRow(m_windows, m_saveWindows, m_windowsError, rules));
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runRules);
    runRow->addWidget(m_rulesStatus, 1);
    // The hint spans the group: a word-wrapped label in a form row gets too much height.
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addLayout(form);
    rulesLayout->addWidget(
        hintLabel(tr("An alert is raised once per certificate and window when its expiry comes "
                     "that close (0: the day it expires); the tray's notifications use the same windows, "
                     "in every console on this inventory. Jobs that failed for good and new "
                     "discoveries awaiting triage raise alerts too. The console runs the rules "
                     "every 15 minutes."),
                  rules));
    rulesLayout->addLayout(runRow);

    m_alerts = recordTree(
        "alertTree",
        {tr("Raised"), tr("Kind"), tr("Severity"), tr("Subject"), tr("Deliveries"), tr("Resolved")}, tab);
    // The subject takes what the others leave.
    m_alerts->header()->setStretchLastSection(false);
    for (const int column : {0, 1, 2, 4, 5})
        m_alerts->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_alerts->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_alertDeliveries =
        recordTree("alertDeliveryTree",
                   {tr("When"), tr("Channel"), tr("Status"), tr("Attempts"), tr("Answer or error")}, tab);
    for (const int column : {0, 1, 2, 3})
        m_alertDeliveries->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_alertSplitter = new QSplitter(Qt::Vertical, tab);
    m_alertSplitter->addWidget(m_alerts);
    m_alertSplitter->addWidget(m_alertDeliveries);
    m_alertSplitter->setStretchFactor(0, 3);
    m_alertSplitter->setStretchFactor(1, 2);
    m_alertSplitter->setChildrenCollapsible(false);
    if (const auto state = UiSettings::windowState(QStringLiteral("alertListSplitter")); !state.isEmpty())
        m_alertSplitter->restoreState(state);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(rules);
    layout->addWidget(new QLabel(tr("Recent alerts (select one to see its deliveries):"), tab));
    layout->addWidget(m_alertSplitter, 1);

    connect(m_windows, &QLineEdit::textChanged, this, &AlertsPage::checkWindows);
    connect(m_windows, &QLineEdit::returnPressed, m_saveWindows, &QPushButton::click);
    connect(m_saveWindows, &QPushButton::clicked, this, [this] {
        const auto days = core::AlertService::parseWindows(m_windows->text());
        if (days)
            m_controller->saveWindows(*days);
    });
    connect(m_runRules, &QPushButton::clicked, this, [this] {
        m_runRules->setEnabled(false);
        m_rulesStatus->setStyleSheet(QString());
        m_rulesStatus->setText(tr("Running the alert rules..."));
        m_controller->evaluateNow();
    });
    connect(m_alerts, &QTreeWidget::currentItemChanged, this, &AlertsPage::loadAlertDeliveries);
    return tab;
}

QWidget *AlertsPage::createDigestTab()
{
    auto *tab = new QWidget(this);
    m_schedule = new QLineEdit(tab);
    m_schedule->setObjectName(QStringLiteral("digestScheduleEdit"));
    m_schedule->setPlaceholderText(tr("daily"));
    m_schedule->setToolTip(tr("daily, weekly, off, or a number of hours or days such as 12h or 2d"));
    m_scheduleError = ui::problemLabel(tab);
    m_scheduleError->setObjectName(QStringLiteral("digestScheduleError"));
    m_scheduleError->hide();
    m_saveSchedule = new QPushButton(tr("Sa&ve schedule"), tab);
    m_saveSchedule->setObjectName(QStringLiteral("saveScheduleButton"));
    m_nextDue = new QLabel(tab);
    m_nextDue->setObjectName(QStringLiteral("digestNextDueLabel"));
    m_recipients = new QLabel(tab);
    m_recipients->setObjectName(QStringLiteral("digestRecipientsLabel"));
    m_recipients->setWordWrap(true);
    m_sendNow = new QPushButton(tr("Send &now"), tab);
    m_sendNow->setObjectName(QStringLiteral("digestSendNowButton"));
    m_sendNow->setToolTip(tr("Queue the digest to its recipients now, outside the schedule"));
    m_sendResult = new QLabel(tab);
    m_sendResult->setObjectName(QStringLiteral("digestSendResult"));
    m_sendResult->setWordWrap(true);
    m_sendResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendError = new ErrorPanel(tab);
    m_sendError->setObjectName(QStringLiteral("digestSendError"));
    m_refreshPreview = new QPushButton(tr("Refresh &preview"), tab);
    m_refreshPreview->setObjectName(QStringLiteral("digestRefreshButton"));
    m_preview = new DigestPreview(tab);
    m_preview->setObjectName(QStringLiteral("digestPreview"));

    auto *settings = new QGroupBox(tr("Schedule and recipients"), tab);
    auto *form = new QFormLayout(settings);
    form->addRow(buddyLabel(tr("Sc&hedule:"), m_schedule),
                 editorRow(m_schedule, m_saveSchedule, m_scheduleError, settings));
    form->addRow(tr("Next:"), m_nextDue);
    form->addRow(tr("Recipients:"), m_recipients);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sendNow);
    sendRow->addWidget(m_sendResult, 1);
    sendRow->addWidget(m_refreshPreview);
    form->addRow(QString(), sendRow);
    form->addRow(QString(), m_sendError);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(settings);
    layout->addWidget(m_preview, 1);

    connect(m_schedule, &QLineEdit::textChanged, this, &AlertsPage::checkSchedule);
    connect(m_schedule, &QLineEdit::returnPressed, m_saveSchedule, &QPushButton::click);
    connect(m_saveSchedule, &QPushButton::clicked, this, [this] {
        if (core::DigestService::parseSchedule(m_schedule->text()))
            m_controller->saveSchedule(m_schedule->text().trimmed());
    });
    connect(m_sendNow, &QPushButton::clicked, this, [this] {
        m_sendNow->setEnabled(false);
        m_sendError->clear();
        m_sendResult->setStyleSheet(QString());
        m_sendResult->setText(tr("Queueing the digest..."));
        m_controller->sendDigestNow();
    });
    connect(m_refreshPreview, &QPushButton::clicked, this, [this] {
        m_refreshPreview->setEnabled(false);
        m_preview->showComposing();
        m_controller->loadPreview();
    });
    return tab;
}

void AlertsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    composePreviewIfShown();
}

void AlertsPage::composePreviewIfShown()
{
    // The digest reflects the inventory as it is now: composed afresh whenever it comes into view.
    if (!isVisible() || m_tabs->currentIndex() != DigestTab || !m_controller->hasContext())
        return;
    m_preview->showComposing();
    m_controller->loadPreview();
}

void AlertsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

ChannelDialog *AlertsPage::addChannel()
{
    if (!m_controller->hasContext())
        return nullptr;
    QStringList names;
    for (const auto &c : std::as_const(m_channelList))
        names << c.name;
    auto *dialog = new ChannelDialog(m_controller, names, this);
    openDialog(dialog);
    return dialog;
}

ChannelDialog *AlertsPage::changeCurrent()
{
    const auto c = current();
    if (!c || !m_controller->hasContext())
        return nullptr;
    auto *dialog = new ChannelDialog(m_controller, *c, this);
    openDialog(dialog);
    return dialog;
}

void AlertsPage::openDialog(ChannelDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChannelDialog::saved, this, [this](const QString &name) {
        // Select the channel once the list comes back.
        auto *selectOnce = new QObject(this);
        connect(this, &AlertsPage::channelsShown, selectOnce, [this, name, selectOnce] {
            selectOnce->deleteLater();
            select(name);
        });
    });
    dialog->open();
}

void AlertsPage::onChannelsLoaded(const QList<core::ChannelRecord> &channels)
{
    const QString keep = currentName();
    m_channelList = channels;
    m_channels->clear();
    for (const auto &c : channels) {
        QStringList receives;
        if (c.receivesAlerts)
            receives << tr("alerts");
        if (c.receivesDigest)
            receives << tr("digest");
        QString last = tr("nothing sent yet");
        QColor colour;
        if (c.lastStatus == QLatin1String("sent")) {
            last = tr("sent %1").arg(shortTime(c.lastSentAt));
            colour = SuccessColour;
        } else if (c.lastStatus == QLatin1String("failed")) {
            last = tr("failed: %1").arg(c.lastError);
            colour = ErrorColour;
        } else if (c.lastStatus == QLatin1String("queued")) {
            last = c.lastError.isEmpty() ? tr("queued") : tr("retrying: %1").arg(c.lastError);
        }
        auto *item = new QTreeWidgetItem(
            m_channels, {c.name, channelTypeName(c.type), c.enabled ? tr("Yes") : tr("No"),
                         receives.isEmpty() ? tr("nothing") : receives.join(QStringLiteral(", ")), last});
        item->setData(0, Qt::UserRole, c.name);
        item->setToolTip(4, last);
        if (colour.isValid())
            item->setForeground(4, colour);
        if (!c.enabled)
            item->setForeground(2, QPalette().color(QPalette::Disabled, QPalette::Text));
    }
    if (!keep.isEmpty())
        select(keep);
    if (currentName().isEmpty() && m_channels->topLevelItemCount() > 0)
        m_channels->setCurrentItem(m_channels->topLevelItem(0));
    onCurrentChannelChanged();
    Q_EMIT channelsShown();
}

void AlertsPage::select(const QString &name)
{
    for (int i = 0; i < m_channels->topLevelItemCount(); ++i) {
        auto *item = m_channels->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == name) {
            m_channels->setCurrentItem(item);
            m_channels->scrollToItem(item);
            return;
        }
    }
}

std::optional<core::ChannelRecord> AlertsPage::current() const
{
    const auto *item = m_channels->currentItem();
    if (!item)
        return std::nullopt;
    const QString name = item->data(0, Qt::UserRole).toString();
    for (const auto &c : m_channelList) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

QString AlertsPage::currentName() const
{
    const auto c = current();
    return c ? c->name : QString();
}

void AlertsPage::onCurrentChannelChanged()
{
    updateActions();
    loadChannelDeliveries();
}

void AlertsPage::loadChannelDeliveries()
{
    const QString name = currentName();
    if (name.isEmpty()) {
        m_channelDeliveries->clear();
        return;
    }
    m_controller->loadChannelDeliveries(name, m_channelDeliveries,
                                        [this, name](const Result<QList<store::AlertDelivery>> &deliveries) {
                                            if (name == currentName())
                                                fillDeliveries(m_channelDeliveries, deliveries, false);
                                        });
}

void AlertsPage::sendTest()
{
    const auto c = current();
    if (!c || m_running)
        return;
    m_channelDetails->setCurrentIndex(0);
    m_testedChannel = c->name;
    m_testView->showRunning(tr("Sending a test alert through %1...").arg(c->name));
    m_running =
        m_controller->testChannel(c->name, this, [this](const Result<notifier::DeliveryResult> &result) {
            m_running.reset();
            if (result)
                m_testView->showResult(*result);
            else
                m_testView->showError(result.error());
            m_testView->statusLabel()->setText(
                tr("%1: %2").arg(m_testedChannel, m_testView->statusLabel()->text()));
            m_testView->statusLabel()->show();
            Q_EMIT statusMessage(result && result->ok()
                                     ? tr("Test alert delivered through %1").arg(m_testedChannel)
                                     : tr("Test alert through %1 failed").arg(m_testedChannel));
            updateActions();
        });
    updateActions();
}

void AlertsPage::onAlertsLoaded(const QList<store::AlertRecord> &alerts)
{
    const qint64 keep =
        m_alerts->currentItem() ? m_alerts->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_alerts->clear();
    QTreeWidgetItem *selected = nullptr;
    for (const auto &a : alerts) {
        QStringList counts;
        if (a.sent)
            counts << tr("%n sent", nullptr, a.sent);
        if (a.failed)
            counts << tr("%n failed", nullptr, a.failed);
        if (a.queued)
            counts << tr("%n queued", nullptr, a.queued);
        auto *item = new QTreeWidgetItem(
            m_alerts,
            {shortTime(a.raisedAt), alertKindText(a.kind), alertKindText(a.severity), a.subject,
             counts.isEmpty() ? tr("none") : counts.join(QStringLiteral(", ")), shortTime(a.resolvedAt)});
        item->setData(0, Qt::UserRole, a.id);
        item->setToolTip(3, a.subject);
        if (a.failed)
            item->setForeground(4, ErrorColour);
        if (a.severity == QLatin1String("critical"))
            item->setForeground(2, ErrorColour);
        if (a.id == keep)
            selected = item;
    }
    // The deliveries pane shows the newest alert's until another is chosen.
    if (!selected)
        selected = m_alerts->topLevelItem(0);
    if (selected)
        m_alerts->setCurrentItem(selected);
    loadAlertDeliveries();
}

void AlertsPage::loadAlertDeliveries()
{
    const auto *item = m_alerts->currentItem();
    if (!item) {
        m_alertDeliveries->clear();
        return;
    }
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    m_controller->loadAlertDeliveries(id, m_alertDeliveries,
                                      [this, id](const Result<QList<store::AlertDelivery>> &deliveries) {
                                          const auto *now = m_alerts->currentItem();
                                          if (now && now->data(0, Qt::UserRole).toLongLong() == id)
                                              fillDeliveries(m_alertDeliveries, deliveries, true);
                                      });
}

void AlertsPage::onDigestLoaded(const DigestOverview &overview)
{
    m_savedSchedule = overview.schedule.text;
    m_schedule->setText(m_savedSchedule);
    checkSchedule();
    m_nextDue->setText(!overview.schedule.enabled() ? tr("never: the schedule is off")
                       : overview.recipients.isEmpty()
                           ? tr("%1, once a channel receives it").arg(shortTime(overview.nextDue))
                           : shortTime(overview.nextDue));
    QStringList names;
    for (const auto &r : overview.recipients)
        names << r.name;
    m_recipients->setText(names.isEmpty()
                              ? tr("No channel receives the digest yet: tick \"Receives the digest\" "
                                   "on an e-mail channel.")
                              : names.join(QStringLiteral(", ")));
    m_sendNow->setEnabled(m_controller->hasContext());
}

void AlertsPage::checkWindows()
{
    // Nothing is loaded yet without an inventory: no error for the empty field.
    const auto days = core::AlertService::parseWindows(m_windows->text());
    m_windowsError->setText(days ? QString() : days.error().message);
    m_windowsError->setVisible(!days && m_controller->hasContext());
    m_saveWindows->setEnabled(m_controller->hasContext() && days &&
                              core::AlertService::formatWindows(*days) != m_savedWindows);
}

void AlertsPage::checkSchedule()
{
    const auto schedule = core::DigestService::parseSchedule(m_schedule->text());
    m_scheduleError->setText(schedule ? QString() : schedule.error().message);
    m_scheduleError->setVisible(!schedule && m_controller->hasContext());
    m_saveSchedule->setEnabled(m_controller->hasContext() && schedule && schedule->text != m_savedSchedule);
}

void AlertsPage::updateActions()
{
    const bool ready = m_controller->hasContext();
    const auto c = current();
    m_add->setEnabled(ready);
    m_refresh->setEnabled(ready);
    m_change->setEnabled(ready && c.has_value());
    m_test->setEnabled(ready && c.has_value() && !m_running);
    m_toggle->setEnabled(ready && c.has_value());
    m_toggle->setText(c && c->enabled ? tr("Disa&ble") : tr("&Enable"));
    m_delete->setEnabled(ready && c.has_value());
    m_runRules->setEnabled(ready);
    m_sendNow->setEnabled(ready);
    checkWindows();
    checkSchedule();
}

} // namespace certdesk::ui
