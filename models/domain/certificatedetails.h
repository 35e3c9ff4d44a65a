// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk::domain {

/// Subject alternative names of a certificate, by kind.
struct SubjectAltNames
{
    QStringList dns;
    QStringList ip;
    QStringList email;
    QStringList uri;

    bool isEmpty() const { return dns.isEmpty() && ip.isEmpty() && email.isEmpty() && uri.isEmpty(); }
    /// All names without their kind, DNS first, as the inventory shows them.
    QStringList values() const { return dns + ip + email + uri; }
    /// All names with their kind ("DNS:a.example", "IP:10.0.0.1"), one string per name.
    QStringList tagged() const;
    /// The inverse of tagged().
    static SubjectAltNames fromTagged(const QStringList &tagged);
};

/// Every field an administrator looks at in one X.509 certificate, as parsed by connectors/pki.
/// A plain value: it holds the DER it was read from, so it can be stored, exported or re-parsed.
struct CertificateDetails
{
    QByteArray der;
    int version = 3;
    QString subject;          ///< one line, most significant RDN last as OpenSSL prints it: "C=DE, O=Org, CN=x"
    QString issuer;           ///< same form as subject
    QString commonName;       ///< the subject's last CN, empty when it has none
    QString issuerCommonName; ///< the issuer's last CN, empty when it has none
    SubjectAltNames sans;
    QString serialHex; ///< uppercase hex, no colons, no leading zero pairs
    QDateTime notBefore; ///< UTC
    QDateTime notAfter;  ///< UTC
    QString keyType;     ///< "RSA", "EC", "Ed25519", "Ed448", "DSA" or the OpenSSL name
    int keyBits = 0;
    QString curve;                 ///< NIST name where there is one ("P-256"), else the OpenSSL name; EC only
    QString signatureAlgorithm;    ///< OpenSSL long name, e.g. "sha256WithRSAEncryption"
    QString sha256;                ///< lowercase hex, no colons
    QString sha1;                  ///< lowercase hex, no colons
    QStringList keyUsage;          ///< e.g. "Digital Signature", "Key Encipherment"
    QStringList extendedKeyUsage;  ///< e.g. "TLS Web Server Authentication"
    bool hasBasicConstraints = false;
    bool isCa = false;
    int pathLength = -1; ///< -1 when absent
    QString subjectKeyId;   ///< uppercase hex with colons, as `openssl x509 -text` shows it
    QString authorityKeyId; ///< same form
    QStringList crlDistributionPoints;
    QStringList ocspUrls;
    QStringList caIssuerUrls;
    bool selfIssued = false; ///< subject == issuer

    /// Whole days from `now` until notAfter (negative once expired).
    qint64 daysLeft(const QDateTime &now) const;
    /// "RSA 2048", "EC P-256", "Ed25519".
    QString keyDescription() const;
    /// True for RSA under 2048 bits or a SHA-1/MD5 signature.
    bool hasWeakCrypto() const;
    /// The DER as one PEM block with a trailing newline.
    QByteArray toPem() const;
};

/// Formats lowercase hex as colon-separated uppercase pairs ("AB:CD:...") for display.
QString colonHex(const QString &hex);

} // namespace certdesk::domain
