// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/auditeventmodel.h"

#include "models/item/roles.h"

#include <QLocale>

namespace certdesk::item {

QString auditActionDisplayName(const QString &action)
{
    if (action == QLatin1String("certificate.import"))
        return AuditEventModel::tr("Import");
    if (action == QLatin1String("certificate.key_import"))
        return AuditEventModel::tr("Private key import");
    if (action == QLatin1String("certificate.edit"))
        return AuditEventModel::tr("Edit");
    if (action == QLatin1String("certificate.delete"))
        return AuditEventModel::tr("Delete");
    if (action == QLatin1String("certificate.export"))
        return AuditEventModel::tr("Export");
    if (action == QLatin1String("certificate.export_key"))
        return AuditEventModel::tr("Private key export");
    if (action == QLatin1String("certificate.issue"))
        return AuditEventModel::tr("Issue");
    if (action == QLatin1String("certificate.renew"))
        return AuditEventModel::tr("Renewal");
    if (action == QLatin1String("certificate.revoke"))
        return AuditEventModel::tr("Revocation");
    if (action == QLatin1String("issuer.add"))
        return AuditEventModel::tr("Issuer set up");
    if (action == QLatin1String("issuer.crl"))
        return AuditEventModel::tr("CRL published");
    if (action == QLatin1String("discovery.scan"))
        return AuditEventModel::tr("Discovery scan");
    if (action == QLatin1String("discovery.claim"))
        return AuditEventModel::tr("Claimed");
    if (action == QLatin1String("discovery.dismiss"))
        return AuditEventModel::tr("Dismissed");
    if (action == QLatin1String("discovery.restore"))
        return AuditEventModel::tr("Restored");
    if (action == QLatin1String("discovery.undo"))
        return AuditEventModel::tr("Triage undone");
    if (action == QLatin1String("discovery.network_scan"))
        return AuditEventModel::tr("Network scan");
    if (action == QLatin1String("scan_target.add"))
        return AuditEventModel::tr("Scan target added");
    if (action == QLatin1String("scan_target.edit"))
        return AuditEventModel::tr("Scan target changed");
    if (action == QLatin1String("scan_target.remove"))
        return AuditEventModel::tr("Scan target removed");
    return action;
}

namespace {
QString objectDisplayName(const QString &type)
{
    if (type == QLatin1String("certificate"))
        return AuditEventModel::tr("Certificate %1");
    if (type == QLatin1String("issuer"))
        return AuditEventModel::tr("Issuer %1");
    if (type == QLatin1String("discovered_certificate"))
        return AuditEventModel::tr("Discovered certificate %1");
    if (type == QLatin1String("discovery_scan"))
        return AuditEventModel::tr("Discovery scan %1");
    if (type == QLatin1String("scan_target"))
        return AuditEventModel::tr("Scan target %1");
    return type + QStringLiteral(" %1");
}
} // namespace

AuditEventModel::AuditEventModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditEventModel::setEvents(QList<domain::AuditEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int AuditEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &e = m_events.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == RawValueRole && index.column() == When)
        return e.at;
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case Actor:
        return QString(e.actor + u'@' + e.host);
    case Action:
        return auditActionDisplayName(e.action);
    case Object:
        return objectDisplayName(e.objectType).arg(e.objectId);
    case Details:
        return e.details;
    }
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Actor:
        return tr("Who");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Details:
        return tr("Details");
    }
    return {};
}

} // namespace certdesk::item
