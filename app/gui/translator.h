// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace certdesk::gui {

/// Installs CertDesk's and Qt's translations for `language` ("" = the system locale). English
/// needs none; an unknown language falls back to English.
void installTranslations(QApplication &app, const QString &language);

} // namespace certdesk::gui
