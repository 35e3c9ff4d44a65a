// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/accountkey.h"

#include "connectors/issuer/acme/protocol/acmetr.h"
#include "connectors/issuer/acme/protocol/base64url.h"
#include "connectors/issuer/acme/protocol/jwk.h"
#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"
#include "connectors/pki/privatekey.h"

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/pem.h>

namespace certdesk::issuer::acme {
namespace {

using EcdsaSigPtr = pki::OpenSslPtr<ECDSA_SIG, ECDSA_SIG_free>;

/// The fixed-length big-endian bytes of a BIGNUM parameter of `key`; empty on failure.
QByteArray bignumParameter(const EVP_PKEY *key, const char *name, int length)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1 || !raw)
        return {};
    pki::BignumPtr value(raw);
    const int size = length > 0 ? length : BN_num_bytes(value.get());
    QByteArray bytes(size, '\0');
    if (BN_bn2binpad(value.get(), reinterpret_cast<unsigned char *>(bytes.data()), size) != size)
        return {};
    return bytes;
}

QString groupName(const EVP_PKEY *key)
{
    char name[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &length) != 1)
        return {};
    return QString::fromLatin1(name, static_cast<qsizetype>(length));
}

pki::EvpPkeyPtr generateRaw(AccountKey::Algorithm algorithm)
{
    switch (algorithm) {
    case AccountKey::Algorithm::EcP256:
        return pki::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    case AccountKey::Algorithm::EcP384:
        return pki::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
    case AccountKey::Algorithm::Rsa2048:
        return pki::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048)));
    case AccountKey::Algorithm::Rsa3072:
        return pki::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(3072)));
    case AccountKey::Algorithm::Rsa4096:
        return pki::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(4096)));
    }
    return {};
}

} // namespace

struct AccountKey::Impl
{
    pki::EvpPkeyPtr key;
    QString algorithm;            ///< JWS alg
    const char *digest = nullptr; ///< "SHA256" / "SHA384"
    int coordinateSize = 0;       ///< bytes of R and S for ECDSA; 0 for RSA
    QJsonObject jwk;
    QByteArray thumbprint;

    /// Checks that `key` is an allowed account key and fills in what signing needs.
    static Result<std::shared_ptr<const Impl>> make(pki::EvpPkeyPtr key)
    {
        auto impl = std::make_shared<Impl>();
        const QString type = pki::keyTypeName(key.get());
        if (type == u"EC") {
            const QString group = groupName(key.get());
            if (group == u"prime256v1" || group == u"P-256") {
                impl->algorithm = QStringLiteral("ES256");
                impl->digest = "SHA256";
                impl->coordinateSize = 32;
                impl->jwk.insert(u"crv", QStringLiteral("P-256"));
            } else if (group == u"secp384r1" || group == u"P-384") {
                impl->algorithm = QStringLiteral("ES384");
                impl->digest = "SHA384";
                impl->coordinateSize = 48;
                impl->jwk.insert(u"crv", QStringLiteral("P-384"));
            } else {
                return Error{tr("The ACME account key uses the elliptic curve %1; ACME account keys must be "
                                "EC P-256, EC P-384 or RSA.")
                                 .arg(group),
                             {},
                             ErrorCode::InvalidInput};
            }
            const QByteArray x = bignumParameter(key.get(), OSSL_PKEY_PARAM_EC_PUB_X, impl->coordinateSize);
            const QByteArray y = bignumParameter(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, impl->coordinateSize);
            if (x.isEmpty() || y.isEmpty())
                return pki::openSslError(tr("The public part of the ACME account key could not be read."));
            impl->jwk.insert(u"kty", QStringLiteral("EC"));
            impl->jwk.insert(u"x", QString::fromLatin1(base64Url(x)));
            impl->jwk.insert(u"y", QString::fromLatin1(base64Url(y)));
        } else if (type == u"RSA") {
            if (EVP_PKEY_get_bits(key.get()) < 2048) {
                return Error{tr("The ACME account key is an RSA key of %1 bits; CAs require at least 2048.")
                                 .arg(EVP_PKEY_get_bits(key.get())),
                             {},
                             ErrorCode::InvalidInput};
            }
            impl->algorithm = QStringLiteral("RS256");
            impl->digest = "SHA256";
            const QByteArray n = bignumParameter(key.get(), OSSL_PKEY_PARAM_RSA_N, 0);
            const QByteArray e = bignumParameter(key.get(), OSSL_PKEY_PARAM_RSA_E, 0);
            if (n.isEmpty() || e.isEmpty())
                return pki::openSslError(tr("The public part of the ACME account key could not be read."));
            impl->jwk.insert(u"kty", QStringLiteral("RSA"));
            impl->jwk.insert(u"n", QString::fromLatin1(base64Url(n)));
            impl->jwk.insert(u"e", QString::fromLatin1(base64Url(e)));
        } else {
            return Error{
                tr("The ACME account key is of type %1; ACME account keys must be EC P-256, EC P-384 "
                   "or RSA.")
                    .arg(type),
                {},
                ErrorCode::InvalidInput};
        }
        impl->thumbprint = jwkThumbprint(impl->jwk);
        impl->key = std::move(key);
        return std::shared_ptr<const Impl>(std::move(impl));
    }
};

AccountKey::AccountKey() = default;

AccountKey::AccountKey(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}

Result<AccountKey> AccountKey::generate(Algorithm algorithm)
{
    pki::ErrorQueueScope scope;
    pki::EvpPkeyPtr key = generateRaw(algorithm);
    if (!key)
        return pki::openSslError(tr("A new ACME account key could not be generated."));
    Result<std::shared_ptr<const Impl>> impl = Impl::make(std::move(key));
    if (!impl)
        return impl.error();
    return AccountKey(std::move(*impl));
}

Result<AccountKey> AccountKey::fromPem(const pki::SecureBytes &pem)
{
    Result<pki::LoadedPrivateKey> loaded = pki::readPrivateKey(pem.bytes());
    if (!loaded) {
        Error error = loaded.error();
        error.message = tr("The ACME account key could not be read: %1").arg(error.message);
        return error;
    }
    return fromPkcs8(loaded->pkcs8Der);
}

Result<AccountKey> AccountKey::fromPkcs8(const pki::SecureBytes &pkcs8Der)
{
    pki::ErrorQueueScope scope;
    pki::EvpPkeyPtr key = pki::privateKeyFromPkcs8(pkcs8Der);
    if (!key)
        return pki::openSslError(tr("The ACME account key is not a PKCS#8 private key."),
                                 ErrorCode::InvalidInput);
    Result<std::shared_ptr<const Impl>> impl = Impl::make(std::move(key));
    if (!impl)
        return impl.error();
    return AccountKey(std::move(*impl));
}

pki::SecureBytes AccountKey::toPem() const
{
    if (!m_impl)
        return {};
    pki::ErrorQueueScope scope;
    // A secure-memory BIO is wiped when it is freed.
    pki::BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), m_impl->key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    if (length <= 0 || !data)
        return {};
    return pki::SecureBytes(QByteArray(data, static_cast<qsizetype>(length)));
}

QString AccountKey::jwsAlgorithm() const
{
    return m_impl ? m_impl->algorithm : QString();
}

QJsonObject AccountKey::jwk() const
{
    return m_impl ? m_impl->jwk : QJsonObject();
}

QByteArray AccountKey::thumbprint() const
{
    return m_impl ? m_impl->thumbprint : QByteArray();
}

QString AccountKey::keyAuthorization(const QString &token) const
{
    return token + u'.' + QString::fromLatin1(thumbprint());
}

Result<QByteArray> AccountKey::sign(const QByteArray &signingInput) const
{
    if (!m_impl)
        return Error{tr("No ACME account key is set.")};
    pki::ErrorQueueScope scope;
    pki::EvpMdCtxPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    const auto inputLength = static_cast<size_t>(signingInput.size());
    if (!context ||
        EVP_DigestSignInit_ex(context.get(), nullptr, m_impl->digest, nullptr, nullptr, m_impl->key.get(),
                              nullptr) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, input, inputLength) != 1) {
        return pki::openSslError(tr("The ACME request could not be signed with the account key."));
    }
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, input,
                       inputLength) != 1) {
        return pki::openSslError(tr("The ACME request could not be signed with the account key."));
    }
    signature.truncate(static_cast<qsizetype>(length));
    if (m_impl->coordinateSize == 0)
        return signature;

    // ECDSA: OpenSSL writes a DER Ecdsa-Sig-Value; JWS wants R and S as fixed-length octets.
    const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
    EcdsaSigPtr parsed(d2i_ECDSA_SIG(nullptr, &der, static_cast<long>(signature.size())));
    if (!parsed)
        return pki::openSslError(tr("The ACME request could not be signed with the account key."));
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(parsed.get(), &r, &s);
    const int size = m_impl->coordinateSize;
    QByteArray raw(2 * size, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, size) != size || BN_bn2binpad(s, out + size, size) != size)
        return pki::openSslError(tr("The ACME request could not be signed with the account key."));
    return raw;
}

bool AccountKey::operator==(const AccountKey &other) const
{
    if (!m_impl || !other.m_impl)
        return !m_impl && !other.m_impl;
    return m_impl->thumbprint == other.m_impl->thumbprint;
}

} // namespace certdesk::issuer::acme
