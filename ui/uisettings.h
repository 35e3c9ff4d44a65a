// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace certdesk::ui {

/// This user's console preferences on this machine (QSettings): language, window layout, the
/// database the console opens, the "expiring" highlight window, the last folder used. The warning
/// windows of alerts and tray notifications belong to the inventory (core::AlertService::windows()).
namespace UiSettings {
/// "" follows the system locale; otherwise a language code such as "de" or "en".
QString language();
void setLanguage(const QString &code);
/// Certificates expiring within this many days show as "Expiring" (inventory, dashboard, tray badge).
int expiringDays();
void setExpiringDays(int days);
QString lastDirectory();
void setLastDirectory(const QString &dir);
/// The SQLite file or PostgreSQL URL (never with a password) the console opens; both empty = default.
QString databasePath();
QString databaseUrl();
void setDatabase(const QString &sqlitePath, const QString &postgresUrl);
/// Closing the window hides it in the system tray (the job runner and the renewal scheduler keep running).
bool minimiseToTray();
void setMinimiseToTray(bool on);
/// Up to when the tray has notified about the inventory named `inventory` (what entered a warning
/// window or failed before it was told already); invalid when it never has.
QDateTime notifiedUntil(const QString &inventory);
void setNotifiedUntil(const QString &inventory, const QDateTime &until);
/// Removes keys earlier versions kept (`tray/warningWindows`: the tray now warns at the inventory's
/// alert windows, core::AlertService::windows()).
void removeObsoleteKeys();
QByteArray windowState(const QString &name);
void setWindowState(const QString &name, const QByteArray &state);
} // namespace UiSettings

} // namespace certdesk::ui
