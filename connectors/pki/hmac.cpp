// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/hmac.h"

#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslutil.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace certdesk::pki {

QString hmacSha256Hex(const SecureBytes &key, const QByteArray &data)
{
    const ErrorQueueScope scope;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    // An empty key is valid for HMAC; OpenSSL wants a non-null pointer for it.
    static const unsigned char emptyKey = 0;
    const void *keyData = key.isEmpty() ? static_cast<const void *>(&emptyKey) : key.data();
    if (!HMAC(EVP_sha256(), keyData, static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()),
              mac, &macLength))
        return {};
    return lowerHex(mac, macLength);
}

} // namespace certdesk::pki
