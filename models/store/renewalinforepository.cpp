// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/renewalinforepository.h"

#include "models/store/database.h"
#include "models/store/sqlvalues.h"

#include <QCoreApplication>

namespace certdesk::store {

namespace {
QString what()
{
    return QCoreApplication::translate("certdesk", "read or write the renewal windows suggested by CAs");
}

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? toDbTime(time) : QVariant(QMetaType::fromType<qlonglong>());
}
} // namespace

Result<std::optional<StoredRenewalInfo>> RenewalInfoRepository::find(qint64 certificateId)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT serial_hex, has_window, window_start, window_end, renew_at, "
                                     "explanation_url, checked_at, next_check_at FROM renewal_info "
                                     "WHERE certificate_id = ?"),
                      {qlonglong(certificateId)}, what());
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<StoredRenewalInfo>{};
    const auto &r = q.value();
    StoredRenewalInfo info;
    info.certificateId = certificateId;
    info.serialHex = r.value(0).toString();
    info.hasWindow = r.value(1).toInt() != 0;
    info.windowStart = fromDbTime(r.value(2));
    info.windowEnd = fromDbTime(r.value(3));
    info.renewAt = fromDbTime(r.value(4));
    info.explanationUrl = r.value(5).toString();
    info.checkedAt = fromDbTime(r.value(6));
    info.nextCheckAt = fromDbTime(r.value(7));
    return std::optional<StoredRenewalInfo>(info);
}

Status RenewalInfoRepository::put(const StoredRenewalInfo &info)
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO renewal_info (certificate_id, serial_hex, has_window, window_start, window_end, "
            "renew_at, explanation_url, checked_at, next_check_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (certificate_id) DO UPDATE SET serial_hex = excluded.serial_hex, "
            "has_window = excluded.has_window, window_start = excluded.window_start, "
            "window_end = excluded.window_end, renew_at = excluded.renew_at, "
            "explanation_url = excluded.explanation_url, checked_at = excluded.checked_at, "
            "next_check_at = excluded.next_check_at"),
        {qlonglong(info.certificateId), info.serialHex, detail::flag(info.hasWindow),
         optionalTime(info.windowStart), optionalTime(info.windowEnd), optionalTime(info.renewAt),
         detail::text(info.explanationUrl), toDbTime(info.checkedAt), toDbTime(info.nextCheckAt)},
        what());
    if (!q)
        return q.error();
    return {};
}

} // namespace certdesk::store
