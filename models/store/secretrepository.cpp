// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/secretrepository.h"

#include "models/store/database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace certdesk::store {

namespace {
QString what()
{
    return QCoreApplication::translate("certdesk", "read or write a stored credential");
}
} // namespace

Status SecretRepository::put(const QString &name, const QByteArray &sealed)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO secrets (name, sealed, updated_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET sealed = excluded.sealed, "
                                     "updated_at = excluded.updated_at"),
                      {name, sealed, toDbTime(QDateTime::currentDateTimeUtc())}, what());
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<QByteArray>> SecretRepository::get(const QString &name)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT sealed FROM secrets WHERE name = ?"), {name}, what());
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QByteArray>{};
    return std::optional<QByteArray>(q.value().value(0).toByteArray());
}

Status SecretRepository::remove(const QString &name)
{
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM secrets WHERE name = ?"), {name}, what());
    if (!q)
        return q.error();
    return {};
}

} // namespace certdesk::store
