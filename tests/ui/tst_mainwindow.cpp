// SPDX-License-Identifier: GPL-3.0-or-later
// The navigation shell: a database that cannot be opened is reported and left untouched, pages are
// reachable from the side bar and View menu shortcuts, the audit page lists what happened, and the
// settings page switches to another database and stores the language choice.
#include "app/core/datakeysource.h"
#include "models/item/auditeventmodel.h"
#include "scriptedprompter.h"
#include "tests/support/testcertificates.h"
#include "ui/mainwindow.h"
#include "ui/pages/auditpage.h"
#include "ui/pages/inventorypage.h"
#include "ui/pages/settingspage.h"
#include "ui/uisettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace certdesk;

class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    testsupport::ScriptedPrompter *m_prompter = nullptr;

    std::unique_ptr<ui::MainWindow> makeWindow()
    {
        auto prompter = std::make_unique<testsupport::ScriptedPrompter>();
        m_prompter = prompter.get();
        const auto keyFile = testsupport::writeFile(m_dir.path(), QStringLiteral("master.txt"), "pw\n");
        auto window = std::make_unique<ui::MainWindow>(std::move(prompter), [keyFile] {
            return std::make_unique<core::PassphraseKeySource>(keyFile, 1000);
        });
        window->show();
        return window;
    }

    static bool open(ui::MainWindow &window, const QString &path)
    {
        QSignalSpy opened(&window, &ui::MainWindow::databaseOpened);
        window.openDatabase(store::ConnectionSpec::sqlite(path));
        return opened.wait(10000) && opened.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-mainwindow-test"));
    }

    void garbageDatabaseIsReportedAndLeftAlone()
    {
        auto window = makeWindow();
        const QByteArray garbage(4096, 'x');
        const auto path = testsupport::writeFile(m_dir.path(), QStringLiteral("garbage.sqlite"), garbage);
        QVERIFY(!open(*window, path));
        QCOMPARE(m_prompter->errors.size(), 1);
        QVERIFY2(m_prompter->errors.first().message.contains(QLatin1String("garbage.sqlite")),
                 qPrintable(m_prompter->errors.first().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("databaseLabel"))
                    ->text()
                    .contains(QLatin1String("No inventory")));
    }

    void sizeRememberedOnALargerScreenIsFittedIntoThisOne()
    {
        QWidget large;
        large.setGeometry(50, 40, 3000, 2000); // as saved on a large monitor
        ui::UiSettings::setWindowState(QStringLiteral("mainGeometry"), large.saveGeometry());
        auto window = makeWindow();
        const QRect available = window->screen()->availableGeometry();
        QVERIFY2(available.width() < 3000 && available.height() < 2000,
                 "the test screen is expected to be smaller");
        // Fitted once the frame is known; no smaller than the window's minimum size.
        QTRY_VERIFY_WITH_TIMEOUT(window->frameGeometry().height() <= available.height(), 5000);
        const QSize frame = window->frameGeometry().size() - window->geometry().size();
        QVERIFY(window->width() <= std::max(available.width() - frame.width(), window->minimumWidth()));
        QVERIFY(available.contains(window->frameGeometry().topLeft()));
        ui::UiSettings::setWindowState(QStringLiteral("mainGeometry"), {});
    }

    void navigatesAndShowsTheAuditLog()
    {
        auto window = makeWindow();
        QVERIFY(open(*window, m_dir.filePath(QStringLiteral("nav.sqlite"))));
        auto *pages = window->findChild<QStackedWidget *>();
        QCOMPARE(pages->currentWidget(), window->inventoryPage());
        QTest::keyClick(window.get(), Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget(), window->auditPage());
        auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        nav->setCurrentRow(window->pageIndex(window->settingsPage()));
        QCOMPARE(pages->currentWidget(), window->settingsPage());
        QCOMPARE(nav->count(), pages->count()); // only the pages that exist

        const auto ca = testsupport::makeSelfSignedCa(QStringLiteral("Audited CA"));
        window->inventoryPage()->importFiles({testsupport::writeFile(
            m_dir.path(), QStringLiteral("audited.pem"), testsupport::toPem(ca.der))});
        QTRY_COMPARE_WITH_TIMEOUT(window->inventoryPage()->table()->model()->rowCount(), 1, 10000);
        window->showPage(window->pageIndex(window->auditPage()));
        auto *model = window->auditPage()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QCOMPARE(model->eventAt(0).action, QStringLiteral("certificate.import"));
        QVERIFY(model->eventAt(0).details.contains(QLatin1String("audited.pem")));
    }

    void settingsSwitchDatabaseAndStoreLanguage()
    {
        auto window = makeWindow();
        QVERIFY(open(*window, m_dir.filePath(QStringLiteral("first.sqlite"))));
        auto *settings = window->settingsPage();
        settings->findChild<QRadioButton *>()->setChecked(true); // SQLite
        settings->findChild<QLineEdit *>(QStringLiteral("sqlitePathEdit"))
            ->setText(m_dir.filePath(QStringLiteral("second.sqlite")));
        QSignalSpy opened(window.get(), &ui::MainWindow::databaseOpened);
        settings->findChild<QPushButton *>(QStringLiteral("openDatabaseButton"))->click();
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.first().first().toBool());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("second.sqlite"))));
        QCOMPARE(ui::UiSettings::databasePath(), m_dir.filePath(QStringLiteral("second.sqlite")));
        QVERIFY(window->windowTitle().contains(QLatin1String("second.sqlite")));

        auto *language = settings->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QCOMPARE(ui::UiSettings::language(), QStringLiteral("de"));
        language->setCurrentIndex(0);
        QCOMPARE(ui::UiSettings::language(), QString());

        // A PostgreSQL URL that is not one is refused before anything is tried.
        settings->findChildren<QRadioButton *>().at(1)->setChecked(true);
        settings->findChild<QLineEdit *>(QStringLiteral("postgresUrlEdit"))
            ->setText(QStringLiteral("http://x"));
        settings->findChild<QPushButton *>(QStringLiteral("openDatabaseButton"))->click();
        QCOMPARE(m_prompter->errors.size(), 1);
        QVERIFY(settings->findChild<QPushButton *>(QStringLiteral("openDatabaseButton"))->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
