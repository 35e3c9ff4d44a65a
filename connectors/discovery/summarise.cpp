// SPDX-License-Identifier: GPL-3.0-or-later
// summarise(), declared in certificatereader.h: the triage fields of a certificate read from its
// DER. OpenSSL is asked only for names of OIDs, for Names with unusual string types and for
// unusual public keys.
#include "connectors/discovery/certificatereader.h"

#include "connectors/discovery/certificatestructure.h"
#include "connectors/discovery/fingerprint.h"
#include "connectors/discovery/namereader.h"
#include "connectors/discovery/oidtext.h"
#include "connectors/discovery/publickeyinfo.h"
#include "connectors/pki/opensslhandles.h"
#include "connectors/pki/x509names.h"

#include <openssl/err.h>

#include <QCoreApplication>

#include <climits>
#include <cstring>

namespace certdesk::discovery {

namespace {

/// The Name element decoded by OpenSSL, so that it prints exactly as pki prints it.
pki::X509NamePtr decodeName(const DerElement &name)
{
    if (name.encodedSize() > INT_MAX)
        return nullptr;
    const unsigned char *p = name.begin;
    pki::X509NamePtr decoded(d2i_X509_NAME(nullptr, &p, static_cast<long>(name.encodedSize())));
    if (!decoded || p != name.end) {
        ERR_clear_error();
        return nullptr;
    }
    return decoded;
}

/// Subject and issuer text, common names and selfIssued: read from the DER for the usual string
/// types, through OpenSSL's decoder when either name holds another kind. False when a name
/// cannot be decoded.
bool readNames(const CertificateStructure &s, domain::CertificateDetails &d)
{
    NameSummary subject;
    NameSummary issuer;
    // The canonical forms are built only when the cheap tests cannot tell (see NameSummary::plain).
    const NameRead subjectRead = readName(s.subject, &subject, false);
    const NameRead issuerRead = readName(s.issuer, &issuer, false);
    if (subjectRead == NameRead::Malformed || issuerRead == NameRead::Malformed)
        return false;
    const bool sameBytes = s.subject.encodedSize() == s.issuer.encodedSize() &&
                           std::memcmp(s.subject.begin, s.issuer.begin, s.subject.encodedSize()) == 0;
    if (subjectRead == NameRead::Read && issuerRead == NameRead::Read) {
        d.subject = subject.text;
        d.issuer = issuer.text;
        d.commonName = subject.commonName;
        d.issuerCommonName = issuer.commonName;
        if (sameBytes) {
            d.selfIssued = true;
        } else if (subject.plain && issuer.plain && looseText(subject.text) != looseText(issuer.text)) {
            d.selfIssued = false;
        } else {
            readName(s.subject, &subject, true);
            readName(s.issuer, &issuer, true);
            d.selfIssued = subject.canonical == issuer.canonical;
        }
        return true;
    }
    const pki::X509NamePtr subjectName = decodeName(s.subject);
    const pki::X509NamePtr issuerName = decodeName(s.issuer);
    if (!subjectName || !issuerName)
        return false;
    d.subject = pki::nameToString(subjectName.get());
    d.issuer = pki::nameToString(issuerName.get());
    d.commonName = pki::lastCommonName(subjectName.get());
    d.issuerCommonName = pki::lastCommonName(issuerName.get());
    // X509_NAME_cmp, as pki uses, compares canonical forms: names that differ only in string type,
    // case or spaces are the same name.
    d.selfIssued = sameBytes || X509_NAME_cmp(subjectName.get(), issuerName.get()) == 0;
    ERR_clear_error();
    return true;
}

/// BN_bn2hex's form of an INTEGER: uppercase, whole bytes without leading zero bytes, "0" for
/// zero, a '-' before the magnitude of a negative number.
QString serialHex(const DerElement &integer)
{
    QByteArray magnitude(reinterpret_cast<const char *>(integer.content),
                         static_cast<qsizetype>(integer.length));
    const bool negative = !magnitude.isEmpty() && (static_cast<std::uint8_t>(magnitude[0]) & 0x80);
    if (negative) {
        // Two's complement: invert every bit and add one.
        bool carry = true;
        for (qsizetype i = magnitude.size() - 1; i >= 0; --i) {
            auto b = static_cast<std::uint8_t>(~static_cast<std::uint8_t>(magnitude[i]));
            if (carry)
                carry = ++b == 0;
            magnitude[i] = static_cast<char>(b);
        }
    }
    qsizetype zeros = 0;
    while (zeros < magnitude.size() && magnitude[zeros] == 0)
        ++zeros;
    if (zeros == magnitude.size())
        return QStringLiteral("0");
    const QString hex = QString::fromLatin1(magnitude.mid(zeros).toHex().toUpper());
    return negative ? u'-' + hex : hex;
}

} // namespace

Result<domain::CertificateDetails> summarise(const QByteArray &der)
{
    const auto *data = reinterpret_cast<const std::uint8_t *>(der.constData());
    CertificateStructure s;
    const char *why = nullptr;
    if (!readCertificateStructure(data, static_cast<std::size_t>(der.size()), s, why))
        return Error{
            QCoreApplication::translate("certdesk::discovery", "The data is not an X.509 certificate."),
            QCoreApplication::translate("certdesk::discovery", why)};
    domain::CertificateDetails d;
    if (!readNames(s, d))
        return Error{
            QCoreApplication::translate("certdesk::discovery",
                                        "The certificate's subject or issuer name cannot be decoded."),
            {}};
    d.der = der;
    d.version = s.version;
    d.serialHex = serialHex(s.serial);
    d.notBefore = s.notBefore;
    d.notAfter = s.notAfter;
    const PublicKeyInfo key = readPublicKeyInfo(s.publicKeyInfo);
    d.keyType = key.type;
    d.keyBits = key.bits;
    d.curve = key.curve;
    d.signatureAlgorithm = oidText(s.signatureAlgorithm);
    d.sha256 = sha256Hex(data, static_cast<std::size_t>(der.size()));
    return d;
}

} // namespace certdesk::discovery
