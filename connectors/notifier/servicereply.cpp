// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/servicereply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace certdesk::notifier {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::notifier", text);
}

QString waitAdvice(const HttpAnswer &answer)
{
    if (answer.retryAfter)
        return tr("the alert will be sent again in %1 seconds.").arg(answer.retryAfter->count());
    return tr("the alert will be sent again later.");
}

/// The sentence for a status other than an accepted 2xx.
QString statusMessage(const QString &service, const QString &endpoint, const HttpAnswer &answer)
{
    const int status = answer.status;
    if (status == 429)
        return tr("%1 is limiting the rate of requests (HTTP 429); %2").arg(service, waitAdvice(answer));
    if (status >= 500)
        return tr("%1 had a server error (HTTP %2); %3").arg(service).arg(status).arg(waitAdvice(answer));
    if (status == 408 || status == 425)
        return tr("%1 timed out reading the request (HTTP %2); %3")
            .arg(service)
            .arg(status)
            .arg(waitAdvice(answer));
    if (status == 401 || status == 403)
        return tr("%1 refused the credentials (HTTP %2); check the key or webhook URL in the channel's "
                  "settings.")
            .arg(service)
            .arg(status);
    if (status == 404 || status == 410)
        return tr("%1 does not know this address (HTTP %2); check the URL or key in the channel's settings, "
                  "the "
                  "integration may have been removed.")
            .arg(service)
            .arg(status);
    if (status >= 300 && status < 400)
        return tr("%1 redirects to another address (HTTP %2); set the final address in the channel's "
                  "settings.")
            .arg(endpoint)
            .arg(status);
    if (status >= 200 && status < 300)
        return tr("%1 answered HTTP %2 but did not accept the alert; check the channel's settings.")
            .arg(service)
            .arg(status);
    return tr("%1 refused the alert (HTTP %2); check the channel's settings.").arg(service).arg(status);
}

} // namespace

bool isRetryableStatus(int status)
{
    return status == 408 || status == 425 || status == 429 || status >= 500;
}

QJsonObject jsonBody(const HttpAnswer &answer)
{
    return QJsonDocument::fromJson(answer.body).object();
}

QString joinedErrors(const QJsonValue &errors)
{
    QStringList parts;
    if (errors.isArray()) {
        for (const QJsonValue &entry : errors.toArray())
            parts.append(entry.toString());
    } else if (errors.isObject()) {
        const QJsonObject object = errors.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts.append(it.key() + QStringLiteral(": ") + it.value().toString());
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("; "));
}

QString describeJson(const HttpAnswer &answer, const QStringList &messageKeys)
{
    const QJsonObject json = jsonBody(answer);
    if (json.isEmpty())
        return bodyExcerpt(answer.body);
    QString words;
    for (const QString &key : messageKeys) {
        words = json.value(key).toString();
        if (!words.isEmpty())
            break;
    }
    const QString errors = joinedErrors(json.value(QStringLiteral("errors")));
    if (!errors.isEmpty())
        words += (words.isEmpty() ? QString() : QStringLiteral(": ")) + errors;
    return words;
}

QString bodyExcerpt(const QByteArray &body, int limit)
{
    const QString text = QString::fromUtf8(body).simplified();
    for (const QChar c : text) {
        if (!c.isPrint() && c != u' ')
            return {};
    }
    return text.size() > limit ? text.left(limit) + QStringLiteral("…") : text;
}

DeliveryResult postToService(const HttpPost &post, const ConnectionOptions &options,
                             const CancelCheck &cancelled, const ServiceReply &reply)
{
    const HttpAnswer answer = httpPost(post, options, cancelled);
    if (!answer.answered)
        return DeliveryResult::failure(answer.error, answer.retryable);

    const QList<QByteArray> secrets = post.secrets + QList{post.url.toUtf8()};
    const QString words =
        hideSecrets(reply.describe ? reply.describe(answer) : bodyExcerpt(answer.body), secrets);
    const bool success = answer.status >= 200 && answer.status < 300;
    const bool throttled = success && reply.throttled && reply.throttled(answer);
    if (success && !throttled && (!reply.accepted || reply.accepted(answer))) {
        return DeliveryResult::success(answer.status, words,
                                       reply.reference ? hideSecrets(reply.reference(answer), secrets)
                                                       : QString());
    }
    HttpAnswer judged = answer;
    if (throttled)
        judged.status = 429;
    const QString endpoint = redactUrl(post.url);
    QString detail = QStringLiteral("HTTP %1 from %2").arg(answer.status).arg(endpoint);
    if (!words.isEmpty())
        detail += QStringLiteral(": ") + words;
    const bool retryable = isRetryableStatus(judged.status);
    QString message = statusMessage(reply.serviceName, endpoint, judged);
    if (!words.isEmpty() && !retryable)
        message += u' ' + tr("%1 said: %2").arg(reply.serviceName, words);
    DeliveryResult result = DeliveryResult::failure(
        Error{message, detail, retryable ? ErrorCode::Generic : ErrorCode::InvalidInput}, retryable,
        answer.status, words);
    if (retryable)
        result.retryAfter = answer.retryAfter;
    return result;
}

} // namespace certdesk::notifier
