// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `--set key=value` options of the commands that configure an object described by
// target::FieldSpec fields (`target add`, `notify add`), and the listing of such fields (`target
// types`, `notify types`). A secret field is only ever read from a file.

#include "connectors/target/sdk/targettype.h"
#include "models/domain/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

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

} // namespace certdesk::cli
