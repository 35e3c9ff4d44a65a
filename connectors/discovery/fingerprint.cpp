// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/fingerprint.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace certdesk::discovery {

namespace {

/// SHA-256 fetched once: with EVP_sha256() every EVP_Digest would look the provider's
/// implementation up again, under a lock shared by all threads.
const EVP_MD *sha256()
{
    static EVP_MD *const md = [] {
        EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        // Registered after OpenSSL's own exit handler, so it runs before OpenSSL cleans up.
        if (fetched)
            std::atexit([] { EVP_MD_free(md); });
        return fetched;
    }();
    return md ? md : EVP_sha256();
}

} // namespace

QString sha256Hex(const std::uint8_t *data, std::size_t size)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data, size, digest, &length, sha256(), nullptr) != 1)
        return {};
    static constexpr char Hex[] = "0123456789abcdef";
    QString out(static_cast<qsizetype>(length) * 2, Qt::Uninitialized);
    QChar *p = out.data();
    for (unsigned int i = 0; i < length; ++i) {
        *p++ = QLatin1Char(Hex[digest[i] >> 4]);
        *p++ = QLatin1Char(Hex[digest[i] & 0x0f]);
    }
    return out;
}

} // namespace certdesk::discovery
