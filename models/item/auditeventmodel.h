// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/auditevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdesk::item {

/// The audit log as a read-only table, newest first as loaded.
class AuditEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEventModel)

public:
    enum Column { When, Actor, Action, Object, Details, ColumnCount };

    explicit AuditEventModel(QObject *parent = nullptr);
    void setEvents(QList<domain::AuditEvent> events);
    const domain::AuditEvent &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::AuditEvent> m_events;
};

/// Translated, readable name of an audit action identifier ("certificate.import" -> "Import").
QString auditActionDisplayName(const QString &action);

} // namespace certdesk::item
