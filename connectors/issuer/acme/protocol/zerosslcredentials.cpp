// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/zerosslcredentials.h"

#include "connectors/issuer/acme/protocol/acmestep.h"
#include "connectors/issuer/acme/protocol/acmetr.h"
#include "connectors/issuer/acme/protocol/emailaddress.h"
#include "connectors/issuer/acme/protocol/httptransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace certdesk::issuer::acme {

bool isZeroSslDirectory(const QString &directoryUrl)
{
    return QUrl(directoryUrl).host().compare(QLatin1String("acme.zerossl.com"), Qt::CaseInsensitive) == 0;
}

Result<ExternalAccountBinding> fetchZeroSslCredentials(const QString &email, const ZeroSslApiOptions &options)
{
    Result<QString> address = checkedEmailAddress(email);
    if (!address)
        return stepFailed(Step::ZeroSslCredentials, address.error());

    HttpTransport transport(HttpOptions{.caBundlePath = options.caBundlePath,
                                        .connectTimeoutMs = options.connectTimeoutMs,
                                        .requestTimeoutMs = options.requestTimeoutMs,
                                        .cancelled = options.cancelled});
    QString base = options.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    HttpRequest request;
    request.method = HttpRequest::Method::Post;
    request.url = base + QStringLiteral("/acme/eab-credentials-email");
    request.contentType = "application/x-www-form-urlencoded";
    request.accept = "application/json";
    request.body = "email=" + QUrl::toPercentEncoding(*address);
    Result<HttpResponse> response = transport.send(request);
    if (!response)
        return stepFailed(Step::ZeroSslCredentials, response.error());

    const QJsonDocument document = QJsonDocument::fromJson(response->body);
    const QJsonObject object = document.object();
    if (!document.isObject() || !object.contains(u"success")) {
        // No quote of the body: it might hold a key after all.
        return stepFailed(
            Step::ZeroSslCredentials,
            tr("the answer (HTTP %1) is not the JSON ZeroSSL's API sends").arg(response->status),
            QStringLiteral("Content-Type: ") + QString::fromLatin1(response->mediaType()));
    }
    if (!object.value(u"success").toBool()) {
        const QJsonObject error = object.value(u"error").toObject();
        const QString type = error.value(u"type").toString();
        const int code = error.value(u"code").toInt();
        return Error{stepRefusedText(Step::ZeroSslCredentials) + QStringLiteral(": ") +
                         (type.isEmpty() ? tr("no reason given") : QString(type).replace(u'_', u' ')) +
                         QStringLiteral("."),
                     QStringLiteral("ZeroSSL error code %1, type %2, HTTP %3")
                         .arg(code)
                         .arg(type)
                         .arg(response->status),
                     ErrorCode::InvalidInput};
    }
    ExternalAccountBinding binding;
    binding.keyId = object.value(u"eab_kid").toString();
    binding.hmacKey = pki::SecureBytes(object.value(u"eab_hmac_key").toString().toUtf8());
    if (binding.keyId.isEmpty() || binding.hmacKey.isEmpty())
        return stepFailed(Step::ZeroSslCredentials, tr("the answer lacks eab_kid or eab_hmac_key"));
    return binding;
}

} // namespace certdesk::issuer::acme
