// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/store: the statements of the hot paths (the job queue, issuance) prepared once
// per connection and reused, and the in-process write lock of a SQLite inventory.

#include "models/domain/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>

namespace certdesk::store::detail {

/// How long a writer waits for the write lock, in ms: SQLite's busy_timeout and the in-process lock.
inline constexpr int BusyTimeoutMs = 5000;

/// What execPrepared() got back: the values of the first row (when the statement returned one) and
/// the number of rows the statement changed.
struct PreparedResult
{
    bool hasRow = false;
    QVariantList row;
    int rowsAffected = 0;

    /// The first row's value in `column`; an invalid QVariant when there was no row.
    QVariant value(int column) const { return row.value(column); }
};

/// Runs one statement of a hot path with positional `?` bindings, as runQuery() does, but on SQLite
/// through the connection's cache of prepared statements: a statement is prepared once per
/// connection and SQL text and then only re-bound (preparing is a fifth of the SQL time of a job).
/// Reads the first row at most and resets the statement before it returns, so that nothing stays
/// locked (an INSERT or UPDATE ... RETURNING holds SQLite's write lock until its statement is reset).
/// A write outside a Transaction takes the database's in-process write lock (see lockForWriting) for
/// its duration. On PostgreSQL it is runQuery() plus the reading of the first row.
Result<PreparedResult> execPrepared(QSqlDatabase db, const QString &sql, const QVariantList &bindings,
                                    const QString &what);

/// Runs a statement without bindings and without rows (BEGIN IMMEDIATE, SAVEPOINT, RELEASE, COMMIT,
/// ROLLBACK) through the same cache. False with the driver's error in `error` when it failed.
bool execCommand(const QSqlDatabase &db, const QString &sql, QSqlError &error);

/// Gives a SQLite connection the write lock shared by all connections of one Database. Writers of
/// one process then queue on this lock instead of polling SQLite's lock with the busy handler,
/// which sleeps 1, 2, 5, 10 ... ms between tries and so leaves a core idle while a commit that takes
/// a fraction of a millisecond finishes. Other processes are still kept out by SQLite's own lock.
void attachWriteLock(const QSqlDatabase &db, std::shared_ptr<QMutex> lock);

/// Takes the connection's write lock, waiting up to BusyTimeoutMs. Returns the lock to unlock
/// later; nullptr when the connection has none (PostgreSQL, or a connection that Database did not
/// open), or an Error (a timeout, in SQLite's words) when another writer kept it too long.
Result<std::shared_ptr<QMutex>> lockForWriting(const QSqlDatabase &db);

/// The driver's error text (its text, else the database's own), for Error::detail.
QString driverText(const QSqlError &error);

/// How many Transaction guards are open on the connection (0: autocommit).
int transactionDepth(const QSqlDatabase &db);
/// Records the number of open Transaction guards on the connection.
void setTransactionDepth(const QSqlDatabase &db, int depth);

} // namespace certdesk::store::detail
