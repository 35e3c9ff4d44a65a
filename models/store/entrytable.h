// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"
#include "models/store/firstrow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace certdesk::store {

namespace detail {

/// The SQL of EntryTable, for any entry type.
class EntryRows
{
public:
    /// A table's sentences, as QT_TRANSLATE_NOOP("certdesk", ...) texts.
    struct Wording
    {
        const char *what;       ///< after "Could not": "read or write the alert channels"
        const char *gone;       ///< "The alert channel no longer exists."
        const char *noSuchName; ///< gets the name: "There is no alert channel named \"%1\"; ..."
        const char *nameTaken;  ///< gets the name: "An alert channel named \"%1\" already exists; ..."
    };
    /// Columns and their values.
    using Columns = QList<QPair<QString, QVariant>>;

    /// Deletes the entry `id`; NotFound when there is none.
    Status remove(qint64 id);
    /// The InvalidInput Error of a name that another entry has.
    Error nameTaken(const QString &name) const;

protected:
    /// `ownColumns`: what a select reads after the shared columns (SQL that calls the table `e`).
    EntryRows(QSqlDatabase db, QString table, QString ownColumns, Wording wording);

    /// Stores a new entry with its shared values and `own` columns; InvalidInput when the name is
    /// taken.
    Result<qint64> insertRow(const QString &name, const QString &type, const Columns &values,
                             const QDateTime &now);
    /// Sets `columns` and updated_at of the entry `id`; NotFound when there is none.
    Status set(qint64 id, const Columns &columns, const QDateTime &now);
    /// The rows `where` selects (SQL after "FROM <table> e": a JOIN, WHERE, ORDER BY), the shared
    /// columns first.
    Result<QSqlQuery> select(const QString &where, const QVariantList &bindings);
    /// The shared columns a change writes.
    static Columns sharedValues(const QJsonObject &config, const QStringList &secretKeys, bool enabled);
    Error noSuchName(const QString &name) const;
    Error gone() const;
    QString what() const;
    QSqlDatabase database() const { return m_db; }

    /// Reads the shared columns of a select() row into `entry` and returns the index of the first own
    /// column.
    template <typename T> static int readShared(const QSqlQuery &q, T &entry)
    {
        int i = 0;
        entry.id = q.value(i++).toLongLong();
        entry.name = q.value(i++).toString();
        entry.type = q.value(i++).toString();
        entry.config = configFrom(q.value(i++));
        entry.secretKeys = secretKeysFrom(q.value(i++));
        entry.enabled = q.value(i++).toInt() != 0;
        entry.createdAt = timeFrom(q.value(i++));
        entry.updatedAt = timeFrom(q.value(i++));
        return i;
    }

private:
    static QJsonObject configFrom(const QVariant &value);
    static QStringList secretKeysFrom(const QVariant &value);
    static QDateTime timeFrom(const QVariant &value);

    QSqlDatabase m_db;
    QString m_table;
    QString m_ownColumns;
    Wording m_wording;
};

} // namespace detail

/// The base of the repositories of named, typed entries whose plain settings are stored as JSON and
/// whose secrets are sealed elsewhere, only their names kept (deployment targets, alert channels).
/// Their tables share the columns id, name (unique), type, config_json, secret_keys, enabled,
/// created_at and updated_at; `T` has the members id, name, type, config, secretKeys, enabled,
/// createdAt and updatedAt. A table's own columns are written from `ownValues(entry)` and read by
/// `readOwn(query, entry, index of the first own column)`. Validation and sealing are the caller's.
template <typename T> class EntryTable : public detail::EntryRows
{
public:
    /// Stores a new entry; an InvalidInput Error when the name is taken.
    Result<qint64> insert(const T &entry, const QDateTime &now)
    {
        return insertRow(entry.name, entry.type, changes(entry), now);
    }
    /// Replaces the settings, the secret names, `enabled` and the own columns of the entry
    /// `entry.id` (not its name or type); NotFound when there is none.
    Status update(const T &entry, const QDateTime &now) { return set(entry.id, changes(entry), now); }

    /// NotFound naming the entry when there is none with this name (compared exactly).
    Result<T> findByName(const QString &name)
    {
        return detail::firstOr(list(QStringLiteral("WHERE e.name = ?"), {name}), noSuchName(name));
    }
    Result<T> findById(qint64 id)
    {
        return detail::firstOr(list(QStringLiteral("WHERE e.id = ?"), {id}), gone());
    }
    /// Every entry, by name.
    Result<QList<T>> list() { return list(QStringLiteral("ORDER BY e.name"), {}); }

protected:
    using OwnValues = std::function<Columns(const T &)>;
    using ReadOwn = std::function<void(const QSqlQuery &, T &, int)>;

    EntryTable(QSqlDatabase db, QString table, QString ownColumns, Wording wording, ReadOwn readOwn,
               OwnValues ownValues = {})
        : EntryRows(std::move(db), std::move(table), std::move(ownColumns), wording),
          m_readOwn(std::move(readOwn)), m_ownValues(std::move(ownValues))
    {}

    /// The entries `where` selects (see select()).
    Result<QList<T>> list(const QString &where, const QVariantList &bindings)
    {
        auto q = select(where, bindings);
        if (!q)
            return q.error();
        QList<T> out;
        while (q.value().next()) {
            T entry;
            m_readOwn(q.value(), entry, readShared(q.value(), entry));
            out.append(std::move(entry));
        }
        return out;
    }

private:
    Columns changes(const T &entry) const
    {
        Columns values = sharedValues(entry.config, entry.secretKeys, entry.enabled);
        if (m_ownValues)
            values += m_ownValues(entry);
        return values;
    }

    ReadOwn m_readOwn;
    OwnValues m_ownValues;
};

} // namespace certdesk::store
