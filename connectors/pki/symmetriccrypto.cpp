// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/symmetriccrypto.h"

#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QCoreApplication>
#include <QScopeGuard>

#include <algorithm>
#include <limits>

namespace certdesk::pki {

namespace {

constexpr char FormatVersion = 0x01;
constexpr int NonceLength = 12;
constexpr int TagLength = 16;
constexpr int HeaderLength = 1 + NonceLength;
// Leaves room for the header and tag so that every length still fits OpenSSL's int.
constexpr qsizetype MaxPayload = std::numeric_limits<int>::max() - 64;

} // namespace

SecureBytes randomBytes(int count)
{
    if (count <= 0)
        return {};
    QByteArray buf(count, '\0');
    const bool ok = RAND_bytes(reinterpret_cast<unsigned char *>(buf.data()), count) == 1;
    SecureBytes out(std::move(buf));
    if (!ok) {
        drainOpenSslErrors();
        return {};
    }
    return out;
}

Result<QByteArray> aeadSeal(const SecureBytes &key, const QByteArray &plaintext, const QByteArray &aad)
{
    if (key.size() != AeadKeyLength)
        return Error{QCoreApplication::translate("certdesk", "The encryption key has the wrong length."),
                     QStringLiteral("AES-256-GCM needs a %1-byte key, got %2 bytes")
                         .arg(AeadKeyLength)
                         .arg(key.size())};
    if (plaintext.size() > MaxPayload || aad.size() > MaxPayload)
        return Error{
            QCoreApplication::translate("certdesk", "The data is too large to encrypt in one piece."), {}};

    const SecureBytes nonce = randomBytes(NonceLength);
    if (nonce.size() != NonceLength)
        return Error{QCoreApplication::translate("certdesk", "The system's random number generator failed."),
                     {}};

    QByteArray out(HeaderLength + plaintext.size() + TagLength, Qt::Uninitialized);
    out[0] = FormatVersion;
    std::copy(nonce.bytes().cbegin(), nonce.bytes().cend(), out.begin() + 1);
    auto *ct = reinterpret_cast<unsigned char *>(out.data()) + HeaderLength;

    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), ucharData(key.bytes()),
                                    ucharData(nonce.bytes()), nullptr) != 1)
        return openSslError(QCoreApplication::translate("certdesk", "The encryption could not be started."));
    if (!aad.isEmpty() &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, ucharData(aad), static_cast<int>(aad.size())) != 1)
        return openSslError(QCoreApplication::translate("certdesk", "The data could not be encrypted."));
    int written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), ct, &len, ucharData(plaintext),
                              static_cast<int>(plaintext.size())) != 1)
            return openSslError(QCoreApplication::translate("certdesk", "The data could not be encrypted."));
        written = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), ct + written, &len) != 1)
        return openSslError(QCoreApplication::translate("certdesk", "The data could not be encrypted."));
    written += len;
    if (written != plaintext.size() ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, TagLength, ct + written) != 1)
        return openSslError(QCoreApplication::translate("certdesk", "The data could not be encrypted."));
    return out;
}

Result<SecureBytes> aeadOpen(const SecureBytes &key, const QByteArray &sealed, const QByteArray &aad)
{
    if (key.size() != AeadKeyLength)
        return Error{QCoreApplication::translate("certdesk", "The encryption key has the wrong length."),
                     QStringLiteral("AES-256-GCM needs a %1-byte key, got %2 bytes")
                         .arg(AeadKeyLength)
                         .arg(key.size())};
    if (sealed.size() < HeaderLength + TagLength)
        return Error{QCoreApplication::translate("certdesk", "The encrypted data is too short to be valid."),
                     QStringLiteral("%1 bytes, at least %2 expected")
                         .arg(sealed.size())
                         .arg(HeaderLength + TagLength)};
    if (sealed.at(0) != FormatVersion)
        return Error{
            QCoreApplication::translate("certdesk", "The encrypted data has an unknown format version."),
            QStringLiteral("version byte 0x%1")
                .arg(static_cast<unsigned char>(sealed.at(0)), 2, 16, QLatin1Char('0'))};
    if (sealed.size() > MaxPayload || aad.size() > MaxPayload)
        return Error{
            QCoreApplication::translate("certdesk", "The data is too large to decrypt in one piece."), {}};

    const auto *nonce = ucharData(sealed) + 1;
    const auto *ct = nonce + NonceLength;
    const int ctLen = static_cast<int>(sealed.size()) - HeaderLength - TagLength;
    // The tag is passed through a copy because the ctrl call takes a non-const pointer.
    unsigned char tag[TagLength];
    std::copy(ct + ctLen, ct + ctLen + TagLength, tag);

    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx ||
        EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), ucharData(key.bytes()), nonce, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, TagLength, tag) != 1)
        return openSslError(QCoreApplication::translate("certdesk", "The decryption could not be started."));
    if (!aad.isEmpty() &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, ucharData(aad), static_cast<int>(aad.size())) != 1)
        return openSslError(QCoreApplication::translate("certdesk", "The data could not be decrypted."));

    QByteArray buf(ctLen, '\0');
    // The plaintext is wiped on every path that does not hand it over.
    auto wipe = qScopeGuard([&buf] { OPENSSL_cleanse(buf.data(), static_cast<size_t>(buf.size())); });
    auto *pt = reinterpret_cast<unsigned char *>(buf.data());
    int written = 0;
    if (ctLen > 0) {
        if (EVP_DecryptUpdate(ctx.get(), pt, &len, ct, ctLen) != 1)
            return openSslError(QCoreApplication::translate("certdesk", "The data could not be decrypted."));
        written = len;
    }
    if (EVP_DecryptFinal_ex(ctx.get(), pt + written, &len) != 1)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The data could not be decrypted: the key is wrong or the data was altered."));
    if (written + len != ctLen)
        return openSslError(QCoreApplication::translate("certdesk", "The data could not be decrypted."));
    wipe.dismiss();
    return SecureBytes(std::move(buf));
}

Result<SecureBytes> deriveKeyPbkdf2(const SecureBytes &passphrase, const QByteArray &salt, int iterations)
{
    if (iterations < 1)
        return Error{
            QCoreApplication::translate("certdesk", "The key derivation needs at least one iteration."),
            QStringLiteral("iterations = %1").arg(iterations)};
    if (passphrase.size() > MaxPayload || salt.size() > MaxPayload)
        return Error{QCoreApplication::translate("certdesk", "The passphrase or salt is too long."), {}};
    QByteArray buf(AeadKeyLength, '\0');
    const bool ok = PKCS5_PBKDF2_HMAC(passphrase.data(), static_cast<int>(passphrase.size()), ucharData(salt),
                                      static_cast<int>(salt.size()), iterations, EVP_sha256(), AeadKeyLength,
                                      reinterpret_cast<unsigned char *>(buf.data())) == 1;
    SecureBytes out(std::move(buf));
    if (!ok)
        return openSslError(
            QCoreApplication::translate("certdesk", "The key could not be derived from the passphrase."));
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QString sha256Hex(const QByteArray &data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), md, &mdLen, EVP_sha256(), nullptr) !=
        1) {
        drainOpenSslErrors();
        return {};
    }
    return lowerHex(md, mdLen);
}

} // namespace certdesk::pki
