// SPDX-License-Identifier: GPL-3.0-or-later
// The Scan targets page and its edit dialog driven through their widgets on a real SQLite
// inventory: a target is added (the dialog refuses bad fields with the engine's messages), scanned
// now against a real TLS server on 127.0.0.1 started by the test, its figures shown, the found
// certificates listed on the Discovery page, then disabled and deleted.
#include "app/core/datakeysource.h"
#include "models/item/discoverytablemodel.h"
#include "tests/discovery/network/tlstestserver.h"
#include "tests/support/testcertificates.h"
#include "tests/ui/scriptedprompter.h"
#include "ui/dialogs/scantargetdialog.h"
#include "ui/mainwindow.h"
#include "ui/networkscancontroller.h"
#include "ui/pages/scantargetspage.h"
#include "ui/pages/triagepage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;

class TestScanTargetsPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    testsupport::TestCa m_ca = testsupport::makeSelfSignedCa(QStringLiteral("Page Scan CA"));
    testsupport::TestCertificate m_leaf = testsupport::makeLeaf(m_ca, QStringLiteral("page.scan.test"));
    std::unique_ptr<testsupport::TlsTestServer> m_server;
    testsupport::ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::ScanTargetsPage *page() const { return m_window->scanTargetsPage(); }
    QTreeWidget *tree() const { return page()->targetTree(); }

    void triggerAndWaitForList(QAction *action)
    {
        QSignalSpy shown(page(), &ui::ScanTargetsPage::targetsShown);
        action->trigger();
        QVERIFY(shown.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-scantargets-test"));
        testsupport::writeFile(m_dir.path(), QStringLiteral("master.txt"), "scan page passphrase\n");
        testsupport::TlsTestServerConfig config;
        config.identity = testsupport::ServerIdentity{m_leaf.der, m_leaf.keyPkcs8.bytes(), {m_ca.der}};
        m_server = std::make_unique<testsupport::TlsTestServer>(config);

        auto prompter = std::make_unique<testsupport::ScriptedPrompter>();
        m_prompter = prompter.get();
        const auto keyFile = m_dir.filePath(QStringLiteral("master.txt"));
        m_window = std::make_unique<ui::MainWindow>(std::move(prompter), [keyFile] {
            return std::make_unique<core::PassphraseKeySource>(keyFile, 1000);
        });
        m_window->resize(1280, 800);
        m_window->show();
        QSignalSpy opened(m_window.get(), &ui::MainWindow::databaseOpened);
        QSignalSpy listed(page(), &ui::ScanTargetsPage::targetsShown);
        m_window->openDatabase(store::ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("scan.sqlite"))));
        QVERIFY(opened.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 10000); // the first (empty) list has arrived
        m_window->showPage(m_window->pageIndex(page()));
    }

    void dialogRefusesBadFieldsWithTheEngineMessages()
    {
        ui::ScanTargetDialog dialog(domain::NetworkScanTarget{});
        dialog.nameEdit()->setText(QStringLiteral("too big"));
        dialog.targetsEdit()->setPlainText(QStringLiteral("10.0.0.0/8"));
        dialog.portsEdit()->setText(QStringLiteral("443"));
        QVERIFY(!dialog.isValid());
        QVERIFY(dialog.errorLabel()->text().contains(QLatin1String("4,096")));
        dialog.targetsEdit()->setPlainText(QStringLiteral("10.0.0.0/24"));
        dialog.portsEdit()->setText(QStringLiteral("9010-9000"));
        QVERIFY(!dialog.isValid());
        dialog.portsEdit()->setText(QStringLiteral("443,8443"));
        QVERIFY2(dialog.isValid(), qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(dialog.target().targets, QStringList{QStringLiteral("10.0.0.0/24")});
    }

    void addScanNowAndSeeTheFindingsInDiscovery()
    {
        domain::NetworkScanTarget t;
        t.name = QStringLiteral("loopback");
        t.targets = {QStringLiteral("127.0.0.1")};
        t.ports = QString::number(m_server->port());
        t.timeoutMs = 3000;
        m_prompter->scanTargets.enqueue(t);
        triggerAndWaitForList(page()->addAction_());
        QVERIFY2(m_prompter->errors.isEmpty(),
                 qPrintable(m_prompter->errors.value(0).message + u' ' + m_prompter->errors.value(0).detail));
        QCOMPARE(tree()->topLevelItemCount(), 1);
        QCOMPARE(tree()->topLevelItem(0)->text(0), QStringLiteral("loopback"));
        QCOMPARE(tree()->topLevelItem(0)->text(5), QStringLiteral("never"));

        tree()->setCurrentItem(tree()->topLevelItem(0));
        QVERIFY(page()->scanNowAction()->isEnabled());
        QSignalSpy finished(m_window->networkScans(), &ui::NetworkScanController::scanFinished);
        QSignalSpy shown(page(), &ui::ScanTargetsPage::targetsShown);
        page()->scanNowAction()->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        QVERIFY(shown.wait(10000));
        const auto *row = tree()->topLevelItem(0);
        QCOMPARE(row->text(7), QStringLiteral("1")); // endpoints probed
        QCOMPARE(row->text(8), QStringLiteral("1")); // TLS endpoints
        QCOMPARE(row->text(9), QStringLiteral("2")); // leaf + CA

        auto *discovery = m_window->triagePage()->tableModel();
        QTRY_COMPARE_WITH_TIMEOUT(discovery->rowCount(), 2, 10000);
        bool networkSource = true;
        for (int r = 0; r < discovery->rowCount(); ++r)
            networkSource = networkSource && (discovery->certificateAt(r).sources & domain::SourceNetwork);
        QVERIFY(networkSource);
    }

    void disableAndDelete()
    {
        tree()->setCurrentItem(tree()->topLevelItem(0));
        triggerAndWaitForList(page()->toggleAction());
        QCOMPARE(tree()->topLevelItem(0)->text(1), QStringLiteral("No"));
        tree()->setCurrentItem(tree()->topLevelItem(0));
        m_prompter->confirmations.enqueue(true);
        triggerAndWaitForList(page()->deleteAction());
        QCOMPARE(tree()->topLevelItemCount(), 0);
        QVERIFY(m_prompter->errors.isEmpty());
    }
};

QTEST_MAIN(TestScanTargetsPage)
#include "tst_scantargetspage.moc"
