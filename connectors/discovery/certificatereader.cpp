// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/certificatereader.h"

#include "connectors/discovery/certificatestructure.h"
#include "connectors/discovery/containerstructure.h"
#include "connectors/discovery/fingerprint.h"
#include "connectors/discovery/pemblocks.h"

#include <QCoreApplication>
#include <QSet>

namespace certdesk::discovery {

namespace {

const std::uint8_t *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const std::uint8_t *>(bytes.constData());
}

/// Collects the certificates of one input, each once, and the first problem met.
class OutcomeBuilder
{
public:
    /// Hashes `der` and keeps it unless the input already gave the same certificate.
    void addCertificate(const QByteArray &der)
    {
        QString sha256 = sha256Hex(bytesOf(der), static_cast<std::size_t>(der.size()));
        if (sha256.isEmpty()) {
            addProblem(
                QCoreApplication::translate("certdesk::discovery", "a certificate could not be hashed"));
            return;
        }
        if (m_seen.contains(sha256))
            return;
        m_seen.insert(sha256);
        m_outcome.certificates << CertificateBlob{der, std::move(sha256)};
    }

    /// Records `problem` unless an earlier one was recorded.
    void addProblem(const QString &problem)
    {
        if (m_outcome.problem.isEmpty())
            m_outcome.problem = problem;
    }

    void setNeedsPassword() { m_outcome.needsPassword = true; }
    /// True once a certificate, a PKCS#12 or a problem was found.
    bool hasResult() const
    {
        return !m_outcome.certificates.isEmpty() || m_outcome.needsPassword || !m_outcome.problem.isEmpty();
    }
    bool hasCertificates() const { return !m_outcome.certificates.isEmpty(); }

    /// The outcome; with Sniffed strictness, bytes that gave nothing give no problem either.
    ReadOutcome take(ReadStrictness strictness)
    {
        if (strictness == ReadStrictness::Sniffed && m_outcome.certificates.isEmpty() &&
            !m_outcome.needsPassword)
            m_outcome.problem.clear();
        return std::move(m_outcome);
    }

private:
    ReadOutcome m_outcome;
    QSet<QString> m_seen;
};

/// Adds the certificates of a PKCS#7 SignedData; false when the bytes are not PKCS#7 at all.
bool addPkcs7(const QByteArray &der, OutcomeBuilder &builder)
{
    QList<DerElement> elements;
    switch (readPkcs7Certificates(bytesOf(der), static_cast<std::size_t>(der.size()), elements)) {
    case Pkcs7Read::NotPkcs7:
        return false;
    case Pkcs7Read::Malformed:
        builder.addProblem(
            QCoreApplication::translate("certdesk::discovery", "the PKCS#7 data is truncated or malformed"));
        return true;
    case Pkcs7Read::Read:
        break;
    }
    for (const DerElement &element : elements) {
        CertificateStructure structure;
        const char *why = nullptr;
        if (!readCertificateStructure(element.begin, element.encodedSize(), structure, why)) {
            builder.addProblem(QCoreApplication::translate(
                                   "certdesk::discovery", "a certificate in the PKCS#7 data is malformed: %1")
                                   .arg(QCoreApplication::translate("certdesk::discovery", why)));
            continue;
        }
        builder.addCertificate(QByteArray(reinterpret_cast<const char *>(element.begin),
                                          static_cast<qsizetype>(element.encodedSize())));
    }
    if (elements.isEmpty())
        builder.addProblem(
            QCoreApplication::translate("certdesk::discovery", "no certificate: the PKCS#7 data holds none"));
    return true;
}

/// Reads binary input: one certificate, PKCS#7 or PKCS#12. False when it is none of them, with
/// the reason it is not a certificate in `why`.
bool readDer(const QByteArray &bytes, OutcomeBuilder &builder, const char *&why)
{
    CertificateStructure structure;
    if (readCertificateStructure(bytesOf(bytes), static_cast<std::size_t>(bytes.size()), structure, why)) {
        builder.addCertificate(bytes);
        return true;
    }
    if (addPkcs7(bytes, builder))
        return true;
    if (looksLikePkcs12(bytesOf(bytes), static_cast<std::size_t>(bytes.size()))) {
        builder.setNeedsPassword();
        return true;
    }
    return false;
}

enum class LabelKind { Certificate, TrustedCertificate, Pkcs7, Other };

LabelKind labelKind(QByteArrayView label)
{
    if (label == "CERTIFICATE" || label == "X509 CERTIFICATE")
        return LabelKind::Certificate;
    if (label == "TRUSTED CERTIFICATE")
        return LabelKind::TrustedCertificate;
    if (label == "PKCS7" || label == "PKCS #7 SIGNED DATA" || label == "CMS" || label == "CERTIFICATE CHAIN")
        return LabelKind::Pkcs7;
    return LabelKind::Other;
}

/// Adds the certificate a CERTIFICATE (whole body) or TRUSTED CERTIFICATE (its leading
/// certificate; OpenSSL's trust settings follow it) block holds.
void addPemCertificate(QByteArray der, LabelKind kind, int blockNumber, OutcomeBuilder &builder)
{
    if (kind == LabelKind::TrustedCertificate) {
        DerElement first;
        DerReader reader(bytesOf(der), static_cast<std::size_t>(der.size()));
        if (reader.next(first))
            der.truncate(static_cast<qsizetype>(first.encodedSize()));
    }
    CertificateStructure structure;
    const char *why = nullptr;
    if (!readCertificateStructure(bytesOf(der), static_cast<std::size_t>(der.size()), structure, why)) {
        builder.addProblem(
            QCoreApplication::translate("certdesk::discovery", "PEM block %1 is not a valid certificate: %2")
                .arg(blockNumber)
                .arg(QCoreApplication::translate("certdesk::discovery", why)));
        return;
    }
    builder.addCertificate(der);
}

/// Reads every PEM block; returns the label of the first block that holds no certificate.
QByteArray readPem(const QByteArray &bytes, OutcomeBuilder &builder)
{
    QByteArray firstOtherLabel;
    PemScanner scanner(bytes);
    PemBlock block;
    int blockNumber = 0;
    while (scanner.next(block)) {
        ++blockNumber;
        const LabelKind kind = labelKind(block.label);
        if (block.state == PemBlock::State::Truncated) {
            builder.addProblem(QCoreApplication::translate("certdesk::discovery",
                                                           "truncated PEM block %1 (BEGIN %2 without END)")
                                   .arg(blockNumber)
                                   .arg(QString::fromLatin1(block.label)));
            continue;
        }
        if (kind == LabelKind::Other) {
            if (firstOtherLabel.isEmpty())
                firstOtherLabel = block.label.toByteArray();
            continue;
        }
        QByteArray der;
        if (block.state == PemBlock::State::MismatchedEnd || !decodePemBody(block.body, der)) {
            builder.addProblem(QCoreApplication::translate(
                                   "certdesk::discovery", "corrupt PEM block %1 (%2): bad base64 or END line")
                                   .arg(blockNumber)
                                   .arg(QString::fromLatin1(block.label)));
            continue;
        }
        if (kind == LabelKind::Pkcs7) {
            if (!addPkcs7(der, builder))
                builder.addProblem(QCoreApplication::translate("certdesk::discovery",
                                                               "PEM block %1 (%2) is not PKCS#7 signed data")
                                       .arg(blockNumber)
                                       .arg(QString::fromLatin1(block.label)));
            continue;
        }
        addPemCertificate(std::move(der), kind, blockNumber, builder);
    }
    return firstOtherLabel;
}

} // namespace

ReadOutcome readCertificates(const QByteArray &bytes, ReadStrictness strictness)
{
    OutcomeBuilder builder;
    if (bytes.isEmpty()) {
        builder.addProblem(QCoreApplication::translate("certdesk::discovery", "empty file"));
        return builder.take(strictness);
    }
    const char *derWhy = nullptr;
    const bool startsLikeDer = static_cast<std::uint8_t>(bytes.front()) == DerTag::Sequence;
    if (startsLikeDer && readDer(bytes, builder, derWhy))
        return builder.take(strictness);
    if (containsPemBegin(bytes)) {
        const QByteArray otherLabel = readPem(bytes, builder);
        if (!builder.hasCertificates() && !otherLabel.isEmpty())
            builder.addProblem(
                QCoreApplication::translate("certdesk::discovery", "no certificate: the file holds a PEM %1")
                    .arg(QString::fromLatin1(otherLabel)));
        if (!builder.hasResult())
            builder.addProblem(QCoreApplication::translate(
                "certdesk::discovery", "no certificate: the file holds no complete PEM block"));
    } else if (startsLikeDer) {
        builder.addProblem(
            QCoreApplication::translate("certdesk::discovery",
                                        "no certificate: the DER data is not an X.509 certificate (%1)")
                .arg(QCoreApplication::translate("certdesk::discovery", derWhy)));
    } else {
        builder.addProblem(QCoreApplication::translate(
            "certdesk::discovery", "no certificate: the file holds neither PEM nor DER data"));
    }
    return builder.take(strictness);
}

} // namespace certdesk::discovery
