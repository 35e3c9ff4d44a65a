// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/targettablemodel.h"

#include "models/item/deploymenttablemodel.h"
#include "models/item/roles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace certdesk::item {

TargetTableModel::TargetTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TargetTableModel::setTypeNames(const QHash<QString, QString> &names)
{
    m_typeNames = names;
    if (!m_targets.isEmpty())
        Q_EMIT dataChanged(index(0, Type), index(int(m_targets.size()) - 1, Type));
}

void TargetTableModel::setTargets(const QList<domain::DeploymentTarget> &targets)
{
    // The same targets in the same order (an enable/disable, a finished deployment): update in place.
    bool sameRows = targets.size() == m_targets.size();
    for (int i = 0; sameRows && i < targets.size(); ++i)
        sameRows = targets[i].id == m_targets[i].id;
    if (sameRows) {
        m_targets = targets;
        if (!m_targets.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_targets.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_targets = targets;
    endResetModel();
}

int TargetTableModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_targets.size(); ++i)
        if (m_targets[i].name == name)
            return i;
    return -1;
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &t = m_targets.at(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case Qt::ForegroundRole:
        if (index.column() == LastStatus && isFailedDeploymentStatus(t.lastStatus))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (!t.enabled)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Type)
            return t.type;
        if (index.column() == Enabled && !t.enabled)
            return tr("Disabled: no deployments, not even after a renewal");
        return {};
    case RawValueRole:
        switch (index.column()) {
        case Name:
            return t.name.toLower();
        case Type:
            return typeName(t.type).toLower();
        case Enabled:
            return t.enabled;
        case LastDeployed:
            return t.lastDeployedAt;
        case LastStatus:
            return t.lastStatus;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return t.name;
        case Type:
            return typeName(t.type);
        case Enabled:
            return t.enabled ? tr("Yes") : tr("No");
        case LastDeployed:
            return t.lastDeployedAt.isValid()
                       ? QLocale().toString(t.lastDeployedAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("never");
        case LastStatus:
            return deploymentStatusDisplayName(t.lastStatus);
        }
        return {};
    default:
        return {};
    }
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Enabled:
        return tr("Enabled");
    case LastDeployed:
        return tr("Last deployment");
    case LastStatus:
        return tr("Result");
    }
    return {};
}

} // namespace certdesk::item
