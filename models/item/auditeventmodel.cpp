// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/auditeventmodel.h"

#include "models/item/roles.h"

#include <QLocale>

namespace certdesk::item {

namespace {
struct DisplayName
{
    QString key;
    const char *text; ///< untranslated; AuditEventModel::tr at display time
};

QString lookUp(const QList<DisplayName> &names, const QString &key, const QString &fallback)
{
    for (const auto &name : names)
        if (name.key == key)
            return AuditEventModel::tr(name.text);
    return fallback;
}
} // namespace

QString auditActionDisplayName(const QString &action)
{
    static const QList<DisplayName> names{
        {QStringLiteral("certificate.import"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Import")},
        {QStringLiteral("certificate.key_import"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Private key import")},
        {QStringLiteral("certificate.edit"), QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Edit")},
        {QStringLiteral("certificate.delete"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Delete")},
        {QStringLiteral("certificate.export"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Export")},
        {QStringLiteral("certificate.export_key"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Private key export")},
        {QStringLiteral("certificate.issue"), QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Issue")},
        {QStringLiteral("certificate.renew"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Renewal")},
        {QStringLiteral("certificate.revoke"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Revocation")},
        {QStringLiteral("issuer.add"), QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Issuer set up")},
        {QStringLiteral("issuer.crl"), QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "CRL published")},
        {QStringLiteral("discovery.scan"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Discovery scan")},
        {QStringLiteral("discovery.claim"), QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Claimed")},
        {QStringLiteral("discovery.dismiss"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Dismissed")},
        {QStringLiteral("discovery.restore"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Restored")},
        {QStringLiteral("discovery.undo"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Triage undone")},
        {QStringLiteral("discovery.network_scan"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Network scan")},
        {QStringLiteral("scan_target.add"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Scan target added")},
        {QStringLiteral("scan_target.edit"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Scan target changed")},
        {QStringLiteral("scan_target.remove"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Scan target removed")},
        {QStringLiteral("target.add"), QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Target added")},
        {QStringLiteral("target.edit"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Target changed")},
        {QStringLiteral("target.remove"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Target removed")},
        {QStringLiteral("target.test"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Target tested")},
        {QStringLiteral("target.bind"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Bound to target")},
        {QStringLiteral("target.unbind"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Unbound from target")},
        {QStringLiteral("certificate.deploy"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Certificate deployed")},
        {QStringLiteral("channel.add"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Alert channel added")},
        {QStringLiteral("channel.edit"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Alert channel changed")},
        {QStringLiteral("channel.remove"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Alert channel removed")},
        {QStringLiteral("channel.test"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Alert channel tested")},
        {QStringLiteral("alerts.settings"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Alert settings changed")},
        {QStringLiteral("digest.send"), QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Digest sent")},
    };
    return lookUp(names, action, action);
}

namespace {
QString objectDisplayName(const QString &type)
{
    static const QList<DisplayName> names{
        {QStringLiteral("certificate"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Certificate %1")},
        {QStringLiteral("issuer"), QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Issuer %1")},
        {QStringLiteral("discovered_certificate"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Discovered certificate %1")},
        {QStringLiteral("discovery_scan"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Discovery scan %1")},
        {QStringLiteral("scan_target"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Scan target %1")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Target %1")},
        {QStringLiteral("alert_channel"),
         QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Alert channel %1")},
        {QStringLiteral("alert"), QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Alert %1")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("certdesk::item::AuditEventModel", "Setting %1")},
    };
    return lookUp(names, type, type + QStringLiteral(" %1"));
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
