// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the ACME protocol library.

#include "models/domain/result.h"

#include <QString>

namespace certdesk::issuer::acme {

/// Checks an e-mail address as an administrator typed it ("admin@example.org", or already
/// "mailto:admin@example.org") and returns the bare address. One address only: no spaces, commas,
/// or a second '@'. An Error (InvalidInput) says what is wrong with it.
Result<QString> checkedEmailAddress(const QString &typed);

} // namespace certdesk::issuer::acme
