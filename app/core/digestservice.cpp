// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/digestservice.h"

#include "app/core/alertdelivery.h"
#include "app/core/alerthtml.h"
#include "app/core/alertmessages.h"
#include "app/core/auditlog.h"
#include "app/core/dashboardservice.h"
#include "connectors/notifier/channel.h"
#include "models/store/database.h"
#include "models/store/settingsrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace certdesk::core {

namespace {

constexpr qint64 Day = 86400;
/// Where the scheduled digests' occurrences start; the rest is the previous one's time.
const QString ScheduledPrefix = QStringLiteral("digest:scheduled:");

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

QString number(qint64 value)
{
    return QString::number(value);
}

// ----- HTML ---------------------------------------------------------------------------------------

/// One cell of the totals grid: the figure large, its label below; coloured when it needs attention.
QString totalCell(const QString &label, qint64 value, const alerthtml::Colours *alarm)
{
    const alerthtml::Colours *colours = value > 0 ? alarm : nullptr;
    return QStringLiteral(
               "<td width=\"25%\" style=\"%1\"><div style=\"font-size:22px;font-weight:bold;\">%2</div>"
               "<div style=\"font-size:12px;\">%3</div></td>")
        .arg(alerthtml::cellStyle(colours), number(value), label.toHtmlEscaped());
}

QString totalsHtml(const domain::DashboardTotals &t)
{
    const auto red = alerthtml::urgencyColours(0);
    const auto orange = alerthtml::urgencyColours(14 * Day);
    const auto amber = alerthtml::urgencyColours(30 * Day);
    return alerthtml::tableOpen() + QStringLiteral("<tr>") +
           totalCell(tr("Managed certificates"), t.managed, nullptr) +
           totalCell(tr("Expiring within 30 days"), t.expiringIn30, &amber) +
           totalCell(tr("Expiring within 14 days"), t.expiringIn14, &orange) +
           totalCell(tr("Expiring within 7 days"), t.expiringIn7, &red) + QStringLiteral("</tr>\n<tr>") +
           totalCell(tr("Expired"), t.expired, &red) + totalCell(tr("Revoked"), t.revoked, nullptr) +
           totalCell(tr("Discovered, awaiting triage"), t.discoveredAwaitingTriage, &amber) +
           totalCell(tr("Failed jobs (30 days)"), t.failedJobs, &red) + QStringLiteral("</tr>\n</table>\n");
}

QString headerRow(const QStringList &labels)
{
    QString row = QStringLiteral("<tr>");
    for (const auto &label : labels)
        row += QStringLiteral("<th style=\"%1\">%2</th>")
                   .arg(alerthtml::cellStyle(nullptr, true), label.toHtmlEscaped());
    return row + QStringLiteral("</tr>\n");
}

QString row(const QStringList &cells, const alerthtml::Colours *colours = nullptr)
{
    QString out = QStringLiteral("<tr>");
    for (const auto &cell : cells)
        out += QStringLiteral("<td style=\"%1\">%2</td>")
                   .arg(alerthtml::cellStyle(colours), cell.toHtmlEscaped());
    return out + QStringLiteral("</tr>\n");
}

QString daysLeftText(const store::ExpiryCandidate &c, const QDateTime &now)
{
    const qint64 left = now.secsTo(c.notAfter);
    if (left <= 0)
        return tr("expired");
    return QString::number(left / Day);
}

QString expiringHtml(const DigestContent &d)
{
    QString html =
        alerthtml::heading(tr("Certificates expiring within 30 days or expired within the last 30"));
    if (d.expiring.isEmpty())
        return html + alerthtml::paragraph(tr("None: no certificate needs renewing soon."));
    html += alerthtml::tableOpen() +
            headerRow({tr("Common name"), tr("Expires"), tr("Days left"), tr("Issuer"), tr("Owner")});
    for (const auto &c : d.expiring) {
        const auto colours = alerthtml::urgencyColours(d.at.secsTo(c.notAfter));
        html += row({c.commonName, alerthtml::utcText(c.notAfter), daysLeftText(c, d.at), c.issuer, c.owner},
                    &colours);
    }
    html += QStringLiteral("</table>\n");
    if (d.expiringNotListed > 0)
        html += alerthtml::paragraph(tr("... and %1 more (see the inventory).").arg(d.expiringNotListed));
    return html;
}

QString jobsHtml(const DigestContent &d)
{
    QString html = alerthtml::heading(tr("Job results of the last 30 days"));
    if (d.jobs.isEmpty())
        return html + alerthtml::paragraph(tr("No job ended in the last 30 days."));
    const auto red = alerthtml::urgencyColours(0);
    html += alerthtml::tableOpen() + headerRow({tr("Kind"), tr("Succeeded"), tr("Failed"), tr("Cancelled")});
    for (const auto &t : d.jobs)
        html += row({t.kind, number(t.succeeded), number(t.failed), number(t.cancelled)},
                    t.failed > 0 ? &red : nullptr);
    html += QStringLiteral("</table>\n");
    if (!d.recentFailures.isEmpty()) {
        html += alerthtml::heading(tr("Latest failures"));
        html += alerthtml::tableOpen() + headerRow({tr("Job"), tr("Kind"), tr("Failed at"), tr("Error")});
        for (const auto &j : d.recentFailures)
            html += row({number(j.id), j.kind, alerthtml::utcText(j.failedAt), j.error});
        html += QStringLiteral("</table>\n");
    }
    return html;
}

// ----- plain text ---------------------------------------------------------------------------------

QString composeText(const DigestContent &d)
{
    const auto &t = d.totals;
    QStringList lines{d.subject,
                      QString(),
                      tr("Totals"),
                      tr("  Managed certificates: %1").arg(t.managed),
                      tr("  Expiring within 30 / 14 / 7 days: %1 / %2 / %3")
                          .arg(number(t.expiringIn30), number(t.expiringIn14), number(t.expiringIn7)),
                      tr("  Expired: %1   Revoked: %2").arg(number(t.expired), number(t.revoked)),
                      tr("  Discovered, awaiting triage: %1").arg(t.discoveredAwaitingTriage),
                      tr("  Failed jobs (30 days): %1").arg(t.failedJobs),
                      QString(),
                      tr("Certificates expiring within 30 days or expired within the last 30")};
    if (d.expiring.isEmpty())
        lines << tr("  None: no certificate needs renewing soon.");
    for (const auto &c : d.expiring)
        lines << QStringLiteral("  %1  %2  %3  %4")
                     .arg(alerthtml::utcText(c.notAfter), daysLeftText(c, d.at).rightJustified(7),
                          c.commonName, c.issuer);
    if (d.expiringNotListed > 0)
        lines << tr("  ... and %1 more (see the inventory).").arg(d.expiringNotListed);
    lines << QString() << tr("Job results of the last 30 days (succeeded / failed / cancelled)");
    if (d.jobs.isEmpty())
        lines << tr("  No job ended in the last 30 days.");
    for (const auto &j : d.jobs)
        lines << QStringLiteral("  %1  %2 / %3 / %4")
                     .arg(j.kind.leftJustified(22), number(j.succeeded), number(j.failed),
                          number(j.cancelled));
    for (const auto &j : d.recentFailures)
        lines << tr("  job %1 (%2) failed at %3: %4")
                     .arg(number(j.id), j.kind, alerthtml::utcText(j.failedAt), j.error);
    return lines.join(u'\n') + u'\n';
}

Error noRecipients()
{
    return Error{tr("No alert channel receives the digest. Add an e-mail channel for it "
                    "(certdeskctl notify add email --name N --digest ...) or mark one on the Alerts page."),
                 {},
                 ErrorCode::InvalidInput};
}

} // namespace

DigestService::DigestService(std::shared_ptr<store::Database> db) : m_db(std::move(db)) {}

Result<DigestContent> DigestService::compose(const QDateTime &at) const
{
    DigestContent d;
    d.at = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
    domain::DashboardRequest request;
    request.now = d.at;
    request.weeks = 1;
    request.nextToExpire = 0;
    request.recentJobs = 0;
    request.failedJobsDays = PeriodDays;
    auto snapshot = DashboardService(m_db).snapshot(request);
    if (!snapshot)
        return snapshot.error();
    d.totals = snapshot->totals;

    store::AlertRepository repo(m_db->connection());
    auto expiring = repo.expiryCandidates(d.at.addDays(-PeriodDays), d.at.addDays(PeriodDays));
    if (!expiring)
        return expiring.error();
    d.expiring = expiring->mid(0, ListLimit);
    d.expiringNotListed = expiring->size() - d.expiring.size();
    auto jobs = repo.jobTallies(d.at.addDays(-PeriodDays));
    if (!jobs)
        return jobs.error();
    d.jobs = *jobs;
    auto failed = repo.failedJobs(d.at.addDays(-PeriodDays), d.at.addSecs(1), {});
    if (!failed)
        return failed.error();
    for (qsizetype i = failed->size() - 1; i >= 0 && d.recentFailures.size() < RecentFailures; --i)
        d.recentFailures << failed->at(i);

    const auto &t = d.totals;
    d.subject = tr("CertDesk digest %1: %2 expiring within 30 days, %3 expired, %4 failed jobs")
                    .arg(d.at.toString(QStringLiteral("yyyy-MM-dd")), number(t.expiringIn30),
                         number(t.expired), number(t.failedJobs));
    const QString intro = tr("The state of the certificate inventory on %1.").arg(alerthtml::utcText(d.at));
    d.html = alerthtml::document(
        d.subject,
        alerthtml::heading(tr("CertDesk digest")) + alerthtml::paragraph(intro) + totalsHtml(t) +
            expiringHtml(d) + jobsHtml(d) +
            alerthtml::paragraph(tr("Sent by CertDesk. The schedule is set on the "
                                    "console's Alerts page or with certdeskctl digest schedule.")));
    d.text = composeText(d);
    return d;
}

Result<QString> DigestService::preview(const QDateTime &now) const
{
    auto content = compose(now);
    if (!content)
        return content.error();
    return content->html;
}

Result<QList<store::AlertChannel>> DigestService::recipients() const
{
    return store::ChannelRepository(m_db->connection()).recipients(true);
}

Result<DigestDelivery> DigestService::sendNow(const QDateTime &now)
{
    auto channels = recipients();
    if (!channels)
        return channels.error();
    if (channels->isEmpty())
        return noRecipients();
    auto content = compose(now);
    if (!content)
        return content.error();
    return queue(*content, QStringLiteral("digest:now:%1").arg(content->at.toSecsSinceEpoch()), *channels,
                 true);
}

Result<std::optional<DigestDelivery>> DigestService::sendIfDue(const QDateTime &now)
{
    auto schedule = this->schedule();
    if (!schedule)
        return schedule.error();
    if (!schedule->enabled())
        return std::optional<DigestDelivery>();
    auto channels = recipients();
    if (!channels)
        return channels.error();
    if (channels->isEmpty())
        return std::optional<DigestDelivery>();
    auto last = store::AlertRepository(m_db->connection())
                    .lastRaised(notifier::alertKindName(notifier::AlertKind::Digest), ScheduledPrefix);
    if (!last)
        return last.error();
    const auto interval = std::chrono::duration_cast<std::chrono::seconds>(schedule->interval).count();
    if (last->isValid() && last->secsTo(now) < interval)
        return std::optional<DigestDelivery>();
    auto content = compose(now);
    if (!content)
        return content.error();
    // Named after the previous one, so two schedulers that saw the same last digest record one.
    auto queued = queue(*content, ScheduledPrefix + number(last->isValid() ? last->toSecsSinceEpoch() : 0),
                        *channels, false);
    if (!queued) {
        if (queued.error().code == ErrorCode::NotFound)
            return std::optional<DigestDelivery>(); // another scheduler was first
        return queued.error();
    }
    return std::optional<DigestDelivery>(*queued);
}

Result<DigestDelivery> DigestService::queue(const DigestContent &content, const QString &occurrence,
                                            const QList<store::AlertChannel> &channels, bool audit)
{
    notifier::AlertMessage message;
    message.kind = notifier::AlertKind::Digest;
    message.severity = notifier::AlertSeverity::Info;
    message.subject = content.subject;
    message.text = content.text;
    message.html = content.html;
    message.createdAt = content.at;
    message.details = QJsonObject{{QStringLiteral("managed"), content.totals.managed},
                                  {QStringLiteral("expiring_30"), content.totals.expiringIn30},
                                  {QStringLiteral("expired"), content.totals.expired},
                                  {QStringLiteral("failed_jobs"), content.totals.failedJobs}};
    store::NewAlert alert;
    alert.kind = notifier::alertKindName(message.kind);
    alert.severity = notifier::alertSeverityName(message.severity);
    alert.objectType = QString::fromLatin1(store::AlertObject::Digest);
    alert.subject = message.subject;
    alert.occurrence = occurrence;
    alert.message = alertMessageToJson(message);

    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto raised = raiseAlert(db, alert, channels, content.at);
    if (!raised)
        return raised.error();
    if (!raised->has_value())
        return Error{tr("This digest was queued already."), {}, ErrorCode::NotFound};
    DigestDelivery out;
    out.alertId = (*raised)->alertId;
    out.jobIds = (*raised)->jobIds;
    for (const auto &channel : channels)
        out.channels << channel.name;
    if (audit) {
        if (auto s = recordAudit(db, AuditAction::DigestSend, QStringLiteral("alert"), number(out.alertId),
                                 tr("Digest queued to %1").arg(out.channels.join(QStringLiteral(", "))));
            !s)
            return s.error();
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return out;
}

Result<DigestSchedule> DigestService::parseSchedule(const QString &text)
{
    const QString t = text.trimmed().toLower();
    DigestSchedule schedule;
    schedule.text = t;
    if (t == QLatin1String("daily"))
        schedule.interval = std::chrono::hours(24);
    else if (t == QLatin1String("weekly"))
        schedule.interval = std::chrono::hours(24 * 7);
    else if (t == QLatin1String("off"))
        schedule.interval = std::chrono::hours(0);
    else {
        static const QRegularExpression pattern(QStringLiteral("^([1-9][0-9]{0,3})([hd])$"));
        const auto match = pattern.match(t);
        const int value = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int hours = match.captured(2) == QLatin1String("d") ? value * 24 : value;
        if (!match.hasMatch() || hours > 24 * 366)
            return Error{
                tr("\"%1\" is no digest schedule: give daily, weekly, off, or a number of hours or days "
                   "such as 12h or 2d (at most a year).")
                    .arg(text),
                {},
                ErrorCode::InvalidInput};
        schedule.interval = std::chrono::hours(hours);
    }
    return schedule;
}

Result<DigestSchedule> DigestService::schedule() const
{
    auto stored =
        store::SettingsRepository(m_db->connection()).value(QString::fromLatin1(DigestSetting::Schedule));
    if (!stored)
        return stored.error();
    return parseSchedule(stored->value_or(QStringLiteral("daily")));
}

Status DigestService::setSchedule(const QString &text)
{
    auto parsed = parseSchedule(text);
    if (!parsed)
        return parsed.error();
    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto s = store::SettingsRepository(db).setValue(QString::fromLatin1(DigestSetting::Schedule),
                                                        parsed->text);
        !s)
        return s;
    if (auto s = recordAudit(db, AuditAction::AlertSettings, QStringLiteral("settings"),
                             QString::fromLatin1(DigestSetting::Schedule),
                             tr("Digest schedule set to %1").arg(parsed->text));
        !s)
        return s;
    return transaction.commit();
}

Result<QDateTime> DigestService::nextDue(const QDateTime &now) const
{
    auto schedule = this->schedule();
    if (!schedule)
        return schedule.error();
    if (!schedule->enabled())
        return QDateTime();
    auto last = store::AlertRepository(m_db->connection())
                    .lastRaised(notifier::alertKindName(notifier::AlertKind::Digest), ScheduledPrefix);
    if (!last)
        return last.error();
    if (!last->isValid())
        return now;
    return last->addSecs(std::chrono::duration_cast<std::chrono::seconds>(schedule->interval).count());
}

} // namespace certdesk::core
