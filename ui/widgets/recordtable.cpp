// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/recordtable.h"

#include <QHeaderView>
#include <QTableView>

namespace certdesk::ui {

void setUpRecordTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace certdesk::ui
