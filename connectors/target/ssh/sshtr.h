// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the SSH target connector.

#include <QCoreApplication>
#include <QString>

namespace certdesk::target::ssh {

/// Translates a user-facing text of the SSH target connector.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target::ssh", text);
}

} // namespace certdesk::target::ssh
