// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificate.h"

#include <QByteArray>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace certdesk::item {

class CertificateTableModel;

/// A window of expiry times: certificates not revoked whose notAfter lies in (after, until], in
/// epoch seconds (the dashboard's "expiring within N days" totals and its timeline's weeks).
struct ExpiryRange
{
    qint64 after = 0;
    qint64 until = 0;
    bool operator==(const ExpiryRange &) const = default;
};

/// Filters the inventory table by search words (every word must appear in one of the searchable
/// columns, case-insensitive), by status and by an expiry window. Sorting is delegated to the
/// CertificateTableModel, so the proxy keeps the source order and a keystroke only re-filters:
/// each change rebuilds the mapping in one pass (invalidate(), one layout change) instead of Qt's
/// range-by-range row removal, whose cost grows with the number of scattered matches.
class CertificateFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateFilterModel)

public:
    explicit CertificateFilterModel(QObject *parent = nullptr);

    /// Must be a CertificateTableModel.
    void setSourceModel(QAbstractItemModel *source) override;
    void setSearchText(const QString &text);
    void setStatusFilter(std::optional<domain::CertificateStatus> status);
    /// Only certificates that expire within this many days (expired ones included); nullopt for all.
    void setExpiringWithinDays(std::optional<int> days);
    /// Only the certificates of this expiry window; nullopt for all.
    void setExpiryRange(std::optional<ExpiryRange> range);
    const std::optional<ExpiryRange> &expiryRange() const { return m_expiryRange; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// Finds the rows that hold every search word, scanning the table's search blob once per word.
    void matchSearchWords() const;

    CertificateTableModel *m_table = nullptr;
    QStringList m_words;
    QList<QByteArray> m_utf8Words; ///< the search words as lowercase UTF-8
    /// Per source row: holds every search word. Computed on the first filterAcceptsRow() after a
    /// change of words or of the source's rows, since the proxy then asks about every row.
    mutable std::vector<char> m_wordMatch;
    mutable bool m_wordMatchValid = false;
    std::optional<domain::CertificateStatus> m_status;
    std::optional<int> m_expiringWithinDays;
    std::optional<ExpiryRange> m_expiryRange;
};

} // namespace certdesk::item
