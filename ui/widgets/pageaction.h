// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace certdesk::ui {

/// An action of a page's toolbar and context menu, owned by `page`: its tooltip `tip` names the
/// shortcut, the shortcut works only while the page has the focus (other pages use some of the same
/// keys), `objectName` names it for tests, and `triggered` runs when it is triggered.
QAction *makePageAction(QWidget *page, const QString &text, const QString &tip, const QKeySequence &shortcut,
                        const char *objectName, std::function<void()> triggered);

} // namespace certdesk::ui
