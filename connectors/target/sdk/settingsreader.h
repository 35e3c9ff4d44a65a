// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/connector.h"
#include "connectors/target/sdk/targettype.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk::target {

/// Reads a target's settings for its type's create(): each value, or the type's default when the
/// key is absent (a value given as "" stays empty: an optional command or file switched off). Each
/// getter checks its field's kind; a bad field is an ErrorCode::InvalidInput error whose message
/// starts with the field's key. Does no I/O.
class SettingsReader
{
public:
    SettingsReader(const TargetSettings &settings, QJsonObject defaults);

    /// The value as text, or the default.
    QString text(const QString &key) const;
    /// An absolute path without ".." (FieldSpec::Kind::Path and Folder), cleaned; empty only when
    /// not `required`.
    Result<QString> path(const QString &key, bool required) const;
    /// A bare file name to put in a folder: no '/', not "." or "..".
    Result<QString> fileName(const QString &key, bool required) const;
    /// The path of the file that field `key` names (a bare file name) inside `folder`; empty only
    /// when the field is empty and not `required`.
    Result<QString> fileInFolder(const QString &folder, const QString &key, bool required) const;
    /// A command line split into argv by parseCommandLine (no shell operators); empty: none.
    Result<QStringList> command(const QString &key) const;
    /// "true" or "false" (also a JSON bool).
    Result<bool> flag(const QString &key) const;
    /// One of `choices`.
    Result<QString> choice(const QString &key, const QStringList &choices) const;
    /// The "endpoint" (host:port, "[::1]:443" for IPv6) and "server_name" (SNI) fields: nothing
    /// when endpoint is empty.
    Result<std::optional<Endpoint>> endpoint() const;

    /// An InvalidInput error about field `key`: "<key>: <reason>".
    static Error fieldError(const QString &key, const QString &reason);

private:
    const TargetSettings &m_settings;
    QJsonObject m_defaults;
};

/// The optional "endpoint" and "server_name" fields, which let a deployment be verified by a TLS
/// handshake (read with SettingsReader::endpoint()).
QList<FieldSpec> endpointFields();

} // namespace certdesk::target
