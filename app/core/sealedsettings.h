// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace certdesk::core {

class SecretStore;

/// The settings of one configured object whose type is described by target::FieldSpec fields (a
/// deployment target, an alert channel), split into plain values, stored as config_json, and secret
/// fields, sealed in the secret store as `<scope>/<name>/<field>`. That name is also the sealed
/// value's additional authenticated data, so a sealed value cannot be moved to another object or
/// field. Used by SealedEntries for TargetService ("target") and NotificationService ("notify").
class SealedSettings final
{
public:
    SealedSettings(QString scope, QString name);

    /// Whether `name` can name such an object (and so its secrets): 1 to 64 letters, digits, '.',
    /// '-' or '_', starting with a letter or digit. Otherwise an InvalidInput Error that says so.
    static Status checkName(const QString &name);

    /// `<scope>/<name>/<field>`.
    QString secretName(const QString &field) const;

    /// Every key is one of `fields`, secret fields only among the secrets and the others only among
    /// the values, so a secret never reaches config_json by mistake. InvalidInput naming the key.
    Status checkKeys(const QString &typeName, const QList<target::FieldSpec> &fields,
                     const target::TargetSettings &settings) const;
    /// checkKeys(), then `create(settings)` (the type's own checks of every field): a plain error of
    /// `create` is a bad setting, so it becomes InvalidInput. No I/O.
    template <typename T, typename Create>
    Result<T> create(const QString &typeName, const QList<target::FieldSpec> &fields,
                     const target::TargetSettings &settings, const Create &create) const
    {
        if (auto s = checkKeys(typeName, fields, settings); !s)
            return s.error();
        Result<T> made = create(settings);
        if (!made && made.error().code == ErrorCode::Generic)
            return Error{made.error().message, made.error().detail, ErrorCode::InvalidInput};
        return made;
    }

    /// Seals each secret of `settings` (call before a transaction is opened: the store may unlock).
    Result<QList<QPair<QString, QByteArray>>> seal(SecretStore &secrets,
                                                   const target::TargetSettings &settings) const;
    /// Stores sealed values on `db` (inside the caller's transaction).
    static Status put(QSqlDatabase db, const QList<QPair<QString, QByteArray>> &sealed);
    /// The stored settings: `config` with the secrets `secretKeys` unsealed.
    Result<target::TargetSettings> load(QSqlDatabase db, SecretStore &secrets, const QJsonObject &config,
                                        const QStringList &secretKeys) const;
    /// Deletes the sealed values of `secretKeys` (inside the caller's transaction).
    Status remove(QSqlDatabase db, const QStringList &secretKeys) const;

    /// The names of the secrets `settings` holds, sorted.
    static QStringList secretKeys(const target::TargetSettings &settings);
    /// "url, timeout_seconds; secrets: secret": which settings a change touched, never a secret's
    /// value, for the audit log.
    static QString describeKeys(const target::TargetSettings &settings);

private:
    QString m_scope;
    QString m_name;
};

} // namespace certdesk::core
