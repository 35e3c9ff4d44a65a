// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace certdesk::store {

/// What a CA last said about when to renew one certificate (ACME Renewal Information).
struct StoredRenewalInfo
{
    qint64 certificateId = 0;
    QString serialHex; ///< the version asked about; a new version makes the record stale
    bool hasWindow = false;
    QDateTime windowStart;
    QDateTime windowEnd;
    QDateTime renewAt; ///< chosen at random inside the window
    QString explanationUrl;
    QDateTime checkedAt;
    QDateTime nextCheckAt; ///< not asked again before this
};

/// The renewal windows suggested by CAs (table `renewal_info`), one record per certificate.
class RenewalInfoRepository final
{
public:
    explicit RenewalInfoRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<StoredRenewalInfo>> find(qint64 certificateId);
    /// Inserts or replaces the certificate's record.
    Status put(const StoredRenewalInfo &info);

private:
    QSqlDatabase m_db;
};

} // namespace certdesk::store
