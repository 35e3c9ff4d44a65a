// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"
#include "models/store/connectionspec.h"

#include <QString>

namespace certdesk::core {

/// The embedded inventory's default file: `inventory.sqlite` in the user's data directory
/// (~/.local/share/certdesk on Linux).
QString defaultSqlitePath();

/// Chooses the database: an explicit PostgreSQL URL or SQLite path (CLI options, settings) wins,
/// then the environment (CERTDESK_PG_URL, CERTDESK_DB), then the default SQLite file.
/// Giving both a path and a URL is an error.
Result<store::ConnectionSpec> resolveDatabase(const QString &sqlitePath, const QString &postgresUrl);

} // namespace certdesk::core
