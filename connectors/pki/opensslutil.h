// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Conversions between Qt byte arrays and OpenSSL objects. Private to connectors/pki.

#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/securebytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace certdesk::pki {

/// The bytes of a QByteArray as OpenSSL wants them.
inline const unsigned char *ucharData(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

/// DER-encodes `obj` with an OpenSSL i2d function; empty on failure. One call, which lets OpenSSL
/// allocate the buffer: for a provider key (i2d_PUBKEY) every call sets up an OSSL_ENCODER, so
/// asking for the length first would encode the key twice. Not for private keys (the buffer is not
/// wiped).
template <typename T, typename Fn> QByteArray i2dBytes(Fn fn, T *obj)
{
    unsigned char *buffer = nullptr;
    const int len = fn(obj, &buffer);
    QByteArray out;
    if (len > 0 && buffer)
        out = QByteArray(reinterpret_cast<const char *>(buffer), len);
    OPENSSL_free(buffer);
    return out;
}

/// Decodes exactly one DER certificate; nullptr when the bytes are not one or have bytes after it.
X509Ptr x509FromDer(const QByteArray &der);

/// The DER of a certificate (the encoding it was read from, if it was read).
QByteArray x509ToDer(const X509 *cert);

/// Decodes an unencrypted PKCS#8 PrivateKeyInfo; nullptr when the bytes are not exactly one.
EvpPkeyPtr privateKeyFromPkcs8(const SecureBytes &pkcs8Der);

/// Encodes a private key as unencrypted PKCS#8 DER, written straight into wiped memory.
SecureBytes privateKeyToPkcs8(const EVP_PKEY *key);

/// The SubjectPublicKeyInfo DER of a key.
QByteArray publicKeyToDer(const EVP_PKEY *key);

/// Sets `to` (the public key of a request or certificate being built) to the algorithm and key bits
/// of `from`, copied as they are. X509_set_pubkey / X509_REQ_set_pubkey would run an OSSL_ENCODER
/// on the key and an OSSL_DECODER on the result, which costs more than signing. `to` holds no
/// decoded key afterwards (X509_get0_pubkey on it fails): only for objects that are signed and
/// encoded, not for ones whose key is used.
bool copyPublicKey(X509_PUBKEY *to, const X509_PUBKEY *from);

/// The same from SubjectPublicKeyInfo DER (read as its two parts; the key itself is not decoded).
bool setPublicKeyFromDer(X509_PUBKEY *to, const QByteArray &subjectPublicKeyInfoDer);

/// "RSA", "RSA-PSS", "EC", "Ed25519", "Ed448", "DSA", or OpenSSL's name for other key types.
QString keyTypeName(const EVP_PKEY *key);

/// Lowercase hex.
QString lowerHex(const unsigned char *data, qsizetype len);

/// Uppercase hex pairs joined by colons ("AB:CD"), as `openssl x509 -text` shows key identifiers.
QString colonUpperHex(const unsigned char *data, qsizetype len);

/// An ASN.1 string (any type) converted to UTF-8; empty when it cannot be converted.
QString asn1ToQString(const ASN1_STRING *str);

/// True for keys that sign the message itself (Ed25519, Ed448): X509_sign, X509_REQ_sign,
/// X509_CRL_sign and EVP_DigestSignInit need a null digest for them.
bool signsWithoutDigest(const EVP_PKEY *key);

/// The curve of an EC key: the NIST name where there is one ("P-256"), else OpenSSL's name; empty
/// for other key types.
QString ecCurveName(const EVP_PKEY *key);

/// Sets `time` to `when` (converted to UTC, whole seconds): UTCTime for 1950-2049 and
/// GeneralizedTime otherwise, as RFC 5280 requires. False for an invalid date or one outside
/// 1950-9999.
bool setAsn1Time(ASN1_TIME *time, const QDateTime &when);

/// A new ASN1_TIME holding `when` (see setAsn1Time); nullptr on failure.
Asn1TimePtr asn1TimeFrom(const QDateTime &when);

/// An INTEGER from unsigned big-endian bytes (a certificate serial number); nullptr when the bytes
/// are empty or OpenSSL fails.
Asn1IntegerPtr asn1IntegerFromBytes(const QByteArray &bigEndian);

/// The unsigned big-endian bytes of an INTEGER without leading zero bytes (its magnitude).
QByteArray asn1IntegerToBytes(const ASN1_INTEGER *value);

/// RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING. Empty on failure.
QByteArray computedKeyIdentifier(const X509 *cert);

/// The key identifier a certificate publishes: its subjectKeyIdentifier when it has one, else
/// computedKeyIdentifier(). Empty on failure. Caches the certificate's extensions: only for
/// certificates that are complete, not for one being built.
QByteArray keyIdentifierOf(X509 *cert);

/// An AuthorityKeyIdentifier (keyIdentifier only) naming `issuer`'s key, for certificates and CRLs
/// it signs; nullptr on failure.
AuthorityKeyIdPtr authorityKeyIdFor(X509 *issuer);

} // namespace certdesk::pki
