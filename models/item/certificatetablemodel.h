// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificate.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace certdesk::item {

/// The inventory table: one row per managed certificate, built from CertificateSummary snapshots.
/// Sorting happens here (on precomputed keys) rather than in a proxy, so that a filter keystroke
/// over 100,000 rows only re-filters and never re-sorts.
class CertificateTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateTableModel)

public:
    enum Column { CommonName, Status, DaysLeft, Expires, Sans, Issuer, Owner, Tags, ColumnCount };

    explicit CertificateTableModel(QObject *parent = nullptr);

    /// Replaces every row (one model reset). `now` fixes the status and days-left columns.
    void setCertificates(QList<domain::CertificateSummary> certificates, const QDateTime &now,
                         int expiringDays = domain::DefaultExpiringDays);
    const domain::CertificateSummary &certificateAt(int row) const { return m_rows.at(row).summary; }
    domain::CertificateStatus statusAt(int row) const { return m_rows.at(row).status; }
    /// Lowercase text of every searchable column of a row, for the filter.
    const QString &searchTextAt(int row) const { return m_rows.at(row).searchText; }
    /// The row holding the certificate with this id, or -1.
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        domain::CertificateSummary summary;
        domain::CertificateStatus status;
        qint64 daysLeft;
        qint64 expiresAt; ///< notAfter as epoch seconds, the sort key
        QString sansText;
        QString tagsText;
        QString searchText;
    };
    void sortRows();

    QList<Row> m_rows;
    int m_sortColumn = Expires;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

/// Translated display name of a status.
QString statusDisplayName(domain::CertificateStatus status);

} // namespace certdesk::item
