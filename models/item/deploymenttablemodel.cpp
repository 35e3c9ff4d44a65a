// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/deploymenttablemodel.h"

#include "models/domain/certificatedetails.h"
#include "models/item/roles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace certdesk::item {

namespace {
/// The first 8 bytes of a hex fingerprint, colon separated, enough to tell versions apart.
QString shortFingerprint(const QString &sha256)
{
    if (sha256.size() <= 16)
        return domain::colonHex(sha256);
    return domain::colonHex(sha256.left(16)) + QChar(0x2026);
}
} // namespace

QString deploymentStatusDisplayName(const QString &status)
{
    if (status.isEmpty())
        return {};
    if (status == QLatin1String(domain::DeploymentStatus::Pending))
        return DeploymentTableModel::tr("Pending");
    if (status == QLatin1String(domain::DeploymentStatus::Running))
        return DeploymentTableModel::tr("Running");
    if (status == QLatin1String(domain::DeploymentStatus::Succeeded))
        return DeploymentTableModel::tr("Succeeded");
    if (status == QLatin1String(domain::DeploymentStatus::Unchanged))
        return DeploymentTableModel::tr("Unchanged (already deployed)");
    if (status == QLatin1String(domain::DeploymentStatus::Failed))
        return DeploymentTableModel::tr("Failed");
    return status;
}

bool isFailedDeploymentStatus(const QString &status)
{
    return status == QLatin1String(domain::DeploymentStatus::Failed);
}

DeploymentTableModel::DeploymentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DeploymentTableModel::setDeployments(const QList<domain::DeploymentRecord> &deployments)
{
    beginResetModel();
    m_deployments = deployments;
    endResetModel();
}

int DeploymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deployments.size());
}

int DeploymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &d = m_deployments.at(index.row());
    switch (role) {
    case IdRole:
        return d.id;
    case Qt::ForegroundRole:
        if (index.column() == Result && isFailedDeploymentStatus(d.status))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case When:
            return d.finishedAt.isValid()
                       ? tr("Started %1, finished %2")
                             .arg(QLocale().toString(d.startedAt.toLocalTime(), QLocale::LongFormat),
                                  QLocale().toString(d.finishedAt.toLocalTime(), QLocale::LongFormat))
                       : QVariant();
        case Fingerprint:
            return domain::colonHex(d.sha256);
        case Output:
            return d.output.size() > 2000 ? d.output.left(2000) + QChar(0x2026) : d.output;
        case Result:
            return d.jobId ? tr("Job %1").arg(d.jobId) : QVariant();
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case When:
            return d.startedAt;
        case Certificate:
            return d.certificateName.toLower();
        case Target:
            return d.targetName.toLower();
        case Fingerprint:
            return d.sha256;
        case Result:
            return d.status;
        case Output:
            return d.output;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(d.startedAt.toLocalTime(), QLocale::ShortFormat);
        case Certificate:
            return d.certificateName;
        case Target:
            return d.targetName;
        case Fingerprint:
            return shortFingerprint(d.sha256);
        case Result:
            return deploymentStatusDisplayName(d.status);
        case Output:
            return d.output.section(u'\n', 0, 0, QString::SectionSkipEmpty);
        }
        return {};
    default:
        return {};
    }
}

QVariant DeploymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Certificate:
        return tr("Certificate");
    case Target:
        return tr("Target");
    case Fingerprint:
        return tr("SHA-256");
    case Result:
        return tr("Result");
    case Output:
        return tr("Output");
    }
    return {};
}

} // namespace certdesk::item
