// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/certificatefiltermodel.h"

#include "models/item/certificatetablemodel.h"

#include <cstring>
#include <string_view>

namespace certdesk::item {

namespace {
/// The next occurrence of `needle` in [from, end), or nullptr. glibc's memmem (two-way search with
/// SIMD) scans the 25 MB blob of 100,000 rows in a few milliseconds.
const char *findBytes(const char *from, const char *end, const QByteArray &needle)
{
#ifdef __GLIBC__
    return static_cast<const char *>(
        memmem(from, size_t(end - from), needle.constData(), size_t(needle.size())));
#else
    const std::string_view hay(from, size_t(end - from));
    const auto at = hay.find(std::string_view(needle.constData(), size_t(needle.size())));
    return at == std::string_view::npos ? nullptr : from + at;
#endif
}
} // namespace

CertificateFilterModel::CertificateFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void CertificateFilterModel::setSourceModel(QAbstractItemModel *source)
{
    if (m_table)
        disconnect(m_table, nullptr, this, nullptr);
    m_table = qobject_cast<CertificateTableModel *>(source);
    Q_ASSERT(m_table || !source);
    m_wordMatchValid = false;
    if (m_table) {
        // Row numbers change with these: the cached matches must be recomputed before the proxy
        // asks about the rows again.
        const auto stale = [this] { m_wordMatchValid = false; };
        connect(m_table, &QAbstractItemModel::modelAboutToBeReset, this, stale);
        connect(m_table, &QAbstractItemModel::layoutAboutToBeChanged, this, stale);
        connect(m_table, &QAbstractItemModel::rowsAboutToBeInserted, this, stale);
        connect(m_table, &QAbstractItemModel::rowsAboutToBeRemoved, this, stale);
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void CertificateFilterModel::setSearchText(const QString &text)
{
    const auto words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    m_utf8Words.clear();
    for (const auto &word : words)
        m_utf8Words << word.toUtf8();
    m_wordMatchValid = false;
    invalidate();
}

void CertificateFilterModel::setStatusFilter(std::optional<domain::CertificateStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidate();
}

void CertificateFilterModel::setExpiringWithinDays(std::optional<int> days)
{
    if (days == m_expiringWithinDays)
        return;
    m_expiringWithinDays = days;
    invalidate();
}

void CertificateFilterModel::setExpiryRange(std::optional<ExpiryRange> range)
{
    if (range == m_expiryRange)
        return;
    m_expiryRange = range;
    invalidate();
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
    if (m_expiringWithinDays && m_table->daysLeftAt(sourceRow) > *m_expiringWithinDays)
        return false;
    if (m_expiryRange) {
        const qint64 expires = m_table->expiresAtSecs(sourceRow);
        if (expires <= m_expiryRange->after || expires > m_expiryRange->until ||
            m_table->certificateAt(sourceRow).revoked)
            return false;
    }
    if (m_utf8Words.isEmpty())
        return true;
    if (!m_wordMatchValid)
        matchSearchWords();
    return sourceRow < qsizetype(m_wordMatch.size()) && m_wordMatch[size_t(sourceRow)];
}

void CertificateFilterModel::matchSearchWords() const
{
    const int rows = m_table->rowCount();
    const QByteArray &blob = m_table->searchBlob();
    // How many of the words (in order) each row has matched so far; a row counts only when the
    // previous word matched it too, so the count ends at the number of words for full matches.
    std::vector<int> matched(size_t(rows), 0);
    const char *begin = blob.constData();
    const char *end = begin + blob.size();
    for (int w = 0; w < m_utf8Words.size(); ++w) {
        const char *from = begin;
        while (from < end) {
            const char *hit = findBytes(from, end, m_utf8Words[w]);
            if (!hit)
                break;
            const int row = m_table->rowAtSearchOffset(hit - begin);
            if (row < 0 || row >= rows)
                break;
            if (matched[size_t(row)] == w)
                matched[size_t(row)] = w + 1;
            from = begin + m_table->searchEndAt(row) + 1; // the next row: one hit per row is enough
        }
    }
    m_wordMatch.assign(size_t(rows), 0);
    const int all = int(m_utf8Words.size());
    for (size_t r = 0; r < size_t(rows); ++r)
        m_wordMatch[r] = matched[r] == all ? 1 : 0;
    m_wordMatchValid = true;
}

} // namespace certdesk::item
