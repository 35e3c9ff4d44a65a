// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/opensslutil.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/params.h>

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
    // A provider key (every key OpenSSL 3 makes or reads): one encoder straight to PrivateKeyInfo
    // DER, wiped after the copy. EVP_PKEY2PKCS8 runs the same encoder, decodes its output into a
    // PKCS8_PRIV_KEY_INFO, and frees that first encoding without wiping it.
    OSSL_ENCODER_CTX *encoder =
        OSSL_ENCODER_CTX_new_for_pkey(key, OSSL_KEYMGMT_SELECT_ALL, "DER", "PrivateKeyInfo", nullptr);
    const bool provided = encoder && OSSL_ENCODER_CTX_get_num_encoders(encoder) > 0;
    unsigned char *der = nullptr;
    size_t derLength = 0;
    const bool encoded = provided && OSSL_ENCODER_to_data(encoder, &der, &derLength) == 1 && der;
    OSSL_ENCODER_CTX_free(encoder);
    if (encoded) {
        SecureBytes out(QByteArray(reinterpret_cast<const char *>(der), static_cast<qsizetype>(derLength)));
        OPENSSL_clear_free(der, derLength);
        return out;
    }
    if (provided)
        return {};

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

namespace {

/// The SubjectPublicKeyInfo of a named-curve EC key with uncompressed points or of an EdDSA key,
/// built from the key's parameters the way OpenSSL's own encoder builds it (the algorithm, the
/// curve, the point; the raw key for EdDSA) but without setting up an OSSL_ENCODER, which in
/// OpenSSL 3.0 costs more than an ECDSA signature. Empty for every other key (RSA, DSA, explicit
/// curve parameters, compressed points): the encoder does those.
QByteArray subjectPublicKeyInfoFromParameters(const EVP_PKEY *key)
{
    const int type = EVP_PKEY_get_base_id(key);
    unsigned char point[160];
    size_t pointLength = 0;
    int algorithm = type;
    int parameterType = V_ASN1_UNDEF;
    ASN1_OBJECT *curve = nullptr; // static objects from OBJ_nid2obj: nothing to free
    if (type == EVP_PKEY_EC) {
        char group[80] = {};
        char encoding[32] = {};
        char format[32] = {};
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group),
            OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_EC_ENCODING, encoding, sizeof encoding),
            OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT, format,
                                             sizeof format),
            OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof point),
            OSSL_PARAM_construct_end()};
        // The encoded public key is always uncompressed, whatever the key's own point format.
        if (EVP_PKEY_get_params(key, params) != 1 || !OSSL_PARAM_modified(&params[0]) ||
            !OSSL_PARAM_modified(&params[1]) || !OSSL_PARAM_modified(&params[2]) ||
            !OSSL_PARAM_modified(&params[3]) || qstrcmp(encoding, OSSL_PKEY_EC_ENCODING_GROUP) != 0 ||
            qstrcmp(format, OSSL_PKEY_EC_POINT_CONVERSION_FORMAT_UNCOMPRESSED) != 0)
            return {};
        const int curveNid = OBJ_txt2nid(group);
        curve = curveNid == NID_undef ? nullptr : OBJ_nid2obj(curveNid);
        if (!curve)
            return {};
        pointLength = params[3].return_size;
        algorithm = NID_X9_62_id_ecPublicKey;
        parameterType = V_ASN1_OBJECT;
    } else if (type == EVP_PKEY_ED25519 || type == EVP_PKEY_ED448) {
        pointLength = sizeof point;
        if (EVP_PKEY_get_raw_public_key(key, point, &pointLength) != 1)
            return {};
    } else {
        return {};
    }
    X509PubkeyPtr info(X509_PUBKEY_new());
    auto *bits = static_cast<unsigned char *>(OPENSSL_memdup(point, pointLength));
    if (!info || !bits || pointLength == 0 ||
        X509_PUBKEY_set0_param(info.get(), OBJ_nid2obj(algorithm), parameterType, curve, bits,
                               static_cast<int>(pointLength)) != 1) {
        OPENSSL_free(bits);
        return {};
    }
    return i2dBytes(i2d_X509_PUBKEY, info.get());
}

} // namespace

QByteArray publicKeyToDer(const EVP_PKEY *key)
{
    // A key the parameters do not describe is no error: only the encoder's own errors count.
    ERR_set_mark();
    QByteArray fast = subjectPublicKeyInfoFromParameters(key);
    ERR_pop_to_mark();
    return fast.isEmpty() ? i2dBytes(i2d_PUBKEY, key) : fast;
}

namespace {

/// Sets `to` to a copy of the algorithm `algorithm` and the key bits `bits`.
bool setPublicKeyParts(X509_PUBKEY *to, const X509_ALGOR *algorithm, const unsigned char *bits,
                       int bitsLength)
{
    const ASN1_OBJECT *object = nullptr;
    int parameterType = V_ASN1_UNDEF;
    const void *parameter = nullptr;
    X509_ALGOR_get0(&object, &parameterType, &parameter, algorithm);
    // X509_PUBKEY_set0_param takes ownership of copies. Parameters are absent (Ed25519), NULL
    // (RSA), a curve OID (named-curve EC) or an encoded structure (explicit EC or RSA-PSS
    // parameters, DSA), held as an ASN1_STRING; a key algorithm takes no other kind.
    Asn1ObjectPtr objectCopy(OBJ_dup(object));
    Asn1ObjectPtr oidParameter;
    OpenSslPtr<ASN1_STRING, ASN1_STRING_free> stringParameter;
    void *parameterCopy = nullptr;
    if (parameterType == V_ASN1_OBJECT) {
        oidParameter.reset(OBJ_dup(static_cast<const ASN1_OBJECT *>(parameter)));
        parameterCopy = oidParameter.get();
    } else if (parameterType != V_ASN1_UNDEF && parameterType != V_ASN1_NULL) {
        if (parameterType == V_ASN1_BOOLEAN || !parameter)
            return false;
        stringParameter.reset(ASN1_STRING_dup(static_cast<const ASN1_STRING *>(parameter)));
        parameterCopy = stringParameter.get();
    }
    OpenSslCharPtr bitsCopy(static_cast<char *>(OPENSSL_memdup(bits, static_cast<size_t>(bitsLength))));
    if (!objectCopy || !bitsCopy || bitsLength <= 0 ||
        (parameterType != V_ASN1_UNDEF && parameterType != V_ASN1_NULL && !parameterCopy))
        return false;
    if (X509_PUBKEY_set0_param(to, objectCopy.get(), parameterType, parameterCopy,
                               reinterpret_cast<unsigned char *>(bitsCopy.get()), bitsLength) != 1)
        return false;
    objectCopy.release();
    oidParameter.release();
    stringParameter.release();
    bitsCopy.release();
    return true;
}

} // namespace

bool copyPublicKey(X509_PUBKEY *to, const X509_PUBKEY *from)
{
    const unsigned char *bits = nullptr;
    int bitsLength = 0;
    X509_ALGOR *algorithm = nullptr;
    if (!to || !from || X509_PUBKEY_get0_param(nullptr, &bits, &bitsLength, &algorithm, from) != 1 ||
        !algorithm)
        return false;
    return setPublicKeyParts(to, algorithm, bits, bitsLength);
}

bool setPublicKeyFromDer(X509_PUBKEY *to, const QByteArray &subjectPublicKeyInfoDer)
{
    // SEQUENCE { AlgorithmIdentifier, BIT STRING }, and nothing after it.
    const unsigned char *p = ucharData(subjectPublicKeyInfoDer);
    long length = 0;
    int tag = 0;
    int xclass = 0;
    if (!to || subjectPublicKeyInfoDer.isEmpty() ||
        (ASN1_get_object(&p, &length, &tag, &xclass, static_cast<long>(subjectPublicKeyInfoDer.size())) &
         0x80) ||
        tag != V_ASN1_SEQUENCE || xclass != V_ASN1_UNIVERSAL ||
        p + length != ucharData(subjectPublicKeyInfoDer) + subjectPublicKeyInfoDer.size())
        return false;
    const unsigned char *end = p + length;
    X509AlgorPtr algorithm(d2i_X509_ALGOR(nullptr, &p, static_cast<long>(end - p)));
    Asn1BitStringPtr bits(algorithm ? d2i_ASN1_BIT_STRING(nullptr, &p, static_cast<long>(end - p)) : nullptr);
    if (!bits || p != end)
        return false;
    return setPublicKeyParts(to, algorithm.get(), ASN1_STRING_get0_data(bits.get()),
                             ASN1_STRING_length(bits.get()));
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
