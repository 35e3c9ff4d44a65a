// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QTableView;

namespace certdesk::ui {

/// Sets a table up the way every record list of the console behaves: sortable, whole-row extended
/// selection, alternating compact rows without a row header, movable columns, the last one
/// stretched, and the table's own actions as its context menu.
void setUpRecordTable(QTableView *table, QAbstractItemModel *model);

} // namespace certdesk::ui
