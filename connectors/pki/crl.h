// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace certdesk::pki {

/// RFC 5280 CRLReason codes (value 7 is unused in the RFC).
enum class RevocationReason {
    Unspecified = 0,
    KeyCompromise = 1,
    CaCompromise = 2,
    AffiliationChanged = 3,
    Superseded = 4,
    CessationOfOperation = 5,
    CertificateHold = 6,
    RemoveFromCrl = 8,
    PrivilegeWithdrawn = 9,
    AaCompromise = 10,
};

/// The RFC 5280 name ("keyCompromise", "superseded", ...) of a reason.
QString revocationReasonName(RevocationReason reason);
/// Parses an RFC 5280 reason name (case-insensitive); nullopt for anything else.
std::optional<RevocationReason> revocationReasonFromName(const QString &name);
/// Every reason name, for help texts and combo boxes.
QStringList revocationReasonNames();

/// One revoked certificate as a CRL or OCSP response lists it.
struct RevokedEntry
{
    QByteArray serial; ///< big-endian, as in the certificate
    QDateTime revokedAt;
    RevocationReason reason = RevocationReason::Unspecified;
};

/// Signs an X.509 v2 CRL for `issuerCertDer` with `issuerKeyPkcs8`: the entries with their reason
/// codes, thisUpdate/nextUpdate, a CRL number and the authority key identifier. Returns the DER.
Result<QByteArray> createCrl(const QByteArray &issuerCertDer, const SecureBytes &issuerKeyPkcs8,
                             const QList<RevokedEntry> &revoked, const QDateTime &thisUpdate,
                             const QDateTime &nextUpdate, qint64 crlNumber);

/// Wraps DER in a PEM block with the given label ("X509 CRL", "CERTIFICATE", ...).
QByteArray derToPem(const QByteArray &der, const QByteArray &label);

} // namespace certdesk::pki
