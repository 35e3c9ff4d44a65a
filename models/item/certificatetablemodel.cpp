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

void CertificateTableModel::setCertificates(QList<domain::CertificateSummary> certificates, const QDateTime &now,
                                            int expiringDays)
{
    QList<Row> rows;
    rows.reserve(certificates.size());
    for (auto &c : certificates) {
        Row row{std::move(c), {}, 0, 0, {}, {}, {}};
        row.expiresAt = row.summary.notAfter.toSecsSinceEpoch();
        row.status = domain::statusAt(row.summary.notAfter, row.summary.revoked, now, expiringDays);
        row.daysLeft = daysBetween(now, row.summary.notAfter);
        row.sansText = row.summary.sans.join(QStringLiteral(", "));
        row.tagsText = row.summary.tags.join(QStringLiteral(", "));
        row.searchText = (row.summary.commonName + u'\n' + row.sansText + u'\n' + row.summary.issuer + u'\n' +
                          row.summary.owner + u'\n' + row.tagsText + u'\n' + row.summary.serialHex + u'\n' +
                          row.summary.sha256)
                             .toLower();
        rows.push_back(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    sortRows();
    endResetModel();
}

int CertificateTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].summary.id == id)
            return i;
    return -1;
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
    const Row &row = m_rows.at(index.row());
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
    sortRows();
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

void CertificateTableModel::sortRows()
{
    const auto text = [this](const Row &r) -> const QString & {
        switch (m_sortColumn) {
        case Sans:
            return r.sansText;
        case Issuer:
            return r.summary.issuer;
        case Owner:
            return r.summary.owner;
        case Tags:
            return r.tagsText;
        default:
            return r.summary.commonName;
        }
    };
    const auto less = [&](const Row &a, const Row &b) {
        switch (m_sortColumn) {
        case Expires:
        case DaysLeft:
            return a.expiresAt < b.expiresAt;
        case Status:
            return a.status != b.status ? int(a.status) < int(b.status) : a.expiresAt < b.expiresAt;
        default:
            return QString::compare(text(a), text(b), Qt::CaseInsensitive) < 0;
        }
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_rows.begin(), m_rows.end(), less);
    else
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) { return less(b, a); });
}

} // namespace certdesk::item
