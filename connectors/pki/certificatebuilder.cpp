// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/certificatebuilder.h"

#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"
#include "connectors/pki/symmetriccrypto.h"

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

/// Splits "/C=DE/O=Org/CN=name" into RDNs. "\/", "\+" and "\\" escape; an unescaped '+' joins an
/// attribute to the RDN before it (multi-valued RDN), as `openssl req -subj` does.
Result<X509NamePtr> parseSubject(const QString &subject)
{
    X509NamePtr name(X509_NAME_new());
    if (!name)
        return openSslError(QCoreApplication::translate("certdesk", "The subject could not be built."));
    if (subject.isEmpty())
        return name;
    if (!subject.startsWith(u'/'))
        return requestError(
            QCoreApplication::translate("certdesk", "The subject must have the form /C=DE/O=Org/CN=name."),
            subject);

    struct Part
    {
        QString text;
        bool joinPrevious = false;
    };
    QList<Part> parts;
    Part current;
    for (qsizetype i = 1; i <= subject.size(); ++i) {
        const bool atEnd = i == subject.size();
        const QChar c = atEnd ? QChar() : subject.at(i);
        if (!atEnd && c == u'\\' && i + 1 < subject.size()) {
            current.text += subject.at(++i);
            continue;
        }
        if (atEnd || c == u'/' || c == u'+') {
            if (!current.text.isEmpty())
                parts << current;
            current = Part{{}, c == u'+'};
            continue;
        }
        current.text += c;
    }

    bool first = true;
    for (const auto &part : parts) {
        const auto eq = part.text.indexOf(u'=');
        if (eq <= 0)
            return requestError(QCoreApplication::translate(
                                    "certdesk", "The subject part \"%1\" is not of the form TYPE=value.")
                                    .arg(part.text),
                                subject);
        const QByteArray field = part.text.left(eq).trimmed().toUtf8();
        const QByteArray value = part.text.mid(eq + 1).toUtf8();
        if (value.isEmpty())
            return requestError(
                QCoreApplication::translate("certdesk", "The subject attribute %1 has no value.")
                    .arg(QString::fromUtf8(field)),
                subject);
        const int set = part.joinPrevious && !first ? -1 : 0;
        if (X509_NAME_add_entry_by_txt(name.get(), field.constData(), MBSTRING_UTF8, ucharData(value),
                                       static_cast<int>(value.size()), -1, set) != 1)
            return Error{
                QCoreApplication::translate(
                    "certdesk", "The subject attribute \"%1\" is unknown or its value is not allowed.")
                    .arg(QString::fromUtf8(field)),
                drainOpenSslErrors()};
        first = false;
    }
    return name;
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
    // GeneralizedTime text; OpenSSL turns it into UTCTime for 1950-2049 as RFC 5280 requires.
    const QByteArray text = utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
    if (ASN1_TIME_set_string_X509(time, text.constData()) != 1)
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

Result<Ia5StringPtr> ia5(const QString &value, const QString &what)
{
    for (const QChar c : value) {
        if (c.unicode() > 0x7e || c.unicode() < 0x20)
            return requestError(
                QCoreApplication::translate("certdesk", "The %1 \"%2\" must be plain ASCII (use punycode for "
                                                        "international domain names).")
                    .arg(what, value));
    }
    if (value.isEmpty())
        return requestError(
            QCoreApplication::translate("certdesk", "An empty %1 cannot go into a certificate.").arg(what));
    Ia5StringPtr s(ASN1_IA5STRING_new());
    const QByteArray bytes = value.toLatin1();
    if (!s || ASN1_STRING_set(s.get(), bytes.constData(), static_cast<int>(bytes.size())) != 1)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    return s;
}

/// One GENERAL_NAME of type `type` (GEN_DNS, GEN_EMAIL, GEN_URI) holding `value`.
Result<GeneralNamePtr> ia5Name(int type, const QString &value, const QString &what)
{
    auto s = ia5(value, what);
    if (!s)
        return s.error();
    GeneralNamePtr gen(GENERAL_NAME_new());
    if (!gen)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    GENERAL_NAME_set0_value(gen.get(), type, std::move(s).value().release());
    return gen;
}

Result<GeneralNamePtr> sanEntry(const QString &tagged)
{
    const auto colon = tagged.indexOf(u':');
    const QString kind = colon > 0 ? tagged.left(colon).trimmed() : QString();
    const QString value = colon > 0 ? tagged.mid(colon + 1).trimmed() : QString();
    if (kind.compare(QLatin1String("DNS"), Qt::CaseInsensitive) == 0)
        return ia5Name(GEN_DNS, value, QCoreApplication::translate("certdesk", "DNS name"));
    if (kind.compare(QLatin1String("email"), Qt::CaseInsensitive) == 0)
        return ia5Name(GEN_EMAIL, value, QCoreApplication::translate("certdesk", "e-mail address"));
    if (kind.compare(QLatin1String("URI"), Qt::CaseInsensitive) == 0)
        return ia5Name(GEN_URI, value, QCoreApplication::translate("certdesk", "URI"));
    if (kind.compare(QLatin1String("IP"), Qt::CaseInsensitive) == 0) {
        Asn1OctetStringPtr ip(a2i_IPADDRESS(value.toLatin1().constData()));
        if (!ip)
            return requestError(
                QCoreApplication::translate("certdesk", "\"%1\" is not an IPv4 or IPv6 address.").arg(value),
                drainOpenSslErrors());
        GeneralNamePtr gen(GENERAL_NAME_new());
        if (!gen)
            return openSslError(
                QCoreApplication::translate("certdesk", "The certificate could not be built."));
        GENERAL_NAME_set0_value(gen.get(), GEN_IPADD, ip.release());
        return gen;
    }
    return requestError(
        QCoreApplication::translate(
            "certdesk", "The subject alternative name \"%1\" must start with DNS:, IP:, email: or URI:.")
            .arg(tagged));
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
    GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    for (const auto &san : sans) {
        auto gen = sanEntry(san);
        if (!gen)
            return gen.error();
        if (sk_GENERAL_NAME_push(names.get(), gen.value().get()) <= 0)
            return openSslError(
                QCoreApplication::translate("certdesk", "The certificate could not be built."));
        gen.value().release();
    }
    // RFC 5280 4.2.1.6: with an empty subject the SAN carries the identity and must be critical.
    return addExtension(x, NID_subject_alt_name, names.get(), emptySubject);
}

Status addCrlDistributionPoints(X509 *x, const QStringList &urls)
{
    if (urls.isEmpty())
        return {};
    CrlDistPointsPtr dps(sk_DIST_POINT_new_null());
    if (!dps)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be built."));
    for (const auto &url : urls) {
        auto gen = ia5Name(GEN_URI, url, QCoreApplication::translate("certdesk", "CRL distribution point"));
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
        auto uri = ia5(url, what);
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

/// RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING.
QByteArray keyIdentifier(const X509 *cert)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_pubkey_digest(cert, EVP_sha1(), md, &len) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(md), static_cast<qsizetype>(len));
}

Status addKeyIdentifiers(X509 *x, X509 *issuer)
{
    const QByteArray ski = keyIdentifier(x);
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
    QByteArray akid;
    if (const ASN1_OCTET_STRING *issuerSki = X509_get0_subject_key_id(issuer))
        akid = QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(issuerSki)),
                          ASN1_STRING_length(issuerSki));
    else
        akid = keyIdentifier(issuer);
    AuthorityKeyIdPtr aki(AUTHORITY_KEYID_new());
    if (akid.isEmpty() || !aki || !(aki->keyid = ASN1_OCTET_STRING_new()) ||
        ASN1_OCTET_STRING_set(aki->keyid, ucharData(akid), static_cast<int>(akid.size())) != 1)
        return openSslError(
            QCoreApplication::translate("certdesk", "The authority key identifier could not be computed."));
    return addExtension(x, NID_authority_key_identifier, aki.get(), false);
}

Result<const EVP_MD *> signingDigest(EVP_PKEY *key, const QString &digestName)
{
    // EdDSA signs the message itself; X509_sign needs a null digest for it.
    if (EVP_PKEY_is_a(key, "ED25519") || EVP_PKEY_is_a(key, "ED448"))
        return static_cast<const EVP_MD *>(nullptr);
    const QString name = digestName.isEmpty() ? QStringLiteral("SHA256") : digestName;
    const EVP_MD *md = EVP_get_digestbyname(name.toLatin1().constData());
    if (!md)
        return requestError(
            QCoreApplication::translate("certdesk", "\"%1\" is not a supported signature digest.").arg(name));
    return md;
}

} // namespace

Result<QByteArray> signCertificate(const CertificateRequest &request, const QByteArray &subjectPublicKeyDer,
                                   const QByteArray &issuerCertDer, const SecureBytes &issuerKeyPkcs8)
{
    ERR_clear_error();
    const auto *p = ucharData(subjectPublicKeyDer);
    const EvpPkeyPtr subjectKey(subjectPublicKeyDer.isEmpty()
                                    ? nullptr
                                    : d2i_PUBKEY(nullptr, &p, static_cast<long>(subjectPublicKeyDer.size())));
    if (!subjectKey || p != ucharData(subjectPublicKeyDer) + subjectPublicKeyDer.size())
        return openSslError(QCoreApplication::translate(
            "certdesk", "The subject's public key is not a valid SubjectPublicKeyInfo."));
    const EvpPkeyPtr issuerKey = privateKeyFromPkcs8(issuerKeyPkcs8);
    if (!issuerKey)
        return openSslError(
            QCoreApplication::translate("certdesk", "The signing key is not a valid PKCS#8 private key."));

    X509Ptr issuer;
    if (issuerCertDer.isEmpty()) {
        if (EVP_PKEY_eq(subjectKey.get(), issuerKey.get()) != 1)
            return openSslError(QCoreApplication::translate(
                "certdesk", "A self-signed certificate must be signed with its own key."));
    } else {
        issuer = x509FromDer(issuerCertDer);
        if (!issuer)
            return openSslError(QCoreApplication::translate(
                "certdesk", "The issuer certificate is not a valid DER certificate."));
        if (X509_check_private_key(issuer.get(), issuerKey.get()) != 1)
            return openSslError(QCoreApplication::translate(
                "certdesk", "The signing key does not belong to the issuer certificate."));
    }

    auto subjectName = parseSubject(request.subject);
    if (!subjectName)
        return subjectName.error();
    if (!request.notAfter.isValid() || !request.notBefore.isValid() || request.notAfter < request.notBefore)
        return requestError(
            QCoreApplication::translate("certdesk", "The certificate's validity must end after it begins."));
    auto serial = makeSerial(request.serial);
    if (!serial)
        return serial.error();
    auto digest = signingDigest(issuerKey.get(), request.signatureDigest);
    if (!digest)
        return digest.error();

    X509Ptr x(X509_new());
    if (!x || X509_set_version(x.get(), X509_VERSION_3) != 1 ||
        X509_set_serialNumber(x.get(), serial.value().get()) != 1 ||
        X509_set_subject_name(x.get(), subjectName.value().get()) != 1 ||
        X509_set_issuer_name(x.get(),
                             issuer ? X509_get_subject_name(issuer.get()) : subjectName.value().get()) != 1 ||
        X509_set_pubkey(x.get(), subjectKey.get()) != 1)
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
        st = addKeyIdentifiers(x.get(), issuer.get());
    if (st)
        st = addCrlDistributionPoints(x.get(), request.crlDistributionPoints);
    if (st)
        st = addAuthorityInfoAccess(x.get(), request.ocspUrls, request.caIssuerUrls);
    if (!st)
        return st.error();

    if (X509_sign(x.get(), issuerKey.get(), digest.value()) <= 0)
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be signed."));
    QByteArray der = x509ToDer(x.get());
    if (der.isEmpty())
        return openSslError(QCoreApplication::translate("certdesk", "The certificate could not be encoded."));
    ERR_clear_error();
    return der;
}

} // namespace certdesk::pki
