// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace certdesk::ui {

/// Shrinks and moves a top-level window so that it lies inside the available area of the screen it
/// is on: a size remembered on a large monitor, or the default size, must not open a window whose
/// edges and buttons are off a small laptop screen. A maximised or full-screen window is left alone.
void fitIntoAvailableScreen(QWidget *window);

} // namespace certdesk::ui
