// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/renewalscheduler.h"

#include "app/core/issuerservice.h"
#include "app/core/jobservice.h"
#include "models/store/database.h"
#include "models/store/issuerrepository.h"
#include "models/store/profilerepository.h"
#include "models/store/renewalinforepository.h"

#include <QHash>
#include <QRandomGenerator>

namespace certdesk::core {

namespace {
/// No profile may ask for renewal further ahead than this.
constexpr int LongestThresholdDays = 3650;
/// How long an answer is kept when the CA gives no Retry-After (RFC 9773 suggests a few hours).
constexpr qint64 DefaultRecheckSeconds = 6 * 3600;
/// How long a CA that offers no window, or could not be asked, is left alone.
constexpr qint64 NoWindowRecheckSeconds = 24 * 3600;
constexpr qint64 FailedRecheckSeconds = 3600;

/// A moment chosen uniformly at random inside the window (RFC 9773 section 4.2), so that the
/// certificates of one CA do not all renew at its opening.
QDateTime randomMomentIn(const QDateTime &start, const QDateTime &end)
{
    const qint64 span = std::max<qint64>(0, start.secsTo(end));
    return start.addSecs(span == 0 ? 0 : qint64(QRandomGenerator::global()->bounded(quint64(span) + 1)));
}

/// Whether the certificate has entered its profile's threshold.
bool dueByThreshold(const store::RenewalCandidate &candidate, int thresholdDays, const QDateTime &now)
{
    // A certificate shorter-lived than the threshold would be renewed again at once, for ever: it
    // renews when a third of its lifetime is left instead.
    const qint64 window =
        std::min<qint64>(qint64(thresholdDays) * 86400, candidate.notBefore.secsTo(candidate.notAfter) / 3);
    return now.secsTo(candidate.notAfter) <= window;
}
} // namespace

RenewalScheduler::RenewalScheduler(std::shared_ptr<store::Database> db,
                                   std::shared_ptr<IssuerService> issuers)
    : m_db(std::move(db)), m_issuers(std::move(issuers))
{}

std::optional<bool> RenewalScheduler::dueByCaWindow(const store::RenewalCandidate &candidate,
                                                    const QDateTime &now)
{
    if (!m_issuers)
        return std::nullopt;
    auto connector = m_issuers->connector(candidate.issuerId);
    if (!connector || !(*connector)->offersRenewalWindows())
        return std::nullopt;
    store::RenewalInfoRepository records(m_db->connection());
    auto stored = records.find(candidate.certificateId);
    if (stored && stored->has_value() && (*stored)->serialHex == candidate.serialHex &&
        now < (*stored)->nextCheckAt) {
        if (!(*stored)->hasWindow)
            return std::nullopt;
        return now >= (*stored)->renewAt;
    }

    store::StoredRenewalInfo info;
    info.certificateId = candidate.certificateId;
    info.serialHex = candidate.serialHex;
    info.checkedAt = now;
    auto window = (*connector)->renewalWindow(candidate.der);
    if (!window) {
        info.nextCheckAt = now.addSecs(FailedRecheckSeconds);
    } else if (!window->has_value()) {
        info.nextCheckAt = now.addSecs(NoWindowRecheckSeconds);
    } else {
        const auto &w = **window;
        info.hasWindow = true;
        info.windowStart = w.start;
        info.windowEnd = w.end;
        info.explanationUrl = w.explanationUrl;
        // Keep the moment chosen earlier while the CA keeps the same window.
        const bool sameWindow = stored && stored->has_value() && (*stored)->hasWindow &&
                                (*stored)->serialHex == candidate.serialHex &&
                                (*stored)->windowStart == w.start && (*stored)->windowEnd == w.end;
        info.renewAt = sameWindow ? (*stored)->renewAt : randomMomentIn(w.start, w.end);
        info.nextCheckAt = w.askAgainAfter.isValid() && w.askAgainAfter > now
                               ? w.askAgainAfter
                               : now.addSecs(DefaultRecheckSeconds);
    }
    // The record only spares the CA a question: failing to keep it changes no decision.
    (void)records.put(info);
    if (!info.hasWindow)
        return std::nullopt;
    return now >= info.renewAt;
}

Result<int> RenewalScheduler::scheduleDue(const QDateTime &now)
{
    auto db = m_db->connection();
    auto candidates = store::IssuerRepository(db).renewalCandidates(now.addDays(LongestThresholdDays));
    if (!candidates)
        return candidates.error();
    store::ProfileRepository profiles(db);
    JobService jobs(m_db);
    QHash<QString, int> thresholds;
    int due = 0;
    for (const auto &candidate : *candidates) {
        const QString name = candidate.profile.isEmpty() ? QStringLiteral("default") : candidate.profile;
        if (!thresholds.contains(name)) {
            auto profile = profiles.find(name);
            thresholds.insert(name, profile ? profile->renewalThresholdDays
                                            : domain::CertificateProfile{}.renewalThresholdDays);
        }
        const auto byCa = dueByCaWindow(candidate, now);
        if (!byCa.value_or(dueByThreshold(candidate, thresholds.value(name), now)))
            continue;
        // For a renewal already queued or running, this returns that job instead of a new one.
        if (auto jobId = jobs.enqueueRenew(candidate.certificateId, false); !jobId)
            return jobId.error();
        ++due;
    }
    return due;
}

} // namespace certdesk::core
