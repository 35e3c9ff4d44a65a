// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/discovery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace certdesk::item {

/// The triage table: one row per discovered certificate (a value snapshot; the model never
/// touches the store). Sorting uses RawValueRole; IdRole gives the discovery id.
class DiscoveryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryTableModel)

public:
    enum Column {
        Status,
        CommonName,
        Subject,
        Issuer,
        Expires,
        DaysLeft,
        Key,
        Signature,
        Locations,
        Source,
        FirstSeen,
        ColumnCount
    };

    explicit DiscoveryTableModel(QObject *parent = nullptr);

    /// Replaces all rows; `now` fixes the days-left column.
    void setCertificates(QList<domain::DiscoveredCertificate> certificates, const QDateTime &now);
    const domain::DiscoveredCertificate &certificateAt(int row) const { return m_rows.at(row); }
    /// The row of a discovery id, or -1.
    int rowOf(qint64 id) const;
    const QDateTime &now() const { return m_now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "New", "Claimed", "Dismissed", translated.
    static QString statusName(domain::TriageStatus status);
    /// "Filesystem, Network", translated.
    static QString sourceNames(int sources);

private:
    QList<domain::DiscoveredCertificate> m_rows;
    QDateTime m_now;
};

} // namespace certdesk::item
