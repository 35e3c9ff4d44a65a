// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/protocol/signatureverifier.h"

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace certdesk::acmetest {

bool verifySignature(const pki::SecureBytes &privateKeyPem, const char *digest, const QByteArray &input,
                     const QByteArray &signature, bool rawEcdsa)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(privateKeyPem.data(), int(privateKeyPem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    if (!key)
        return false;
    QByteArray der = signature;
    if (rawEcdsa) {
        const int half = int(signature.size() / 2);
        const auto *raw = reinterpret_cast<const unsigned char *>(signature.constData());
        std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> sig(ECDSA_SIG_new(), &ECDSA_SIG_free);
        ECDSA_SIG_set0(sig.get(), BN_bin2bn(raw, half, nullptr), BN_bin2bn(raw + half, half, nullptr));
        unsigned char *encoded = nullptr;
        const int length = i2d_ECDSA_SIG(sig.get(), &encoded);
        der = QByteArray(reinterpret_cast<const char *>(encoded), length);
        OPENSSL_free(encoded);
    }
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return EVP_DigestVerifyInit_ex(context.get(), nullptr, digest, nullptr, nullptr, key.get(), nullptr) ==
               1 &&
           EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(der.constData()),
                            size_t(der.size()), reinterpret_cast<const unsigned char *>(input.constData()),
                            size_t(input.size())) == 1;
}

} // namespace certdesk::acmetest
