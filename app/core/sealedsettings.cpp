// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/sealedsettings.h"

#include "app/core/secretstore.h"
#include "models/store/secretrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace certdesk::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

Error invalid(const QString &message)
{
    return Error{message, {}, ErrorCode::InvalidInput};
}

} // namespace

SealedSettings::SealedSettings(QString scope, QString name)
    : m_scope(std::move(scope)), m_name(std::move(name))
{}

Status SealedSettings::checkName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!pattern.match(name).hasMatch())
        return invalid(tr("\"%1\" cannot be a name: use 1 to 64 letters, digits, '.', '-' or '_', starting "
                          "with a letter or digit.")
                           .arg(name));
    return {};
}

QString SealedSettings::secretName(const QString &field) const
{
    return QStringLiteral("%1/%2/%3").arg(m_scope, m_name, field);
}

Status SealedSettings::checkKeys(const QString &typeName, const QList<target::FieldSpec> &fields,
                                 const target::TargetSettings &settings) const
{
    QStringList fieldKeys;
    QSet<QString> secretFields;
    for (const auto &field : fields) {
        fieldKeys << field.key;
        if (field.kind == target::FieldSpec::Kind::Secret)
            secretFields.insert(field.key);
    }
    auto unknown = [&](const QString &key) {
        return invalid(tr("The type %1 has no setting \"%2\". Its settings are: %3.")
                           .arg(typeName, key, fieldKeys.join(QStringLiteral(", "))));
    };
    for (auto it = settings.values.begin(); it != settings.values.end(); ++it) {
        if (!fieldKeys.contains(it.key()))
            return unknown(it.key());
        if (secretFields.contains(it.key()))
            return invalid(
                tr("%1 is a secret: give it as a secret, never as a plain setting.").arg(it.key()));
    }
    for (const auto &[key, value] : settings.secrets) {
        if (!fieldKeys.contains(key))
            return unknown(key);
        if (!secretFields.contains(key))
            return invalid(tr("%1 is not a secret: give it as a plain setting.").arg(key));
    }
    return {};
}

Result<QList<QPair<QString, QByteArray>>> SealedSettings::seal(SecretStore &secrets,
                                                               const target::TargetSettings &settings) const
{
    QList<QPair<QString, QByteArray>> sealed;
    for (const auto &[key, value] : settings.secrets) {
        const QString name = secretName(key);
        auto s = secrets.seal(value.bytes(), name.toUtf8());
        if (!s)
            return s.error();
        sealed.append({name, *s});
    }
    return sealed;
}

Status SealedSettings::put(QSqlDatabase db, const QList<QPair<QString, QByteArray>> &sealed)
{
    store::SecretRepository repo(std::move(db));
    for (const auto &[name, value] : sealed) {
        if (auto s = repo.put(name, value); !s)
            return s;
    }
    return {};
}

Result<target::TargetSettings> SealedSettings::load(QSqlDatabase db, SecretStore &secrets,
                                                    const QJsonObject &config,
                                                    const QStringList &secretKeys) const
{
    target::TargetSettings settings;
    settings.values = config;
    store::SecretRepository repo(std::move(db));
    for (const auto &key : secretKeys) {
        const QString name = secretName(key);
        auto sealed = repo.get(name);
        if (!sealed)
            return sealed.error();
        if (!sealed->has_value())
            return Error{
                tr("The secret %1 of %2 is missing from the inventory; set it again.").arg(key, m_name),
                {},
                ErrorCode::InvalidInput};
        auto opened = secrets.open(**sealed, name.toUtf8());
        if (!opened)
            return opened.error();
        settings.secrets.emplace(key, std::move(opened).value());
    }
    return settings;
}

Status SealedSettings::remove(QSqlDatabase db, const QStringList &secretKeys) const
{
    store::SecretRepository repo(std::move(db));
    for (const auto &key : secretKeys) {
        if (auto s = repo.remove(secretName(key)); !s)
            return s;
    }
    return {};
}

QStringList SealedSettings::secretKeys(const target::TargetSettings &settings)
{
    QStringList keys;
    for (const auto &[key, value] : settings.secrets)
        keys << key;
    return keys; // a std::map: sorted
}

QString SealedSettings::describeKeys(const target::TargetSettings &settings)
{
    const QString plain = settings.values.keys().join(QStringLiteral(", "));
    const QStringList secret = secretKeys(settings);
    if (secret.isEmpty())
        return plain;
    return tr("%1; secrets: %2").arg(plain, secret.join(QStringLiteral(", ")));
}

} // namespace certdesk::core
