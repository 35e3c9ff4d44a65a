// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"
#include "models/store/connectionspec.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace certdesk::store {

/// The newest schema version this build knows. A database with a higher version is refused.
int latestSchemaVersion();

/// The inventory database. Opening it runs the pending migrations (each in its own transaction,
/// with its version recorded in `schema_version`) and refuses a database newer than this program.
/// SQLite files are opened in WAL mode with foreign keys on.
///
/// Thread-safe: connection() hands every thread its own named QSqlDatabase connection, opened on
/// first use; connections are never shared between threads. On SQLite the connections of one
/// Database share an in-process write lock: a Transaction, and a write of the job queue or of
/// issuance outside one, waits on it (up to the busy timeout of 5 s) instead of on SQLite's busy
/// handler, which sleeps for milliseconds between tries.
class Database final
{
public:
    /// Opens (creating a SQLite file and its directory when missing) and migrates. Errors say what to
    /// do: a file that is not a database, a server that refuses the login, a schema newer than this build.
    static Result<std::shared_ptr<Database>> open(const ConnectionSpec &spec);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The calling thread's connection, opened on first use. Check isOpen() when a thread may be new.
    QSqlDatabase connection();
    const ConnectionSpec &spec() const { return m_spec; }
    bool isPostgres() const { return m_spec.backend == ConnectionSpec::Backend::Postgres; }
    /// The schema version stored in the database (0 before the first migration, -1 when unreadable).
    int schemaVersion();
    /// Closes and forgets the calling thread's connection (call before a worker thread ends, or not:
    /// the destructor removes every connection this object made).
    void releaseThreadConnection();

private:
    explicit Database(ConnectionSpec spec);
    Result<QSqlDatabase> openConnection(const QString &name);

    ConnectionSpec m_spec;
    QString m_instanceId;
    QMutex m_mutex;
    QHash<Qt::HANDLE, QString> m_connectionNames;
    std::shared_ptr<QMutex> m_writeLock; ///< SQLite only: held by the one writer of this Database
};

/// Rolls back in its destructor unless commit() succeeded. One per unit of work; repositories
/// called inside share the same connection and so the same transaction.
/// Nests: a Transaction opened while another is active on the same connection is a savepoint, so
/// a failed inner unit (a repository call that writes several rows) is undone alone. On SQLite the
/// outermost one takes the Database's in-process write lock and then runs BEGIN IMMEDIATE (SQLite's
/// write lock at once, waiting up to busy_timeout for other processes); both are held until it
/// commits or rolls back. Don't mix with QSqlDatabase::transaction() on the same connection.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN failed; the error is then in error().
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    /// Gives back the in-process write lock, if this guard holds it.
    void unlockWrites();

    QSqlDatabase m_db;
    bool m_active = false;
    int m_depth = 0; ///< 1 for the outermost transaction, more for a nested one (a savepoint)
    Error m_error;
    std::shared_ptr<QMutex> m_writeLock; ///< held while the outermost SQLite transaction is open
};

/// Prepares and runs one statement with positional `?` bindings. The Error names what failed
/// (`what`, a user-readable phrase such as "save the certificate"; the message is "Could not <what>.")
/// and carries the driver's text as detail. Without bindings the statement is run as it is (PostgreSQL
/// cannot prepare DDL, SAVEPOINT or SET). On SQLite the statement is prepared and the query is
/// forward-only; on PostgreSQL the driver formats the values into the statement as literals (as Qt's
/// own EXECUTE does) and the whole result is fetched at once, so another query may run on the
/// connection while this one's rows are read. A `?` inside quotes is not a placeholder.
Result<QSqlQuery> runQuery(QSqlDatabase db, const QString &sql, const QVariantList &bindings,
                           const QString &what);

/// Epoch seconds (UTC) for storage, and back. Invalid QDateTime maps to NULL and back.
QVariant toDbTime(const QDateTime &t);
QDateTime fromDbTime(const QVariant &v);

} // namespace certdesk::store
