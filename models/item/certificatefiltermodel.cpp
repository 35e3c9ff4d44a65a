// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/certificatefiltermodel.h"

#include "models/item/certificatetablemodel.h"

namespace certdesk::item {

CertificateFilterModel::CertificateFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void CertificateFilterModel::setSourceModel(QAbstractItemModel *source)
{
    m_table = qobject_cast<CertificateTableModel *>(source);
    Q_ASSERT(m_table || !source);
    QSortFilterProxyModel::setSourceModel(source);
}

void CertificateFilterModel::setSearchText(const QString &text)
{
    const auto words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void CertificateFilterModel::setStatusFilter(std::optional<domain::CertificateStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void CertificateFilterModel::setExpiringWithinDays(std::optional<int> days)
{
    if (days == m_expiringWithinDays)
        return;
    m_expiringWithinDays = days;
    invalidateRowsFilter();
}

void CertificateFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_table)
        m_table->sort(column, order);
}

bool CertificateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_table)
        return false;
    if (m_status && m_table->statusAt(sourceRow) != *m_status)
        return false;
    if (m_expiringWithinDays) {
        const auto days = m_table->index(sourceRow, CertificateTableModel::DaysLeft).data().toLongLong();
        if (days > *m_expiringWithinDays)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString &text = m_table->searchTextAt(sourceRow);
    for (const auto &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace certdesk::item
