// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QDateTime>

#include <memory>
#include <optional>

namespace certdesk::store {
class Database;
struct RenewalCandidate;
} // namespace certdesk::store

namespace certdesk::core {

class IssuerService;

/// Finds certificates issued through CertDesk that are due for renewal and queues one
/// "certificate.renew" job for each. A certificate is due when its CA's suggested renewal window
/// says so (ACME Renewal Information, RFC 9773: the CA is asked when its connector offers ARI, at
/// most as often as it allows, and the answer is kept in the store), and otherwise when it has
/// entered its profile's renewal threshold (default 30 days before expiry, or the last third of the
/// lifetime when that is shorter). A CA without ARI, one that answers 404, or one that cannot be
/// reached leaves the threshold rule in charge. The jobs carry the dedupe key "renew:<id>", so two
/// consoles or daemons on one store never queue (and so never run) the same renewal twice. Runs on
/// worker threads (asking a CA is a network call).
class RenewalScheduler final
{
public:
    /// Without `issuers`, no CA is asked: the threshold rule alone decides.
    explicit RenewalScheduler(std::shared_ptr<store::Database> db,
                              std::shared_ptr<IssuerService> issuers = {});

    /// Queues what is due at `now`; returns how many certificates are due (each now has exactly one
    /// renewal job queued or running).
    Result<int> scheduleDue(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    /// true/false when the CA's window decides; nullopt when the threshold rule applies.
    std::optional<bool> dueByCaWindow(const store::RenewalCandidate &candidate, const QDateTime &now);

    std::shared_ptr<store::Database> m_db;
    std::shared_ptr<IssuerService> m_issuers;
};

} // namespace certdesk::core
