// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/databaselocation.h"
#include "app/core/datakeysource.h"
#include "app/gui/translator.h"
#include "ui/mainwindow.h"
#include "ui/pages/inventorypage.h"
#include "ui/prompter.h"
#include "ui/uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("certdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CertDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.certdesk.CertDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/certdesk.svg")));
    certdesk::gui::installTranslations(app, certdesk::ui::UiSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("certdesk", "CertDesk certificate console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("certdesk", "Open this SQLite inventory."),
                                QStringLiteral("PATH"));
    const QCommandLineOption pg(QStringLiteral("pg"),
                                QApplication::translate("certdesk", "Open this PostgreSQL inventory (URL)."),
                                QStringLiteral("URL"));
    parser.addOptions({db, pg});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("certdesk", "Certificate files to import."), QStringLiteral("[FILE...]"));
    parser.process(app);

    certdesk::ui::MainWindow window(std::make_unique<certdesk::ui::DialogPrompter>(),
                                    &certdesk::core::dataKeySourceFromEnvironment);
    window.show();

    // Command line first, then the console's own choice, then the environment and the default file.
    const QString sqlitePath = parser.isSet(db) ? parser.value(db)
                               : parser.isSet(pg) ? QString()
                                                  : certdesk::ui::UiSettings::databasePath();
    const QString postgresUrl = parser.isSet(pg) ? parser.value(pg)
                                : parser.isSet(db) ? QString()
                                                   : certdesk::ui::UiSettings::databaseUrl();
    auto spec = certdesk::core::resolveDatabase(sqlitePath, postgresUrl);
    if (!spec) {
        window.prompter()->showError(&window, QApplication::translate("certdesk", "Opening the inventory failed"),
                                     spec.error());
    } else {
        const QStringList files = parser.positionalArguments();
        window.openDatabase(*spec, [&window, files] { window.inventoryPage()->importFiles(files); });
    }
    return app.exec();
}
