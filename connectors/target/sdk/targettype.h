// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "connectors/target/sdk/connector.h"
#include "models/domain/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace certdesk::target {

/// One setting of a target type, as the wizard shows it and `--set key=value` names it.
struct FieldSpec
{
    enum class Kind {
        Text,    ///< free text
        Path,    ///< an absolute file path
        Folder,  ///< an absolute folder path
        Command, ///< a command line split into argv (no shell), checked against injection
        Port,    ///< 1..65535
        Number,  ///< a non-negative integer (timeouts, ...)
        Bool,    ///< "true"/"false"
        Choice,  ///< one of `choices`
        Secret,  ///< a password or key: sealed in the secret store, never in config_json or logs
        Host,    ///< a host name or address
    };
    QString key;   ///< "cert_path", as in the seed documents
    QString label; ///< translated
    Kind kind = Kind::Text;
    QString defaultValue; ///< may depend on another field (postfix/dovecot): see TargetType::defaults
    bool required = false;
    QStringList choices; ///< for Choice
    QString help;        ///< translated, one sentence
};

/// A target's settings: plain values (stored as config_json) and secrets (sealed separately).
struct TargetSettings
{
    QJsonObject values;
    /// A std::map, not a QHash: SecureBytes is move-only, and QHash needs copyable values to detach.
    /// Fill it with `secrets[key] = pki::SecureBytes(bytes)` or emplace.
    std::map<QString, pki::SecureBytes> secrets;
    /// The target's name, for connectors that mark what they install with it (Caddy tags its
    /// certificate "certdesk:<name>"); empty when not known yet (the wizard's test before saving).
    QString targetName;

    TargetSettings clone() const;
    QString text(const QString &key) const; ///< values[key] as text, empty when absent
    /// The secret `key`, or nullptr when it is absent.
    const pki::SecureBytes *secret(const QString &key) const;
};

/// A kind of deployment target: its fields and how to make its connector from settings.
struct TargetType
{
    QString name;        ///< "nginx"
    QString displayName; ///< "nginx", "Apache httpd", "Java keystore" (translated where needed)
    QString description; ///< translated, one sentence for the wizard's type list
    QList<FieldSpec> fields;
    /// The defaults for the current values (a mode field may change the other defaults).
    std::function<QJsonObject(const QJsonObject &values)> defaults;
    /// Checks every field (kinds, required, commands against injection) and makes the connector;
    /// a clear error names the field. Does no I/O.
    std::function<Result<std::unique_ptr<Connector>>(const TargetSettings &settings)> create;
};

/// Every target type this build knows, in the order the wizard lists them.
const QList<TargetType> &targetTypes();
/// The type named `name`; nullptr when there is none.
const TargetType *findTargetType(const QString &name);

} // namespace certdesk::target
