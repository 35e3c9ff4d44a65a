// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/channel.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace certdesk::notifier {

QString alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Expiring:
        return QStringLiteral("expiring");
    case AlertKind::Expired:
        return QStringLiteral("expired");
    case AlertKind::JobFailed:
        return QStringLiteral("job_failed");
    case AlertKind::DiscoveriesAwaiting:
        return QStringLiteral("discoveries_awaiting");
    case AlertKind::Resolved:
        return QStringLiteral("resolved");
    case AlertKind::Test:
        return QStringLiteral("test");
    case AlertKind::Digest:
        return QStringLiteral("digest");
    }
    return {};
}

QString alertEventName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Expiring:
        return QStringLiteral("certificate.expiring");
    case AlertKind::Expired:
        return QStringLiteral("certificate.expired");
    case AlertKind::JobFailed:
        return QStringLiteral("job.failed");
    case AlertKind::DiscoveriesAwaiting:
        return QStringLiteral("discovery.awaiting_triage");
    case AlertKind::Resolved:
        return QStringLiteral("certificate.resolved");
    case AlertKind::Test:
        return QStringLiteral("test");
    case AlertKind::Digest:
        return QStringLiteral("digest");
    }
    return {};
}

QString alertSeverityName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QStringLiteral("info");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString certificateDedupKey(qint64 certificateId, const QString &scope)
{
    if (scope.isEmpty())
        return QStringLiteral("certdesk-certificate-%1").arg(certificateId);
    return QStringLiteral("certdesk-%1-certificate-%2").arg(scope).arg(certificateId);
}

AlertMessage makeTestAlert(const QString &channelName)
{
    AlertMessage message;
    message.kind = AlertKind::Test;
    message.severity = AlertSeverity::Info;
    message.subject = QCoreApplication::translate("certdesk::notifier", "CertDesk test alert for channel %1")
                          .arg(channelName);
    message.text =
        QCoreApplication::translate(
            "certdesk::notifier",
            "This is a test alert from CertDesk. If you can read it, the channel \"%1\" is set up correctly.")
            .arg(channelName);
    message.html = QStringLiteral("<p>%1</p>").arg(message.text.toHtmlEscaped());
    message.createdAt = QDateTime::currentDateTimeUtc();
    return message;
}

DeliveryResult DeliveryResult::success(int status, const QString &response, const QString &reference)
{
    DeliveryResult result;
    result.delivered = true;
    result.status = status;
    result.response = response;
    result.reference = reference;
    return result;
}

DeliveryResult DeliveryResult::failure(Error error, bool retryable, int status, const QString &response)
{
    DeliveryResult result;
    result.error = std::move(error);
    result.retryable = retryable;
    result.status = status;
    result.response = response;
    return result;
}

QJsonObject ChannelType::defaults() const
{
    QJsonObject values;
    for (const target::FieldSpec &field : fields) {
        if (!field.defaultValue.isEmpty())
            values.insert(field.key, field.defaultValue);
    }
    return values;
}

const ChannelType *findChannelType(const QString &name)
{
    for (const ChannelType &type : channelTypes()) {
        if (type.name == name)
            return &type;
    }
    return nullptr;
}

} // namespace certdesk::notifier
