// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/opensslutil.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/objects.h>

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

bool signsWithoutDigest(const EVP_PKEY *key)
{
    return EVP_PKEY_is_a(key, "ED25519") || EVP_PKEY_is_a(key, "ED448");
}

QString ecCurveName(const EVP_PKEY *key)
{
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
        return {};
    char group[80] = {};
    size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) != 1)
        return {};
    const char *nist = EC_curve_nid2nist(OBJ_txt2nid(group));
    return QString::fromUtf8(nist ? nist : group);
}

bool setAsn1Time(ASN1_TIME *time, const QDateTime &when)
{
    if (!time || !when.isValid())
        return false;
    const QDateTime utc = when.toUTC();
    if (utc.date().year() < 1950 || utc.date().year() > 9999)
        return false;
    // GeneralizedTime text; OpenSSL turns it into UTCTime for 1950-2049 as RFC 5280 requires.
    const QByteArray text = utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
    return ASN1_TIME_set_string_X509(time, text.constData()) == 1;
}

Asn1TimePtr asn1TimeFrom(const QDateTime &when)
{
    Asn1TimePtr time(ASN1_TIME_new());
    if (!setAsn1Time(time.get(), when))
        return {};
    return time;
}

Asn1IntegerPtr asn1IntegerFromBytes(const QByteArray &bigEndian)
{
    if (bigEndian.isEmpty())
        return {};
    BignumPtr bn(BN_bin2bn(ucharData(bigEndian), static_cast<int>(bigEndian.size()), nullptr));
    if (!bn)
        return {};
    return Asn1IntegerPtr(BN_to_ASN1_INTEGER(bn.get(), nullptr));
}

QByteArray asn1IntegerToBytes(const ASN1_INTEGER *value)
{
    BignumPtr bn(value ? ASN1_INTEGER_to_BN(value, nullptr) : nullptr);
    if (!bn)
        return {};
    QByteArray out(BN_num_bytes(bn.get()), Qt::Uninitialized);
    BN_bn2bin(bn.get(), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray computedKeyIdentifier(const X509 *cert)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_pubkey_digest(cert, EVP_sha1(), md, &len) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(md), static_cast<qsizetype>(len));
}

QByteArray keyIdentifierOf(X509 *cert)
{
    if (const ASN1_OCTET_STRING *ski = X509_get0_subject_key_id(cert))
        return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(ski)),
                          ASN1_STRING_length(ski));
    return computedKeyIdentifier(cert);
}

AuthorityKeyIdPtr authorityKeyIdFor(X509 *issuer)
{
    const QByteArray keyId = keyIdentifierOf(issuer);
    AuthorityKeyIdPtr aki(AUTHORITY_KEYID_new());
    if (keyId.isEmpty() || !aki || !(aki->keyid = ASN1_OCTET_STRING_new()) ||
        ASN1_OCTET_STRING_set(aki->keyid, ucharData(keyId), static_cast<int>(keyId.size())) != 1)
        return {};
    return aki;
}

} // namespace certdesk::pki
