// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace certdesk::core {

/// A well-known ACME CA: what the setup wizard offers and `certdeskctl issuer add acme
/// --directory KEY` accepts instead of a URL.
struct AcmePreset
{
    QString key;          ///< "letsencrypt", "letsencrypt-staging", ...
    QString displayName;  ///< translated
    QString directoryUrl; ///< empty for "custom"
    /// The CA needs External Account Binding credentials from its dashboard.
    bool needsEab = false;
    /// ZeroSSL hands out EAB credentials for an e-mail address, so none need be given.
    bool eabByEmail = false;
    QString note; ///< one translated sentence shown under the choice
};

/// The presets, Let's Encrypt first and "custom" last.
QList<AcmePreset> acmePresets();
/// The preset with this key or directory URL; nullptr when none.
const AcmePreset *findAcmePreset(const QString &keyOrUrl);

} // namespace certdesk::core
