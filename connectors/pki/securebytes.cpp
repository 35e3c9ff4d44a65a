// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/securebytes.h"

#include <openssl/crypto.h>

namespace certdesk::pki {

void SecureBytes::wipe()
{
    // Only a buffer this object owns alone is overwritten: calling data() on a shared QByteArray
    // would detach and wipe a fresh copy, and wiping the shared buffer in place would zero the
    // bytes under another holder that copied bytes() on purpose.
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    m_bytes.clear();
}

} // namespace certdesk::pki
