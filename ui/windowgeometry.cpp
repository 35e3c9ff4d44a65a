// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/windowgeometry.h"

#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace certdesk::ui {

void fitIntoAvailableScreen(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is outside geometry(); before the window is shown its size is
    // not known yet, so leave room for a usual one.
    const QSize frameExtra =
        window->isVisible() ? window->frameGeometry().size() - window->geometry().size() : QSize(0, 0);
    const QSize room = (available.size() - frameExtra).expandedTo(window->minimumSize());
    const QSize size = window->size().boundedTo(room);
    if (size != window->size())
        window->resize(size);
    const QRect frame = window->frameGeometry();
    const int x = std::clamp(frame.left(), available.left(),
                             std::max(available.left(), available.right() - frame.width() + 1));
    const int y = std::clamp(frame.top(), available.top(),
                             std::max(available.top(), available.bottom() - frame.height() + 1));
    if (x != frame.left() || y != frame.top())
        window->move(x, y);
}

} // namespace certdesk::ui
