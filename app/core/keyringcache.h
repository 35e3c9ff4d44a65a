// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"

#include <QString>

#include <optional>

namespace certdesk::core {

/// Keeps a secret for a while in the Linux kernel's per-user keyring (add_key/keyctl), so that
/// short-lived processes of the same user (`certdeskctl` runs in a script) need not repeat an
/// expensive key derivation, as sudo's timestamp or ssh-agent spare a second prompt. The entry
/// expires by itself after the given time; only processes of the same user (and root) can read it.
/// Every call fails soft: where the kernel or a sandbox refuses keyrings, lookup() finds nothing and
/// store() does nothing. Elsewhere than Linux it never caches.
class KeyringCache final
{
public:
    /// How long entries live, from CERTDESK_KEY_CACHE_SECONDS (default 300; 0 turns caching off).
    static int secondsFromEnvironment();

    explicit KeyringCache(int seconds) : m_seconds(seconds) {}
    bool enabled() const { return m_seconds > 0; }

    std::optional<pki::SecureBytes> lookup(const QString &description) const;
    void store(const QString &description, const pki::SecureBytes &payload) const;
    void forget(const QString &description) const;

private:
    int m_seconds;
};

} // namespace certdesk::core
