// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/traycontroller.h"

#include "models/item/jobtablemodel.h"
#include "ui/dashboardcontroller.h"
#include "ui/uisettings.h"
#include "ui/widgets/dashboardpalette.h"

#include <QApplication>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>
#include <QWidget>

namespace certdesk::ui {

namespace {

constexpr int NotificationMs = 15000;
/// Names listed per group in a notification before "and N more".
constexpr int NamesPerLine = 3;

QString windowName(int days)
{
    if (days == 0)
        return TrayController::tr("Expired");
    return days == 1 ? TrayController::tr("Within 1 day") : TrayController::tr("Within %1 days").arg(days);
}

/// "a, b, c and 4 more".
QString nameList(const QStringList &names, qint64 total)
{
    QString text = names.mid(0, NamesPerLine).join(QStringLiteral(", "));
    const qint64 more = total - std::min<qint64>(NamesPerLine, names.size());
    if (more > 0)
        text += u' ' + TrayController::tr("and %1 more").arg(more);
    return text;
}

QString day(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat);
}

std::optional<TrayNotification> certificateNotification(const domain::DashboardSnapshot &snapshot)
{
    const auto &entered = snapshot.enteredWindows;
    if (entered.isEmpty())
        return std::nullopt;
    TrayNotification n;
    n.kind = TrayNotification::Kind::Certificates;
    if (snapshot.enteredWindowsTotal <= 1) {
        const auto &c = entered.first();
        n.critical = c.windowDays <= domain::UrgencyDays[0];
        if (c.windowDays == 0) {
            n.title = TrayController::tr("Certificate expired");
            n.message = TrayController::tr("%1 expired on %2.").arg(c.commonName, day(c.notAfter));
        } else {
            n.title = c.windowDays == 1
                          ? TrayController::tr("Certificate expires within 1 day")
                          : TrayController::tr("Certificate expires within %1 days").arg(c.windowDays);
            n.message = TrayController::tr("%1 expires on %2.").arg(c.commonName, day(c.notAfter));
        }
        return n;
    }
    // One line per window, the most urgent first.
    QMap<int, QStringList> byWindow;
    for (const auto &c : entered) {
        byWindow[c.windowDays] << c.commonName;
        n.critical = n.critical || c.windowDays <= domain::UrgencyDays[0];
    }
    QStringList lines;
    for (auto it = byWindow.cbegin(); it != byWindow.cend(); ++it)
        lines << QStringLiteral("%1: %2").arg(windowName(it.key()), nameList(it.value(), it.value().size()));
    if (const qint64 unlisted = snapshot.enteredWindowsTotal - entered.size(); unlisted > 0)
        lines << TrayController::tr("... and %1 more").arg(unlisted);
    n.title =
        TrayController::tr("Certificates entering a warning window: %1").arg(snapshot.enteredWindowsTotal);
    n.message = lines.join(u'\n');
    return n;
}

std::optional<TrayNotification> jobNotification(const domain::DashboardSnapshot &snapshot)
{
    const auto &failed = snapshot.failedSince;
    if (failed.isEmpty())
        return std::nullopt;
    TrayNotification n;
    n.kind = TrayNotification::Kind::Jobs;
    n.critical = true;
    n.title = snapshot.failedSinceTotal <= 1
                  ? TrayController::tr("Job failed")
                  : TrayController::tr("Jobs failed: %1").arg(snapshot.failedSinceTotal);
    QStringList lines;
    for (int i = 0; i < std::min<qsizetype>(NamesPerLine, failed.size()); ++i)
        lines << QStringLiteral("%1: %2").arg(item::jobKindDisplayName(failed[i].kind), failed[i].message);
    if (const qint64 more = snapshot.failedSinceTotal - std::min<qint64>(NamesPerLine, failed.size());
        more > 0)
        lines << TrayController::tr("... and %1 more").arg(more);
    n.message = lines.join(u'\n');
    return n;
}

/// A plain certificate: a sheet with a seal, for when the application has no icon (tests, CLI builds).
void drawFallbackIcon(QPainter &p, int size)
{
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(DashboardPalette::managed());
    p.drawRoundedRect(QRectF(s * 0.08, s * 0.14, s * 0.84, s * 0.66), s * 0.08, s * 0.08);
    p.setBrush(Qt::white);
    for (int line = 0; line < 3; ++line)
        p.drawRect(QRectF(s * 0.18, s * (0.26 + 0.12 * line), s * 0.4, s * 0.05));
    p.setBrush(DashboardPalette::urgency(domain::ExpiryUrgency::Within30Days));
    p.drawEllipse(QPointF(s * 0.72, s * 0.66), s * 0.14, s * 0.14);
}

} // namespace

TrayController::TrayController(DashboardController *dashboard, QWidget *window, QObject *parent)
    : QObject(parent), m_dashboard(dashboard), m_window(window)
{
    m_icon = badgeIcon(QApplication::windowIcon(), 0);
    m_toolTip = tr("CertDesk");
    if (isAvailable()) {
        m_menu = new QMenu(window);
        m_menu->addAction(tr("&Show CertDesk"), this, &TrayController::showWindow);
        m_menu->addAction(tr("&Dashboard"), this, [this] {
            showWindow();
            Q_EMIT dashboardRequested();
        });
        m_menu->addSeparator();
        m_menu->addAction(tr("&Quit CertDesk"), this, &TrayController::quitRequested);
        m_tray = new QSystemTrayIcon(m_icon, this);
        m_tray->setToolTip(m_toolTip);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason != QSystemTrayIcon::Trigger && reason != QSystemTrayIcon::DoubleClick)
                return;
            if (m_window->isVisible() && !m_window->isMinimized())
                m_window->hide();
            else
                showWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showWindow();
            Q_EMIT dashboardRequested();
        });
        m_tray->show();
    }
    connect(m_dashboard, &DashboardController::snapshotReady, this, &TrayController::onSnapshot);
    setMinimiseToTray(UiSettings::minimiseToTray());
    UiSettings::removeObsoleteKeys();
}

TrayController::~TrayController()
{
    // The application may go on (tests make several windows): leave it quitting as Qt does by default.
    QApplication::setQuitOnLastWindowClosed(true);
}

bool TrayController::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::watchInventory(const QString &inventory)
{
    m_inventory = inventory;
    QDateTime since = UiSettings::notifiedUntil(inventory);
    if (!since.isValid()) {
        // First time: what happened before CertDesk watched is not news; the badge shows it anyway.
        since = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        UiSettings::setNotifiedUntil(inventory, since);
    }
    m_dashboard->setAlertsSince(since);
}

void TrayController::setMinimiseToTray(bool on)
{
    m_minimiseToTray = on;
    // A hidden main window must not end the application when a dialog closes.
    QApplication::setQuitOnLastWindowClosed(!hidesOnClose());
}

bool TrayController::hidesOnClose() const
{
    return m_minimiseToTray && m_tray && m_tray->isVisible();
}

void TrayController::hideWindow()
{
    m_window->hide();
    if (!m_hintShown && m_tray) {
        m_hintShown = true;
        m_tray->showMessage(
            tr("CertDesk is still running"),
            tr("Jobs and renewals go on. Use the tray icon to show the window, or its menu to quit."),
            QSystemTrayIcon::Information, NotificationMs);
    }
}

void TrayController::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

QString TrayController::toolTipFor(const domain::DashboardSnapshot &snapshot)
{
    const qint64 attention = domain::attentionCount(snapshot.totals);
    if (attention == 0)
        return tr("CertDesk - nothing needs attention");
    return tr("CertDesk - needs attention: %1").arg(QLocale().toString(attention)) + u'\n' +
           attentionParts(snapshot).join(QStringLiteral(", "));
}

QList<TrayNotification> TrayController::notificationsFor(const domain::DashboardSnapshot &snapshot)
{
    QList<TrayNotification> out;
    if (auto n = certificateNotification(snapshot))
        out << *n;
    if (auto n = jobNotification(snapshot))
        out << *n;
    return out;
}

QIcon TrayController::badgeIcon(const QIcon &base, qint64 count, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QPixmap basePixmap = base.isNull() ? QPixmap() : base.pixmap(size, size);
    if (basePixmap.isNull())
        drawFallbackIcon(p, size);
    else
        p.drawPixmap(QRect(0, 0, size, size), basePixmap);
    if (count > 0) {
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        const qreal d = size * (text.size() > 2 ? 0.62 : 0.54);
        const QRectF badge(size - d, 0, d, d);
        p.setPen(QPen(Qt::white, std::max(1.0, size / 32.0)));
        p.setBrush(DashboardPalette::failure());
        p.drawEllipse(badge.adjusted(0.5, 0.5, -0.5, -0.5));
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(d * (text.size() > 2 ? 0.4 : text.size() > 1 ? 0.5 : 0.62))));
        p.setFont(font);
        p.drawText(badge, Qt::AlignCenter, text);
    }
    p.end();
    return QIcon(pixmap);
}

void TrayController::onSnapshot(const domain::DashboardSnapshot &snapshot)
{
    const qint64 attention = domain::attentionCount(snapshot.totals);
    m_toolTip = toolTipFor(snapshot);
    if (attention != m_attention) {
        m_attention = attention;
        m_icon = badgeIcon(QApplication::windowIcon(), attention);
        if (m_tray)
            m_tray->setIcon(m_icon);
    }
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
    if (!snapshot.alertsSince || m_inventory.isEmpty())
        return;
    const auto notifications = notificationsFor(snapshot);
    if (m_tray && !notifications.isEmpty()) {
        // One bubble: a second one would replace the first on most desktops.
        QString message = notifications.first().message;
        bool critical = notifications.first().critical;
        for (qsizetype i = 1; i < notifications.size(); ++i) {
            message += QStringLiteral("\n\n") + notifications[i].title + u'\n' + notifications[i].message;
            critical = critical || notifications[i].critical;
        }
        m_tray->showMessage(notifications.first().title, message,
                            critical ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            NotificationMs);
    }
    for (const auto &n : notifications)
        Q_EMIT notified(n);
    UiSettings::setNotifiedUntil(m_inventory, snapshot.computedAt);
}

} // namespace certdesk::ui
