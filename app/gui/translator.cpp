// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/translator.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace certdesk::gui {
namespace {

/// Looks every message up by its source text in the catalogue's one context, whatever context it
/// is asked for (installed first, so that the exact catalogues are asked before it).
class AnyContextTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *, const char *sourceText, const char *disambiguation, int n) const override
    {
        return QTranslator::translate("certdesk-any", sourceText, disambiguation, n);
    }
};

void install(QTranslator *translator, const QLocale &locale, const QString &name, const QString &directory)
{
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        QApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void installTranslations(QApplication &app, const QString &language, const QString &directory)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // The translator installed last is asked first.
    install(new AnyContextTranslator(&app), locale, QStringLiteral("certdesk-any"), directory);
    install(new QTranslator(&app), locale, QStringLiteral("certdesk"), directory);
    install(new QTranslator(&app), locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace certdesk::gui
