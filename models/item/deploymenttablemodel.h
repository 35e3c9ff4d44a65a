// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/deployment.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdesk::item {

/// Deployment history as a table: when, which certificate to which target, the SHA-256 fingerprint
/// of what was installed, the result and the first line of the output (all of it in the tool tip
/// and in outputAt()). A thin view over value snapshots; columns sort on RawValueRole.
class DeploymentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentTableModel)

public:
    /// Action is empty: the place where a view puts a row's buttons (Re-deploy).
    enum Column { When, Certificate, Target, Result, Action, Fingerprint, Output, ColumnCount };

    explicit DeploymentTableModel(QObject *parent = nullptr);
    void setDeployments(const QList<domain::DeploymentRecord> &deployments);
    const domain::DeploymentRecord &deploymentAt(int row) const { return m_deployments.at(row); }
    const QList<domain::DeploymentRecord> &deployments() const { return m_deployments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::DeploymentRecord> m_deployments;
};

/// Translated name of a deployment status ("succeeded" -> "Succeeded"); unknown ones show as is.
QString deploymentStatusDisplayName(const QString &status);
/// Whether a deployment status is a failure, for colouring.
bool isFailedDeploymentStatus(const QString &status);

} // namespace certdesk::item
