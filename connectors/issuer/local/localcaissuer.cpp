// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/local/localcaissuer.h"

#include "connectors/pki/certificateparser.h"
#include "connectors/pki/csr.h"
#include "connectors/pki/privatekey.h"

#include <QCoreApplication>

namespace certdesk::issuer {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::issuer", text);
}

/// "/CN=value" with the separators CertificateRequest::subject treats specially escaped.
QString subjectFromCommonName(const QString &cn)
{
    QString escaped;
    for (const QChar c : cn) {
        if (c == u'/' || c == u'+' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return QStringLiteral("/CN=") + escaped;
}

/// Certificates start a few minutes in the past so that clients whose clocks lag accept them.
constexpr qint64 BackdateSeconds = 300;
} // namespace

Result<LocalCaMaterial> LocalCaIssuer::createSelfSignedCa(const QString &commonName, pki::KeyAlgorithm algorithm,
                                                          int validityDays)
{
    if (commonName.trimmed().isEmpty())
        return Error{tr("The CA needs a name (its common name).")};
    if (commonName.size() > 64)
        return Error{tr("The CA's common name is longer than 64 characters.")};
    if (validityDays <= 0)
        return Error{tr("The CA's validity must be at least one day.")};
    auto key = pki::generateKey(algorithm);
    if (!key)
        return key.error();
    const auto now = QDateTime::currentDateTimeUtc();
    pki::CertificateRequest request;
    request.subject = subjectFromCommonName(commonName.trimmed());
    request.notBefore = now.addSecs(-BackdateSeconds);
    request.notAfter = now.addDays(validityDays);
    request.isCa = true;
    request.keyUsage = {QStringLiteral("keyCertSign"), QStringLiteral("cRLSign"), QStringLiteral("digitalSignature")};
    auto der = pki::signCertificate(request, key->publicKeyDer, {}, key->pkcs8Der);
    if (!der)
        return der.error();
    return LocalCaMaterial{*der, {}, std::move(key->pkcs8Der)};
}

Result<LocalCaMaterial> LocalCaIssuer::loadSubCa(const QByteArray &certificateFile, const QByteArray &keyFile,
                                                 const std::optional<QString> &passphrase)
{
    auto certs = pki::parseContainer(certificateFile);
    if (!certs)
        return Error{tr("The CA certificate file cannot be read: %1").arg(certs.error().message), certs.error().detail};
    if (certs->certificates.isEmpty())
        return Error{tr("The CA certificate file holds no certificate.")};
    auto key = pki::readPrivateKey(keyFile, passphrase);
    if (!key) {
        Error e = key.error();
        e.message = tr("The CA key file cannot be read: %1").arg(e.message);
        return e;
    }
    // The file may hold the CA certificate with its chain in any order: the CA is the one the key fits.
    const auto &all = certs->certificates;
    qsizetype caIndex = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (pki::keyMatchesCertificate(key->pkcs8Der, all[i].der)) {
            caIndex = i;
            break;
        }
    }
    if (caIndex < 0)
        return Error{tr("The CA key does not belong to the CA certificate. Choose the key that was made with it.")};
    const auto &ca = all[caIndex];
    if (!ca.hasBasicConstraints || !ca.isCa)
        return Error{tr("%1 is not a CA certificate (basicConstraints CA:TRUE is missing).").arg(ca.subject)};
    if (!ca.keyUsage.isEmpty() && !ca.keyUsage.contains(QLatin1String("Certificate Sign")))
        return Error{tr("%1 may not sign certificates: its key usage lacks keyCertSign.").arg(ca.subject)};
    LocalCaMaterial material{ca.der, {}, std::move(key->pkcs8Der)};
    for (const auto &issuer : pki::issuerChain(ca, all))
        material.caChainDer << issuer.der;
    return material;
}

Result<std::unique_ptr<LocalCaIssuer>> LocalCaIssuer::create(LocalCaMaterial material, LocalCaUrls urls)
{
    auto signer = pki::CertificateSigner::create(material.caCertificateDer, material.caKeyPkcs8);
    if (!signer)
        return signer.error();
    auto ca = pki::parseCertificateDer(material.caCertificateDer);
    if (!ca)
        return ca.error();
    return std::unique_ptr<LocalCaIssuer>(
        new LocalCaIssuer(std::move(material), std::move(urls), *signer, ca->notAfter));
}

LocalCaIssuer::LocalCaIssuer(LocalCaMaterial material, LocalCaUrls urls, pki::CertificateSigner signer,
                             QDateTime caNotAfter)
    : m_material(std::move(material)), m_urls(std::move(urls)), m_signer(std::move(signer)),
      m_caNotAfter(std::move(caNotAfter))
{
}

Status LocalCaIssuer::validateConfig() const
{
    if (m_caNotAfter <= QDateTime::currentDateTimeUtc())
        return Error{tr("The CA certificate expired on %1; renew or replace the CA.")
                         .arg(m_caNotAfter.toString(Qt::ISODate))};
    return {};
}

Result<IssuedCertificate> LocalCaIssuer::issue(const IssueRequest &request)
{
    // A request made in this process comes decoded; one from elsewhere is decoded here.
    pki::CertificationRequest csr = request.csr;
    if (csr.isNull()) {
        auto decoded = pki::CertificationRequest::decode(request.csrDer);
        if (!decoded)
            return decoded.error();
        csr = std::move(decoded).value();
    }
    if (auto verified = csr.verify(); !verified)
        return verified.error();
    auto sans = csr.subjectAltNames();
    if (!sans)
        return sans.error();
    if (request.validitySeconds <= 0)
        return Error{tr("The requested validity must be positive.")};
    const auto now = QDateTime::currentDateTimeUtc();
    pki::CertificateRequest cert;
    cert.subject = subjectFromCommonName(csr.commonName());
    cert.subjectAltNames = *sans;
    cert.notBefore = now.addSecs(-BackdateSeconds);
    cert.notAfter = std::min(now.addSecs(request.validitySeconds), m_caNotAfter);
    cert.keyUsage = request.keyUsage;
    cert.extendedKeyUsage = request.extendedKeyUsage;
    if (!request.shortLived) {
        cert.crlDistributionPoints = m_urls.crlDistributionPoints;
        cert.ocspUrls = m_urls.ocspResponders;
    }
    auto signedCertificate = m_signer.signRequest(cert, csr);
    if (!signedCertificate)
        return signedCertificate.error();
    IssuedCertificate issued;
    issued.certificateDer = signedCertificate->der;
    issued.chainDer = QList<QByteArray>{m_material.caCertificateDer} + m_material.caChainDer;
    issued.orderId = signedCertificate->serialHex;
    return issued;
}

Status LocalCaIssuer::revoke(const RevocationRequest &)
{
    return {};
}

Result<OrderStatus> LocalCaIssuer::orderStatus(const QString &orderId)
{
    return OrderStatus{OrderStatus::State::Failed, {},
                       tr("The local CA issues at once; there is no pending order %1.").arg(orderId)};
}

Result<QList<QByteArray>> LocalCaIssuer::caChain() const
{
    return QList<QByteArray>{m_material.caCertificateDer} + m_material.caChainDer;
}

Result<QByteArray> LocalCaIssuer::crl(const QList<pki::RevokedEntry> &revoked, qint64 crlNumber, const QDateTime &now)
{
    return pki::createCrl(m_material.caCertificateDer, m_material.caKeyPkcs8, revoked, now,
                          now.addSecs(NextUpdateSeconds), crlNumber);
}

Result<QByteArray> LocalCaIssuer::ocspResponse(const QByteArray &requestDer,
                                               const std::function<pki::OcspCertStatus(const QByteArray &)> &lookup,
                                               const QDateTime &now)
{
    return pki::createOcspResponse(requestDer, m_material.caCertificateDer, m_material.caKeyPkcs8, lookup, now,
                                   now.addSecs(NextUpdateSeconds));
}

} // namespace certdesk::issuer
