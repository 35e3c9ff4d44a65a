// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Certificates and containers made with the `openssl` command line tool, and their fingerprints as
// that tool computes them: the discovery tests check the product's reader against an independent
// implementation. Every helper aborts the test program (qFatal) when openssl fails, since no test
// can go on then.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk::testsupport {

/// A certificate made by `openssl req -x509`.
struct CliCertificate
{
    QString name;    ///< a short label ("rsa1024", "ed448", ...)
    QString pemPath; ///< the certificate as PEM
    QString keyPath; ///< its private key as PEM
    QByteArray der;
};

/// A self-signed certificate for a new key made from `newKey` (the `-newkey` argument, e.g.
/// "rsa:1024", "ed448", "ec" with `keyOptions` {"-pkeyopt", "ec_paramgen_curve:P-521"}), written
/// to `dir`/`name`.pem with the key in `dir`/`name`.key. `extra` is appended to the command line
/// (e.g. {"-set_serial", "-5"}, {"-utf8"}).
CliCertificate cliSelfSigned(const QString &dir, const QString &name, const QString &subject,
                             const QStringList &newKey, const QStringList &extra = {});

/// Every certificate type the tests cover, made with openssl in `dir`: RSA 1024/2048, EC P-256,
/// P-384, P-521 and secp256k1, Ed25519, Ed448, DSA, RSA-PSS, an X25519 key certified by RSA,
/// a negative serial number, names with characters that need quoting, multi-valued RDNs and UTF-8.
QList<CliCertificate> cliCertificateZoo(const QString &dir);

/// Lowercase hex SHA-256 of the certificate in `path` per `openssl x509 -fingerprint -sha256`;
/// `der` says the file is DER rather than PEM.
QString cliFingerprint(const QString &path, bool der);

/// The fingerprints of every CERTIFICATE block of a PEM file: the blocks are cut out as text and
/// each is given to `openssl x509`.
QStringList cliPemBundleFingerprints(const QString &path);

/// The fingerprints of the certificates in a PKCS#7 file per `openssl pkcs7 -print_certs`.
QStringList cliPkcs7Fingerprints(const QString &path, bool der);

/// Writes a certificates-only PKCS#7 of `pemPaths` with `openssl crl2pkcs7 -nocrl -certfile`.
QString cliPkcs7(const QString &outPath, const QStringList &pemPaths, bool der);

/// Writes a PKCS#12 of `cert` and its key with `openssl pkcs12 -export`, password "secret".
QString cliPkcs12(const QString &outPath, const CliCertificate &cert);

/// The certificate converted with `openssl x509 -outform DER` to `outPath`.
QString cliToDer(const QString &outPath, const CliCertificate &cert);

/// The certificate as a TRUSTED CERTIFICATE block (`openssl x509 -addtrust serverAuth -trustout`).
QString cliTrusted(const QString &outPath, const CliCertificate &cert);

/// A CSR (`openssl req -new`) for the key of `cert`, PEM.
QString cliCsr(const QString &outPath, const CliCertificate &cert);

/// The whole content of a file; aborts the test program when it cannot be read.
QByteArray readWholeFile(const QString &path);

/// Lowercase hex without colons from "AB:CD:..." (as expected_sha256.txt and openssl print it).
QString normaliseFingerprint(QString colonHex);

} // namespace certdesk::testsupport
