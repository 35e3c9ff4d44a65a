// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/uisettings.h"

#include "models/domain/certificate.h"

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
    const int days = QSettings().value(QStringLiteral("inventory/expiringDays"), domain::DefaultExpiringDays).toInt();
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

QByteArray windowState(const QString &name)
{
    return QSettings().value(QStringLiteral("layout/") + name).toByteArray();
}

void setWindowState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("layout/") + name, state);
}

} // namespace certdesk::ui::UiSettings
