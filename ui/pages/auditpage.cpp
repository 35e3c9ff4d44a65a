// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/auditpage.h"

#include "models/item/auditeventmodel.h"
#include "models/item/roles.h"
#include "ui/inventorycontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {
constexpr int ShownEvents = 5000;
}

AuditPage::AuditPage(InventoryController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_model(new item::AuditEventModel(this)),
      m_filter(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortRole(item::RawValueRole);
    m_search->setPlaceholderText(tr("Search who, action, object, details"));
    m_search->setClearButtonEnabled(true);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(item::AuditEventModel::When, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(item::AuditEventModel::When, 150);
    m_table->setColumnWidth(item::AuditEventModel::Actor, 180);
    m_table->setColumnWidth(item::AuditEventModel::Action, 150);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(refresh, &QPushButton::clicked, this, [this] { m_controller->loadAuditLog(ShownEvents); });
    connect(m_controller, &InventoryController::auditLogLoaded, m_model, &item::AuditEventModel::setEvents);
    connect(m_controller, &InventoryController::inventoryChanged, this, [this] {
        if (isVisible())
            m_controller->loadAuditLog(ShownEvents);
    });
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_controller->loadAuditLog(ShownEvents);
}

} // namespace certdesk::ui
