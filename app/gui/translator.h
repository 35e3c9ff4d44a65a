// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace certdesk::gui {

/// Installs CertDesk's and Qt's translations for `language` ("" = the system locale) from the
/// compiled catalogues in `directory` (the console embeds them under :/i18n). English needs none;
/// an unknown language falls back to English.
///
/// Besides certdesk_<lang>.qm, whose messages are filed under the class or namespace that calls
/// tr(), it installs certdesk-any_<lang>.qm, the same messages in one context, which answers a
/// lookup by its source text when its context is another one (the core's and connectors' tr()
/// helpers translate with a fixed context, which lupdate cannot know).
void installTranslations(QApplication &app, const QString &language,
                         const QString &directory = QStringLiteral(":/i18n"));

} // namespace certdesk::gui
