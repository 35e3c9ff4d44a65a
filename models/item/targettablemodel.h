// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/deployment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace certdesk::item {

/// The deployment targets as a table: name, type, enabled, and when and how the last deployment
/// went. A thin view over value snapshots (it never reads the database); rows are matched by target
/// id so a refresh of the same targets keeps the views' selection. Columns sort on RawValueRole.
class TargetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetTableModel)

public:
    enum Column { Name, Type, Enabled, LastDeployed, LastStatus, ColumnCount };

    explicit TargetTableModel(QObject *parent = nullptr);
    /// Readable names of the target types ("apache" -> "Apache httpd"); unknown types show as is.
    void setTypeNames(const QHash<QString, QString> &names);
    void setTargets(const QList<domain::DeploymentTarget> &targets);
    const domain::DeploymentTarget &targetAt(int row) const { return m_targets.at(row); }
    int rowOfName(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString typeName(const QString &type) const { return m_typeNames.value(type, type); }

    QList<domain::DeploymentTarget> m_targets;
    QHash<QString, QString> m_typeNames;
};

} // namespace certdesk::item
