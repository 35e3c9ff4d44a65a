// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace certdesk::item {
class AuditEventModel;
}

namespace certdesk::ui {

class InventoryController;

/// The audit log: who changed what and when, newest first, with a search box.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(InventoryController *controller, QWidget *parent = nullptr);
    item::AuditEventModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    InventoryController *m_controller;
    item::AuditEventModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
};

} // namespace certdesk::ui
