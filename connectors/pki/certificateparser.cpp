// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/certificateparser.h"

#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"
#include "connectors/pki/symmetriccrypto.h"
#include "connectors/pki/x509names.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/provider.h>

#include <QCoreApplication>
#include <QScopeGuard>

#include <climits>
#include <cstdlib>
#include <ctime>

namespace certdesk::pki {

using domain::CertificateDetails;

namespace {

/// An OID's long name when OpenSSL knows it, else its dotted form.
QString objectText(const ASN1_OBJECT *obj)
{
    char buf[128];
    const int len = OBJ_obj2txt(buf, sizeof buf, obj, 0);
    if (len <= 0)
        return {};
    if (len < static_cast<int>(sizeof buf))
        return QString::fromUtf8(buf, len);
    QByteArray big(len + 1, '\0');
    OBJ_obj2txt(big.data(), len + 1, obj, 0);
    return QString::fromUtf8(big.constData(), len);
}

QDateTime asn1TimeToUtc(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString digestHex(const QByteArray &data, const EVP_MD *md)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), out, &len, md, nullptr) != 1)
        return {};
    return lowerHex(out, len);
}

QString serialToHex(const ASN1_INTEGER *serial)
{
    BignumPtr bn(ASN1_INTEGER_to_BN(serial, nullptr));
    if (!bn)
        return {};
    OpenSslCharPtr hex(BN_bn2hex(bn.get()));
    return hex ? QString::fromLatin1(hex.get()) : QString();
}

/// The readable names `openssl x509 -text` uses, in bit order.
QStringList keyUsageNames(uint32_t ku)
{
    static const struct
    {
        uint32_t bit;
        const char *name;
    } names[] = {
        {KU_DIGITAL_SIGNATURE, "Digital Signature"},
        {KU_NON_REPUDIATION, "Non Repudiation"},
        {KU_KEY_ENCIPHERMENT, "Key Encipherment"},
        {KU_DATA_ENCIPHERMENT, "Data Encipherment"},
        {KU_KEY_AGREEMENT, "Key Agreement"},
        {KU_KEY_CERT_SIGN, "Certificate Sign"},
        {KU_CRL_SIGN, "CRL Sign"},
        {KU_ENCIPHER_ONLY, "Encipher Only"},
        {KU_DECIPHER_ONLY, "Decipher Only"},
    };
    QStringList out;
    for (const auto &n : names) {
        if (ku & n.bit)
            out << QString::fromLatin1(n.name);
    }
    return out;
}

void readKey(X509 *x, CertificateDetails &d)
{
    if (EVP_PKEY *key = X509_get0_pubkey(x)) {
        d.keyType = keyTypeName(key);
        d.keyBits = EVP_PKEY_get_bits(key);
        d.curve = ecCurveName(key);
        return;
    }
    // A key type this OpenSSL cannot load (GOST, ...) is still named by its algorithm OID.
    ASN1_OBJECT *alg = nullptr;
    if (X509_PUBKEY_get0_param(&alg, nullptr, nullptr, nullptr, X509_get_X509_PUBKEY(x)) == 1 && alg)
        d.keyType = objectText(alg);
}

void readSignatureAlgorithm(const X509 *x, CertificateDetails &d)
{
    const int nid = X509_get_signature_nid(x);
    if (nid != NID_undef) {
        d.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(nid));
        return;
    }
    const X509_ALGOR *alg = nullptr;
    X509_get0_signature(nullptr, &alg, x);
    const ASN1_OBJECT *obj = nullptr;
    if (alg) {
        X509_ALGOR_get0(&obj, nullptr, nullptr, alg);
        d.signatureAlgorithm = objectText(obj);
    }
}

void readSubjectAltNames(const X509 *x, CertificateDetails &d)
{
    GeneralNamesPtr names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(x, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *gen = sk_GENERAL_NAME_value(names.get(), i);
        int type = 0;
        const auto *value = static_cast<const ASN1_STRING *>(GENERAL_NAME_get0_value(gen, &type));
        switch (type) {
        case GEN_DNS:
            d.sans.dns << asn1ToQString(value);
            break;
        case GEN_IPADD:
            d.sans.ip << formatIpAddress(value);
            break;
        case GEN_EMAIL:
            d.sans.email << asn1ToQString(value);
            break;
        case GEN_URI:
            d.sans.uri << asn1ToQString(value);
            break;
        default:
            break; // otherName, dirName, RID: SubjectAltNames has no place for them
        }
    }
}

void readBasicConstraintsAndUsage(X509 *x, CertificateDetails &d)
{
    BasicConstraintsPtr bc(
        static_cast<BASIC_CONSTRAINTS *>(X509_get_ext_d2i(x, NID_basic_constraints, nullptr, nullptr)));
    if (bc) {
        d.hasBasicConstraints = true;
        d.isCa = bc->ca != 0;
        if (bc->pathlen) {
            const long len = ASN1_INTEGER_get(bc->pathlen);
            d.pathLength = len >= 0 && len <= INT_MAX ? static_cast<int>(len) : -1;
        }
    }
    if (X509_get_extension_flags(x) & EXFLAG_KUSAGE)
        d.keyUsage = keyUsageNames(X509_get_key_usage(x));

    ExtendedKeyUsagePtr eku(
        static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(x, NID_ext_key_usage, nullptr, nullptr)));
    for (int i = 0; eku && i < sk_ASN1_OBJECT_num(eku.get()); ++i)
        d.extendedKeyUsage << objectText(sk_ASN1_OBJECT_value(eku.get(), i));
}

void readKeyIdentifiers(X509 *x, CertificateDetails &d)
{
    if (const ASN1_OCTET_STRING *ski = X509_get0_subject_key_id(x))
        d.subjectKeyId = colonUpperHex(ASN1_STRING_get0_data(ski), ASN1_STRING_length(ski));
    if (const ASN1_OCTET_STRING *aki = X509_get0_authority_key_id(x))
        d.authorityKeyId = colonUpperHex(ASN1_STRING_get0_data(aki), ASN1_STRING_length(aki));
}

void readDistributionPoints(const X509 *x, CertificateDetails &d)
{
    CrlDistPointsPtr dps(
        static_cast<CRL_DIST_POINTS *>(X509_get_ext_d2i(x, NID_crl_distribution_points, nullptr, nullptr)));
    for (int i = 0; dps && i < sk_DIST_POINT_num(dps.get()); ++i) {
        const DIST_POINT *dp = sk_DIST_POINT_value(dps.get(), i);
        if (!dp->distpoint || dp->distpoint->type != 0)
            continue; // a relative name has no URI
        const GENERAL_NAMES *names = dp->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            int type = 0;
            const auto *value = static_cast<const ASN1_STRING *>(
                GENERAL_NAME_get0_value(sk_GENERAL_NAME_value(names, j), &type));
            if (type == GEN_URI)
                d.crlDistributionPoints << asn1ToQString(value);
        }
    }

    AuthorityInfoAccessPtr aia(
        static_cast<AUTHORITY_INFO_ACCESS *>(X509_get_ext_d2i(x, NID_info_access, nullptr, nullptr)));
    for (int i = 0; aia && i < sk_ACCESS_DESCRIPTION_num(aia.get()); ++i) {
        const ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(aia.get(), i);
        int type = 0;
        const auto *value = static_cast<const ASN1_STRING *>(GENERAL_NAME_get0_value(ad->location, &type));
        if (type != GEN_URI)
            continue;
        const int method = OBJ_obj2nid(ad->method);
        if (method == NID_ad_OCSP)
            d.ocspUrls << asn1ToQString(value);
        else if (method == NID_ad_ca_issuers)
            d.caIssuerUrls << asn1ToQString(value);
    }
}

CertificateDetails detailsFromX509(X509 *x, const QByteArray &der)
{
    CertificateDetails d;
    d.der = der;
    d.version = static_cast<int>(X509_get_version(x)) + 1;
    const X509_NAME *subject = X509_get_subject_name(x);
    const X509_NAME *issuer = X509_get_issuer_name(x);
    d.subject = nameToString(subject);
    d.issuer = nameToString(issuer);
    d.commonName = lastCommonName(subject);
    d.issuerCommonName = lastCommonName(issuer);
    d.selfIssued = X509_NAME_cmp(subject, issuer) == 0;
    d.serialHex = serialToHex(X509_get0_serialNumber(x));
    d.notBefore = asn1TimeToUtc(X509_get0_notBefore(x));
    d.notAfter = asn1TimeToUtc(X509_get0_notAfter(x));
    d.sha256 = digestHex(der, EVP_sha256());
    d.sha1 = digestHex(der, EVP_sha1());
    readKey(x, d);
    readSignatureAlgorithm(x, d);
    readSubjectAltNames(x, d);
    readBasicConstraintsAndUsage(x, d);
    readKeyIdentifiers(x, d);
    readDistributionPoints(x, d);
    // Lenient on purpose: a malformed optional extension leaves its field empty rather than
    // hiding the whole certificate from an administrator who has to look at it.
    ERR_clear_error();
    return d;
}

Result<CertificateDetails> detailsOrError(X509 *x)
{
    const QByteArray der = x509ToDer(x);
    if (der.isEmpty())
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be encoded."));
    return detailsFromX509(x, der);
}

/// Adds every certificate of a signed PKCS#7 to `out`.
Status appendPkcs7Certificates(const QByteArray &der, QList<CertificateDetails> &out)
{
    const unsigned char *p = ucharData(der);
    Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, static_cast<long>(der.size())));
    if (!p7 || p != ucharData(der) + der.size())
        return openSslError(
            QCoreApplication::translate("certdesk", "The PKCS#7 data is truncated or corrupt."));
    STACK_OF(X509) *certs = nullptr;
    const int type = OBJ_obj2nid(p7->type);
    if (type == NID_pkcs7_signed && p7->d.sign)
        certs = p7->d.sign->cert;
    else if (type == NID_pkcs7_signedAndEnveloped && p7->d.signed_and_enveloped)
        certs = p7->d.signed_and_enveloped->cert;
    else
        return Error{QCoreApplication::translate("certdesk", "The PKCS#7 data is not a certificate bundle."),
                     QStringLiteral("content type %1").arg(objectText(p7->type))};
    for (int i = 0; i < sk_X509_num(certs); ++i) {
        auto details = detailsOrError(sk_X509_value(certs, i));
        if (!details)
            return details.error();
        out << std::move(details).value();
    }
    return {};
}

/// A user-facing name for a non-certificate PEM label, or empty for labels we do not know.
QString describePemLabel(const QByteArray &label)
{
    if (label.endsWith("PRIVATE KEY"))
        return label.startsWith("ENCRYPTED")
                   ? QCoreApplication::translate("certdesk", "an encrypted private key")
                   : QCoreApplication::translate("certdesk", "a private key");
    if (label == PEM_STRING_X509_REQ || label == PEM_STRING_X509_REQ_OLD)
        return QCoreApplication::translate("certdesk", "a certificate signing request (CSR)");
    if (label == PEM_STRING_X509_CRL)
        return QCoreApplication::translate("certdesk", "a certificate revocation list (CRL)");
    if (label.endsWith("PUBLIC KEY"))
        return QCoreApplication::translate("certdesk", "a public key");
    if (label.endsWith("PARAMETERS"))
        return QCoreApplication::translate("certdesk", "key parameters");
    return {};
}

Error noCertificateError(const QString &what)
{
    return Error{
        QCoreApplication::translate("certdesk", "The file holds no certificate: it is %1.").arg(what), {}};
}

/// Frees what PEM_read_bio allocated; the body is wiped because it may be a private key.
struct PemBlock
{
    char *name = nullptr;
    char *header = nullptr;
    unsigned char *data = nullptr;
    long len = 0;
    PemBlock() = default;
    PemBlock(const PemBlock &) = delete;
    PemBlock &operator=(const PemBlock &) = delete;
    ~PemBlock()
    {
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_clear_free(data, len > 0 ? static_cast<size_t>(len) : 0);
    }
};

Result<ParsedContainer> parsePem(const QByteArray &data)
{
    BioPtr bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
    if (!bio)
        return openSslError(QCoreApplication::translate("certdesk", "The PEM data could not be read."));
    ParsedContainer out;
    int certBlocks = 0;
    int pkcs7Blocks = 0;
    QString firstOther;
    QByteArray firstOtherLabel;
    for (;;) {
        PemBlock block;
        if (PEM_read_bio(bio.get(), &block.name, &block.header, &block.data, &block.len) != 1) {
            const auto errs = takeOpenSslErrors();
            // "No start line" after the last block is how PEM_read_bio reports the end of input.
            if (errs.has(ERR_LIB_PEM, PEM_R_NO_START_LINE))
                break;
            return Error{QCoreApplication::translate("certdesk", "The PEM block is truncated or corrupt."),
                         errs.text};
        }
        const QByteArray label(block.name);
        const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(block.data),
                                                        static_cast<qsizetype>(block.len));
        if (label == PEM_STRING_X509 || label == PEM_STRING_X509_OLD || label == PEM_STRING_X509_TRUSTED) {
            const unsigned char *p = block.data;
            // A TRUSTED CERTIFICATE is the certificate followed by OpenSSL's trust settings.
            X509Ptr x(label == PEM_STRING_X509_TRUSTED ? d2i_X509_AUX(nullptr, &p, block.len)
                                                       : d2i_X509(nullptr, &p, block.len));
            if (!x || p != block.data + block.len)
                return openSslError(
                    QCoreApplication::translate("certdesk", "A certificate in the PEM data is corrupt."));
            auto details = detailsOrError(x.get());
            if (!details)
                return details.error();
            out.certificates << std::move(details).value();
            ++certBlocks;
        } else if (label == PEM_STRING_PKCS7 || label == PEM_STRING_PKCS7_SIGNED) {
            if (auto st = appendPkcs7Certificates(body, out.certificates); !st)
                return st.error();
            ++pkcs7Blocks;
        } else if (firstOther.isEmpty() && firstOtherLabel.isEmpty()) {
            firstOther = describePemLabel(label);
            firstOtherLabel = label;
        }
    }
    if (out.certificates.isEmpty()) {
        if (pkcs7Blocks > 0)
            return Error{QCoreApplication::translate("certdesk", "The PKCS#7 data holds no certificate."),
                         {}};
        if (!firstOther.isEmpty())
            return noCertificateError(firstOther);
        if (!firstOtherLabel.isEmpty())
            return Error{QCoreApplication::translate(
                             "certdesk", "The file holds no certificate: its PEM block is \"%1\".")
                             .arg(QString::fromLatin1(firstOtherLabel)),
                         {}};
        return Error{QCoreApplication::translate("certdesk", "The PEM data holds no block."), {}};
    }
    out.format = certBlocks == 0 ? ContainerFormat::Pkcs7 : ContainerFormat::Pem;
    return out;
}

OSSL_PROVIDER *g_legacyProvider = nullptr;

/// Loads OpenSSL's legacy provider (RC2, single DES, ...) once per process, next to the default
/// one, for PKCS#12 files written by old tools. False when it is not installed.
bool loadLegacyProvider()
{
    static const bool loaded = [] {
        // retain_fallbacks = 1 keeps the default provider available alongside it.
        g_legacyProvider = OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
        ERR_clear_error();
        if (!g_legacyProvider)
            return false;
        // Registered after OpenSSL's own exit handler, so it runs first and OPENSSL_cleanup then
        // finds the provider released.
        std::atexit([] { OSSL_PROVIDER_unload(g_legacyProvider); });
        return true;
    }();
    return loaded;
}

bool isUnsupportedAlgorithm(const OpenSslErrors &errs)
{
    return errs.hasReason(ERR_R_UNSUPPORTED) || errs.hasReason(ERR_R_FETCH_FAILED) ||
           errs.has(ERR_LIB_EVP, EVP_R_UNSUPPORTED_ALGORITHM) ||
           errs.has(ERR_LIB_EVP, EVP_R_UNSUPPORTED_CIPHER);
}

Result<ParsedContainer> parsePkcs12(PKCS12 *p12, const std::optional<QString> &password)
{
    const bool hasMac = PKCS12_mac_present(p12) == 1;
    // The password is a secret: it lives in wiped memory and never reaches an Error.
    const SecureBytes pass(password ? password->toUtf8() : QByteArray());
    const char *passArg = password ? pass.data() : nullptr;

    if (hasMac) {
        bool macOk = false;
        if (!password || pass.isEmpty()) {
            // Empty-password files exist with either an absent or an empty (two NUL bytes) BMPString
            // password; both count as "no password".
            macOk = PKCS12_verify_mac(p12, nullptr, 0) == 1 || PKCS12_verify_mac(p12, "", 0) == 1;
        } else {
            macOk = PKCS12_verify_mac(p12, pass.data(), static_cast<int>(pass.size())) == 1;
        }
        if (!macOk) {
            const auto errs = takeOpenSslErrors();
            if (errs.has(ERR_LIB_PKCS12, PKCS12_R_MAC_VERIFY_FAILURE) || errs.codes.isEmpty()) {
                if (!password)
                    return Error{QCoreApplication::translate("certdesk",
                                                             "The PKCS#12 file is protected by a password."),
                                 errs.text, ErrorCode::PasswordRequired};
                return Error{QCoreApplication::translate("certdesk", "The PKCS#12 password is wrong."),
                             errs.text, ErrorCode::WrongPassword};
            }
            return Error{QCoreApplication::translate(
                             "certdesk",
                             "The PKCS#12 file's integrity check uses an algorithm that is not supported."),
                         errs.text};
        }
    }

    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    STACK_OF(X509) *rawCa = nullptr;
    bool parsed = PKCS12_parse(p12, passArg, &rawKey, &rawCert, &rawCa) == 1;
    if (!parsed) {
        auto errs = takeOpenSslErrors();
        if (isUnsupportedAlgorithm(errs) && loadLegacyProvider()) {
            parsed = PKCS12_parse(p12, passArg, &rawKey, &rawCert, &rawCa) == 1;
            if (!parsed)
                errs = takeOpenSslErrors();
        }
        if (!parsed) {
            if (isUnsupportedAlgorithm(errs))
                return Error{QCoreApplication::translate(
                                 "certdesk",
                                 "The PKCS#12 file is encrypted with an old algorithm (such as RC2) "
                                 "that this system's OpenSSL cannot read."),
                             errs.text};
            if (!hasMac && !password)
                return Error{
                    QCoreApplication::translate("certdesk", "The PKCS#12 file is protected by a password."),
                    errs.text, ErrorCode::PasswordRequired};
            if (!hasMac)
                return Error{QCoreApplication::translate("certdesk", "The PKCS#12 password is wrong."),
                             errs.text, ErrorCode::WrongPassword};
            return Error{QCoreApplication::translate("certdesk", "The PKCS#12 file is corrupt."), errs.text};
        }
    }
    const EvpPkeyPtr key(rawKey);
    const X509Ptr cert(rawCert);
    const X509StackPtr ca(rawCa);

    ParsedContainer out;
    out.format = ContainerFormat::Pkcs12;
    if (cert) {
        auto details = detailsOrError(cert.get());
        if (!details)
            return details.error();
        out.certificates << std::move(details).value();
    }
    for (int i = 0; ca && i < sk_X509_num(ca.get()); ++i) {
        auto details = detailsOrError(sk_X509_value(ca.get(), i));
        if (!details)
            return details.error();
        out.certificates << std::move(details).value();
    }
    if (out.certificates.isEmpty())
        return Error{QCoreApplication::translate("certdesk", "The PKCS#12 file holds no certificate."), {}};
    if (key) {
        PrivateKeyData pk;
        pk.pkcs8Der = privateKeyToPkcs8(key.get());
        if (pk.pkcs8Der.isEmpty())
            return openSslError(QCoreApplication::translate(
                "certdesk", "The private key in the PKCS#12 file could not be read."));
        pk.algorithm = keyTypeName(key.get());
        pk.publicKeySha256 = sha256Hex(publicKeyToDer(key.get()));
        out.privateKey = std::move(pk);
    }
    return out;
}

/// Names what a well-formed DER structure is when it is not a certificate container.
QString describeDer(const QByteArray &der)
{
    const auto *begin = ucharData(der);
    const auto *end = begin + der.size();
    const long len = static_cast<long>(der.size());
    const unsigned char *p = begin;
    if (Pkcs8Ptr(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, len)) && p == end)
        return QCoreApplication::translate("certdesk", "a private key");
    p = begin;
    if (X509SigPtr(d2i_X509_SIG(nullptr, &p, len)) && p == end)
        return QCoreApplication::translate("certdesk", "an encrypted private key");
    p = begin;
    if (X509ReqPtr(d2i_X509_REQ(nullptr, &p, len)) && p == end)
        return QCoreApplication::translate("certdesk", "a certificate signing request (CSR)");
    p = begin;
    if (X509CrlPtr(d2i_X509_CRL(nullptr, &p, len)) && p == end)
        return QCoreApplication::translate("certdesk", "a certificate revocation list (CRL)");
    p = begin;
    if (X509PubkeyPtr(d2i_X509_PUBKEY(nullptr, &p, len)) && p == end)
        return QCoreApplication::translate("certdesk", "a public key");
    return {};
}

Result<ParsedContainer> parseBinary(const QByteArray &data, const std::optional<QString> &password)
{
    const auto *begin = ucharData(data);
    const unsigned char *p = begin;
    long bodyLen = 0;
    int tag = 0;
    int xclass = 0;
    const int info = ASN1_get_object(&p, &bodyLen, &tag, &xclass, static_cast<long>(data.size()));
    if (info & 0x80) {
        const auto errs = takeOpenSslErrors();
        if (errs.has(ERR_LIB_ASN1, ASN1_R_TOO_LONG) && tag == V_ASN1_SEQUENCE)
            return Error{QCoreApplication::translate("certdesk", "The DER data is truncated or corrupt."),
                         errs.text};
        return Error{
            QCoreApplication::translate("certdesk", "The data is not a certificate, PKCS#7 or PKCS#12 file."),
            errs.text};
    }
    if (tag != V_ASN1_SEQUENCE || xclass != V_ASN1_UNIVERSAL || !(info & V_ASN1_CONSTRUCTED))
        return Error{
            QCoreApplication::translate("certdesk", "The data is not a certificate, PKCS#7 or PKCS#12 file."),
            {}};
    // Definite lengths let trailing bytes be told apart from a structure that is not ours; BER's
    // indefinite length (old PKCS#7 writers) is left to the decoders' own end check.
    if (!(info & 0x01)) {
        const qsizetype total = (p - begin) + static_cast<qsizetype>(bodyLen);
        if (total < data.size())
            return Error{
                QCoreApplication::translate("certdesk", "The DER data has unexpected bytes after its end."),
                QStringLiteral("%1 bytes of %2 used").arg(total).arg(data.size())};
    }

    const long len = static_cast<long>(data.size());
    const auto *end = begin + data.size();
    p = begin;
    if (Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, len)); p12 && p == end)
        return parsePkcs12(p12.get(), password);
    ERR_clear_error();

    p = begin;
    if (X509Ptr x(d2i_X509(nullptr, &p, len)); x && p == end) {
        auto details = detailsFromX509(x.get(), data);
        ParsedContainer out;
        out.format = ContainerFormat::Der;
        out.certificates << std::move(details);
        return out;
    }
    ERR_clear_error();

    p = begin;
    if (Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, len)); p7 && p == end) {
        ParsedContainer out;
        out.format = ContainerFormat::Pkcs7;
        if (auto st = appendPkcs7Certificates(data, out.certificates); !st)
            return st.error();
        if (out.certificates.isEmpty())
            return Error{QCoreApplication::translate("certdesk", "The PKCS#7 data holds no certificate."),
                         {}};
        return out;
    }
    const auto errs = takeOpenSslErrors();

    const QString what = describeDer(data);
    ERR_clear_error();
    if (!what.isEmpty())
        return noCertificateError(what);
    return Error{QCoreApplication::translate(
                     "certdesk", "The data is not a certificate, PKCS#7 or PKCS#12 file, or it is corrupt."),
                 errs.text};
}

/// True when the bytes are exactly one DER/BER object (no bytes missing, none left over).
bool isOneDerObject(const QByteArray &data)
{
    const auto *begin = ucharData(data);
    const unsigned char *p = begin;
    long len = 0;
    int tag = 0;
    int xclass = 0;
    const int info = ASN1_get_object(&p, &len, &tag, &xclass, static_cast<long>(data.size()));
    ERR_clear_error();
    if (info & 0x80)
        return false;
    return (info & 0x01) || (p - begin) + static_cast<qsizetype>(len) == data.size();
}

/// Base64 text without PEM armour (as some web forms and scripts hand it out), decoded; empty when
/// the text is not that.
QByteArray decodeBareBase64(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.size() < 64)
        return {};
    for (const char c : trimmed) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '+' || c == '/' || c == '=' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
        if (!ok)
            return {};
    }
    QByteArray compact;
    compact.reserve(trimmed.size());
    for (const char c : trimmed) {
        if (c != '\n' && c != '\r' && c != ' ' && c != '\t')
            compact += c;
    }
    auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.at(0) != 0x30)
        return {};
    return decoded.decoded;
}

/// True when `issuer` issued `subject`: names and key identifiers agree (X509_check_issued) and
/// the signature verifies with the issuer's key.
bool isSelfIssued(X509 *x)
{
    return X509_NAME_cmp(X509_get_subject_name(x), X509_get_issuer_name(x)) == 0;
}

bool issuedBy(X509 *subject, X509 *issuer)
{
    if (X509_check_issued(issuer, subject) != X509_V_OK)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(issuer);
    const bool ok = key && X509_verify(subject, key) == 1;
    ERR_clear_error();
    return ok;
}

std::vector<X509Ptr> toX509List(const QList<CertificateDetails> &certs)
{
    std::vector<X509Ptr> out;
    out.reserve(static_cast<size_t>(certs.size()));
    for (const auto &c : certs)
        out.push_back(x509FromDer(c.der));
    ERR_clear_error();
    return out;
}

} // namespace

Result<CertificateDetails> parseCertificateDer(const QByteArray &der)
{
    ErrorQueueScope scope;
    if (der.isEmpty())
        return Error{QCoreApplication::translate("certdesk", "The certificate data is empty."), {}};
    X509Ptr x = x509FromDer(der);
    if (!x)
        return openSslError(
            QCoreApplication::translate("certdesk", "The data is not a valid DER certificate."));
    return detailsFromX509(x.get(), der);
}

Result<ParsedContainer> parseContainer(const QByteArray &data, const std::optional<QString> &password)
{
    ErrorQueueScope scope;
    if (data.trimmed().isEmpty())
        return Error{QCoreApplication::translate("certdesk", "The file is empty."), {}};
    if (data.size() > INT_MAX)
        return Error{
            QCoreApplication::translate("certdesk", "The file is too large to be a certificate file."), {}};
    // A binary file may hold "-----BEGIN " by chance (in a friendly name, say) and a text file
    // may start with '0' (0x30), so one complete DER object wins over the PEM marker.
    const bool startsLikeDer = static_cast<unsigned char>(data.at(0)) == 0x30;
    if (startsLikeDer && isOneDerObject(data))
        return parseBinary(data, password);
    if (data.contains("-----BEGIN "))
        return parsePem(data);
    if (startsLikeDer)
        return parseBinary(data, password);
    if (const QByteArray decoded = decodeBareBase64(data); !decoded.isEmpty())
        return parseBinary(decoded, password);
    return Error{
        QCoreApplication::translate("certdesk", "The data is not a certificate, PKCS#7 or PKCS#12 file."),
        {}};
}

bool looksLikePkcs12(const QByteArray &data)
{
    ErrorQueueScope scope;
    if (data.isEmpty() || data.size() > INT_MAX || static_cast<unsigned char>(data.at(0)) != 0x30)
        return false;
    const unsigned char *p = ucharData(data);
    const Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, static_cast<long>(data.size())));
    return p12 && p == ucharData(data) + data.size();
}

BundleChains analyseBundle(const QList<CertificateDetails> &certs)
{
    ErrorQueueScope scope;
    const auto x509s = toX509List(certs);
    const int n = static_cast<int>(certs.size());
    QList<int> issuerOf(n, -1);
    QList<bool> issuedOthers(n, false);
    for (int i = 0; i < n; ++i) {
        // A self-issued certificate is a root here: its issuer, if any, is itself.
        if (!x509s[i] || isSelfIssued(x509s[i].get()))
            continue;
        for (int j = 0; j < n; ++j) {
            if (j == i || !x509s[j] || certs[j].der == certs[i].der)
                continue;
            if (issuedBy(x509s[i].get(), x509s[j].get())) {
                issuerOf[i] = j;
                issuedOthers[j] = true;
                break;
            }
        }
    }

    BundleChains result;
    result.order.reserve(n);
    QList<bool> placed(n, false);
    for (int leaf = 0; leaf < n; ++leaf) {
        if (issuedOthers[leaf] || placed[leaf])
            continue;
        // Each certificate is placed once, so this walk ends on a cycle or a shared issuer.
        for (int at = leaf; at >= 0 && !placed[at]; at = issuerOf[at]) {
            placed[at] = true;
            result.order << at;
        }
    }
    for (int i = 0; i < n; ++i) {
        if (!placed[i])
            result.order << i;
    }
    result.issuers.resize(n);
    for (int i = 0; i < n; ++i) {
        QList<bool> seen(n, false);
        seen[i] = true;
        for (int at = issuerOf[i]; at >= 0 && !seen[at]; at = issuerOf[at]) {
            seen[at] = true;
            result.issuers[i] << at;
        }
    }
    return result;
}

QList<int> chainOrder(const QList<CertificateDetails> &certs)
{
    return analyseBundle(certs).order;
}

QList<CertificateDetails> issuerChain(const CertificateDetails &leaf, const QList<CertificateDetails> &pool)
{
    ErrorQueueScope scope;
    QList<CertificateDetails> chain;
    X509Ptr current = x509FromDer(leaf.der);
    if (!current)
        return chain;
    const auto x509s = toX509List(pool);
    QList<QByteArray> seen{leaf.der};
    while (!isSelfIssued(current.get())) {
        int found = -1;
        for (int i = 0; i < pool.size(); ++i) {
            if (x509s[i] && !seen.contains(pool[i].der) && issuedBy(current.get(), x509s[i].get())) {
                found = i;
                break;
            }
        }
        if (found < 0)
            break;
        chain << pool[found];
        seen << pool[found].der;
        current = x509FromDer(pool[found].der);
    }
    return chain;
}

QString publicKeySha256(const CertificateDetails &cert)
{
    ErrorQueueScope scope;
    const X509Ptr x = x509FromDer(cert.der);
    if (!x)
        return {};
    // Re-encoding the loaded key matches what PrivateKeyData::publicKeySha256 computes from the key.
    if (EVP_PKEY *key = X509_get0_pubkey(x.get()))
        return sha256Hex(publicKeyToDer(key));
    return sha256Hex(i2dBytes(i2d_X509_PUBKEY, X509_get_X509_PUBKEY(x.get())));
}

} // namespace certdesk::pki
