// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QString>
#include <QStringList>

namespace certdesk::target {

/// Splits a command line such as `nginx -t -c "/etc/my nginx/nginx.conf"` into argv the way a POSIX
/// shell would split it (whitespace between words, single quotes literal, double quotes with
/// backslash escapes of the double quote, backslash, dollar and backtick, a backslash outside quotes escaping
/// the next character), for a command that then runs WITHOUT a shell. Anything that only a shell would act on
/// is refused with ErrorCode::InvalidInput, an error that names the character: outside quotes `;` `&` `|` `<`
/// `>` and a backtick, and everywhere (quoted too, where it can only be an attempt at substitution)
/// `$(`, `${`, a backtick, a newline and NUL. An empty or blank command is an empty list (for
/// optional fields).
Result<QStringList> parseCommandLine(const QString &text);

/// The inverse for display: each argument quoted when it holds whitespace or quotes.
QString joinCommandLine(const QStringList &argv);

} // namespace certdesk::target
