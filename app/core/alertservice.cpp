// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/alertservice.h"

#include "app/core/alertdelivery.h"
#include "app/core/alertmessages.h"
#include "app/core/auditlog.h"
#include "models/store/channelrepository.h"
#include "models/store/database.h"
#include "models/store/settingsrepository.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace certdesk::core {

namespace {

using notifier::AlertKind;

constexpr qint64 Day = 86400;
/// Job failures are looked for from the last run on, less this much, in case a failure was
/// recorded with a clock a little behind (another computer of a shared inventory).
constexpr qint64 FailureOverlapSeconds = 3600;
constexpr int MaxWindows = 10;
constexpr int MaxWindowDays = 365;

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk", text);
}

QString kindName(AlertKind kind)
{
    return notifier::alertKindName(kind);
}

const QStringList &expiryKinds()
{
    static const QStringList kinds{kindName(AlertKind::Expiring), kindName(AlertKind::Expired)};
    return kinds;
}

/// One run of the rules: its transaction's connection, its time, the channels that receive alerts,
/// and what it did so far.
struct Run
{
    QSqlDatabase db;
    QDateTime now;
    QList<store::AlertChannel> recipients;
    AlertEvaluation &out;

    /// Records the alert (once) and queues its deliveries to `channels`.
    Status raise(const notifier::AlertMessage &message, store::NewAlert alert,
                 const QList<store::AlertChannel> &channels)
    {
        alert.kind = kindName(message.kind);
        alert.severity = notifier::alertSeverityName(message.severity);
        alert.subject = message.subject;
        alert.dedupKey = message.dedupKey;
        alert.message = alertMessageToJson(message);
        auto raised = raiseAlert(db, alert, channels, now);
        if (!raised)
            return raised.error();
        if (raised->has_value()) {
            ++out.raised;
            out.alertIds << (*raised)->alertId;
            out.jobIds += (*raised)->jobIds;
        }
        return {};
    }
};

std::optional<ResolveReason> resolveReason(const store::OpenExpiryAlert &alert)
{
    if (!alert.certificateId || !alert.currentNotAfter.isValid())
        return ResolveReason::Removed;
    if (alert.revoked)
        return ResolveReason::Revoked;
    if (alert.currentNotAfter != alert.alertNotAfter)
        return ResolveReason::Renewed;
    return std::nullopt;
}

/// Closes the expiry alerts whose certificate was renewed, revoked or removed, and queues one
/// resolve message per certificate to the channels (still receiving alerts) that got its alerts.
Status resolveOver(Run &run)
{
    store::AlertRepository alerts(run.db);
    auto open = alerts.openCertificateAlerts(expiryKinds());
    if (!open)
        return open.error();
    QMap<QString, QList<store::OpenExpiryAlert>> over; // by dedup key: one incident per certificate
    QHash<QString, ResolveReason> reasons;
    for (const auto &alert : std::as_const(*open)) {
        if (const auto reason = resolveReason(alert)) {
            over[alert.dedupKey] << alert;
            reasons.insert(alert.dedupKey, *reason);
        }
    }
    for (auto it = over.cbegin(); it != over.cend(); ++it) {
        QList<qint64> ids;
        for (const auto &alert : it.value())
            ids << alert.alertId;
        if (auto s = alerts.resolve(ids, run.now); !s)
            return s;
        run.out.resolved += int(ids.size());
        auto channelIds = alerts.deliveryChannels(ids);
        if (!channelIds)
            return channelIds.error();
        QList<store::AlertChannel> channels;
        for (const auto &channel : std::as_const(run.recipients)) {
            if (channelIds->contains(channel.id))
                channels << channel;
        }
        const store::OpenExpiryAlert &first = it.value().constFirst();
        store::NewAlert alert;
        alert.objectType = QString::fromLatin1(store::AlertObject::Certificate);
        alert.objectId = first.certificateId ? QString::number(*first.certificateId) : QString();
        alert.occurrence = QStringLiteral("resolved:%1:%2")
                               .arg(it.key(), QString::number(first.alertNotAfter.toSecsSinceEpoch()));
        alert.certificateId = first.certificateId;
        alert.notAfter = first.currentNotAfter;
        if (auto s =
                run.raise(alertmessages::resolved(first, reasons.value(it.key()), run.now), alert, channels);
            !s)
            return s;
    }
    return {};
}

/// The smallest of the (ascending) windows a certificate `secondsLeft` from expiry is in.
std::optional<int> windowOf(qint64 secondsLeft, const QList<int> &ascending)
{
    for (const int days : ascending) {
        if (secondsLeft <= days * Day)
            return days;
    }
    return std::nullopt;
}

Status raiseExpiries(Run &run, const QList<int> &ascending)
{
    if (ascending.isEmpty())
        return {};
    store::AlertRepository alerts(run.db);
    const QDateTime from =
        ascending.constFirst() == 0 ? run.now.addDays(-AlertService::ExpiredLookbackDays) : run.now;
    auto candidates = alerts.expiryCandidates(from, run.now.addDays(ascending.constLast()));
    if (!candidates)
        return candidates.error();
    auto open = alerts.openOccurrences(expiryKinds());
    if (!open)
        return open.error();
    for (const auto &c : std::as_const(*candidates)) {
        const auto window = windowOf(c.notAfter.toSecsSinceEpoch() - run.now.toSecsSinceEpoch(), ascending);
        if (!window)
            continue;
        store::NewAlert alert;
        alert.occurrence = QStringLiteral("expiry:%1:%2:%3")
                               .arg(QString::number(c.certificateId),
                                    QString::number(c.notAfter.toSecsSinceEpoch()), QString::number(*window));
        if (open->contains(alert.occurrence))
            continue;
        alert.objectType = QString::fromLatin1(store::AlertObject::Certificate);
        alert.objectId = QString::number(c.certificateId);
        alert.certificateId = c.certificateId;
        alert.notAfter = c.notAfter;
        alert.windowDays = *window;
        if (auto s = run.raise(alertmessages::expiry(c, *window, run.now), alert, run.recipients); !s)
            return s;
    }
    return {};
}

Status raiseJobFailures(Run &run, store::SettingsRepository &settings)
{
    auto last = settings.value(QString::fromLatin1(AlertSetting::LastEvaluated));
    if (!last)
        return last.error();
    bool known = false;
    const qint64 lastRun = last->value_or(QString()).toLongLong(&known);
    const qint64 now = run.now.toSecsSinceEpoch();
    const qint64 since = known ? std::min(lastRun, now) - FailureOverlapSeconds : now - Day;
    auto failed =
        store::AlertRepository(run.db).failedJobs(QDateTime::fromSecsSinceEpoch(since, Qt::UTC),
                                                  run.now.addSecs(1), QString::fromLatin1(JobKind::Notify));
    if (!failed)
        return failed.error();
    for (const auto &job : std::as_const(*failed)) {
        store::NewAlert alert;
        alert.objectType = QString::fromLatin1(store::AlertObject::Job);
        alert.objectId = QString::number(job.id);
        alert.occurrence =
            QStringLiteral("job_failed:%1:%2")
                .arg(QString::number(job.id), QString::number(job.failedAt.toSecsSinceEpoch()));
        if (auto s = run.raise(alertmessages::jobFailed(job, run.now), alert, run.recipients); !s)
            return s;
    }
    return settings.setValue(QString::fromLatin1(AlertSetting::LastEvaluated), QString::number(now));
}

Status raiseDiscoveries(Run &run, store::SettingsRepository &settings)
{
    auto seenText = settings.value(QString::fromLatin1(AlertSetting::DiscoveriesSeen));
    if (!seenText)
        return seenText.error();
    const qint64 seen = seenText->value_or(QStringLiteral("0")).toLongLong();
    auto backlog = store::AlertRepository(run.db).discoveryBacklog(seen);
    if (!backlog)
        return backlog.error();
    if (backlog->newSince <= 0)
        return {};
    store::NewAlert alert;
    alert.objectType = QString::fromLatin1(store::AlertObject::Discovery);
    alert.objectId = QString::number(backlog->newestId);
    alert.occurrence = QStringLiteral("discoveries:%1").arg(backlog->newestId);
    if (auto s = run.raise(alertmessages::discoveries(*backlog, run.now), alert, run.recipients); !s)
        return s;
    return settings.setValue(QString::fromLatin1(AlertSetting::DiscoveriesSeen),
                             QString::number(backlog->newestId));
}

} // namespace

AlertService::AlertService(std::shared_ptr<store::Database> db) : m_db(std::move(db)) {}

Result<QList<int>> AlertService::parseWindows(const QString &text)
{
    const auto fail = [&text](const QString &why) {
        return Error{tr("\"%1\" are no warning windows: %2 Give whole numbers of days before the expiry, "
                        "separated by commas, e.g. 30,14,7,0 (0 is the expiry itself).")
                         .arg(text, why),
                     {},
                     ErrorCode::InvalidInput};
    };
    QList<int> days;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < 0 || value > MaxWindowDays)
            return fail(
                tr("\"%1\" is not a number of days from 0 to %2.").arg(part.trimmed()).arg(MaxWindowDays));
        if (days.contains(value))
            return fail(tr("%1 is given twice.").arg(value));
        days << value;
    }
    if (days.isEmpty() || days.size() > MaxWindows)
        return fail(tr("give 1 to %1 windows.").arg(MaxWindows));
    std::sort(days.begin(), days.end(), std::greater<>());
    return days;
}

QString AlertService::formatWindows(const QList<int> &days)
{
    QStringList parts;
    for (const int d : days)
        parts << QString::number(d);
    return parts.join(u',');
}

Result<QList<int>> AlertService::windows() const
{
    auto stored =
        store::SettingsRepository(m_db->connection()).value(QString::fromLatin1(AlertSetting::Windows));
    if (!stored)
        return stored.error();
    return parseWindows(stored->value_or(QStringLiteral("30,14,7,0")));
}

Status AlertService::setWindows(const QList<int> &days)
{
    auto checked = parseWindows(formatWindows(days));
    if (!checked)
        return checked.error();
    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QString text = formatWindows(*checked);
    if (auto s = store::SettingsRepository(db).setValue(QString::fromLatin1(AlertSetting::Windows), text); !s)
        return s;
    if (auto s = recordAudit(db, AuditAction::AlertSettings, QStringLiteral("settings"),
                             QString::fromLatin1(AlertSetting::Windows),
                             tr("Warning windows set to %1 days").arg(text));
        !s)
        return s;
    return transaction.commit();
}

Result<AlertEvaluation> AlertService::evaluate(const QDateTime &at)
{
    auto windows = this->windows();
    if (!windows)
        return windows.error();
    QList<int> ascending = *windows;
    std::sort(ascending.begin(), ascending.end());

    AlertEvaluation out;
    out.at = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
    auto db = m_db->connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto recipients = store::ChannelRepository(db).recipients(false);
    if (!recipients)
        return recipients.error();
    Run run{db, out.at, *recipients, out};
    store::SettingsRepository settings(db);
    // Resolve first: a renewed certificate's new version may enter a window of its own.
    if (auto s = resolveOver(run); !s)
        return s.error();
    if (auto s = raiseExpiries(run, ascending); !s)
        return s.error();
    if (auto s = raiseJobFailures(run, settings); !s)
        return s.error();
    if (auto s = raiseDiscoveries(run, settings); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return out;
}

Result<QList<store::AlertRecord>> AlertService::recent(int limit) const
{
    return store::AlertRepository(m_db->connection()).recent(limit);
}

Result<store::AlertRecord> AlertService::find(qint64 id) const
{
    return store::AlertRepository(m_db->connection()).find(id);
}

Result<QList<store::AlertDelivery>> AlertService::deliveries(qint64 alertId) const
{
    return store::AlertRepository(m_db->connection()).deliveries(alertId);
}

} // namespace certdesk::core
