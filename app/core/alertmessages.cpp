// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/alertmessages.h"

#include "app/core/alerthtml.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace certdesk::core {

namespace {

using notifier::AlertKind;
using notifier::AlertMessage;
using notifier::AlertSeverity;

constexpr qint64 Day = 86400;

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

/// The message's HTML: a heading, the lead paragraph, the facts, a closing paragraph.
QString composeHtml(const QString &subject, const QString &lead, const QList<QPair<QString, QString>> &facts,
                    const QString &whatToDo)
{
    QString body = alerthtml::heading(subject) + alerthtml::paragraph(lead);
    if (!facts.isEmpty())
        body += alerthtml::factsTable(facts);
    if (!whatToDo.isEmpty())
        body += alerthtml::paragraph(whatToDo);
    return alerthtml::document(subject, body);
}

/// The same as plain text: the lead, "Label: value" lines, the closing paragraph.
QString composeText(const QString &lead, const QList<QPair<QString, QString>> &facts, const QString &whatToDo)
{
    QStringList lines{lead, QString()};
    for (const auto &[label, value] : facts)
        lines << QStringLiteral("%1: %2").arg(label, value);
    if (!whatToDo.isEmpty())
        lines << QString() << whatToDo;
    return lines.join(u'\n').trimmed();
}

void fill(AlertMessage &message, const QString &lead, const QList<QPair<QString, QString>> &facts,
          const QString &whatToDo)
{
    message.text = composeText(lead, facts, whatToDo);
    message.html = composeHtml(message.subject, lead, facts, whatToDo);
}

QList<QPair<QString, QString>> certificateFacts(const store::ExpiryCandidate &c)
{
    QList<QPair<QString, QString>> facts{{tr("Common name"), c.commonName},
                                         {tr("Expires"), alerthtml::utcText(c.notAfter)}};
    if (!c.issuer.isEmpty())
        facts.append({tr("Issuer"), c.issuer});
    if (!c.owner.isEmpty())
        facts.append({tr("Owner"), c.owner});
    facts.append({tr("SHA-256"), c.sha256});
    facts.append({tr("Inventory id"), QString::number(c.certificateId)});
    return facts;
}

QString shortened(const QString &text, int limit)
{
    const QString oneLine = text.simplified();
    return oneLine.size() <= limit ? oneLine : oneLine.left(limit - 1) + QChar(0x2026);
}

} // namespace

namespace alertmessages {

AlertSeverity expirySeverity(int windowDays)
{
    return windowDays <= 7 ? AlertSeverity::Critical : AlertSeverity::Warning;
}

AlertMessage expiry(const store::ExpiryCandidate &c, int windowDays, const QDateTime &now)
{
    const qint64 secondsLeft = c.notAfter.toSecsSinceEpoch() - now.toSecsSinceEpoch();
    const int daysLeft = int(secondsLeft / Day);
    AlertMessage m;
    m.kind = windowDays == 0 ? AlertKind::Expired : AlertKind::Expiring;
    m.severity = expirySeverity(windowDays);
    m.dedupKey = notifier::certificateDedupKey(c.certificateId);
    m.createdAt = now;
    m.certificate =
        notifier::AlertCertificate{c.certificateId, c.commonName, c.notAfter, daysLeft, c.sha256, windowDays};
    m.details = QJsonObject{{QStringLiteral("issuer"), c.issuer}, {QStringLiteral("owner"), c.owner}};
    QString lead;
    if (windowDays == 0) {
        m.subject = tr("Certificate %1 expired on %2").arg(c.commonName, alerthtml::utcText(c.notAfter));
        lead =
            tr("The certificate %1 expired on %2. Services that still present it fail their TLS handshakes.")
                .arg(c.commonName, alerthtml::utcText(c.notAfter));
    } else {
        m.subject = tr("Certificate %1 expires on %2").arg(c.commonName, alerthtml::utcText(c.notAfter));
        lead = tr("The certificate %1 expires on %2: it entered the %3-day warning window.")
                   .arg(c.commonName, alerthtml::utcText(c.notAfter), QString::number(windowDays));
    }
    fill(m, lead, certificateFacts(c),
         tr("Renew it in CertDesk (Inventory, Renew) or with: certdeskctl renew %1").arg(c.certificateId));
    return m;
}

AlertMessage jobFailed(const store::FailedJob &job, const QDateTime &now)
{
    AlertMessage m;
    m.kind = AlertKind::JobFailed;
    m.severity = AlertSeverity::Warning;
    m.createdAt = now;
    m.subject = tr("CertDesk job %1 (%2) failed: %3")
                    .arg(QString::number(job.id), job.kind, shortened(job.error, 120));
    m.details = QJsonObject{{QStringLiteral("job_id"), job.id},
                            {QStringLiteral("job_kind"), job.kind},
                            {QStringLiteral("attempts"), job.attempts},
                            {QStringLiteral("error"), job.error}};
    const QJsonValue certificate = job.payload.value(QStringLiteral("certificate_id"));
    if (certificate.isDouble())
        m.details.insert(QStringLiteral("certificate_id"), certificate);
    const QString lead = tr("The job %1 (%2) failed for good.").arg(QString::number(job.id), job.kind);
    QList<QPair<QString, QString>> facts{{tr("Job"), QString::number(job.id)},
                                         {tr("Kind"), job.kind},
                                         {tr("Failed at"), alerthtml::utcText(job.failedAt)},
                                         {tr("Attempts"), QString::number(job.attempts)},
                                         {tr("Error"), job.error}};
    if (certificate.isDouble())
        facts.append({tr("Certificate id"), QString::number(qint64(certificate.toDouble()))});
    fill(m, lead, facts,
         tr("Look at its log and retry it in the Jobs page, or with: certdeskctl jobs retry %1").arg(job.id));
    return m;
}

AlertMessage discoveries(const store::DiscoveryBacklog &backlog, const QDateTime &now)
{
    AlertMessage m;
    m.kind = AlertKind::DiscoveriesAwaiting;
    m.severity = AlertSeverity::Info;
    m.createdAt = now;
    m.subject = tr("Newly discovered certificates await triage: %1").arg(backlog.newSince);
    m.details = QJsonObject{{QStringLiteral("awaiting"), backlog.awaiting},
                            {QStringLiteral("new"), backlog.newSince}};
    const QString lead = tr("Discovered certificates awaiting triage in all: %1.").arg(backlog.awaiting);
    fill(m, lead,
         {{tr("New since the last alert"), QString::number(backlog.newSince)},
          {tr("Awaiting triage"), QString::number(backlog.awaiting)}},
         tr("Claim, link or dismiss them in the Discovery page, or with: certdeskctl discovered list"));
    return m;
}

AlertMessage resolved(const store::OpenExpiryAlert &alert, ResolveReason reason, const QDateTime &now)
{
    AlertMessage m;
    m.kind = AlertKind::Resolved;
    m.severity = AlertSeverity::Info;
    m.resolve = true;
    m.dedupKey = alert.dedupKey;
    m.createdAt = now;
    if (alert.certificateId) {
        notifier::AlertCertificate certificate;
        certificate.id = *alert.certificateId;
        certificate.commonName = alert.commonName;
        certificate.notAfter = reason == ResolveReason::Renewed ? alert.currentNotAfter : alert.alertNotAfter;
        certificate.daysLeft = int((certificate.notAfter.toSecsSinceEpoch() - now.toSecsSinceEpoch()) / Day);
        m.certificate = certificate;
    }
    QString lead;
    switch (reason) {
    case ResolveReason::Renewed:
        m.subject = tr("Certificate %1 was renewed").arg(alert.commonName);
        lead =
            tr("The certificate %1 was renewed: its current version is valid until %2. Its expiry alert is "
               "closed.")
                .arg(alert.commonName, alerthtml::utcText(alert.currentNotAfter));
        break;
    case ResolveReason::Revoked:
        m.subject = tr("Certificate %1 was revoked").arg(alert.commonName);
        lead = tr("The certificate %1 was revoked, so it is no longer renewed. Its expiry alert is closed.")
                   .arg(alert.commonName);
        break;
    case ResolveReason::Removed:
        m.subject = tr("Certificate %1 was removed from the inventory").arg(alert.commonName);
        lead = tr("The certificate %1 was removed from the inventory. Its expiry alert is closed.")
                   .arg(alert.commonName);
        break;
    }
    m.details = QJsonObject{
        {QStringLiteral("reason"), reason == ResolveReason::Renewed   ? QStringLiteral("renewed")
                                   : reason == ResolveReason::Revoked ? QStringLiteral("revoked")
                                                                      : QStringLiteral("removed")}};
    fill(m, lead, {}, {});
    return m;
}

} // namespace alertmessages

notifier::AlertKind alertKindFromName(const QString &name)
{
    for (auto kind :
         {AlertKind::Expiring, AlertKind::Expired, AlertKind::JobFailed, AlertKind::DiscoveriesAwaiting,
          AlertKind::Resolved, AlertKind::Test, AlertKind::Digest}) {
        if (notifier::alertKindName(kind) == name)
            return kind;
    }
    return AlertKind::Test;
}

notifier::AlertSeverity alertSeverityFromName(const QString &name)
{
    for (auto severity : {AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical}) {
        if (notifier::alertSeverityName(severity) == name)
            return severity;
    }
    return AlertSeverity::Info;
}

QJsonObject alertMessageToJson(const AlertMessage &message)
{
    QJsonObject json{{QStringLiteral("kind"), notifier::alertKindName(message.kind)},
                     {QStringLiteral("severity"), notifier::alertSeverityName(message.severity)},
                     {QStringLiteral("subject"), message.subject},
                     {QStringLiteral("text"), message.text},
                     {QStringLiteral("html"), message.html},
                     {QStringLiteral("dedup_key"), message.dedupKey},
                     {QStringLiteral("resolve"), message.resolve},
                     {QStringLiteral("details"), message.details},
                     {QStringLiteral("created_at"), message.createdAt.toUTC().toString(Qt::ISODate)}};
    if (const auto &c = message.certificate) {
        json.insert(QStringLiteral("certificate"),
                    QJsonObject{{QStringLiteral("id"), c->id},
                                {QStringLiteral("common_name"), c->commonName},
                                {QStringLiteral("not_after"), c->notAfter.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("days_left"), c->daysLeft},
                                {QStringLiteral("sha256"), c->sha256},
                                {QStringLiteral("window"), c->window}});
    }
    return json;
}

AlertMessage alertMessageFromJson(const QJsonObject &json)
{
    AlertMessage m;
    m.kind = alertKindFromName(json.value(QStringLiteral("kind")).toString());
    m.severity = alertSeverityFromName(json.value(QStringLiteral("severity")).toString());
    m.subject = json.value(QStringLiteral("subject")).toString();
    m.text = json.value(QStringLiteral("text")).toString();
    m.html = json.value(QStringLiteral("html")).toString();
    m.dedupKey = json.value(QStringLiteral("dedup_key")).toString();
    m.resolve = json.value(QStringLiteral("resolve")).toBool();
    m.details = json.value(QStringLiteral("details")).toObject();
    m.createdAt = QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    const QJsonObject c = json.value(QStringLiteral("certificate")).toObject();
    if (!c.isEmpty()) {
        notifier::AlertCertificate certificate;
        certificate.id = qint64(c.value(QStringLiteral("id")).toDouble());
        certificate.commonName = c.value(QStringLiteral("common_name")).toString();
        certificate.notAfter =
            QDateTime::fromString(c.value(QStringLiteral("not_after")).toString(), Qt::ISODate);
        certificate.daysLeft = c.value(QStringLiteral("days_left")).toInt();
        certificate.sha256 = c.value(QStringLiteral("sha256")).toString();
        certificate.window = c.value(QStringLiteral("window")).toInt(-1);
        m.certificate = certificate;
    }
    return m;
}

} // namespace certdesk::core
