// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/scepprobe.h"

#include "connectors/discovery/network/httpget.h"
#include "connectors/discovery/network/inputerror.h"
#include "connectors/discovery/network/printable.h"
#include "connectors/discovery/network/scepcacert.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace certdesk::discovery {
namespace {

constexpr qint64 MaxCapabilitiesBytes = 64 * 1024;
constexpr qint64 MaxCaCertBytes = 1024 * 1024;

/// An Error for a GET that got no answer or an answer other than 200.
Error requestError(const HttpGetResult &answer, const QString &operation, int timeoutMs)
{
    switch (answer.failure) {
    case HttpFailure::None:
        return Error{
            QCoreApplication::translate("certdesk::discovery", "the SCEP server answered HTTP %1 for %2")
                .arg(answer.status)
                .arg(operation),
            printableSnippet(answer.body, 200)};
    case HttpFailure::Timeout:
        return Error{QCoreApplication::translate("certdesk::discovery",
                                                 "the SCEP server did not answer %1 within %2 s")
                         .arg(operation, QString::number(timeoutMs / 1000.0)),
                     answer.detail};
    case HttpFailure::Connect:
        return Error{
            QCoreApplication::translate("certdesk::discovery", "could not connect to the SCEP server"),
            answer.detail};
    case HttpFailure::TlsUntrusted:
        return Error{QCoreApplication::translate("certdesk::discovery",
                                                 "the SCEP server's TLS certificate is not trusted; to probe "
                                                 "it anyway, turn off TLS verification"),
                     answer.detail};
    case HttpFailure::Tls:
        return Error{QCoreApplication::translate("certdesk::discovery",
                                                 "the TLS connection to the SCEP server failed"),
                     answer.detail};
    case HttpFailure::TooLarge:
        return Error{
            QCoreApplication::translate("certdesk::discovery", "the SCEP server's answer to %1 is too large")
                .arg(operation),
            answer.detail};
    case HttpFailure::Cancelled:
        return Error{QCoreApplication::translate("certdesk::discovery", "the SCEP probe was cancelled"),
                     {},
                     ErrorCode::Cancelled};
    case HttpFailure::Other:
        break;
    }
    return Error{
        QCoreApplication::translate("certdesk::discovery", "the request for %1 failed").arg(operation),
        answer.detail};
}

/// True when the failure concerns the server as a whole, so that the next request would fail too.
bool isTransportFailure(HttpFailure failure)
{
    return failure != HttpFailure::None && failure != HttpFailure::TooLarge;
}

/// The capability names of a GetCACaps answer; nullopt when the body is not such a list.
std::optional<QStringList> capabilityList(const QByteArray &body)
{
    static const QRegularExpression keyword(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    QStringList capabilities;
    for (const QByteArray &line : body.split('\n')) {
        const QString capability = QString::fromLatin1(line.trimmed());
        if (capability.isEmpty())
            continue;
        if (!keyword.match(capability).hasMatch())
            return std::nullopt;
        capabilities.append(capability);
    }
    return capabilities;
}

} // namespace

ScepProbe::ScepProbe(ScepProbeOptions options) : m_options(std::move(options)) {}

Result<ScepProbeResult> ScepProbe::run(const std::atomic<bool> *cancel) const
{
    const QUrl base(m_options.url.trimmed(), QUrl::StrictMode);
    if (!base.isValid() || base.host().isEmpty() || (base.scheme() != u"http" && base.scheme() != u"https")) {
        return inputError(QCoreApplication::translate("certdesk::discovery",
                                                      "'%1' is not a SCEP URL: give an http or https URL "
                                                      "like http://ca.example.com/cgi-bin/pkiclient.exe")
                              .arg(m_options.url));
    }
    auto urlFor = [&](const QString &operation) {
        QUrl url = base;
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("operation"), operation);
        if (!m_options.caIdentifier.isEmpty())
            query.addQueryItem(QStringLiteral("message"), m_options.caIdentifier);
        url.setQuery(query);
        return url.toEncoded();
    };
    HttpGetOptions get;
    get.timeoutMs = m_options.timeoutMs;
    get.verifyTls = m_options.verifyTls;
    get.cancel = cancel;

    ScepProbeResult result;
    const QString getCaCaps = QStringLiteral("GetCACaps");
    get.maxBytes = MaxCapabilitiesBytes;
    const HttpGetResult caps = httpGet(urlFor(getCaCaps), get);
    if (isTransportFailure(caps.failure))
        return requestError(caps, getCaCaps, m_options.timeoutMs);
    const auto capabilities = capabilityList(caps.body);
    if (caps.failure != HttpFailure::None || caps.status != 200) {
        result.capabilitiesProblem = requestError(caps, getCaCaps, m_options.timeoutMs).message;
    } else if (!capabilities) {
        result.capabilitiesProblem =
            QCoreApplication::translate("certdesk::discovery", "the answer to GetCACaps is not a list of "
                                                               "capabilities: %1")
                .arg(printableSnippet(caps.body, 80));
    } else {
        result.capabilities = *capabilities;
    }

    const QString getCaCert = QStringLiteral("GetCACert");
    get.maxBytes = MaxCaCertBytes;
    const HttpGetResult cert = httpGet(urlFor(getCaCert), get);
    if (cert.failure != HttpFailure::None || cert.status != 200)
        return requestError(cert, getCaCert, m_options.timeoutMs);
    auto certificates = readGetCaCertAnswer(cert.contentType, cert.body);
    if (!certificates)
        return certificates.error();
    result.caCertificates = std::move(certificates).value();
    result.withRaCertificates = cert.contentType == ScepCaRaCertType;
    return result;
}

} // namespace certdesk::discovery
