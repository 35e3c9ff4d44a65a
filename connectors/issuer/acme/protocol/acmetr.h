// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the ACME protocol library.

#include <QCoreApplication>
#include <QString>

namespace certdesk::issuer::acme {

/// Translates a user-facing text of the ACME protocol client.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::issuer::acme", text);
}

} // namespace certdesk::issuer::acme
