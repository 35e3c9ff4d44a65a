// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/store: conversions between domain values and bound/read SQL values.

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace certdesk::store::detail {

/// Qt binds a null QString as SQL NULL: this binds "" instead, for NOT NULL text columns.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

/// Same for NOT NULL blob columns.
inline QVariant blob(const QByteArray &value)
{
    return value.isNull() ? QVariant(QByteArray("")) : QVariant(value);
}

/// A list stored as newline-joined text.
inline QVariant lines(const QStringList &values)
{
    return text(values.join(u'\n'));
}

inline QStringList fromLines(const QVariant &value)
{
    return value.toString().split(u'\n', Qt::SkipEmptyParts);
}

inline QVariant flag(bool value)
{
    return QVariant(value ? 1 : 0);
}

/// An optional id: NULL when absent.
inline QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(qlonglong(*id)) : QVariant(QMetaType::fromType<qlonglong>());
}

inline std::optional<qint64> toOptionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

/// True when the statement failed on a UNIQUE or PRIMARY KEY constraint (SQLite or PostgreSQL).
inline bool isUniqueViolation(const QString &detail)
{
    const QString lower = detail.toLower();
    return lower.contains(QLatin1String("unique constraint")) ||
           lower.contains(QLatin1String("duplicate key"));
}

} // namespace certdesk::store::detail
