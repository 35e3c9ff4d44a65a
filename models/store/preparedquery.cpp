// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/preparedquery.h"

#include "models/store/database.h"

#include <QCoreApplication>
#include <QObject>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <unordered_map>

namespace certdesk::store::detail {

namespace {

/// Dynamic property on a connection's driver that points to its ConnectionState.
constexpr const char *StateProperty = "certdesk_connection_state";

/// More distinct statements than this on one connection empty the cache (the hot paths use a few
/// dozen; a caller that builds SQL text from data must not make the cache grow without end).
constexpr size_t MaxCachedStatements = 128;

/// A prepared statement and the number of columns of its rows (counted on first use).
struct CachedStatement
{
    QSqlQuery query;
    int columns = -1;
};

/// What CertDesk keeps per connection. A child of the connection's driver: it lives exactly as long
/// as the connection and, like it, is only used by the thread that owns the connection. When the
/// connection is removed, the driver finalizes the prepared statements first (QSQLiteDriver::close),
/// then this object and its QSqlQuery objects go.
class ConnectionState final : public QObject
{
public:
    explicit ConnectionState(QSqlDriver *driver) : QObject(driver) {}

    std::unordered_map<QString, CachedStatement> statements;
    std::shared_ptr<QMutex> writeLock;
    int transactionDepth = 0;
};

ConnectionState *stateOf(const QSqlDatabase &db, bool create)
{
    QSqlDriver *driver = db.driver();
    if (!driver)
        return nullptr;
    if (const QVariant state = driver->property(StateProperty); state.isValid())
        return static_cast<ConnectionState *>(state.value<QObject *>());
    if (!create)
        return nullptr;
    auto *state = new ConnectionState(driver);
    driver->setProperty(StateProperty, QVariant::fromValue<QObject *>(state));
    return state;
}

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

/// Every hot statement that only reads starts with SELECT.
bool isWrite(const QString &sql)
{
    return !sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive);
}

Error failure(const QString &what, const QString &detail)
{
    return Error{QCoreApplication::translate("certdesk", "Could not %1.").arg(what), detail};
}

/// The connection's prepared statement for `sql`, prepared now when it is not cached yet.
using StatementMap = std::unordered_map<QString, CachedStatement>;

Result<StatementMap::iterator> cachedStatement(ConnectionState &state, const QSqlDatabase &db,
                                               const QString &sql)
{
    if (auto it = state.statements.find(sql); it != state.statements.end())
        return it;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{{}, driverText(query.lastError())};
    if (state.statements.size() >= MaxCachedStatements)
        state.statements.clear();
    return state.statements.emplace(sql, CachedStatement{std::move(query), -1}).first;
}

} // namespace

QString driverText(const QSqlError &error)
{
    QString text = error.text().trimmed();
    if (text.isEmpty())
        text = error.databaseText().trimmed();
    return text;
}

Result<PreparedResult> execPrepared(QSqlDatabase db, const QString &sql, const QVariantList &bindings,
                                    const QString &what)
{
    PreparedResult out;
    if (!isSqlite(db)) {
        // PostgreSQL: runQuery() sends the statement with its values inlined, in one round trip.
        auto q = runQuery(std::move(db), sql, bindings, what);
        if (!q)
            return q.error();
        if (q->next()) {
            out.hasRow = true;
            const int columns = q->record().count();
            out.row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                out.row << q->value(c);
        }
        out.rowsAffected = q->numRowsAffected();
        q->finish();
        return out;
    }

    ConnectionState *state = stateOf(db, true);
    if (!state || !db.isOpen())
        return failure(what, QStringLiteral("the database connection is not open"));
    std::shared_ptr<QMutex> locked;
    if (state->transactionDepth == 0 && isWrite(sql)) {
        auto lock = lockForWriting(db);
        if (!lock)
            return failure(what, lock.error().detail);
        locked = std::move(lock).value();
    }
    const auto unlock = qScopeGuard([&locked] {
        if (locked)
            locked->unlock();
    });

    auto statement = cachedStatement(*state, db, sql);
    if (!statement)
        return failure(what, statement.error().detail);
    const auto it = *statement;
    QSqlQuery &q = it->second.query;
    for (qsizetype i = 0; i < bindings.size(); ++i)
        q.bindValue(int(i), bindings.at(i));
    if (!q.exec()) {
        // A failed statement is dropped: SQLite reports its error again on the next reset.
        const QString detail = driverText(q.lastError());
        state->statements.erase(it);
        return failure(what, detail);
    }
    if (q.next()) {
        if (it->second.columns < 0)
            it->second.columns = q.record().count();
        out.hasRow = true;
        out.row.reserve(it->second.columns);
        for (int c = 0; c < it->second.columns; ++c)
            out.row << q.value(c);
    }
    // Reset (not finalized): the write is complete and its lock released.
    q.finish();
    out.rowsAffected = q.numRowsAffected();
    return out;
}

bool execCommand(const QSqlDatabase &db, const QString &sql, QSqlError &error)
{
    ConnectionState *state = isSqlite(db) ? stateOf(db, true) : nullptr;
    if (!state) {
        // PostgreSQL cannot prepare SAVEPOINT and the like.
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        error = q.lastError();
        return false;
    }
    auto statement = cachedStatement(*state, db, sql);
    if (!statement) {
        error = QSqlError(statement.error().detail, {}, QSqlError::StatementError);
        return false;
    }
    const auto it = *statement;
    if (!it->second.query.exec()) {
        error = it->second.query.lastError();
        state->statements.erase(it);
        return false;
    }
    it->second.query.finish();
    return true;
}

void attachWriteLock(const QSqlDatabase &db, std::shared_ptr<QMutex> lock)
{
    if (ConnectionState *state = stateOf(db, true))
        state->writeLock = std::move(lock);
}

Result<std::shared_ptr<QMutex>> lockForWriting(const QSqlDatabase &db)
{
    ConnectionState *state = stateOf(db, false);
    if (!state || !state->writeLock)
        return std::shared_ptr<QMutex>();
    if (!state->writeLock->tryLock(BusyTimeoutMs))
        return Error{{},
                     QStringLiteral("database is locked (another thread of this program kept writing for "
                                    "%1 s)")
                         .arg(BusyTimeoutMs / 1000)};
    return state->writeLock;
}

int transactionDepth(const QSqlDatabase &db)
{
    const ConnectionState *state = stateOf(db, false);
    return state ? state->transactionDepth : 0;
}

void setTransactionDepth(const QSqlDatabase &db, int depth)
{
    if (ConnectionState *state = stateOf(db, true))
        state->transactionDepth = depth;
}

} // namespace certdesk::store::detail
