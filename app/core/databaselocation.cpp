// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace certdesk::core {

QString defaultSqlitePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("certdesk/inventory.sqlite"));
}

Result<store::ConnectionSpec> resolveDatabase(const QString &sqlitePath, const QString &postgresUrl)
{
    if (!sqlitePath.isEmpty() && !postgresUrl.isEmpty())
        return Error{QCoreApplication::translate("certdesk", "Give either a SQLite file or a PostgreSQL URL, not both.")};
    if (!postgresUrl.isEmpty())
        return store::ConnectionSpec::fromPostgresUrl(postgresUrl);
    if (!sqlitePath.isEmpty())
        return store::ConnectionSpec::sqlite(sqlitePath);
    if (const auto url = qEnvironmentVariable("CERTDESK_PG_URL"); !url.isEmpty())
        return store::ConnectionSpec::fromPostgresUrl(url);
    if (const auto path = qEnvironmentVariable("CERTDESK_DB"); !path.isEmpty())
        return store::ConnectionSpec::sqlite(path);
    return store::ConnectionSpec::sqlite(defaultSqlitePath());
}

} // namespace certdesk::core
