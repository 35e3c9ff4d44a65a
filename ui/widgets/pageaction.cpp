// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/pageaction.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace certdesk::ui {

QAction *makePageAction(QWidget *page, const QString &text, const QString &tip, const QKeySequence &shortcut,
                        const char *objectName, std::function<void()> triggered)
{
    auto *action = new QAction(text, page);
    action->setToolTip(shortcut.isEmpty() ? tip
                                          : QCoreApplication::translate("certdesk", "%1 (%2)")
                                                .arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setObjectName(QLatin1String(objectName));
    QObject::connect(action, &QAction::triggered, page, [triggered = std::move(triggered)] { triggered(); });
    return action;
}

} // namespace certdesk::ui
