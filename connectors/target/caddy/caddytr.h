// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the Caddy target connector.

#include <QCoreApplication>
#include <QString>

namespace certdesk::target::caddy {

/// Translates a user-facing text of the Caddy target connector.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::target::caddy", text);
}

} // namespace certdesk::target::caddy
