// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/jobtablemodel.h"

#include "models/item/roles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace certdesk::item {

QString jobStatusDisplayName(domain::JobStatus status)
{
    switch (status) {
    case domain::JobStatus::Queued:
        return JobTableModel::tr("Queued");
    case domain::JobStatus::Running:
        return JobTableModel::tr("Running");
    case domain::JobStatus::Succeeded:
        return JobTableModel::tr("Done");
    case domain::JobStatus::Failed:
        return JobTableModel::tr("Failed");
    case domain::JobStatus::Cancelled:
        return JobTableModel::tr("Cancelled");
    case domain::JobStatus::CancelRequested:
        return JobTableModel::tr("Cancelling");
    }
    return {};
}

QString jobKindDisplayName(const QString &kind)
{
    if (kind == QLatin1String("certificate.issue"))
        return JobTableModel::tr("Issue certificate");
    if (kind == QLatin1String("certificate.renew"))
        return JobTableModel::tr("Renew certificate");
    if (kind == QLatin1String("certificate.deploy"))
        return JobTableModel::tr("Deploy certificate");
    if (kind == QLatin1String("notify"))
        return JobTableModel::tr("Send alert");
    return kind;
}

JobTableModel::JobTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int JobTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_jobs.size(); ++i)
        if (m_jobs[i].id == id)
            return i;
    return -1;
}

void JobTableModel::setJobs(const QList<domain::Job> &jobs)
{
    // Same jobs in the same order (the common case while jobs run): update in place.
    bool sameRows = jobs.size() == m_jobs.size();
    for (int i = 0; sameRows && i < jobs.size(); ++i)
        sameRows = jobs[i].id == m_jobs[i].id;
    if (sameRows) {
        m_jobs = jobs;
        if (!m_jobs.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &job = m_jobs.at(index.row());
    const int percent = job.progressTotal > 0 ? int(job.progressDone * 100 / job.progressTotal) : -1;
    if (role == IdRole)
        return job.id;
    if (role == ProgressPercentRole)
        return job.status == domain::JobStatus::Succeeded ? 100 : percent;
    if (role == Qt::ForegroundRole && index.column() == Status && job.status == domain::JobStatus::Failed)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && index.column() == Message)
        return job.error.isEmpty() ? job.message : job.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return jobKindDisplayName(job.kind);
    case Status:
        return jobStatusDisplayName(job.status);
    case Progress:
        return percent < 0 ? QString() : QStringLiteral("%1%").arg(percent);
    case Attempts:
        return QStringLiteral("%1/%2").arg(job.attempts).arg(job.maxAttempts);
    case Message:
        return job.error.isEmpty() ? job.message : job.error;
    case Created:
        return QLocale().toString(job.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Updated:
        return QLocale().toString(job.updatedAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Job");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Attempts:
        return tr("Attempts");
    case Message:
        return tr("Message");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace certdesk::item
