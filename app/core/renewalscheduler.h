// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QDateTime>

#include <memory>

namespace certdesk::store {
class Database;
}

namespace certdesk::core {

/// Finds certificates issued through CertDesk that have entered their profile's renewal threshold
/// (default 30 days before expiry, or the last third of the lifetime when that is shorter) and
/// queues one "certificate.renew" job for each. The jobs carry
/// the dedupe key "renew:<id>", so two consoles or daemons on one store never queue (and so never
/// run) the same renewal twice. Runs on worker threads.
class RenewalScheduler final
{
public:
    explicit RenewalScheduler(std::shared_ptr<store::Database> db);

    /// Queues what is due at `now`; returns how many certificates are due (each now has exactly one
    /// renewal job queued or running).
    Result<int> scheduleDue(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    std::shared_ptr<store::Database> m_db;
};

} // namespace certdesk::core
