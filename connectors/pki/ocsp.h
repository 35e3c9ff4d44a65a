// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/crl.h"
#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <functional>

namespace certdesk::pki {

/// What a responder knows about one serial number.
struct OcspCertStatus
{
    enum class State { Good, Revoked, Unknown };
    State state = State::Unknown;
    QDateTime revokedAt;
    RevocationReason reason = RevocationReason::Unspecified;
};

/// One certificate asked about in an OCSP request.
struct OcspQuery
{
    QByteArray serial;                ///< big-endian, without leading zero bytes
    bool issuedByResponderCa = false; ///< the CertID's issuer name and key hashes match the CA
};

/// Answers a DER OCSP request (RFC 6960) for the CA `issuerCertDer`, signing with its key: each
/// CertID whose issuer hashes match the CA gets `lookup(serial)`; one issued by another CA gets
/// "unknown". A request nonce is copied into the response. A request that cannot be parsed yields a
/// signed-less "malformedRequest" response (not an Error), as a responder must answer; an Error is
/// only for a failure of our own (bad key, signing failed). `lookup` gets the serial big-endian
/// without leading zero bytes. An invalid `nextUpdate` leaves nextUpdate out (meaning newer
/// information is always available). Returns the DER OCSPResponse.
Result<QByteArray> createOcspResponse(const QByteArray &requestDer, const QByteArray &issuerCertDer,
                                      const SecureBytes &issuerKeyPkcs8,
                                      const std::function<OcspCertStatus(const QByteArray &serial)> &lookup,
                                      const QDateTime &thisUpdate, const QDateTime &nextUpdate);

/// The queries in a DER OCSP request, with whether each names `issuerCertDer` as issuer; an
/// Error when the request does not parse.
Result<QList<OcspQuery>> parseOcspRequest(const QByteArray &requestDer, const QByteArray &issuerCertDer);

} // namespace certdesk::pki
