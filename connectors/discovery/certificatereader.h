// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificatedetails.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace certdesk::discovery {

/// One certificate found by discovery: its DER and its SHA-256 fingerprint, hashed without
/// decoding the certificate.
struct CertificateBlob
{
    QByteArray der;
    QString sha256; ///< lowercase hex of SHA-256(der), no colons (as the inventory stores it)
    /// summarise(der), when the producer was asked to do it (FilesystemScanOptions::summarise);
    /// null otherwise or when it failed.
    std::shared_ptr<const domain::CertificateDetails> summary;
};

/// What the bytes of one file gave.
struct ReadOutcome
{
    QList<CertificateBlob> certificates; ///< in file order; duplicates within one file kept once
    bool needsPassword = false;          ///< a PKCS#12 container: its certificates need a password
    /// Why the bytes, or part of them, could not be read ("truncated PEM block", "not a certificate:
    /// a PEM PRIVATE KEY", "malformed DER" ...); empty when everything was read. Certificates read
    /// before a bad block are still returned.
    QString problem;
};

/// How strict the reader is about bytes that hold no certificate.
enum class ReadStrictness {
    /// The file was picked for its certificate extension: bytes with no certificate are a problem.
    Expected,
    /// The file was picked by sniffing (any name): bytes with no certificate are silently nothing.
    Sniffed,
};

/// Reads every certificate in a file's bytes, told apart by content: PEM (any number of
/// CERTIFICATE / X509 CERTIFICATE / TRUSTED CERTIFICATE blocks, text between them ignored), PKCS#7
/// (PEM or DER, .p7b/.p7c), DER, and PKCS#12 (only flagged, never opened). Certificates are
/// hashed, not parsed; summarise() reads their fields later, once per unique fingerprint.
/// Never throws, never crashes on any input (fuzzed in tests/fuzz).
ReadOutcome readCertificates(const QByteArray &bytes, ReadStrictness strictness);

/// The fields triage lists, read from the DER without OpenSSL's full X.509 decode: subject,
/// issuer (same one-line form as pki::parseCertificateDer), commonName, issuerCommonName,
/// serialHex, notBefore, notAfter, keyType, keyBits, curve, signatureAlgorithm, sha256, sha1 left
/// empty, selfIssued, der. Other fields stay default (pki::parseCertificateDer gives them all).
/// An Error when the DER is not an X.509 certificate.
Result<domain::CertificateDetails> summarise(const QByteArray &der);

} // namespace certdesk::discovery
