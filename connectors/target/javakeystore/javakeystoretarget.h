// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"

namespace certdesk::target {

/// "javakeystore": puts the certificate, its chain and its key under one alias of a Java keystore
/// (PKCS#12 written natively, or JKS through keytool), keeping the other entries, then runs an
/// optional reload command. Fields as in the seed: keystore_path, keystore_password (secret),
/// keystore_type (PKCS12 or JKS), alias ("server"), reload_command, create_keystore (true),
/// keytool_path ("keytool"), and the endpoint fields.
TargetType javaKeystoreTargetType();

} // namespace certdesk::target
