// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/uisettings.h"

#include "models/domain/certificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

namespace certdesk::ui::UiSettings {

QString language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

int expiringDays()
{
    const int days =
        QSettings().value(QStringLiteral("inventory/expiringDays"), domain::DefaultExpiringDays).toInt();
    return days > 0 ? days : domain::DefaultExpiringDays;
}

void setExpiringDays(int days)
{
    QSettings().setValue(QStringLiteral("inventory/expiringDays"), days);
}

QString lastDirectory()
{
    return QSettings().value(QStringLiteral("ui/lastDirectory"), QDir::homePath()).toString();
}

void setLastDirectory(const QString &dir)
{
    QSettings().setValue(QStringLiteral("ui/lastDirectory"), dir);
}

QString databasePath()
{
    return QSettings().value(QStringLiteral("database/sqlitePath")).toString();
}

QString databaseUrl()
{
    return QSettings().value(QStringLiteral("database/postgresUrl")).toString();
}

void setDatabase(const QString &sqlitePath, const QString &postgresUrl)
{
    QSettings s;
    s.setValue(QStringLiteral("database/sqlitePath"), sqlitePath);
    s.setValue(QStringLiteral("database/postgresUrl"), postgresUrl);
}

bool minimiseToTray()
{
    return QSettings().value(QStringLiteral("tray/minimiseToTray"), false).toBool();
}

void setMinimiseToTray(bool on)
{
    QSettings().setValue(QStringLiteral("tray/minimiseToTray"), on);
}

namespace {
/// A settings key for an inventory name (a path or URL holds characters QSettings treats as groups).
QString inventoryKey(const QString &inventory)
{
    return QStringLiteral("tray/notifiedUntil/") +
           QString::fromLatin1(
               QCryptographicHash::hash(inventory.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

QDateTime notifiedUntil(const QString &inventory)
{
    const QVariant value = QSettings().value(inventoryKey(inventory));
    return value.isValid() ? QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC) : QDateTime();
}

void setNotifiedUntil(const QString &inventory, const QDateTime &until)
{
    QSettings().setValue(inventoryKey(inventory), qlonglong(until.toSecsSinceEpoch()));
}

void removeObsoleteKeys()
{
    QSettings settings;
    if (settings.contains(QStringLiteral("tray/warningWindows")))
        settings.remove(QStringLiteral("tray/warningWindows"));
}

QByteArray windowState(const QString &name)
{
    return QSettings().value(QStringLiteral("layout/") + name).toByteArray();
}

void setWindowState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("layout/") + name, state);
}

} // namespace certdesk::ui::UiSettings
