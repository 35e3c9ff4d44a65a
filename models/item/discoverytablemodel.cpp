// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/discoverytablemodel.h"

#include "models/item/roles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace certdesk::item {

using domain::DiscoveredCertificate;
using domain::TriageStatus;

DiscoveryTableModel::DiscoveryTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiscoveryTableModel::setCertificates(QList<DiscoveredCertificate> certificates, const QDateTime &now)
{
    beginResetModel();
    m_rows = std::move(certificates);
    m_now = now;
    endResetModel();
}

int DiscoveryTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int DiscoveryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiscoveryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiscoveryTableModel::statusName(TriageStatus status)
{
    switch (status) {
    case TriageStatus::New:
        return tr("New");
    case TriageStatus::Claimed:
        return tr("Claimed");
    case TriageStatus::Dismissed:
        return tr("Dismissed");
    }
    return {};
}

QString DiscoveryTableModel::sourceNames(int sources)
{
    QStringList names;
    if (sources & domain::SourceFilesystem)
        names << tr("Filesystem");
    if (sources & domain::SourceNetwork)
        names << tr("Network");
    if (sources & domain::SourceCloud)
        names << tr("Cloud");
    return names.join(QStringLiteral(", "));
}

namespace {

qint64 daysLeft(const DiscoveredCertificate &d, const QDateTime &now)
{
    return d.certificate.notAfter.isValid() ? now.secsTo(d.certificate.notAfter) / 86400 : 0;
}

QVariant rawValue(const DiscoveredCertificate &d, int column, const QDateTime &now)
{
    const auto &c = d.certificate;
    switch (column) {
    case DiscoveryTableModel::Status:
        return int(d.status);
    case DiscoveryTableModel::CommonName:
        return c.commonName.isEmpty() ? c.subject : c.commonName;
    case DiscoveryTableModel::Subject:
        return c.subject;
    case DiscoveryTableModel::Issuer:
        return c.issuerCommonName.isEmpty() ? c.issuer : c.issuerCommonName;
    case DiscoveryTableModel::Expires:
    case DiscoveryTableModel::DaysLeft:
        return c.notAfter.isValid() ? c.notAfter.toSecsSinceEpoch() : 0;
    case DiscoveryTableModel::Key:
        return c.keyDescription();
    case DiscoveryTableModel::Signature:
        return c.signatureAlgorithm;
    case DiscoveryTableModel::Locations:
        return d.locationCount;
    case DiscoveryTableModel::Source:
        return d.sources;
    case DiscoveryTableModel::FirstSeen:
        return d.firstSeen.isValid() ? d.firstSeen.toSecsSinceEpoch() : 0;
    }
    Q_UNUSED(now);
    return {};
}

} // namespace

QVariant DiscoveryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &d = m_rows.at(index.row());
    const auto &c = d.certificate;
    switch (role) {
    case IdRole:
        return d.id;
    case RawValueRole:
        return rawValue(d, index.column(), m_now);
    case Qt::ToolTipRole:
        if (index.column() == Status && d.status == TriageStatus::Dismissed && !d.dismissReason.isEmpty())
            return tr("Dismissed: %1").arg(d.dismissReason);
        if (index.column() == Key || index.column() == Signature)
            return c.hasWeakCrypto() ? tr("Weak cryptography") : QVariant();
        return index.column() == Subject || index.column() == Issuer ? rawValue(d, index.column(), m_now)
                                                                     : QVariant();
    case Qt::ForegroundRole:
        if ((index.column() == Key || index.column() == Signature) && c.hasWeakCrypto())
            return QBrush(QColor(0xb0, 0x30, 0x20));
        if ((index.column() == Expires || index.column() == DaysLeft) && c.notAfter.isValid() &&
            c.notAfter < m_now)
            return QBrush(QColor(0xb0, 0x30, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeft || index.column() == Locations)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Status:
        return statusName(d.status);
    case Expires:
        return QLocale().toString(c.notAfter.toLocalTime().date(), QLocale::ShortFormat);
    case DaysLeft:
        return daysLeft(d, m_now);
    case Source:
        return sourceNames(d.sources);
    case FirstSeen:
        return QLocale().toString(d.firstSeen.toLocalTime(), QLocale::ShortFormat);
    default:
        return rawValue(d, index.column(), m_now);
    }
}

QVariant DiscoveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case CommonName:
        return tr("Common name");
    case Subject:
        return tr("Subject");
    case Issuer:
        return tr("Issuer");
    case Expires:
        return tr("Expires");
    case DaysLeft:
        return tr("Days left");
    case Key:
        return tr("Key");
    case Signature:
        return tr("Signature");
    case Locations:
        return tr("Locations");
    case Source:
        return tr("Source");
    case FirstSeen:
        return tr("First seen");
    }
    return {};
}

} // namespace certdesk::item
