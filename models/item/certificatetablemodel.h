// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificate.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace certdesk::item {

/// One inventory row with everything the table and its filter need precomputed.
struct CertificateRow
{
    domain::CertificateSummary summary;
    domain::CertificateStatus status = domain::CertificateStatus::Valid;
    qint64 daysLeft = 0;
    qint64 expiresAt = 0; ///< notAfter as epoch seconds, the sort key
    QString sansText;
    QString tagsText;
    qsizetype searchOffset = 0; ///< where the row's search text starts in the search blob
    qsizetype searchLength = 0;
};

/// Rows built and sorted away from the GUI thread, ready to be swapped into the model.
struct CertificateRows
{
    QList<CertificateRow> rows;
    QByteArray searchBlob; ///< the rows' search texts, in row order, each followed by a NUL
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

/// The inventory table: one row per managed certificate, built from CertificateSummary snapshots.
/// Sorting happens here (on precomputed keys) rather than in a proxy, so that a filter keystroke
/// over 100,000 rows only re-filters and never re-sorts. The expensive part of loading (status,
/// search text, sort) is prepareRows(), a pure function meant for a worker thread.
class CertificateTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateTableModel)

public:
    enum Column { CommonName, Status, DaysLeft, Expires, Sans, Issuer, Owner, Tags, ColumnCount };

    explicit CertificateTableModel(QObject *parent = nullptr);

    /// Builds and sorts rows; thread-safe, touches no model. `now` fixes status and days left.
    static CertificateRows prepareRows(QList<domain::CertificateSummary> certificates, const QDateTime &now,
                                       int expiringDays, int sortColumn, Qt::SortOrder order);
    /// Replaces every row (one model reset); re-sorts only if the model's sort changed meanwhile.
    void setRows(CertificateRows rows);
    /// prepareRows() + setRows() on the calling thread, in the model's current sort order.
    void setCertificates(QList<domain::CertificateSummary> certificates, const QDateTime &now,
                         int expiringDays = domain::DefaultExpiringDays);

    const domain::CertificateSummary &certificateAt(int row) const { return m_rows.at(row).summary; }
    domain::CertificateStatus statusAt(int row) const { return m_rows.at(row).status; }
    qint64 daysLeftAt(int row) const { return m_rows.at(row).daysLeft; }
    /// notAfter as epoch seconds.
    qint64 expiresAtSecs(int row) const { return m_rows.at(row).expiresAt; }
    /// The lowercase UTF-8 text of every searchable column of every row, concatenated in row order
    /// with a NUL after each row: the filter scans it in one sequential pass per search word.
    const QByteArray &searchBlob() const { return m_searchBlob; }
    /// The row whose search text holds the blob position `offset`.
    int rowAtSearchOffset(qsizetype offset) const;
    /// Where the row's search text ends in the blob (its NUL).
    qsizetype searchEndAt(int row) const { return m_rows.at(row).searchOffset + m_rows.at(row).searchLength; }
    /// The row holding the certificate with this id, or -1.
    int rowOfId(qint64 id) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QList<CertificateRow> m_rows;
    QByteArray m_searchBlob;
    int m_sortColumn = Expires;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

/// Translated display name of a status.
QString statusDisplayName(domain::CertificateStatus status);

} // namespace certdesk::item
