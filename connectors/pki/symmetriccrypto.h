// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QByteArray>

namespace certdesk::pki {

/// Length of a data key and of a derived key, in bytes (AES-256).
inline constexpr int AeadKeyLength = 32;

/// Cryptographically random bytes from OpenSSL's DRBG; empty when `count` <= 0 or the DRBG fails.
SecureBytes randomBytes(int count);

/// Encrypts with AES-256-GCM under `key` (32 bytes). The result is self-contained:
/// 1 version byte (0x01) | 12-byte random nonce | ciphertext | 16-byte tag. `aad` is authenticated,
/// not stored; the same aad must be given to aeadOpen.
Result<QByteArray> aeadSeal(const SecureBytes &key, const QByteArray &plaintext, const QByteArray &aad = {});

/// Decrypts what aeadSeal produced. A wrong key, a wrong aad or tampered bytes is an Error.
Result<SecureBytes> aeadOpen(const SecureBytes &key, const QByteArray &sealed, const QByteArray &aad = {});

/// PBKDF2-HMAC-SHA256 with the given salt and iteration count, 32 bytes out.
Result<SecureBytes> deriveKeyPbkdf2(const SecureBytes &passphrase, const QByteArray &salt, int iterations);

/// Lowercase hex SHA-256 of the data.
QString sha256Hex(const QByteArray &data);

/// Whether two byte strings are equal, in a time that does not depend on where they differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace certdesk::pki
