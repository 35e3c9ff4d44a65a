// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/certificatebuilder.h"

#include "connectors/pki/handleaccess.h"
#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"
#include "connectors/pki/symmetriccrypto.h"
#include "connectors/pki/x509names.h"

#include <openssl/err.h>
#include <openssl/objects.h>

#include <QCoreApplication>

namespace certdesk::pki {

namespace {

constexpr int SerialRandomBytes = 16;
constexpr int MaxSerialBytes = 20; // RFC 5280 4.1.2.2

Error requestError(const QString &message, const QString &detail = {})
{
    ERR_clear_error();
    return Error{message, detail};
}

/// Sets the start (notBefore) or end (notAfter) of the validity. Whole sentences per bound, so
/// that translations need not assemble them from fragments.
Status setTime(ASN1_TIME *time, const QDateTime &when, bool start)
{
    if (!when.isValid())
        return requestError(
            start ? QCoreApplication::translate("certdesk", "The certificate's start date is missing.")
                  : QCoreApplication::translate("certdesk", "The certificate's end date is missing."));
    const QDateTime utc = when.toUTC();
    if (utc.date().year() < 1950 || utc.date().year() > 9999)
        return requestError(
            start ? QCoreApplication::translate("certdesk", "The certificate's start date is out of range.")
                  : QCoreApplication::translate("certdesk", "The certificate's end date is out of range."),
            utc.toString(Qt::ISODate));
    if (!setAsn1Time(time, utc))
        return openSslError(
            start ? QCoreApplication::translate("certdesk", "The certificate's start date could not be set.")
                  : QCoreApplication::translate("certdesk", "The certificate's end date could not be set."));
    return {};
}

Result<Asn1IntegerPtr> makeSerial(const QByteArray &requested)
{
    QByteArray bytes = requested;
    if (bytes.isEmpty()) {
        const SecureBytes random = randomBytes(SerialRandomBytes);
        if (random.size() != SerialRandomBytes)
            return requestError(
                QCoreApplication::translate("certdesk", "The system's random number generator failed."));
        bytes = random.bytes();
        bytes.detach();
    }
    // Read as unsigned big-endian, so the serial is never negative.
    BignumPtr bn(BN_bin2bn(ucharData(bytes), static_cast<int>(bytes.size()), nullptr));
    if (!bn)
        return openSslError(QCoreApplication::translate("certdesk", "The serial number could not be built."));
    if (BN_is_zero(bn.get())) {
        if (!requested.isEmpty())
            return requestError(
                QCoreApplication::translate("certdesk", "The serial number must be positive."));
        BN_one(bn.get());
    }
    // One more byte than the value for the sign bit must still fit the 20 octets RFC 5280 allows.
    if (BN_num_bytes(bn.get()) > MaxSerialBytes ||
        (BN_num_bytes(bn.get()) == MaxSerialBytes && BN_is_bit_set(bn.get(), MaxSerialBytes * 8 - 1)))
        return requestError(
            QCoreApplication::translate("certdesk", "The serial number is longer than 20 bytes."));
    Asn1IntegerPtr serial(BN_to_ASN1_INTEGER(bn.get(), nullptr));
    if (!serial)
        return openSslError(QCoreApplication::translate("certdesk", "The serial number could not be built."));
    return serial;
}

/// Adds an extension from its decoded structure (`i2d` picks the ASN.1 type from the NID).
Status addExtension(X509 *x, int nid, void *value, bool critical)
{
    if (X509_add1_ext_i2d(x, nid, value, critical ? 1 : 0, X509V3_ADD_REPLACE) != 1)
        return openSslError(QCoreApplication::translate("certdesk", "The %1 extension could not be added.")
                                .arg(QLatin1String(OBJ_nid2ln(nid))));
    return {};
}

Status addBasicConstraints(X509 *x, const CertificateRequest &req)
{
    BasicConstraintsPtr bc(BASIC_CONSTRAINTS_new());
    if (!bc)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    bc->ca = req.isCa ? 0xff : 0;
    if (req.isCa && req.pathLength >= 0) {
        bc->pathlen = ASN1_INTEGER_new();
        if (!bc->pathlen || ASN1_INTEGER_set(bc->pathlen, req.pathLength) != 1)
            return openSslError(
                QCoreApplication::translate("certdesk", "The certificate could not be built."));
    }
    return addExtension(x, NID_basic_constraints, bc.get(), true);
}

Status addKeyUsage(X509 *x, const QStringList &names)
{
    if (names.isEmpty())
        return {};
    // Bit numbers of RFC 5280 4.2.1.3 under the names an OpenSSL config file uses.
    static const struct
    {
        const char *name;
        int bit;
    } bits[] = {
        {"digitalSignature", 0}, {"nonRepudiation", 1}, {"contentCommitment", 1}, {"keyEncipherment", 2},
        {"dataEncipherment", 3}, {"keyAgreement", 4},   {"keyCertSign", 5},       {"cRLSign", 6},
        {"encipherOnly", 7},     {"decipherOnly", 8},
    };
    Asn1BitStringPtr ku(ASN1_BIT_STRING_new());
    if (!ku)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    for (const auto &name : names) {
        int bit = -1;
        for (const auto &b : bits) {
            if (name.trimmed() == QLatin1String(b.name))
                bit = b.bit;
        }
        if (bit < 0)
            return requestError(
                QCoreApplication::translate("certdesk", "\"%1\" is not a key usage.").arg(name));
        if (ASN1_BIT_STRING_set_bit(ku.get(), bit, 1) != 1)
            return openSslError(
                QCoreApplication::translate("certdesk", "The certificate could not be built."));
    }
    return addExtension(x, NID_key_usage, ku.get(), true);
}

Status addExtendedKeyUsage(X509 *x, const QStringList &names)
{
    if (names.isEmpty())
        return {};
    ExtendedKeyUsagePtr eku(sk_ASN1_OBJECT_new_null());
    if (!eku)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    for (const auto &name : names) {
        // Short names ("serverAuth"), long names and dotted OIDs are all accepted.
        Asn1ObjectPtr obj(OBJ_txt2obj(name.trimmed().toUtf8().constData(), 0));
        if (!obj)
            return requestError(
                QCoreApplication::translate("certdesk", "\"%1\" is not an extended key usage.").arg(name),
                drainOpenSslErrors());
        if (sk_ASN1_OBJECT_push(eku.get(), obj.get()) <= 0)
            return openSslError(
                QCoreApplication::translate("certdesk", "The certificate could not be built."));
        obj.release();
    }
    return addExtension(x, NID_ext_key_usage, eku.get(), false);
}

Status addSubjectAltNames(X509 *x, const QStringList &sans, bool emptySubject)
{
    if (sans.isEmpty())
        return {};
    auto names = subjectAltNames(sans);
    if (!names)
        return names.error();
    // RFC 5280 4.2.1.6: with an empty subject the SAN carries the identity and must be critical.
    return addExtension(x, NID_subject_alt_name, names.value().get(), emptySubject);
}

Status addCrlDistributionPoints(X509 *x, const QStringList &urls)
{
    if (urls.isEmpty())
        return {};
    CrlDistPointsPtr dps(sk_DIST_POINT_new_null());
    if (!dps)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    for (const auto &url : urls) {
        auto gen =
            ia5GeneralName(GEN_URI, url, QCoreApplication::translate("certdesk", "CRL distribution point"));
        if (!gen)
            return gen.error();
        GeneralNamesPtr fullName(sk_GENERAL_NAME_new_null());
        DistPointPtr dp(DIST_POINT_new());
        if (!fullName || !dp || sk_GENERAL_NAME_push(fullName.get(), gen.value().get()) <= 0)
            return openSslError(
                QCoreApplication::translate("certdesk", "The certificate could not be built."));
        gen.value().release();
        dp->distpoint = DIST_POINT_NAME_new();
        if (!dp->distpoint)
            return openSslError(
                QCoreApplication::translate("certdesk", "The certificate could not be built."));
        dp->distpoint->type = 0; // fullName
        dp->distpoint->name.fullname = fullName.release();
        if (sk_DIST_POINT_push(dps.get(), dp.get()) <= 0)
            return openSslError(
                QCoreApplication::translate("certdesk", "The certificate could not be built."));
        dp.release();
    }
    return addExtension(x, NID_crl_distribution_points, dps.get(), false);
}

Status addAuthorityInfoAccess(X509 *x, const QStringList &ocsp, const QStringList &caIssuers)
{
    if (ocsp.isEmpty() && caIssuers.isEmpty())
        return {};
    AuthorityInfoAccessPtr aia(sk_ACCESS_DESCRIPTION_new_null());
    if (!aia)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    const auto add = [&aia](int method, const QString &url, const QString &what) -> Status {
        auto uri = ia5String(url, what);
        if (!uri)
            return uri.error();
        AccessDescriptionPtr ad(ACCESS_DESCRIPTION_new());
        if (!ad || !ad->location)
            return openSslError(
                QCoreApplication::translate("certdesk", "The certificate could not be built."));
        ASN1_OBJECT_free(ad->method);
        ad->method = OBJ_nid2obj(method);
        GENERAL_NAME_set0_value(ad->location, GEN_URI, std::move(uri).value().release());
        if (sk_ACCESS_DESCRIPTION_push(aia.get(), ad.get()) <= 0)
            return openSslError(
                QCoreApplication::translate("certdesk", "The certificate could not be built."));
        ad.release();
        return {};
    };
    for (const auto &url : ocsp) {
        if (auto st = add(NID_ad_OCSP, url, QCoreApplication::translate("certdesk", "OCSP URL")); !st)
            return st;
    }
    for (const auto &url : caIssuers) {
        if (auto st = add(NID_ad_ca_issuers, url, QCoreApplication::translate("certdesk", "CA issuers URL"));
            !st)
            return st;
    }
    return addExtension(x, NID_info_access, aia.get(), false);
}

Status addKeyIdentifiers(X509 *x, X509 *issuer)
{
    const QByteArray ski = computedKeyIdentifier(x);
    Asn1OctetStringPtr skiValue(ASN1_OCTET_STRING_new());
    if (ski.isEmpty() || !skiValue ||
        ASN1_OCTET_STRING_set(skiValue.get(), ucharData(ski), static_cast<int>(ski.size())) != 1)
        return openSslError(
            QCoreApplication::translate("certdesk", "The subject key identifier could not be computed."));
    if (auto st = addExtension(x, NID_subject_key_identifier, skiValue.get(), false); !st)
        return st;
    if (!issuer)
        return {};

    // The issuer's own SKI when it has one, so that chain building matches on what it published.
    const AuthorityKeyIdPtr aki = authorityKeyIdFor(issuer);
    if (!aki)
        return openSslError(
            QCoreApplication::translate("certdesk", "The authority key identifier could not be computed."));
    return addExtension(x, NID_authority_key_identifier, aki.get(), false);
}

Result<const EVP_MD *> signingDigest(EVP_PKEY *key, const QString &digestName)
{
    // EdDSA signs the message itself; X509_sign needs a null digest for it.
    if (signsWithoutDigest(key))
        return static_cast<const EVP_MD *>(nullptr);
    const QString name = digestName.isEmpty() ? QStringLiteral("SHA256") : digestName;
    const EVP_MD *md = EVP_get_digestbyname(name.toLatin1().constData());
    if (!md)
        return requestError(
            QCoreApplication::translate("certdesk", "\"%1\" is not a supported signature digest.").arg(name));
    return md;
}

/// The subject's SubjectPublicKeyInfo DER as a key.
Result<EvpPkeyPtr> decodeSubjectKey(const QByteArray &subjectPublicKeyDer)
{
    const auto *p = ucharData(subjectPublicKeyDer);
    EvpPkeyPtr subjectKey(subjectPublicKeyDer.isEmpty()
                              ? nullptr
                              : d2i_PUBKEY(nullptr, &p, static_cast<long>(subjectPublicKeyDer.size())));
    if (!subjectKey || p != ucharData(subjectPublicKeyDer) + subjectPublicKeyDer.size())
        return openSslError(QCoreApplication::translate(
            "certdesk", "The subject's public key is not a valid SubjectPublicKeyInfo."));
    return subjectKey;
}

/// The subject's public key: a key, or the encoded key of a request (copied as it is).
struct SubjectKey
{
    EVP_PKEY *key = nullptr;
    const X509_PUBKEY *encoded = nullptr;
};

bool setSubjectKey(X509 *x, const SubjectKey &subject)
{
    if (subject.encoded)
        return copyPublicKey(X509_get_X509_PUBKEY(x), subject.encoded);
    return subject.key && X509_set_pubkey(x, subject.key) == 1;
}

/// Builds the certificate for `subjectKey` and signs it with `issuerKey`, which belongs to
/// `issuer`, or, when `issuer` is null, is the subject's own key (self-signed). Reads `issuer` and
/// `issuerKey` only, so that CertificateSigner can call it from many threads at once.
Result<SignedCertificate> buildCertificate(const CertificateRequest &request, const SubjectKey &subjectKey,
                                           X509 *issuer, EVP_PKEY *issuerKey)
{
    auto subjectName = parseSubject(request.subject);
    if (!subjectName)
        return subjectName.error();
    if (!request.notAfter.isValid() || !request.notBefore.isValid() || request.notAfter < request.notBefore)
        return requestError(
            QCoreApplication::translate("certdesk", "The certificate's validity must end after it begins."));
    auto serial = makeSerial(request.serial);
    if (!serial)
        return serial.error();
    auto digest = signingDigest(issuerKey, request.signatureDigest);
    if (!digest)
        return digest.error();

    const X509_NAME *issuerName = issuer ? X509_get_subject_name(issuer) : subjectName.value().get();
    X509Ptr x(X509_new());
    if (!x || X509_set_version(x.get(), X509_VERSION_3) != 1 ||
        X509_set_serialNumber(x.get(), serial.value().get()) != 1 ||
        X509_set_subject_name(x.get(), subjectName.value().get()) != 1 ||
        X509_set_issuer_name(x.get(), issuerName) != 1 || !setSubjectKey(x.get(), subjectKey))
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    if (auto st = setTime(X509_getm_notBefore(x.get()), request.notBefore, true); !st)
        return st.error();
    if (auto st = setTime(X509_getm_notAfter(x.get()), request.notAfter, false); !st)
        return st.error();

    const bool emptySubject = X509_NAME_entry_count(subjectName.value().get()) == 0;
    Status st = addBasicConstraints(x.get(), request);
    if (st)
        st = addKeyUsage(x.get(), request.keyUsage);
    if (st)
        st = addExtendedKeyUsage(x.get(), request.extendedKeyUsage);
    if (st)
        st = addSubjectAltNames(x.get(), request.subjectAltNames, emptySubject);
    if (st)
        st = addKeyIdentifiers(x.get(), issuer);
    if (st)
        st = addCrlDistributionPoints(x.get(), request.crlDistributionPoints);
    if (st)
        st = addAuthorityInfoAccess(x.get(), request.ocspUrls, request.caIssuerUrls);
    if (!st)
        return st.error();

    // A context of its own per certificate: the shared key is only read.
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, digest.value(), nullptr, issuerKey) != 1 ||
        X509_sign_ctx(x.get(), ctx.get()) <= 0)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be signed."));
    SignedCertificate out;
    out.der = x509ToDer(x.get());
    if (out.der.isEmpty())
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be encoded."));
    out.serialHex = QString::fromLatin1(asn1IntegerToBytes(serial.value().get()).toHex().toUpper());
    ERR_clear_error();
    return out;
}

/// The DER of a certificate buildCertificate() made, or its error.
Result<QByteArray> derOf(Result<SignedCertificate> built)
{
    if (!built)
        return built.error();
    return std::move(built).value().der;
}

} // namespace

/// The decoded CA: never modified after create(), so sign() may read it from any thread.
struct CertificateSigner::Impl
{
    X509Ptr issuer;
    EvpPkeyPtr key;
};

CertificateSigner::CertificateSigner(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}

Result<CertificateSigner> CertificateSigner::create(const QByteArray &issuerCertDer,
                                                    const SecureBytes &issuerKeyPkcs8)
{
    ERR_clear_error();
    auto impl = std::make_shared<Impl>();
    impl->issuer = x509FromDer(issuerCertDer);
    if (!impl->issuer)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The issuer certificate is not a valid DER certificate."));
    impl->key = privateKeyFromPkcs8(issuerKeyPkcs8);
    if (!impl->key)
        return openSslError(
            QCoreApplication::translate("certdesk", "The signing key is not a valid PKCS#8 private key."));
    // Also fills the certificate's extension cache now, before other threads read it.
    const uint32_t flags = X509_get_extension_flags(impl->issuer.get());
    if (!(flags & EXFLAG_BCONS) || !(flags & EXFLAG_CA))
        return requestError(
            QCoreApplication::translate("certdesk", "The certificate is not a CA certificate."));
    if ((flags & EXFLAG_KUSAGE) && !(X509_get_key_usage(impl->issuer.get()) & KU_KEY_CERT_SIGN))
        return requestError(QCoreApplication::translate(
            "certdesk", "The CA certificate is not allowed to sign certificates (no keyCertSign)."));
    if (X509_check_private_key(impl->issuer.get(), impl->key.get()) != 1)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The private key does not belong to the CA certificate."));
    ERR_clear_error();
    return CertificateSigner(std::move(impl));
}

Result<QByteArray> CertificateSigner::sign(const CertificateRequest &request,
                                           const QByteArray &subjectPublicKeyDer) const
{
    ERR_clear_error();
    auto subjectKey = decodeSubjectKey(subjectPublicKeyDer);
    if (!subjectKey)
        return subjectKey.error();
    return derOf(buildCertificate(request, SubjectKey{subjectKey.value().get(), nullptr},
                                  m_impl->issuer.get(), m_impl->key.get()));
}

Result<SignedCertificate> CertificateSigner::signRequest(const CertificateRequest &request,
                                                         const CertificationRequest &csr) const
{
    ERR_clear_error();
    X509_REQ *req = CertificationRequestAccess::handle(csr);
    if (!req)
        return requestError(
            QCoreApplication::translate("certdesk", "No certificate signing request was given."));
    return buildCertificate(request, SubjectKey{nullptr, X509_REQ_get_X509_PUBKEY(req)}, m_impl->issuer.get(),
                            m_impl->key.get());
}

Result<QByteArray> signCertificate(const CertificateRequest &request, const QByteArray &subjectPublicKeyDer,
                                   const QByteArray &issuerCertDer, const SecureBytes &issuerKeyPkcs8)
{
    if (!issuerCertDer.isEmpty()) {
        auto signer = CertificateSigner::create(issuerCertDer, issuerKeyPkcs8);
        if (!signer)
            return signer.error();
        return signer->sign(request, subjectPublicKeyDer);
    }

    ERR_clear_error();
    auto subjectKey = decodeSubjectKey(subjectPublicKeyDer);
    if (!subjectKey)
        return subjectKey.error();
    const EvpPkeyPtr issuerKey = privateKeyFromPkcs8(issuerKeyPkcs8);
    if (!issuerKey)
        return openSslError(
            QCoreApplication::translate("certdesk", "The signing key is not a valid PKCS#8 private key."));
    if (EVP_PKEY_eq(subjectKey.value().get(), issuerKey.get()) != 1)
        return openSslError(QCoreApplication::translate(
            "certdesk", "A self-signed certificate must be signed with its own key."));
    return derOf(
        buildCertificate(request, SubjectKey{subjectKey.value().get(), nullptr}, nullptr, issuerKey.get()));
}

} // namespace certdesk::pki
