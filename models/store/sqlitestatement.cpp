// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace certdesk::store::detail {

namespace {

Error sqliteError(sqlite3 *handle)
{
    return Error{QCoreApplication::translate("certdesk", "Could not write to the inventory database."),
                 QString::fromUtf8(sqlite3_errmsg(handle))};
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, index, text.constData(), sqlite3_uint64(text.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

QVariant column(sqlite3_stmt *statement, int index)
{
    switch (sqlite3_column_type(statement, index)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(statement, index)));
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, index)),
                          sqlite3_column_bytes(statement, index));
    default:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, index)),
                                 sqlite3_column_bytes(statement, index));
    }
}

} // namespace

Result<std::unique_ptr<SqliteStatement>> SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return std::unique_ptr<SqliteStatement>();
    const QVariant handle = db.driver()->handle();
    auto *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                           ? *static_cast<sqlite3 *const *>(handle.data())
                           : nullptr;
    if (!connection)
        return std::unique_ptr<SqliteStatement>();
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return sqliteError(connection);
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(statement));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Result<QList<QVariantList>> SqliteStatement::run(const QVariantList &values)
{
    sqlite3 *connection = sqlite3_db_handle(m_statement);
    for (int i = 0; i < values.size(); ++i) {
        if (bind(m_statement, i + 1, values.at(i)) != SQLITE_OK) {
            sqlite3_reset(m_statement);
            return sqliteError(connection);
        }
    }
    QList<QVariantList> rows;
    int rc;
    while ((rc = sqlite3_step(m_statement)) == SQLITE_ROW) {
        QVariantList row;
        const int columns = sqlite3_column_count(m_statement);
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << column(m_statement, c);
        rows << row;
    }
    const bool done = rc == SQLITE_DONE;
    Error error = done ? Error{} : sqliteError(connection);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!done)
        return error;
    return rows;
}

} // namespace certdesk::store::detail
