// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/job.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdesk::item {

/// The job queue as a table: what, status, progress, attempts, message, times. Refreshed from
/// snapshots; rows are matched by job id so a refresh keeps the selection.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)

public:
    enum Column { Kind, Status, Progress, Attempts, Message, Created, Updated, ColumnCount };

    explicit JobTableModel(QObject *parent = nullptr);
    /// Replaces the rows; rows of the same jobs are updated in place (dataChanged), others are
    /// inserted or removed, so views keep their selection.
    void setJobs(const QList<domain::Job> &jobs);
    const domain::Job &jobAt(int row) const { return m_jobs.at(row); }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::Job> m_jobs;
};

/// Translated name of a job status and of a job kind.
QString jobStatusDisplayName(domain::JobStatus status);
QString jobKindDisplayName(const QString &kind);

} // namespace certdesk::item
