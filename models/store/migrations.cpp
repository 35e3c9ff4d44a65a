// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/migrations.h"

#include "models/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace certdesk::store::detail {

namespace {

/// Key of the PostgreSQL advisory lock that serialises migrations of one database ("CertDesk").
constexpr const char *MigrationLockSql = "SELECT pg_advisory_xact_lock(4842723449139572)";

QList<Migration> loadMigrations()
{
    QList<Migration> out;
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_[A-Za-z0-9_]+\\.sql$"));
    const QDir dir(QStringLiteral(":/certdesk/migrations"));
    const auto names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const auto &name : names) {
        const auto match = fileName.match(name);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        out << Migration{match.captured(1).toInt(), name, QString::fromUtf8(file.readAll())};
    }
    std::sort(out.begin(), out.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

} // namespace

const QList<Migration> &builtInMigrations()
{
    static const QList<Migration> migrations = loadMigrations();
    return migrations;
}

QString applyDialect(const QString &sql, bool postgres)
{
    QString out = sql;
    out.replace(QLatin1String("{{ID}}"), postgres ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                                  : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    out.replace(QLatin1String("{{BLOB}}"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return out;
}

QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    QChar quote; // the open quote character, or null outside quotes
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'-' && i + 1 < sql.size() && sql.at(i + 1) == u'-') {
            while (i < sql.size() && sql.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            current += c;
            continue;
        }
        if (c == u';') {
            if (const auto statement = current.trimmed(); !statement.isEmpty())
                statements << statement;
            current.clear();
            continue;
        }
        current += c;
    }
    if (const auto statement = current.trimmed(); !statement.isEmpty())
        statements << statement;
    return statements;
}

Result<int> storedSchemaVersion(QSqlDatabase db, bool postgres)
{
    const QString what = QCoreApplication::translate("certdesk", "read the schema version of the database");
    const QString exists =
        postgres ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                  "WHERE schemaname = current_schema() AND tablename = 'schema_version'")
                 : QStringLiteral(
                       "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    auto found = runQuery(db, exists, {}, what);
    if (!found)
        return found.error();
    if (!found.value().next())
        return Error{QCoreApplication::translate("certdesk", "Could not %1.").arg(what), {}};
    if (found.value().value(0).toLongLong() == 0)
        return 0;
    auto version = runQuery(db, QStringLiteral("SELECT MAX(version) FROM schema_version"), {}, what);
    if (!version)
        return version.error();
    if (!version.value().next())
        return 0;
    return version.value().value(0).toInt();
}

Result<bool> hasTables(QSqlDatabase db, bool postgres)
{
    const QString sql =
        postgres
            ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")
            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite%'");
    auto q =
        runQuery(db, sql, {}, QCoreApplication::translate("certdesk", "list the tables of the database"));
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toLongLong() > 0;
}

Error newerSchemaError(const QString &where, int stored, int known)
{
    return Error{QCoreApplication::translate(
                     "certdesk", "%1 was written by a newer CertDesk (schema %2, this version knows %3): "
                                 "update CertDesk")
                     .arg(where)
                     .arg(stored)
                     .arg(known),
                 {}};
}

Status migrate(QSqlDatabase db, bool postgres, const QList<Migration> &steps, const QString &where)
{
    if (steps.isEmpty()) {
        return Error{QCoreApplication::translate(
                         "certdesk", "This build of CertDesk holds no database schema: reinstall CertDesk"),
                     QStringLiteral("resource :/certdesk/migrations is empty")};
    }
    const int latest = steps.last().version;
    for (const auto &step : steps) {
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        if (postgres) {
            if (auto locked = runQuery(
                    db, QString::fromLatin1(MigrationLockSql), {},
                    QCoreApplication::translate("certdesk", "lock the database for its schema update"));
                !locked)
                return locked.error();
        }
        // Read again under the lock: another program may have migrated meanwhile.
        auto stored = storedSchemaVersion(db, postgres);
        if (!stored)
            return stored.error();
        if (*stored > latest)
            return newerSchemaError(where, *stored, latest);
        if (*stored >= step.version)
            continue; // rolled back: nothing was written
        const QString what =
            QCoreApplication::translate("certdesk", "update the database to schema version %1 (%2)")
                .arg(step.version)
                .arg(step.name);
        for (const auto &statement : splitStatements(applyDialect(step.sql, postgres))) {
            if (auto q = runQuery(db, statement, {}, what); !q)
                return q.error();
        }
        if (auto q =
                runQuery(db, QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                         {step.version, QDateTime::currentSecsSinceEpoch()}, what);
            !q)
            return q.error();
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace certdesk::store::detail
