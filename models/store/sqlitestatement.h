// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/store: bulk writes on a Qt SQLite connection through the SQLite C API.

#include "models/domain/result.h"

#include <QSqlDatabase>
#include <QVariant>

#include <memory>

struct sqlite3_stmt;

namespace certdesk::store::detail {

/// One prepared statement on the sqlite3 handle behind a QSQLITE connection, run many times with
/// new values. Qt's QSqlQuery::bindValue costs about 2,000 instructions a value (it formats a
/// placeholder name for each), which dominates a scan that writes 100,000 values; this binds
/// directly. Only for QSQLITE connections, on the thread that owns the connection.
class SqliteStatement final
{
public:
    /// Null result when `db` is not a SQLite connection; an Error when the SQL does not prepare.
    static Result<std::unique_ptr<SqliteStatement>> prepare(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Binds the values (null, integers, QByteArray as a blob, anything else as text), runs the
    /// statement and returns its rows (RETURNING ...) as variants; resets it for the next run.
    Result<QList<QVariantList>> run(const QVariantList &values);

private:
    explicit SqliteStatement(sqlite3_stmt *statement) : m_statement(statement) {}
    sqlite3_stmt *m_statement;
};

} // namespace certdesk::store::detail
