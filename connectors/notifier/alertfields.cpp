// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/alertfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUuid>

namespace certdesk::notifier {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::notifier", text);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default: {
        const QJsonDocument document =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    }
}

} // namespace

QList<AlertFact> alertFacts(const AlertMessage &message)
{
    QList<AlertFact> facts;
    if (const std::optional<AlertCertificate> &certificate = message.certificate) {
        facts.append({QStringLiteral("common_name"), tr("Common name"), certificate->commonName});
        if (certificate->notAfter.isValid())
            facts.append({QStringLiteral("not_after"), tr("Expires"),
                          certificate->notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))});
        facts.append({QStringLiteral("days_left"), tr("Days left"), QString::number(certificate->daysLeft)});
        if (certificate->window >= 0)
            facts.append({QStringLiteral("window"), tr("Warning window"),
                          QCoreApplication::translate("certdesk::notifier", "%n day(s)", nullptr,
                                                      certificate->window)});
        if (!certificate->sha256.isEmpty())
            facts.append({QStringLiteral("sha256"), tr("SHA-256"), certificate->sha256});
        facts.append(
            {QStringLiteral("certificate_id"), tr("Certificate id"), QString::number(certificate->id)});
    }
    for (auto it = message.details.begin(); it != message.details.end(); ++it)
        facts.append({it.key(), it.key(), jsonText(it.value())});
    return facts;
}

QJsonObject certificateJson(const AlertCertificate &certificate)
{
    QJsonObject json{
        {QStringLiteral("id"), certificate.id},
        {QStringLiteral("common_name"), certificate.commonName},
        {QStringLiteral("days_left"), certificate.daysLeft},
        {QStringLiteral("sha256"), certificate.sha256},
    };
    if (certificate.notAfter.isValid())
        json.insert(QStringLiteral("not_after"), isoUtc(certificate.notAfter));
    if (certificate.window >= 0)
        json.insert(QStringLiteral("window"), certificate.window);
    return json;
}

QJsonObject alertJson(const AlertMessage &message, const QString &deliveryId, const QDateTime &sentAt)
{
    QJsonObject json{
        {QStringLiteral("event"), alertEventName(message.kind)},
        {QStringLiteral("kind"), alertKindName(message.kind)},
        {QStringLiteral("severity"), alertSeverityName(message.severity)},
        {QStringLiteral("subject"), message.subject},
        {QStringLiteral("text"), message.text},
        {QStringLiteral("resolve"), message.resolve},
        {QStringLiteral("details"), message.details},
        {QStringLiteral("delivery_id"), deliveryId},
        {QStringLiteral("sent_at"), isoUtc(sentAt)},
    };
    json.insert(QStringLiteral("dedup_key"), message.dedupKey.isEmpty() ? QJsonValue() : message.dedupKey);
    json.insert(QStringLiteral("created_at"),
                isoUtc(message.createdAt.isValid() ? message.createdAt : sentAt));
    json.insert(QStringLiteral("certificate"),
                message.certificate ? QJsonValue(certificateJson(*message.certificate)) : QJsonValue());
    return json;
}

QString deliveryIdFor(const AlertMessage &message)
{
    if (!message.deliveryId.isEmpty())
        return message.deliveryId;
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString truncated(const QString &text, int limit)
{
    if (text.size() <= limit)
        return text;
    return text.left(limit - 1) + QStringLiteral("…");
}

} // namespace certdesk::notifier
