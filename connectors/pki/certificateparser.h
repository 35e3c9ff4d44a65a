// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/pki/securebytes.h"
#include "models/domain/certificatedetails.h"
#include "models/domain/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace certdesk::pki {

/// The encodings a certificate file can have, told apart by content, never by file name.
enum class ContainerFormat { Pem, Der, Pkcs7, Pkcs12 };

/// A private key taken from a container (PKCS#12 today), as unencrypted PKCS#8 DER in wiped memory.
struct PrivateKeyData
{
    SecureBytes pkcs8Der;
    QString algorithm;       ///< "RSA", "EC", "Ed25519", ...
    QString publicKeySha256; ///< lowercase hex SHA-256 of the SubjectPublicKeyInfo DER
};

/// Everything read from one file or pasted text.
struct ParsedContainer
{
    ContainerFormat format = ContainerFormat::Pem;
    QList<domain::CertificateDetails> certificates; ///< in the order the input holds them
    std::optional<PrivateKeyData> privateKey;       ///< PKCS#12 only
};

/// Parses one DER-encoded X.509 certificate into every field the UI shows. Subject and issuer are
/// printed in stored order with XN_FLAG_ONELINE minus the spaces around '=' and minus
/// ASN1_STRFLGS_ESC_MSB ("C=DE, O=Org, CN=Jürgen", UTF-8 kept readable, values that need escaping
/// quoted). A malformed optional extension leaves its field empty instead of failing the parse.
Result<domain::CertificateDetails> parseCertificateDer(const QByteArray &der);

/// Reads a certificate container: PEM with one or many CERTIFICATE blocks (text between blocks is
/// ignored), DER, PKCS#7 (.p7b, PEM or DER), or PKCS#12. A PKCS#12 that needs a password fails
/// with ErrorCode::PasswordRequired when `password` is nullopt and ErrorCode::WrongPassword when
/// it does not open it. Input that holds no certificate (empty, a key, a CSR, random bytes, a
/// truncated block) is an Error whose message says why. Nothing is returned partially: one bad
/// block fails the whole input. PEM blocks that are not certificates (a key next to them, say) are
/// skipped when the input also holds certificates. Base64 without PEM armour is read as DER.
Result<ParsedContainer> parseContainer(const QByteArray &data, const std::optional<QString> &password = {});

/// True when the bytes look like a PKCS#12 (PFX) structure, so callers can ask for a password first.
bool looksLikePkcs12(const QByteArray &data);

/// Orders certificates into chains: for each leaf (a certificate that issued none of the others),
/// the leaf followed by its issuers as far as the list holds them. Certificates not reached from a
/// leaf are appended at the end. Returns indexes into `certs`, each exactly once: a second leaf's
/// chain stops at an issuer already placed, and a cycle of cross-certificates ends where it closes.
QList<int> chainOrder(const QList<domain::CertificateDetails> &certs);

/// The chain structure of a bundle with one decode per certificate: chainOrder(), and for each
/// certificate the indexes of its issuers within the bundle, nearest first (as issuerChain() finds
/// them in the bundle).
struct BundleChains
{
    QList<int> order;
    QList<QList<int>> issuers;
};
BundleChains analyseBundle(const QList<domain::CertificateDetails> &certs);

/// The issuers of `leaf` found in `pool`, leaf's issuer first, stopping at a self-issued root or a gap.
/// Issuer links are checked by name and key identifier and confirmed by signature verification.
QList<domain::CertificateDetails> issuerChain(const domain::CertificateDetails &leaf,
                                              const QList<domain::CertificateDetails> &pool);

/// Lowercase hex SHA-256 of the certificate's SubjectPublicKeyInfo, to match it with a private key.
QString publicKeySha256(const domain::CertificateDetails &cert);

} // namespace certdesk::pki
