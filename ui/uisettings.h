// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace certdesk::ui {

/// This user's console preferences on this machine (QSettings): language, window layout, the
/// database the console opens, the expiry warning window, the last folder used.
namespace UiSettings {
/// "" follows the system locale; otherwise a language code such as "de" or "en".
QString language();
void setLanguage(const QString &code);
int expiringDays();
void setExpiringDays(int days);
QString lastDirectory();
void setLastDirectory(const QString &dir);
/// The SQLite file or PostgreSQL URL (never with a password) the console opens; both empty = default.
QString databasePath();
QString databaseUrl();
void setDatabase(const QString &sqlitePath, const QString &postgresUrl);
QByteArray windowState(const QString &name);
void setWindowState(const QString &name, const QByteArray &state);
} // namespace UiSettings

} // namespace certdesk::ui
