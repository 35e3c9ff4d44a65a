// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/sdk/targettype.h"

#include <QJsonValue>

namespace certdesk::target {

TargetSettings TargetSettings::clone() const
{
    TargetSettings copy;
    copy.values = values;
    copy.targetName = targetName;
    for (const auto &[key, secret] : secrets)
        copy.secrets.emplace(key, secret.clone());
    return copy;
}

QString TargetSettings::text(const QString &key) const
{
    const QJsonValue value = values.value(key);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        return double(whole) == number ? QString::number(whole) : QString::number(number);
    }
    default:
        return {};
    }
}

const pki::SecureBytes *TargetSettings::secret(const QString &key) const
{
    const auto found = secrets.find(key);
    return found == secrets.end() ? nullptr : &found->second;
}

} // namespace certdesk::target
