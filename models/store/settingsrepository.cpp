// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/settingsrepository.h"

#include "models/store/database.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>

namespace certdesk::store {

using namespace detail;

Result<std::optional<QString>> SettingsRepository::value(const QString &key)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {text(key)},
                      QCoreApplication::translate("certdesk", "read the setting %1").arg(key));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QString>();
    return std::optional<QString>(q.value().value(0).toString());
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {text(key), text(value)},
                      QCoreApplication::translate("certdesk", "save the setting %1").arg(key));
    if (!q)
        return q.error();
    return {};
}

Result<QString> SettingsRepository::insertIfAbsent(const QString &key, const QString &value)
{
    // ON CONFLICT DO NOTHING waits for a concurrent insert of the same key to finish (PostgreSQL),
    // and SQLite serialises writers, so the value read afterwards is the one that won.
    auto q = runQuery(
        m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
        {text(key), text(value)}, QCoreApplication::translate("certdesk", "save the setting %1").arg(key));
    if (!q)
        return q.error();
    q.value().finish();
    auto stored = this->value(key);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{QCoreApplication::translate("certdesk", "Could not save the setting %1.").arg(key),
                     QStringLiteral("row vanished")};
    return **stored;
}

} // namespace certdesk::store
