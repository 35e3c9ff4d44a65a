// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/opensslutil.h"

#include <openssl/crypto.h>

namespace certdesk::pki {

X509Ptr x509FromDer(const QByteArray &der)
{
    if (der.isEmpty())
        return {};
    const unsigned char *p = ucharData(der);
    X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
    if (cert && p != ucharData(der) + der.size())
        return {};
    return cert;
}

QByteArray x509ToDer(const X509 *cert)
{
    return i2dBytes(i2d_X509, cert);
}

EvpPkeyPtr privateKeyFromPkcs8(const SecureBytes &pkcs8Der)
{
    if (pkcs8Der.isEmpty())
        return {};
    const unsigned char *p = ucharData(pkcs8Der.bytes());
    Pkcs8Ptr p8(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, static_cast<long>(pkcs8Der.size())));
    if (!p8 || p != ucharData(pkcs8Der.bytes()) + pkcs8Der.size())
        return {};
    return EvpPkeyPtr(EVP_PKCS82PKEY(p8.get()));
}

SecureBytes privateKeyToPkcs8(const EVP_PKEY *key)
{
    // i2d_PrivateKey would write RSA and EC keys in their traditional (PKCS#1 / SEC1) form.
    Pkcs8Ptr p8(EVP_PKEY2PKCS8(key));
    if (!p8)
        return {};
    const int len = i2d_PKCS8_PRIV_KEY_INFO(p8.get(), nullptr);
    if (len <= 0)
        return {};
    QByteArray buf(len, '\0');
    auto *p = reinterpret_cast<unsigned char *>(buf.data());
    const bool ok = i2d_PKCS8_PRIV_KEY_INFO(p8.get(), &p) == len;
    // Handed over before the check so that the buffer is wiped on the failure path too.
    SecureBytes out(std::move(buf));
    if (!ok)
        return {};
    return out;
}

QByteArray publicKeyToDer(const EVP_PKEY *key)
{
    return i2dBytes(i2d_PUBKEY, key);
}

QString keyTypeName(const EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA");
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA-PSS");
    case EVP_PKEY_EC:
        return QStringLiteral("EC");
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    case EVP_PKEY_DSA:
        return QStringLiteral("DSA");
    default:
        break;
    }
    const char *name = EVP_PKEY_get0_type_name(key);
    return name ? QString::fromUtf8(name) : QStringLiteral("unknown");
}

QString lowerHex(const unsigned char *data, qsizetype len)
{
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(data), len).toHex());
}

QString colonUpperHex(const unsigned char *data, qsizetype len)
{
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), len).toHex(':').toUpper());
}

QString asn1ToQString(const ASN1_STRING *str)
{
    if (!str)
        return {};
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, str);
    if (len < 0)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

} // namespace certdesk::pki
