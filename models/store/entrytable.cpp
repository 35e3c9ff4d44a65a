// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/entrytable.h"

#include "models/store/database.h"
#include "models/store/returnedid.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace certdesk::store::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

/// The shared columns, in the order readShared() reads them.
const QString SharedColumns = QStringLiteral(
    "e.id, e.name, e.type, e.config_json, e.secret_keys, e.enabled, e.created_at, e.updated_at");

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

EntryRows::EntryRows(QSqlDatabase db, QString table, QString ownColumns, Wording wording)
    : m_db(std::move(db)), m_table(std::move(table)), m_ownColumns(std::move(ownColumns)), m_wording(wording)
{}

Result<qint64> EntryRows::insertRow(const QString &name, const QString &type, const Columns &values,
                                    const QDateTime &now)
{
    QStringList columns{QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at")};
    QVariantList bindings{name, type, toDbTime(now), toDbTime(now)};
    for (const auto &[column, value] : values) {
        columns << column;
        bindings << value;
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                            .arg(m_table, columns.join(QStringLiteral(", ")),
                                 QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    auto q = runQuery(m_db, sql, bindings, what());
    if (!q && isUniqueViolation(q.error().detail))
        return nameTaken(name);
    return returnedId(std::move(q), what());
}

Status EntryRows::set(qint64 id, const Columns &columns, const QDateTime &now)
{
    QStringList assignments;
    QVariantList values;
    for (const auto &[column, value] : columns) {
        assignments << column + QStringLiteral(" = ?");
        values << value;
    }
    assignments << QStringLiteral("updated_at = ?");
    values << toDbTime(now) << id;
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_table, assignments.join(QStringLiteral(", "))),
        values, what());
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return gone();
    return {};
}

Status EntryRows::remove(qint64 id)
{
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table), {id}, what());
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return gone();
    return {};
}

Result<QSqlQuery> EntryRows::select(const QString &where, const QVariantList &bindings)
{
    QString columns = SharedColumns;
    if (!m_ownColumns.isEmpty())
        columns += QStringLiteral(", ") + m_ownColumns;
    return runQuery(m_db, QStringLiteral("SELECT %1 FROM %2 e %3").arg(columns, m_table, where), bindings,
                    what());
}

EntryRows::Columns EntryRows::sharedValues(const QJsonObject &config, const QStringList &secretKeys,
                                           bool enabled)
{
    return {{QStringLiteral("config_json"), compactJson(config)},
            {QStringLiteral("secret_keys"), lines(secretKeys)},
            {QStringLiteral("enabled"), flag(enabled)}};
}

Error EntryRows::nameTaken(const QString &name) const
{
    return Error{tr(m_wording.nameTaken).arg(name), {}, ErrorCode::InvalidInput};
}

Error EntryRows::noSuchName(const QString &name) const
{
    return Error{tr(m_wording.noSuchName).arg(name), {}, ErrorCode::NotFound};
}

QString EntryRows::what() const
{
    return tr(m_wording.what);
}

Error EntryRows::gone() const
{
    return Error{tr(m_wording.gone), {}, ErrorCode::NotFound};
}

QJsonObject EntryRows::configFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

QStringList EntryRows::secretKeysFrom(const QVariant &value)
{
    return fromLines(value);
}

QDateTime EntryRows::timeFrom(const QVariant &value)
{
    return fromDbTime(value);
}

} // namespace certdesk::store::detail
