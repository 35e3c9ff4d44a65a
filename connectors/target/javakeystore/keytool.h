// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/target/javakeystore: the few keytool calls the JKS mode needs, run through
// the Sandbox, with passwords passed in the environment.

#include "connectors/pki/securebytes.h"
#include "connectors/target/sdk/sandbox.h"
#include "models/domain/result.h"

#include <QString>

namespace certdesk::target::javakeystore {

/// The SHA-256 of the certificate stored under `alias` in the JKS `keystore`; empty when the alias
/// does not exist. A wrong password is ErrorCode::WrongPassword.
Result<QString> jksAliasSha256(Sandbox &sandbox, const QString &keytool, const QString &keystore,
                               const pki::SecureBytes &password, const QString &alias);

/// Imports the entry `alias` of the PKCS#12 `source` into the JKS `destination` (created when
/// missing), replacing an entry of that alias; both stores use `password`.
Status jksImport(Sandbox &sandbox, const QString &keytool, const QString &source, const QString &destination,
                 const pki::SecureBytes &password, const QString &alias);

/// The number of entries of a JKS `keystore`, which proves that `password` opens it.
Result<int> jksEntryCount(Sandbox &sandbox, const QString &keytool, const QString &keystore,
                          const pki::SecureBytes &password);

} // namespace certdesk::target::javakeystore
