// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/privatekey.h"

#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"

#include <openssl/decoder.h>
#include <openssl/err.h>

#include <QByteArrayView>
#include <QCoreApplication>

#include <cstring>

namespace certdesk::pki {

namespace {

using DecoderCtxPtr = OpenSslPtr<OSSL_DECODER_CTX, OSSL_DECODER_CTX_free>;

/// What the decoder's passphrase callback gets, and whether the key asked for a passphrase.
struct PassphraseRequest
{
    const SecureBytes *passphrase = nullptr; ///< UTF-8; null when the caller gave none
    bool asked = false;
};

/// OSSL_PASSPHRASE_CALLBACK: hands out the caller's passphrase, or fails when there is none, and
/// records that the key is encrypted.
int passphraseCallback(char *pass, size_t passSize, size_t *passLen, const OSSL_PARAM[], void *arg)
{
    auto *request = static_cast<PassphraseRequest *>(arg);
    request->asked = true;
    if (!request->passphrase)
        return 0;
    const auto len = static_cast<size_t>(request->passphrase->size());
    if (len > passSize)
        return 0;
    if (len > 0)
        std::memcpy(pass, request->passphrase->data(), len);
    *passLen = len;
    return 1;
}

/// The first PEM block whose label ends in "PRIVATE KEY" (PKCS#8, encrypted PKCS#8, traditional),
/// BEGIN to END line, in wiped memory; empty when there is none. Certificates around it are skipped.
SecureBytes privateKeyPemBlock(const QByteArray &text)
{
    static constexpr QByteArrayView Begin("-----BEGIN ");
    for (qsizetype at = text.indexOf(Begin); at >= 0; at = text.indexOf(Begin, at + 1)) {
        const qsizetype labelStart = at + Begin.size();
        const qsizetype labelEnd = text.indexOf("-----", labelStart);
        if (labelEnd < 0)
            break;
        const QByteArray label = text.mid(labelStart, labelEnd - labelStart);
        if (!label.endsWith("PRIVATE KEY") || label.contains('\n'))
            continue;
        const QByteArray end = "-----END " + label + "-----";
        const qsizetype endAt = text.indexOf(end, labelEnd);
        // A block without its END line is passed on as it is, for the decoder to refuse.
        const qsizetype stop = endAt < 0 ? text.size() : endAt + end.size();
        return SecureBytes(text.mid(at, stop - at));
    }
    return {};
}

/// Decodes a private key with OpenSSL's decoders (input "PEM" or "DER", any structure: PKCS#8,
/// EncryptedPrivateKeyInfo, or the traditional RSA/EC form, with DEK-Info encryption for PEM).
EvpPkeyPtr decodePrivateKey(const QByteArray &data, const char *inputType, PassphraseRequest &request)
{
    EVP_PKEY *pkey = nullptr;
    DecoderCtxPtr ctx(OSSL_DECODER_CTX_new_for_pkey(&pkey, inputType, nullptr, nullptr, EVP_PKEY_KEYPAIR,
                                                    nullptr, nullptr));
    if (!ctx || OSSL_DECODER_CTX_set_passphrase_cb(ctx.get(), passphraseCallback, &request) != 1)
        return {};
    const auto *p = ucharData(data);
    size_t len = static_cast<size_t>(data.size());
    const bool ok = OSSL_DECODER_from_data(ctx.get(), &p, &len) == 1;
    EvpPkeyPtr key(pkey);
    if (!ok)
        return {};
    return key;
}

} // namespace

Result<LoadedPrivateKey> readPrivateKey(const QByteArray &pemOrDer, const std::optional<QString> &passphrase)
{
    const ErrorQueueScope errorScope;
    if (pemOrDer.trimmed().isEmpty())
        return Error{QCoreApplication::translate("certdesk", "The key file is empty.")};

    const SecureBytes passphraseUtf8(passphrase ? passphrase->toUtf8() : QByteArray());
    PassphraseRequest request{passphrase ? &passphraseUtf8 : nullptr, false};
    EvpPkeyPtr key;
    if (pemOrDer.contains("-----BEGIN ")) {
        const SecureBytes block = privateKeyPemBlock(pemOrDer);
        if (block.isEmpty())
            return Error{QCoreApplication::translate("certdesk", "The PEM data holds no private key.")};
        key = decodePrivateKey(block.bytes(), "PEM", request);
    } else {
        key = decodePrivateKey(pemOrDer, "DER", request);
    }

    if (!key) {
        // The detail is OpenSSL's error queue, which never holds the passphrase itself.
        if (request.asked && !passphrase)
            return openSslError(QCoreApplication::translate(
                                    "certdesk", "The private key is encrypted: enter its passphrase."),
                                ErrorCode::PasswordRequired);
        if (request.asked)
            return openSslError(
                QCoreApplication::translate("certdesk", "The passphrase does not open the private key."),
                ErrorCode::WrongPassword);
        return openSslError(QCoreApplication::translate(
            "certdesk",
            "The data is not a private key in a supported format (PKCS#8, RSA or EC; PEM or DER)."));
    }

    LoadedPrivateKey out;
    out.pkcs8Der = privateKeyToPkcs8(key.get());
    if (out.pkcs8Der.isEmpty())
        return openSslError(
            QCoreApplication::translate("certdesk", "The data holds a public key, not a private key."));
    out.keyType = keyTypeName(key.get());
    out.publicKeyDer = publicKeyToDer(key.get());
    if (out.publicKeyDer.isEmpty())
        return openSslError(QCoreApplication::translate("certdesk", "The private key could not be encoded."));
    return out;
}

bool keyMatchesCertificate(const SecureBytes &keyPkcs8, const QByteArray &certificateDer)
{
    const ErrorQueueScope errorScope;
    const EvpPkeyPtr key = privateKeyFromPkcs8(keyPkcs8);
    const X509Ptr cert = x509FromDer(certificateDer);
    if (!key || !cert)
        return false;
    const EVP_PKEY *certKey = X509_get0_pubkey(cert.get());
    return certKey && EVP_PKEY_eq(certKey, key.get()) == 1;
}

Result<QByteArray> publicKeyOf(const SecureBytes &keyPkcs8)
{
    const ErrorQueueScope errorScope;
    const EvpPkeyPtr key = privateKeyFromPkcs8(keyPkcs8);
    if (!key)
        return openSslError(
            QCoreApplication::translate("certdesk", "The private key is not a valid PKCS#8 private key."));
    QByteArray der = publicKeyToDer(key.get());
    if (der.isEmpty())
        return openSslError(QCoreApplication::translate("certdesk", "The public key could not be encoded."));
    return der;
}

} // namespace certdesk::pki
