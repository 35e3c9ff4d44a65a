// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace certdesk::store {

/// Named connector credentials (table `secrets`), only ever stored sealed by the app layer's
/// SecretStore: passwords of key files, API tokens, EAB keys.
class SecretRepository final
{
public:
    explicit SecretRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Inserts or replaces the sealed value of `name`.
    Status put(const QString &name, const QByteArray &sealed);
    Result<std::optional<QByteArray>> get(const QString &name);
    Status remove(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace certdesk::store
