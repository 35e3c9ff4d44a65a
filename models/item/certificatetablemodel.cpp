// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/certificatetablemodel.h"

#include "models/item/roles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace certdesk::item {

namespace {
qint64 daysBetween(const QDateTime &now, const QDateTime &notAfter)
{
    const qint64 secs = now.secsTo(notAfter);
    return secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
}

QColor statusBackground(domain::CertificateStatus status)
{
    switch (status) {
    case domain::CertificateStatus::Valid:
        return QColor(0xd4, 0xed, 0xda);
    case domain::CertificateStatus::Expiring:
        return QColor(0xff, 0xec, 0xb3);
    case domain::CertificateStatus::Expired:
        return QColor(0xf8, 0xd0, 0xd0);
    case domain::CertificateStatus::Revoked:
        return QColor(0xdd, 0xdd, 0xdd);
    }
    return {};
}
} // namespace

QString statusDisplayName(domain::CertificateStatus status)
{
    switch (status) {
    case domain::CertificateStatus::Valid:
        return CertificateTableModel::tr("Valid");
    case domain::CertificateStatus::Expiring:
        return CertificateTableModel::tr("Expiring");
    case domain::CertificateStatus::Expired:
        return CertificateTableModel::tr("Expired");
    case domain::CertificateStatus::Revoked:
        return CertificateTableModel::tr("Revoked");
    }
    return {};
}

CertificateTableModel::CertificateTableModel(QObject *parent) : QAbstractTableModel(parent) {}

namespace {
/// Lays the rows' search texts out again in the rows' current order, so the filter reads the
/// blob front to back.
QByteArray reorderSearchBlob(QList<CertificateRow> &rows, const QByteArray &blob)
{
    QByteArray ordered;
    ordered.reserve(blob.size());
    for (auto &row : rows) {
        const qsizetype offset = ordered.size();
        ordered.append(blob.constData() + row.searchOffset, row.searchLength);
        ordered.append('\0');
        row.searchOffset = offset;
    }
    return ordered;
}

void sortRows(QList<CertificateRow> &rows, int column, Qt::SortOrder order)
{
    const auto text = [column](const CertificateRow &r) -> const QString & {
        switch (column) {
        case CertificateTableModel::Sans:
            return r.sansText;
        case CertificateTableModel::Issuer:
            return r.summary.issuer;
        case CertificateTableModel::Owner:
            return r.summary.owner;
        case CertificateTableModel::Tags:
            return r.tagsText;
        default:
            return r.summary.commonName;
        }
    };
    const auto less = [&](const CertificateRow &a, const CertificateRow &b) {
        switch (column) {
        case CertificateTableModel::Expires:
        case CertificateTableModel::DaysLeft:
            return a.expiresAt < b.expiresAt;
        case CertificateTableModel::Status:
            return a.status != b.status ? int(a.status) < int(b.status) : a.expiresAt < b.expiresAt;
        default:
            return QString::compare(text(a), text(b), Qt::CaseInsensitive) < 0;
        }
    };
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(), less);
    else
        std::stable_sort(rows.begin(), rows.end(), [&](const CertificateRow &a, const CertificateRow &b) {
            return less(b, a);
        });
}
} // namespace

CertificateRows CertificateTableModel::prepareRows(QList<domain::CertificateSummary> certificates,
                                                   const QDateTime &now, int expiringDays, int sortColumn,
                                                   Qt::SortOrder order)
{
    CertificateRows prepared;
    prepared.sortColumn = sortColumn;
    prepared.sortOrder = order;
    prepared.rows.reserve(certificates.size());
    QByteArray blob;
    blob.reserve(certificates.size() * 256);
    for (auto &c : certificates) {
        CertificateRow row;
        row.summary = std::move(c);
        const auto &s = row.summary;
        row.status = domain::statusAt(s.notAfter, s.revoked, now, expiringDays);
        row.daysLeft = daysBetween(now, s.notAfter);
        row.expiresAt = s.notAfter.toSecsSinceEpoch();
        row.sansText = s.sans.join(QStringLiteral(", "));
        row.tagsText = s.tags.join(QStringLiteral(", "));
        const QString search = s.commonName + u'\n' + row.sansText + u'\n' + s.issuer + u'\n' + s.owner + u'\n' +
                               row.tagsText + u'\n' + s.serialHex + u'\n' + s.sha256;
        const QByteArray text = search.toLower().toUtf8();
        row.searchOffset = blob.size();
        row.searchLength = text.size();
        blob.append(text);
        blob.append('\0');
        prepared.rows.push_back(std::move(row));
    }
    sortRows(prepared.rows, sortColumn, order);
    prepared.searchBlob = reorderSearchBlob(prepared.rows, blob);
    return prepared;
}

void CertificateTableModel::setRows(CertificateRows rows)
{
    beginResetModel();
    m_rows = std::move(rows.rows);
    m_searchBlob = std::move(rows.searchBlob);
    if (rows.sortColumn != m_sortColumn || rows.sortOrder != m_sortOrder) {
        sortRows(m_rows, m_sortColumn, m_sortOrder);
        m_searchBlob = reorderSearchBlob(m_rows, m_searchBlob);
    }
    endResetModel();
}

void CertificateTableModel::setCertificates(QList<domain::CertificateSummary> certificates, const QDateTime &now,
                                            int expiringDays)
{
    setRows(prepareRows(std::move(certificates), now, expiringDays, m_sortColumn, m_sortOrder));
}

int CertificateTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].summary.id == id)
            return i;
    return -1;
}

int CertificateTableModel::rowAtSearchOffset(qsizetype offset) const
{
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), offset,
                                     [](qsizetype o, const CertificateRow &r) { return o < r.searchOffset; });
    return int(it - m_rows.cbegin()) - 1;
}

int CertificateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CertificateRow &row = m_rows.at(index.row());
    const auto &s = row.summary;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CommonName:
            return s.commonName;
        case Sans:
            return row.sansText;
        case Issuer:
            return s.issuer;
        case Expires:
            return QLocale().toString(s.notAfter.toLocalTime().date(), QLocale::ShortFormat);
        case DaysLeft:
            return row.daysLeft;
        case Status:
            return statusDisplayName(row.status);
        case Owner:
            return s.owner;
        case Tags:
            return row.tagsText;
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case Expires:
            return s.notAfter;
        case DaysLeft:
            return row.daysLeft;
        case Status:
            return int(row.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Sans)
            return s.sans.join(u'\n');
        if (index.column() == Expires)
            return QLocale().toString(s.notAfter.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::BackgroundRole:
        if (index.column() == Status)
            return QBrush(statusBackground(row.status));
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return QBrush(Qt::black);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeft)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return s.id;
    case StatusRole:
        return int(row.status);
    default:
        break;
    }
    return {};
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CommonName:
        return tr("Common name");
    case Sans:
        return tr("Subject alternative names");
    case Issuer:
        return tr("Issuer");
    case Expires:
        return tr("Expires");
    case DaysLeft:
        return tr("Days left");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case Tags:
        return tr("Tags");
    }
    return {};
}

void CertificateTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const auto oldPersistent = persistentIndexList();
    QList<qint64> persistentIds;
    persistentIds.reserve(oldPersistent.size());
    for (const auto &idx : oldPersistent)
        persistentIds << m_rows.at(idx.row()).summary.id;
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows(m_rows, m_sortColumn, m_sortOrder);
    m_searchBlob = reorderSearchBlob(m_rows, m_searchBlob);
    QHash<qint64, int> rowOfIdMap;
    if (!oldPersistent.isEmpty()) {
        rowOfIdMap.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            rowOfIdMap.insert(m_rows[i].summary.id, i);
    }
    QModelIndexList newPersistent;
    newPersistent.reserve(oldPersistent.size());
    for (int i = 0; i < oldPersistent.size(); ++i)
        newPersistent << index(rowOfIdMap.value(persistentIds[i]), oldPersistent[i].column());
    changePersistentIndexList(oldPersistent, newPersistent);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace certdesk::item
