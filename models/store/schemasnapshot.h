// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/store, its build tool and its tests: the SQLite schema snapshot.
//
// Applying the migrations one by one to a new SQLite file costs more than the rest of a short
// `certdeskctl` run: every ALTER TABLE ... ADD COLUMN makes SQLite parse the whole schema again.
// At build time, tools/schemasnapshot.cpp applies every migration to an empty SQLite file and
// records the resulting CREATE statements (Qt resource :/certdesk/schema/sqlite.sql, compiled into
// certdesk_core). A new SQLite inventory is then created from that snapshot in one transaction, with
// the same schema_version rows the migrations would write. The migrations stay the only source of
// the schema; PostgreSQL and existing files are always migrated step by step.

#include "models/domain/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk::store::detail {

/// The schema that the migrations up to `version` produce on SQLite.
struct SchemaSnapshot
{
    int version = 0;
    QStringList statements; ///< CREATE TABLE / CREATE INDEX, in the order SQLite holds them
};

/// Reads the schema of a migrated SQLite database. Fails when a migration left rows in a table (a
/// snapshot holds no data), so such a migration cannot silently go missing from new inventories.
Result<SchemaSnapshot> readSqliteSchema(QSqlDatabase db);

/// The snapshot as a script: a "-- version: N" line, then one statement per line ending in ';'.
QString formatSnapshot(const SchemaSnapshot &snapshot);
Result<SchemaSnapshot> parseSnapshot(const QString &script);

/// The snapshot compiled into this program; nullopt when it holds none (the store's own tests and
/// the build tool).
const std::optional<SchemaSnapshot> &builtInSqliteSnapshot();

/// Creates the schema of an empty SQLite database from `snapshot` in one BEGIN IMMEDIATE
/// transaction, with a schema_version row for each of `versions` (all ≤ snapshot.version). Does
/// nothing when another program created the schema first.
Status createFromSnapshot(QSqlDatabase db, const SchemaSnapshot &snapshot, const QList<int> &versions);

} // namespace certdesk::store::detail
