// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/schemasnapshot.h"

#include "models/store/database.h"
#include "models/store/migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

namespace certdesk::store::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

/// Tables SQLite makes by itself (sqlite_sequence for AUTOINCREMENT) and the version table, whose
/// rows the snapshot's user writes.
bool ownedBySqliteOrVersion(const QString &name)
{
    return name.startsWith(QLatin1String("sqlite_")) || name == QLatin1String("schema_version");
}

std::optional<SchemaSnapshot> loadBuiltInSnapshot()
{
    QFile file(QStringLiteral(":/certdesk/schema/sqlite.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto snapshot = parseSnapshot(QString::fromUtf8(file.readAll()));
    if (!snapshot) {
        qWarning("certdesk.store: the built-in schema snapshot is damaged (%s); migrating step by step",
                 qPrintable(snapshot.error().fullText()));
        return std::nullopt;
    }
    return std::move(snapshot).value();
}

} // namespace

Result<SchemaSnapshot> readSqliteSchema(QSqlDatabase db)
{
    const QString what = tr("read the database schema");
    auto version = storedSchemaVersion(db, false);
    if (!version)
        return version.error();
    auto objects = runQuery(db,
                            QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"),
                            {}, what);
    if (!objects)
        return objects.error();
    SchemaSnapshot snapshot{*version, {}};
    QStringList tables;
    while (objects->next()) {
        snapshot.statements << objects->value(2).toString().trimmed();
        if (objects->value(0).toString() == QLatin1String("table") &&
            !ownedBySqliteOrVersion(objects->value(1).toString()))
            tables << objects->value(1).toString();
    }
    for (const auto &table : std::as_const(tables)) {
        auto rows = runQuery(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table), {}, what);
        if (!rows)
            return rows.error();
        if (rows->next() && rows->value(0).toLongLong() != 0)
            return Error{tr("A migration leaves rows in table %1; the schema snapshot holds no data. Write "
                            "those rows where the table is first used, or teach the snapshot to carry them.")
                             .arg(table)};
    }
    return snapshot;
}

QString formatSnapshot(const SchemaSnapshot &snapshot)
{
    QString script = QStringLiteral("-- version: %1\n").arg(snapshot.version);
    for (const auto &statement : snapshot.statements)
        script += statement + QStringLiteral(";\n");
    return script;
}

Result<SchemaSnapshot> parseSnapshot(const QString &script)
{
    static const QRegularExpression header(QStringLiteral("^-- version: (\\d+)\\n"));
    const auto match = header.match(script);
    if (!match.hasMatch())
        return Error{tr("The schema snapshot has no version line.")};
    SchemaSnapshot snapshot{match.captured(1).toInt(), splitStatements(script)};
    if (snapshot.version <= 0 || snapshot.statements.isEmpty())
        return Error{tr("The schema snapshot is empty.")};
    return snapshot;
}

const std::optional<SchemaSnapshot> &builtInSqliteSnapshot()
{
    static const std::optional<SchemaSnapshot> snapshot = loadBuiltInSnapshot();
    return snapshot;
}

Status createFromSnapshot(QSqlDatabase db, const SchemaSnapshot &snapshot, const QList<int> &versions)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    // Read again inside the write transaction: another program may have created it meanwhile.
    auto stored = storedSchemaVersion(db, false);
    if (!stored)
        return stored.error();
    if (*stored != 0)
        return {};
    const QString what = tr("create the database schema (version %1)").arg(snapshot.version);
    for (const auto &statement : snapshot.statements) {
        if (auto q = runQuery(db, statement, {}, what); !q)
            return q.error();
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const int version : versions) {
        if (auto q =
                runQuery(db, QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                         {version, now}, what);
            !q)
            return q.error();
    }
    return transaction.commit();
}

} // namespace certdesk::store::detail
