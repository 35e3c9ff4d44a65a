// SPDX-License-Identifier: GPL-3.0-or-later
// Anchor for the static resources library: the icons themselves are compiled in by qt_add_resources.
namespace certdesk::resources {
int anchor = 0;
}
