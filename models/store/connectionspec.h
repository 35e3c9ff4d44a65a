// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QString>

namespace certdesk::store {

/// Which database the inventory lives in: an embedded SQLite file, or a PostgreSQL server that
/// several consoles share (team mode).
struct ConnectionSpec
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString password; ///< never logged or shown; displayName() leaves it out
    QString options;  ///< libpq connect options as key=value pairs joined by ';', e.g. "sslmode=require"

    /// An embedded SQLite file.
    static ConnectionSpec sqlite(const QString &path);
    /// Parses "postgresql://user[:password]@host[:port]/dbname[?key=value&...]" (also "postgres://").
    /// Query parameters become libpq options. A malformed URL is an Error that says what is wrong.
    static Result<ConnectionSpec> fromPostgresUrl(const QString &url);
    /// Where the data is, for titles and messages: the file path, or "user@host:port/db". No password.
    QString displayName() const;
};

} // namespace certdesk::store
