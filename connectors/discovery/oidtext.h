// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Names of object identifiers. Private to connectors/discovery.

#include "connectors/discovery/derreader.h"

#include <QString>

namespace certdesk::discovery {

/// OpenSSL's long name of an OBJECT IDENTIFIER element ("sha256WithRSAEncryption"), its dotted
/// form when OpenSSL does not know it, empty when the element is not a valid OID.
QString oidText(const DerElement &oid);

} // namespace certdesk::discovery
