// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `--set key=value` options of the commands that configure an object described by
// target::FieldSpec fields (`target add`, `notify add`), and the listing of such fields (`target
// types`, `notify types`). A secret field is only ever read from a file.

#include "app/cli/commandhelpers.h"
#include "connectors/target/sdk/targettype.h"
#include "models/domain/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace certdesk::cli {

/// The suffix that names a file holding a secret field: `--set password_file=PATH`.
QString secretFileSuffix();

/// Reads `--set key=value` assignments into settings for a type with `fields`. A secret field is
/// only read from a file (`--set <field>_file=PATH`: the whole file, without the final line break
/// when it is one line), never taken from the command line, where other users can see it: an
/// InvalidInput Error saying to use the _file form. Keys the fields do not know are kept as values,
/// for the service to refuse with the list of the type's settings.
Result<target::TargetSettings> readSettingOptions(const QList<target::FieldSpec> &fields,
                                                  const QStringList &assignments);

/// The fields as JSON (key, label, required, secret, default, help), and, when `text` is given, one
/// line per field ("    key_file  help (required) [default: x]"). `defaults` overrides the fields'
/// own defaults.
QJsonArray describeFields(const QList<target::FieldSpec> &fields, const QJsonObject &defaults,
                          QTextStream *text);

/// The options of `target add TYPE` and `notify add TYPE`: the new object's --name and its --set
/// settings.
struct NamedSettingsOptions
{
    /// `nameHelp` describes --name.
    explicit NamedSettingsOptions(const QString &nameHelp);

    QCommandLineOption name;
    QCommandLineOption set;

    /// For an ArgumentCheck: one TYPE argument (else the usage error `typeMessage`), --name, and the
    /// --set assignments read into `settings` for the fields `fieldsOf(TYPE)` (an unknown type has
    /// none: the service refuses it).
    std::optional<int> read(CommandContext &ctx, const CommandParser &p, const QString &typeMessage,
                            const std::function<QList<target::FieldSpec>(const QString &type)> &fieldsOf,
                            target::TargetSettings &settings) const;
};

/// `target types` and `notify types`: adds --json, parses, and prints each of `types` (having name,
/// displayName, description and fields) with its fields, as text or as {"types": [...]};
/// `defaultsOf(type)` gives the defaults that override the fields' own.
template <typename Types, typename DefaultsOf>
int typesCommand(CommandContext &ctx, CommandParser &p, const Types &types, DefaultsOf &&defaultsOf)
{
    p.addOptions({jsonOption()});
    if (auto code = p.parse(); code)
        return *code;
    using Type = typename Types::value_type;
    return printList(
        ctx, p, QStringLiteral("types"), types,
        [&](const Type &type) {
            return QJsonObject{
                {QStringLiteral("name"), type.name},
                {QStringLiteral("display_name"), type.displayName},
                {QStringLiteral("description"), type.description},
                {QStringLiteral("fields"), describeFields(type.fields, defaultsOf(type), nullptr)}};
        },
        [&](QTextStream &out, const Type &type) {
            out << type.name << QStringLiteral("  ") << type.description << u'\n';
            describeFields(type.fields, defaultsOf(type), &out);
        });
}

} // namespace certdesk::cli
