// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/crl.h"

#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"

#include <openssl/err.h>

#include <QCoreApplication>
#include <QSet>

namespace certdesk::pki {

namespace {

constexpr int MaxSerialBytes = 20; // RFC 5280 4.1.2.2

/// The RFC 5280 5.3.1 names, in code order.
constexpr struct
{
    RevocationReason reason;
    const char *name;
} ReasonNames[] = {
    {RevocationReason::Unspecified, "unspecified"},
    {RevocationReason::KeyCompromise, "keyCompromise"},
    {RevocationReason::CaCompromise, "cACompromise"},
    {RevocationReason::AffiliationChanged, "affiliationChanged"},
    {RevocationReason::Superseded, "superseded"},
    {RevocationReason::CessationOfOperation, "cessationOfOperation"},
    {RevocationReason::CertificateHold, "certificateHold"},
    {RevocationReason::RemoveFromCrl, "removeFromCRL"},
    {RevocationReason::PrivilegeWithdrawn, "privilegeWithdrawn"},
    {RevocationReason::AaCompromise, "aACompromise"},
};

QString serialText(const QByteArray &serial)
{
    return QString::fromLatin1(serial.toHex().toUpper());
}

/// One CRL entry: serial, revocation date and, unless unspecified, the reasonCode extension
/// (RFC 5280 5.3.1: the reason code "unspecified" SHOULD be absent rather than present).
Result<X509RevokedPtr> makeEntry(const RevokedEntry &entry)
{
    QByteArray magnitude = entry.serial;
    while (magnitude.startsWith('\0'))
        magnitude.remove(0, 1);
    if (magnitude.isEmpty())
        return Error{QCoreApplication::translate("certdesk", "A revoked serial number is empty or zero.")};
    if (magnitude.size() > MaxSerialBytes)
        return Error{
            QCoreApplication::translate("certdesk", "The revoked serial number %1 is longer than 20 bytes.")
                .arg(serialText(entry.serial))};
    const Asn1IntegerPtr serial = asn1IntegerFromBytes(magnitude);
    const Asn1TimePtr date = asn1TimeFrom(entry.revokedAt);
    if (!date)
        return Error{QCoreApplication::translate(
                         "certdesk", "The revocation date of serial number %1 is missing or out of range.")
                         .arg(serialText(entry.serial))};
    X509RevokedPtr revoked(X509_REVOKED_new());
    if (!serial || !revoked || X509_REVOKED_set_serialNumber(revoked.get(), serial.get()) != 1 ||
        X509_REVOKED_set_revocationDate(revoked.get(), date.get()) != 1)
        return openSslError(QCoreApplication::translate("certdesk", "The CRL could not be built."));
    if (entry.reason != RevocationReason::Unspecified) {
        Asn1EnumeratedPtr code(ASN1_ENUMERATED_new());
        if (!code || ASN1_ENUMERATED_set(code.get(), static_cast<long>(entry.reason)) != 1 ||
            X509_REVOKED_add1_ext_i2d(revoked.get(), NID_crl_reason, code.get(), 0, X509V3_ADD_REPLACE) != 1)
            return openSslError(QCoreApplication::translate("certdesk", "The CRL could not be built."));
    }
    return revoked;
}

} // namespace

QString revocationReasonName(RevocationReason reason)
{
    for (const auto &r : ReasonNames) {
        if (r.reason == reason)
            return QString::fromLatin1(r.name);
    }
    return QString::fromLatin1(ReasonNames[0].name);
}

std::optional<RevocationReason> revocationReasonFromName(const QString &name)
{
    // Case-insensitive, so "caCompromise" and "aaCompromise" are accepted as well.
    const QString trimmed = name.trimmed();
    for (const auto &r : ReasonNames) {
        if (trimmed.compare(QLatin1String(r.name), Qt::CaseInsensitive) == 0)
            return r.reason;
    }
    return std::nullopt;
}

QStringList revocationReasonNames()
{
    QStringList out;
    for (const auto &r : ReasonNames)
        out << QString::fromLatin1(r.name);
    return out;
}

Result<QByteArray> createCrl(const QByteArray &issuerCertDer, const SecureBytes &issuerKeyPkcs8,
                             const QList<RevokedEntry> &revoked, const QDateTime &thisUpdate,
                             const QDateTime &nextUpdate, qint64 crlNumber)
{
    const ErrorQueueScope errorScope;
    const X509Ptr issuer = x509FromDer(issuerCertDer);
    if (!issuer)
        return openSslError(
            QCoreApplication::translate("certdesk", "The CA certificate is not a valid DER certificate."));
    const EvpPkeyPtr key = privateKeyFromPkcs8(issuerKeyPkcs8);
    if (!key)
        return openSslError(
            QCoreApplication::translate("certdesk", "The CA key is not a valid PKCS#8 private key."));
    if (X509_check_private_key(issuer.get(), key.get()) != 1)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The private key does not belong to the CA certificate."));
    if ((X509_get_extension_flags(issuer.get()) & EXFLAG_KUSAGE) &&
        !(X509_get_key_usage(issuer.get()) & KU_CRL_SIGN))
        return Error{QCoreApplication::translate(
            "certdesk", "The CA certificate is not allowed to sign CRLs (no cRLSign).")};
    if (crlNumber < 0)
        return Error{QCoreApplication::translate("certdesk", "The CRL number must not be negative.")};
    const Asn1TimePtr lastUpdate = asn1TimeFrom(thisUpdate);
    const Asn1TimePtr next = asn1TimeFrom(nextUpdate);
    if (!lastUpdate || !next)
        return Error{
            QCoreApplication::translate("certdesk", "The CRL's update times are missing or out of range.")};
    if (nextUpdate <= thisUpdate)
        return Error{
            QCoreApplication::translate("certdesk", "The CRL's next update must be after this update.")};

    X509CrlPtr crl(X509_CRL_new());
    if (!crl || X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2) != 1 ||
        X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(issuer.get())) != 1 ||
        X509_CRL_set1_lastUpdate(crl.get(), lastUpdate.get()) != 1 ||
        X509_CRL_set1_nextUpdate(crl.get(), next.get()) != 1)
        return openSslError(QCoreApplication::translate("certdesk", "The CRL could not be built."));
    QSet<QByteArray> seen;
    for (const auto &entry : revoked) {
        auto made = makeEntry(entry);
        if (!made)
            return made.error();
        // RFC 5280 5.1.2.6: each certificate is listed once.
        const QByteArray serial = asn1IntegerToBytes(X509_REVOKED_get0_serialNumber(made.value().get()));
        if (seen.contains(serial))
            return Error{QCoreApplication::translate("certdesk", "The serial number %1 is listed twice.")
                             .arg(serialText(serial))};
        seen.insert(serial);
        if (X509_CRL_add0_revoked(crl.get(), made.value().get()) != 1)
            return openSslError(QCoreApplication::translate("certdesk", "The CRL could not be built."));
        made.value().release();
    }
    if (X509_CRL_sort(crl.get()) != 1)
        return openSslError(QCoreApplication::translate("certdesk", "The CRL could not be built."));

    Asn1IntegerPtr number(ASN1_INTEGER_new());
    const AuthorityKeyIdPtr aki = authorityKeyIdFor(issuer.get());
    if (!number || ASN1_INTEGER_set_int64(number.get(), crlNumber) != 1 || !aki ||
        X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, X509V3_ADD_REPLACE) != 1 ||
        X509_CRL_add1_ext_i2d(crl.get(), NID_authority_key_identifier, aki.get(), 0, X509V3_ADD_REPLACE) != 1)
        return openSslError(
            QCoreApplication::translate("certdesk", "The CRL extensions could not be added."));

    // EdDSA signs the message itself: no digest. A context of its own per CRL.
    const EVP_MD *digest = signsWithoutDigest(key.get()) ? nullptr : EVP_sha256();
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, digest, nullptr, key.get()) != 1 ||
        X509_CRL_sign_ctx(crl.get(), ctx.get()) <= 0)
        return openSslError(QCoreApplication::translate("certdesk", "The CRL could not be signed."));
    QByteArray der = i2dBytes(i2d_X509_CRL, crl.get());
    if (der.isEmpty())
        return openSslError(QCoreApplication::translate("certdesk", "The CRL could not be encoded."));
    return der;
}

QByteArray derToPem(const QByteArray &der, const QByteArray &label)
{
    QByteArray out = "-----BEGIN " + label + "-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += "-----END " + label + "-----\n";
    return out;
}

} // namespace certdesk::pki
