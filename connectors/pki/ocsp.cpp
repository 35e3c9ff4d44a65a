// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/ocsp.h"

#include "connectors/pki/opensslerror.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/opensslutil.h"

#include <openssl/err.h>
#include <openssl/ocsp.h>

#include <QCoreApplication>

namespace certdesk::pki {

namespace {

using OcspRequestPtr = OpenSslPtr<OCSP_REQUEST, OCSP_REQUEST_free>;
using OcspResponsePtr = OpenSslPtr<OCSP_RESPONSE, OCSP_RESPONSE_free>;
using OcspBasicRespPtr = OpenSslPtr<OCSP_BASICRESP, OCSP_BASICRESP_free>;
using OcspCertIdPtr = OpenSslPtr<OCSP_CERTID, OCSP_CERTID_free>;

/// Exactly one DER OCSPRequest with at least one CertID; nullptr otherwise.
OcspRequestPtr decodeRequest(const QByteArray &der)
{
    if (der.isEmpty())
        return {};
    const unsigned char *p = ucharData(der);
    OcspRequestPtr req(d2i_OCSP_REQUEST(nullptr, &p, static_cast<long>(der.size())));
    if (!req || p != ucharData(der) + der.size() || OCSP_request_onereq_count(req.get()) <= 0)
        return {};
    return req;
}

Result<X509Ptr> decodeCa(const QByteArray &issuerCertDer)
{
    X509Ptr ca = x509FromDer(issuerCertDer);
    if (!ca)
        return openSslError(
            QCoreApplication::translate("certdesk", "The CA certificate is not a valid DER certificate."));
    return ca;
}

/// True when the CertID names `ca` as issuer: its issuerNameHash and issuerKeyHash equal the CA's,
/// computed with the CertID's own hash algorithm (SHA-1 as `openssl ocsp` sends by default,
/// SHA-256, ...). The serial number is not compared.
bool issuedBy(const OCSP_CERTID *cid, X509 *ca)
{
    ASN1_OBJECT *hashAlgorithm = nullptr;
    // OCSP_id_get0_info only reads the CertID; its parameter lacks const.
    if (OCSP_id_get0_info(nullptr, &hashAlgorithm, nullptr, nullptr, const_cast<OCSP_CERTID *>(cid)) != 1 ||
        !hashAlgorithm)
        return false;
    const EVP_MD *md = EVP_get_digestbyobj(hashAlgorithm);
    if (!md)
        return false;
    const OcspCertIdPtr caId(
        OCSP_cert_id_new(md, X509_get_subject_name(ca), X509_get0_pubkey_bitstr(ca), nullptr));
    return caId && OCSP_id_issuer_cmp(caId.get(), cid) == 0;
}

/// The serial number a CertID asks about, big-endian without leading zero bytes.
QByteArray certIdSerial(const OCSP_CERTID *cid)
{
    ASN1_INTEGER *serial = nullptr;
    if (OCSP_id_get0_info(nullptr, nullptr, nullptr, &serial, const_cast<OCSP_CERTID *>(cid)) != 1)
        return {};
    return asn1IntegerToBytes(serial);
}

Result<QByteArray> responseDer(OCSP_RESPONSE *resp)
{
    QByteArray der = resp ? i2dBytes(i2d_OCSP_RESPONSE, resp) : QByteArray();
    if (der.isEmpty())
        return openSslError(
            QCoreApplication::translate("certdesk", "The OCSP response could not be encoded."));
    return der;
}

/// Adds the SingleResponse for one CertID.
Status addStatus(OCSP_BASICRESP *basic, OCSP_CERTID *cid, const OcspCertStatus &status, ASN1_TIME *thisUpdate,
                 ASN1_TIME *nextUpdate)
{
    int state = V_OCSP_CERTSTATUS_UNKNOWN;
    int reason = OCSP_REVOKED_STATUS_NOSTATUS;
    Asn1TimePtr revokedAt;
    switch (status.state) {
    case OcspCertStatus::State::Good:
        state = V_OCSP_CERTSTATUS_GOOD;
        break;
    case OcspCertStatus::State::Revoked:
        state = V_OCSP_CERTSTATUS_REVOKED;
        revokedAt = asn1TimeFrom(status.revokedAt);
        if (!revokedAt)
            return Error{
                QCoreApplication::translate(
                    "certdesk", "The revocation date of serial number %1 is missing or out of range.")
                    .arg(QString::fromLatin1(certIdSerial(cid).toHex().toUpper()))};
        // As in a CRL, "unspecified" is left out rather than stated.
        if (status.reason != RevocationReason::Unspecified)
            reason = static_cast<int>(status.reason);
        break;
    case OcspCertStatus::State::Unknown:
        break;
    }
    if (!OCSP_basic_add1_status(basic, cid, state, reason, revokedAt.get(), thisUpdate, nextUpdate))
        return openSslError(QCoreApplication::translate("certdesk", "The OCSP response could not be built."));
    return {};
}

} // namespace

Result<QByteArray> createOcspResponse(const QByteArray &requestDer, const QByteArray &issuerCertDer,
                                      const SecureBytes &issuerKeyPkcs8,
                                      const std::function<OcspCertStatus(const QByteArray &serial)> &lookup,
                                      const QDateTime &thisUpdate, const QDateTime &nextUpdate)
{
    const ErrorQueueScope errorScope;
    auto ca = decodeCa(issuerCertDer);
    if (!ca)
        return ca.error();
    const EvpPkeyPtr key = privateKeyFromPkcs8(issuerKeyPkcs8);
    if (!key)
        return openSslError(
            QCoreApplication::translate("certdesk", "The CA key is not a valid PKCS#8 private key."));
    if (X509_check_private_key(ca.value().get(), key.get()) != 1)
        return openSslError(QCoreApplication::translate(
            "certdesk", "The private key does not belong to the CA certificate."));
    const Asn1TimePtr thisUpd = asn1TimeFrom(thisUpdate);
    const Asn1TimePtr nextUpd = nextUpdate.isValid() ? asn1TimeFrom(nextUpdate) : nullptr;
    if (!thisUpd || (nextUpdate.isValid() && !nextUpd))
        return Error{QCoreApplication::translate(
            "certdesk", "The OCSP response's update times are missing or out of range.")};
    if (nextUpdate.isValid() && nextUpdate <= thisUpdate)
        return Error{QCoreApplication::translate(
            "certdesk", "The OCSP response's next update must be after this update.")};

    const OcspRequestPtr req = decodeRequest(requestDer);
    if (!req) {
        // RFC 6960 2.3: a request that does not parse is answered, unsigned, with malformedRequest.
        ERR_clear_error();
        const OcspResponsePtr malformed(OCSP_response_create(OCSP_RESPONSE_STATUS_MALFORMEDREQUEST, nullptr));
        return responseDer(malformed.get());
    }

    OcspBasicRespPtr basic(OCSP_BASICRESP_new());
    if (!basic)
        return openSslError(QCoreApplication::translate("certdesk", "The OCSP response could not be built."));
    const int count = OCSP_request_onereq_count(req.get());
    for (int i = 0; i < count; ++i) {
        OCSP_CERTID *cid = OCSP_onereq_get0_id(OCSP_request_onereq_get0(req.get(), i));
        // A CertID of another CA is "unknown" (RFC 6960 2.2): this responder knows nothing about it.
        const OcspCertStatus status =
            issuedBy(cid, ca.value().get()) && lookup ? lookup(certIdSerial(cid)) : OcspCertStatus{};
        if (auto st = addStatus(basic.get(), cid, status, thisUpd.get(), nextUpd.get()); !st)
            return st.error();
    }
    if (OCSP_copy_nonce(basic.get(), req.get()) <= 0)
        return openSslError(QCoreApplication::translate("certdesk", "The OCSP nonce could not be copied."));

    // Signed by the CA itself, responder named by key hash; a context of its own per response.
    const EVP_MD *digest = signsWithoutDigest(key.get()) ? nullptr : EVP_sha256();
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, digest, nullptr, key.get()) != 1 ||
        OCSP_basic_sign_ctx(basic.get(), ca.value().get(), ctx.get(), nullptr, OCSP_RESPID_KEY) != 1)
        return openSslError(
            QCoreApplication::translate("certdesk", "The OCSP response could not be signed."));
    const OcspResponsePtr resp(OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic.get()));
    if (!resp)
        return openSslError(QCoreApplication::translate("certdesk", "The OCSP response could not be built."));
    return responseDer(resp.get());
}

Result<QList<OcspQuery>> parseOcspRequest(const QByteArray &requestDer, const QByteArray &issuerCertDer)
{
    const ErrorQueueScope errorScope;
    auto ca = decodeCa(issuerCertDer);
    if (!ca)
        return ca.error();
    const OcspRequestPtr req = decodeRequest(requestDer);
    if (!req)
        return openSslError(QCoreApplication::translate("certdesk", "The data is not a valid OCSP request."));
    QList<OcspQuery> out;
    const int count = OCSP_request_onereq_count(req.get());
    for (int i = 0; i < count; ++i) {
        const OCSP_CERTID *cid = OCSP_onereq_get0_id(OCSP_request_onereq_get0(req.get(), i));
        out << OcspQuery{certIdSerial(cid), issuedBy(cid, ca.value().get())};
    }
    return out;
}

} // namespace certdesk::pki
