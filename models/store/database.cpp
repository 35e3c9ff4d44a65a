// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/database.h"

#include "models/store/migrations.h"
#include "models/store/preparedquery.h"
#include "models/store/schemasnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QThread>

#include <atomic>

namespace certdesk::store {

namespace {

using detail::driverText;

std::atomic<quint64> nextInstance{1};
std::atomic<quint64> nextConnection{1};

/// What every connection name of this Database instance and the calling thread starts with. The
/// QThread object is part of it so that a thread reusing a finished thread's id is told apart.
QString connectionPrefix(const QString &instanceId)
{
    return QStringLiteral("certdesk-%1-%2-%3-")
        .arg(instanceId)
        .arg(quintptr(QThread::currentThreadId()), 0, 16)
        .arg(quintptr(QThread::currentThread()), 0, 16);
}

/// Unique per Database instance and thread; the counter keeps names unique even so.
QString connectionName(const QString &instanceId)
{
    return connectionPrefix(instanceId) + QString::number(nextConnection.fetch_add(1));
}

/// Removes the password from driver text, should a driver ever echo it.
QString scrubbed(QString text, const QString &password)
{
    if (password.size() >= 3)
        text.replace(password, QStringLiteral("***"));
    return text;
}

/// Removing a connection deletes its driver, which closes it. (QSqlDatabase::database() is not
/// used here: it refuses, with a warning, a connection that another thread opened.)
void dropConnection(const QString &name)
{
    QSqlDatabase::removeDatabase(name);
}

Error postgresConnectError(const ConnectionSpec &spec, const QString &detail)
{
    const QString server = spec.host + u':' + QString::number(spec.port);
    const QString lower = detail.toLower();
    const QString user =
        spec.user.isEmpty() ? QCoreApplication::translate("certdesk", "(default)") : spec.user;
    if (lower.contains(QLatin1String("no password supplied"))) {
        return Error{QCoreApplication::translate(
                         "certdesk", "The PostgreSQL server at %1 asks for a password for user %2: enter it")
                         .arg(server, user),
                     detail, ErrorCode::PasswordRequired};
    }
    if (lower.contains(QLatin1String("password authentication failed"))) {
        return Error{QCoreApplication::translate(
                         "certdesk",
                         "The PostgreSQL server at %1 refused the login of user %2: check the user "
                         "name and password")
                         .arg(server, user),
                     detail, ErrorCode::WrongPassword};
    }
    if (lower.contains(QLatin1String("authentication")) || lower.contains(QLatin1String("pg_hba.conf")) ||
        (lower.contains(QLatin1String("role")) && lower.contains(QLatin1String("does not exist"))) ||
        lower.contains(QLatin1String("permission denied"))) {
        return Error{QCoreApplication::translate(
                         "certdesk",
                         "The PostgreSQL server at %1 refused the login of user %2: check the user "
                         "name and password, and ask its administrator to allow this user")
                         .arg(server, user),
                     detail};
    }
    if (lower.contains(QLatin1String("database")) && lower.contains(QLatin1String("does not exist"))) {
        return Error{QCoreApplication::translate(
                         "certdesk",
                         "The database %1 does not exist on the PostgreSQL server at %2: check its "
                         "name or ask the server's administrator to create it")
                         .arg(spec.databaseName, server),
                     detail};
    }
    return Error{QCoreApplication::translate(
                     "certdesk",
                     "Cannot connect to the PostgreSQL server at %1: check that it is running and "
                     "reachable, and the server name and port")
                     .arg(server),
                 detail};
}

} // namespace

int latestSchemaVersion()
{
    const auto &steps = detail::builtInMigrations();
    return steps.isEmpty() ? 0 : steps.last().version;
}

Database::Database(ConnectionSpec spec)
    : m_spec(std::move(spec)), m_instanceId(QString::number(nextInstance.fetch_add(1)))
{
    if (!isPostgres())
        m_writeLock = std::make_shared<QMutex>();
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const auto &name : std::as_const(m_connectionNames))
        dropConnection(name);
    m_connectionNames.clear();
}

Result<std::shared_ptr<Database>> Database::open(const ConnectionSpec &spec)
{
    const bool postgres = spec.backend == ConnectionSpec::Backend::Postgres;
    if (!postgres) {
        if (spec.sqlitePath.isEmpty())
            return Error{QCoreApplication::translate("certdesk", "No database file was given: choose one"),
                         {}};
        const QFileInfo info(spec.sqlitePath);
        if (info.isDir()) {
            return Error{QCoreApplication::translate("certdesk",
                                                     "%1 is a folder, not a CertDesk database: choose a file")
                             .arg(QDir::toNativeSeparators(spec.sqlitePath)),
                         {}};
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return Error{QCoreApplication::translate(
                             "certdesk",
                             "Cannot create the folder %1 for the database: check its permissions or "
                             "choose another place")
                             .arg(QDir::toNativeSeparators(info.absolutePath())),
                         {}};
        }
    }

    std::shared_ptr<Database> database(new Database(spec));
    const QString name = connectionName(database->m_instanceId);
    auto opened = database->openConnection(name);
    if (!opened)
        return opened.error();
    {
        QMutexLocker lock(&database->m_mutex);
        database->m_connectionNames.insert(QThread::currentThreadId(), name);
    }
    QSqlDatabase db = *opened;
    const QString where = spec.displayName();

    // Look before writing anything: a newer schema or somebody else's tables are left alone.
    auto stored = detail::storedSchemaVersion(db, postgres);
    if (!stored)
        return stored.error();
    const int latest = latestSchemaVersion();
    if (*stored > latest)
        return detail::newerSchemaError(where, *stored, latest);
    if (*stored == 0) {
        auto tables = detail::hasTables(db, postgres);
        if (!tables)
            return tables.error();
        if (*tables) {
            return Error{
                postgres ? QCoreApplication::translate(
                               "certdesk", "The database %1 already holds tables that are not CertDesk's: "
                                           "choose an empty database")
                               .arg(where)
                         : QCoreApplication::translate(
                               "certdesk", "%1 is not a CertDesk database (it holds other tables): choose "
                                           "another file or move it away")
                               .arg(where),
                {}};
        }
    }
    if (!postgres) {
        // Switching to WAL needs the database to itself for a moment, and SQLite does not wait for
        // that through busy_timeout: when another console is opening the same file at once, retry
        // for up to five seconds.
        auto mode =
            runQuery(db, QStringLiteral("PRAGMA journal_mode=WAL"), {},
                     QCoreApplication::translate("certdesk", "switch the database to write-ahead logging"));
        for (int attempt = 0; !mode && attempt < 50 && mode.error().detail.contains(QLatin1String("locked"));
             ++attempt) {
            QThread::msleep(100);
            mode = runQuery(
                db, QStringLiteral("PRAGMA journal_mode=WAL"), {},
                QCoreApplication::translate("certdesk", "switch the database to write-ahead logging"));
        }
        if (!mode)
            return mode.error();
        if (mode.value().next() && mode.value().value(0).toString().toLower() != QLatin1String("wal"))
            qWarning("certdesk.store: %s stays in journal mode %s (WAL is not available there)",
                     qPrintable(where), qPrintable(mode.value().value(0).toString()));
    }
    if (!postgres && *stored == 0) {
        // A new SQLite file: one transaction from the build's schema snapshot (schemasnapshot.h).
        if (const auto &snapshot = detail::builtInSqliteSnapshot(); snapshot && snapshot->version == latest) {
            QList<int> versions;
            for (const auto &step : detail::builtInMigrations())
                versions << step.version;
            if (auto created = detail::createFromSnapshot(db, *snapshot, versions); !created)
                return created.error();
            return database;
        }
    }
    if (auto migrated = detail::migrate(db, postgres, detail::builtInMigrations(), where); !migrated)
        return migrated.error();
    return database;
}

QSqlDatabase Database::connection()
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_connectionNames.constFind(thread); it != m_connectionNames.cend()) {
        if (it->startsWith(connectionPrefix(m_instanceId))) {
            QSqlDatabase db = QSqlDatabase::database(*it, false);
            if (db.isOpen())
                return db;
        }
        // Closed, or left behind by a finished thread whose id this one reuses: start afresh.
        const QString stale = *it;
        m_connectionNames.erase(it);
        dropConnection(stale);
    }
    const QString name = connectionName(m_instanceId);
    auto opened = openConnection(name);
    if (!opened) {
        qWarning("certdesk.store: %s", qPrintable(opened.error().fullText()));
        return QSqlDatabase();
    }
    m_connectionNames.insert(thread, name);
    return *opened;
}

int Database::schemaVersion()
{
    auto version = detail::storedSchemaVersion(connection(), isPostgres());
    return version ? *version : -1;
}

void Database::releaseThreadConnection()
{
    QMutexLocker lock(&m_mutex);
    const auto name = m_connectionNames.take(QThread::currentThreadId());
    if (!name.isEmpty())
        dropConnection(name);
}

Result<QSqlDatabase> Database::openConnection(const QString &name)
{
    const bool postgres = isPostgres();
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error{QCoreApplication::translate(
                         "certdesk",
                         "The Qt %1 database driver is not installed: reinstall CertDesk or install "
                         "the Qt SQL driver package")
                         .arg(driver),
                     QStringLiteral("available: ") + QSqlDatabase::drivers().join(QStringLiteral(", "))};
    }
    Error failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (postgres) {
            db.setHostName(m_spec.host);
            db.setPort(m_spec.port);
            db.setDatabaseName(m_spec.databaseName);
            db.setUserName(m_spec.user);
            db.setPassword(m_spec.password);
            QString options = m_spec.options;
            if (!options.contains(QLatin1String("connect_timeout")))
                options += (options.isEmpty() ? QString() : QStringLiteral(";")) +
                           QStringLiteral("connect_timeout=10");
            if (!options.contains(QLatin1String("application_name")))
                options += QStringLiteral(";application_name=CertDesk");
            db.setConnectOptions(options);
        } else {
            db.setDatabaseName(m_spec.sqlitePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(detail::BusyTimeoutMs));
        }
        if (!db.open()) {
            const QString detail = scrubbed(driverText(db.lastError()), m_spec.password);
            failure =
                postgres ? postgresConnectError(m_spec, detail)
                         : Error{QCoreApplication::translate(
                                     "certdesk", "Cannot open the database file %1: check that it exists and "
                                                 "that you may read and write it")
                                     .arg(m_spec.displayName()),
                                 detail};
        } else if (postgres) {
            for (const auto *sql : {"SET client_min_messages TO warning", "SET TIME ZONE 'UTC'"}) {
                QSqlQuery q(db);
                if (!q.exec(QString::fromLatin1(sql))) {
                    failure =
                        Error{QCoreApplication::translate("certdesk", "Cannot prepare the connection to %1")
                                  .arg(m_spec.displayName()),
                              scrubbed(driverText(q.lastError()), m_spec.password)};
                    break;
                }
            }
        } else {
            // Reading the schema first tells a file that is not a database before anything is written.
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
                const QSqlError error = q.lastError();
                QString reason = error.databaseText().trimmed();
                if (reason.isEmpty())
                    reason = driverText(error);
                failure = Error{
                    QCoreApplication::translate(
                        "certdesk", "%1 is not a CertDesk database (%2): choose another file or move it away")
                        .arg(m_spec.displayName(), reason),
                    driverText(error)};
            } else {
                q.finish();
                // synchronous stays FULL: a committed import must survive a power cut, since the
                // user may delete the key file right after.
                for (const QString &sql :
                     {QStringLiteral("PRAGMA foreign_keys = ON"),
                      QStringLiteral("PRAGMA busy_timeout = %1").arg(detail::BusyTimeoutMs)}) {
                    if (!q.exec(sql)) {
                        failure = Error{
                            QCoreApplication::translate("certdesk", "Cannot prepare the database file %1")
                                .arg(m_spec.displayName()),
                            driverText(q.lastError())};
                        break;
                    }
                }
            }
        }
        if (failure.message.isEmpty()) {
            if (m_writeLock)
                detail::attachWriteLock(db, m_writeLock);
            return db;
        }
    }
    dropConnection(name);
    return failure;
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.isOpen()) {
        m_error = Error{
            QCoreApplication::translate("certdesk", "Cannot start a transaction: the database is not open"),
            driverText(m_db.lastError())};
        return;
    }
    const int depth = detail::transactionDepth(m_db);
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    QSqlError error;
    bool begun = false;
    if (depth > 0) {
        begun = detail::execCommand(m_db, QStringLiteral("SAVEPOINT certdesk_tx_%1").arg(depth + 1), error);
    } else if (sqlite) {
        // This program's writers queue on the in-process lock; then IMMEDIATE takes SQLite's write
        // lock now (waiting up to busy_timeout for another program) instead of failing on the first
        // write when another connection wrote meanwhile.
        auto lock = detail::lockForWriting(m_db);
        if (!lock) {
            error = QSqlError(lock.error().detail, {}, QSqlError::TransactionError);
        } else {
            m_writeLock = std::move(lock).value();
            begun = detail::execCommand(m_db, QStringLiteral("BEGIN IMMEDIATE"), error);
        }
    } else {
        begun = m_db.transaction();
        error = m_db.lastError();
    }
    if (!begun) {
        unlockWrites();
        m_error = Error{
            QCoreApplication::translate("certdesk", "Cannot start a transaction on the database: try again"),
            driverText(error)};
        return;
    }
    m_depth = depth + 1;
    detail::setTransactionDepth(m_db, m_depth);
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlError ignored;
    if (m_depth > 1) {
        (void)detail::execCommand(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT certdesk_tx_%1").arg(m_depth),
                                  ignored);
        (void)detail::execCommand(m_db, QStringLiteral("RELEASE SAVEPOINT certdesk_tx_%1").arg(m_depth),
                                  ignored);
    } else if (m_db.driverName() == QLatin1String("QSQLITE")) {
        (void)detail::execCommand(m_db, QStringLiteral("ROLLBACK"), ignored);
    } else {
        m_db.rollback();
    }
    detail::setTransactionDepth(m_db, m_depth - 1);
    unlockWrites();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{
            QCoreApplication::translate("certdesk", "Cannot save the changes: the transaction is not active"),
            m_error.detail};
    bool committed = false;
    QSqlError error;
    if (m_depth > 1) {
        committed =
            detail::execCommand(m_db, QStringLiteral("RELEASE SAVEPOINT certdesk_tx_%1").arg(m_depth), error);
    } else if (m_db.driverName() == QLatin1String("QSQLITE")) {
        committed = detail::execCommand(m_db, QStringLiteral("COMMIT"), error);
    } else {
        // QSqlDatabase::commit() also notices PostgreSQL turning COMMIT into ROLLBACK after an error.
        committed = m_db.commit();
        error = m_db.lastError();
    }
    if (!committed)
        return Error{QCoreApplication::translate(
                         "certdesk", "Cannot save the changes to the database: they were not saved"),
                     driverText(error)};
    m_active = false;
    detail::setTransactionDepth(m_db, m_depth - 1);
    unlockWrites();
    return {};
}

void Transaction::unlockWrites()
{
    if (m_writeLock) {
        m_writeLock->unlock();
        m_writeLock.reset();
    }
}

namespace {

/// Qt binds these as SQL NULL (as QSqlResultPrivate::isVariantNull does).
bool isNullValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    default:
        return false;
    }
}

/// Puts the values into the statement as SQL literals, formatted by the driver exactly as Qt's
/// QPSQL formats them for its EXECUTE of a prepared statement. One round trip instead of three
/// (PREPARE, EXECUTE, DEALLOCATE), and no server-side statement left behind when a statement fails
/// inside a transaction. `?` inside quotes or '--' comments is not a placeholder.
Result<QString> inlineBindings(const QSqlDriver *driver, const QString &sql, const QVariantList &bindings)
{
    QString out;
    out.reserve(sql.size() + bindings.size() * 16);
    qsizetype next = 0;
    bool tooFew = false;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'-' && i + 1 < sql.size() && sql.at(i + 1) == u'-') {
            const qsizetype end = sql.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? sql.size() : end;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
            continue;
        } else if (c == u'?') {
            if (next >= bindings.size()) {
                tooFew = true;
                break;
            }
            const QVariant &value = bindings.at(next++);
            QSqlField field(QString(), value.metaType());
            if (!isNullValue(value))
                field.setValue(value);
            out += driver->formatValue(field);
            continue;
        }
        out += c;
    }
    if (tooFew || next != bindings.size()) {
        return Error{{},
                     QStringLiteral("the statement has a different number of placeholders than the %1 values")
                         .arg(bindings.size())};
    }
    return out;
}

} // namespace

Result<QSqlQuery> runQuery(QSqlDatabase db, const QString &sql, const QVariantList &bindings,
                           const QString &what)
{
    auto failed = [&](const QSqlQuery &q) {
        return Error{QCoreApplication::translate("certdesk", "Could not %1.").arg(what),
                     driverText(q.lastError())};
    };
    QSqlQuery q(db);
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    // SQLite steps through the rows; QPSQL would switch to single-row mode when forward-only, and
    // then lose the rows if another query ran on the connection before the last row was read.
    q.setForwardOnly(!postgres);
    if (bindings.isEmpty()) {
        // Not prepared: PostgreSQL cannot PREPARE DDL, SAVEPOINT or SET.
        if (!q.exec(sql))
            return failed(q);
        return q;
    }
    if (postgres) {
        auto inlined = inlineBindings(db.driver(), sql, bindings);
        if (!inlined)
            return Error{QCoreApplication::translate("certdesk", "Could not %1.").arg(what),
                         inlined.error().detail};
        if (!q.exec(*inlined))
            return failed(q);
        return q;
    }
    if (!q.prepare(sql))
        return failed(q);
    for (const auto &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        return failed(q);
    return q;
}

QVariant toDbTime(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant(qlonglong(t.toSecsSinceEpoch()));
}

QDateTime fromDbTime(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return {};
    bool ok = false;
    const qlonglong secs = v.toLongLong(&ok);
    if (!ok)
        return {};
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

} // namespace certdesk::store
