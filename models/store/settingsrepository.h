// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace certdesk::store {

/// Key/value settings shared by everyone using this inventory (table `settings`). Per-user,
/// per-machine preferences (window layout, language) live in QSettings instead.
class SettingsRepository final
{
public:
    /// Works on `db`, joining its current transaction.
    explicit SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The stored value, or nullopt when the key is absent.
    Result<std::optional<QString>> value(const QString &key);
    /// Inserts or replaces the value.
    Status setValue(const QString &key, const QString &value);
    /// Inserts only when the key is absent; returns the value that is stored afterwards. Lets two
    /// consoles race to initialise a setting (team mode) and agree on one value.
    Result<QString> insertIfAbsent(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace certdesk::store
