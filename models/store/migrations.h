// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/store (and its tests): the schema migrations and the code that applies them.

#include "models/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace certdesk::store::detail {

/// One forward-only schema step, as written in migrations/NNNN_name.sql (placeholders unreplaced).
struct Migration
{
    int version = 0;
    QString name; ///< the file name, for messages
    QString sql;
};

/// The migrations compiled into this build (Qt resource :/certdesk/migrations), by ascending
/// version. Loaded once; an empty list means the resource is missing from the build.
const QList<Migration> &builtInMigrations();

/// Replaces the dialect placeholders ({{ID}}, {{BLOB}}) for SQLite or PostgreSQL.
QString applyDialect(const QString &sql, bool postgres);

/// Splits a script into statements at ';' outside quotes and drops '--' comments and empty statements.
QStringList splitStatements(const QString &sql);

/// The version recorded in `schema_version`: 0 when the table does not exist.
Result<int> storedSchemaVersion(QSqlDatabase db, bool postgres);

/// True when the database (the current schema on PostgreSQL) already holds tables.
Result<bool> hasTables(QSqlDatabase db, bool postgres);

/// Applies the steps newer than the stored version, each in its own transaction together with its
/// `schema_version` row (on PostgreSQL under a transaction-scoped advisory lock, on SQLite under
/// BEGIN IMMEDIATE), so two programs migrating at once apply every step once. A failing step is
/// rolled back whole. Refuses a database whose version is newer than the last step.
/// `where` names the database in messages.
Status migrate(QSqlDatabase db, bool postgres, const QList<Migration> &steps, const QString &where);

/// The message for a database written by a newer CertDesk.
Error newerSchemaError(const QString &where, int stored, int known);

} // namespace certdesk::store::detail
