// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/renewalscheduler.h"

#include "app/core/jobservice.h"
#include "models/store/database.h"
#include "models/store/issuerrepository.h"
#include "models/store/profilerepository.h"

#include <QHash>

namespace certdesk::core {

namespace {
/// No profile may ask for renewal further ahead than this.
constexpr int LongestThresholdDays = 3650;
} // namespace

RenewalScheduler::RenewalScheduler(std::shared_ptr<store::Database> db) : m_db(std::move(db)) {}

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
    for (const auto &[id, profileName, notBefore, notAfter] : *candidates) {
        const QString name = profileName.isEmpty() ? QStringLiteral("default") : profileName;
        if (!thresholds.contains(name)) {
            auto profile = profiles.find(name);
            thresholds.insert(name, profile ? profile->renewalThresholdDays : domain::CertificateProfile{}.renewalThresholdDays);
        }
        // A certificate shorter-lived than the threshold would be renewed again at once, for ever:
        // it renews when a third of its lifetime is left instead.
        const qint64 window = std::min<qint64>(qint64(thresholds.value(name)) * 86400, notBefore.secsTo(notAfter) / 3);
        if (now.secsTo(notAfter) > window)
            continue;
        // For a renewal already queued or running, this returns that job instead of a new one.
        if (auto jobId = jobs.enqueueRenew(id, false); !jobId)
            return jobId.error();
        ++due;
    }
    return due;
}

} // namespace certdesk::core
