// SPDX-License-Identifier: GPL-3.0-or-later
// The Discovery (triage) page driven through its real widgets on a real SQLite inventory: a scan
// of a folder the test writes, the counts, filters, claim into the inventory, link to a managed
// certificate picked from a list, dismiss with and without a reason, bulk actions, keyboard
// triage with the next row selected automatically, undo, restore, and the first-run offer.
#include "app/core/datakeysource.h"
#include "models/item/discoveryfiltermodel.h"
#include "models/item/discoverytablemodel.h"
#include "models/item/roles.h"
#include "tests/support/testcertificates.h"
#include "tests/ui/scriptedprompter.h"
#include "ui/dialogs/scanhistorydialog.h"
#include "ui/discoverycontroller.h"
#include "ui/mainwindow.h"
#include "ui/pages/inventorypage.h"
#include "ui/pages/triagepage.h"
#include "ui/widgets/certificatedetailsview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using item::DiscoveryTableModel;
using testsupport::writeFile;

class TestTriagePage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tree;
    testsupport::ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::TriagePage *page() const { return m_window->triagePage(); }
    QTableView *table() const { return page()->table(); }
    int rows() const { return table()->model()->rowCount(); }
    QString currentName() const
    {
        return table()->currentIndex().siblingAtColumn(DiscoveryTableModel::CommonName).data().toString();
    }
    void selectRowWith(const QString &commonName)
    {
        for (int r = 0; r < rows(); ++r) {
            if (table()->model()->index(r, DiscoveryTableModel::CommonName).data().toString() == commonName) {
                selectRow(r);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row for ") + commonName));
    }
    void selectRow(int row)
    {
        table()->selectionModel()->setCurrentIndex(
            table()->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    /// Presses a key on the table and waits for the reload the triage action causes.
    void pressAndWait(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QSignalSpy shown(page(), &ui::TriagePage::rowsShown);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key(key), modifiers);
        QVERIFY(shown.wait(10000));
    }
    QString countText(const char *name) const
    {
        return page()->findChild<QPushButton *>(QLatin1String(name))->text();
    }
    void setStatusFilter(int index)
    {
        page()->findChild<QComboBox *>(QStringLiteral("triageStatusFilter"))->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-triage-test"));
        QVERIFY(m_dir.isValid());
        writeFile(m_dir.path(), QStringLiteral("master.txt"), "triage passphrase\n");
        m_tree = m_dir.filePath(QStringLiteral("tree"));
        QDir().mkpath(m_tree + QStringLiteral("/sub"));
        const auto ca = testsupport::makeSelfSignedCa(QStringLiteral("Triage Root"));
        writeFile(m_tree, QStringLiteral("root.crt"), testsupport::toPem(ca.der));
        writeFile(m_tree, QStringLiteral("locked.p12"),
                  testsupport::toPkcs12(testsupport::makeLeaf(ca, QStringLiteral("locked.triage.test")), {},
                                        QStringLiteral("secret")));
        const auto now = QDateTime::currentDateTimeUtc();
        for (const auto &name : {QStringLiteral("alpha"), QStringLiteral("bravo"), QStringLiteral("charlie"),
                                 QStringLiteral("delta"), QStringLiteral("echo")}) {
            const auto leaf = testsupport::makeLeaf(ca, name + QStringLiteral(".triage.test"), {},
                                                    pki::KeyAlgorithm::EcP256, now.addDays(-1),
                                                    now.addDays(name == QLatin1String("echo") ? 5 : 200));
            writeFile(m_tree, name + QStringLiteral(".pem"), testsupport::toPem(leaf.der));
            writeFile(m_tree + QStringLiteral("/sub"), name + QStringLiteral(".der"), leaf.der);
        }

        auto prompter = std::make_unique<testsupport::ScriptedPrompter>();
        m_prompter = prompter.get();
        const auto keyFile = m_dir.filePath(QStringLiteral("master.txt"));
        m_window = std::make_unique<ui::MainWindow>(std::move(prompter), [keyFile] {
            return std::make_unique<core::PassphraseKeySource>(keyFile, 1000);
        });
        m_window->resize(1280, 800);
        m_window->show();
        QSignalSpy opened(m_window.get(), &ui::MainWindow::databaseOpened);
        m_window->openDatabase(
            store::ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("triage.sqlite"))));
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toBool(), true);
    }

    void emptyInventoryOffersAScan()
    {
        auto *button =
            m_window->inventoryPage()->findChild<QPushButton *>(QStringLiteral("scanComputerButton"));
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
    }

    void scanFolderFromTheToolbarFillsTheTable()
    {
        m_window->showPage(m_window->pageIndex(page()));
        m_prompter->directories.enqueue(m_tree);
        QSignalSpy finished(m_window->discovery(), &ui::DiscoveryController::scanFinished);
        page()->scanFolderAction()->trigger();
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 6, 10000);
        QCOMPARE(countText("newCount"), QStringLiteral("New: 6"));
        QVERIFY(page()
                    ->findChild<QLabel *>(QStringLiteral("lastScanLabel"))
                    ->text()
                    .contains(QLatin1String("6 certificates")));

        // Each leaf was found twice (PEM and DER): the details pane lists both places.
        selectRowWith(QStringLiteral("alpha.triage.test"));
        auto *locations = page()->detailsView()->locationTree();
        QTRY_COMPARE_WITH_TIMEOUT(locations->topLevelItemCount(), 2, 10000);
        QVERIFY(locations->topLevelItem(0)->text(0).contains(QLatin1String("alpha")));
        QVERIFY(page()->detailsView()->fieldTree()->topLevelItemCount() > 3);
    }

    void filtersNarrowTheTable()
    {
        auto *search = page()->findChild<QLineEdit *>(QStringLiteral("triageSearch"));
        search->setText(QStringLiteral("bravo"));
        QCOMPARE(rows(), 1);
        search->clear();
        auto *expiry = page()->findChild<QComboBox *>(QStringLiteral("triageExpiryFilter"));
        expiry->setCurrentIndex(expiry->findText(QStringLiteral("Expires within 7 days")));
        QCOMPARE(rows(), 1);
        QCOMPARE(table()->model()->index(0, DiscoveryTableModel::CommonName).data().toString(),
                 QStringLiteral("echo.triage.test"));
        expiry->setCurrentIndex(0);
        auto *issuer = page()->findChild<QComboBox *>(QStringLiteral("triageIssuerFilter"));
        QCOMPARE(issuer->count(), 2); // all + the one root
        page()->findChild<QCheckBox *>(QStringLiteral("triageWeakOnly"))->setChecked(true);
        QCOMPARE(rows(), 0);
        page()->findChild<QCheckBox *>(QStringLiteral("triageWeakOnly"))->setChecked(false);
        QCOMPARE(rows(), 6);
    }

    void keyboardTriageMovesOnAndUndoes()
    {
        table()->sortByColumn(DiscoveryTableModel::CommonName, Qt::AscendingOrder);
        selectRowWith(QStringLiteral("alpha.triage.test"));
        pressAndWait(Qt::Key_C); // claim alpha into the inventory
        QCOMPARE(rows(), 5);     // the New filter hides it
        QCOMPARE(currentName(), QStringLiteral("bravo.triage.test"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inventoryPage()->table()->model()->rowCount(), 1, 10000);
        QCOMPARE(countText("claimedCount"), QStringLiteral("Claimed: 1"));

        pressAndWait(Qt::Key_D); // dismiss bravo without a reason
        QCOMPARE(currentName(), QStringLiteral("charlie.triage.test"));
        QCOMPARE(countText("dismissedCount"), QStringLiteral("Dismissed: 1"));

        pressAndWait(Qt::Key_Z, Qt::ControlModifier); // undo the dismissal
        QCOMPARE(countText("dismissedCount"), QStringLiteral("Dismissed: 0"));
        QCOMPARE(rows(), 5);

        m_prompter->dismissReasons.enqueue(QStringLiteral("test lab"));
        selectRowWith(QStringLiteral("charlie.triage.test"));
        pressAndWait(Qt::Key_D, Qt::ControlModifier);
        QVERIFY(m_prompter->dismissReasons.isEmpty());
        setStatusFilter(3); // Dismissed
        QCOMPARE(rows(), 1);
        QCOMPARE(table()->model()->index(0, DiscoveryTableModel::Status).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Dismissed: test lab"));

        // Restore it (R), then undo the claim of alpha: it leaves the inventory again.
        selectRow(0);
        pressAndWait(Qt::Key_R);
        QCOMPARE(rows(), 0);
        setStatusFilter(1);
    }

    void bulkLinkToAPickedManagedCertificate()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inventoryPage()->table()->model()->rowCount(), 1, 10000);
        const qint64 managedId =
            m_window->inventoryPage()->table()->model()->index(0, 0).data(item::IdRole).toLongLong();
        selectRowWith(QStringLiteral("delta.triage.test"));
        table()->selectionModel()->select(
            table()->currentIndex().siblingAtRow(table()->currentIndex().row() == 0 ? 1 : 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 2);
        m_prompter->pickedCertificates.enqueue(managedId);
        pressAndWait(Qt::Key_L);
        QCOMPARE(m_prompter->pickHints.last(), QStringLiteral("delta.triage.test"));
        QCOMPARE(countText("claimedCount"), QStringLiteral("Claimed: 3"));
        QCOMPARE(m_window->inventoryPage()->table()->model()->rowCount(), 1); // linked, nothing created

        // A cancelled pick changes nothing.
        selectRow(0);
        pressAndWait(Qt::Key_D);
        const QString before = countText("claimedCount");
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_L);
        QCOMPARE(countText("claimedCount"), before);
    }

    void undoOfAClaimRemovesTheCreatedCertificate()
    {
        setStatusFilter(0);
        selectRowWith(QStringLiteral("Triage Root"));
        pressAndWait(Qt::Key_C);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inventoryPage()->table()->model()->rowCount(), 2, 10000);
        pressAndWait(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inventoryPage()->table()->model()->rowCount(), 1, 10000);
        setStatusFilter(1);
    }

    void scanHistoryListsEveryRunAndItsProblems()
    {
        page()->historyAction()->trigger();
        ui::ScanHistoryDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page()->findChild<ui::ScanHistoryDialog *>()) != nullptr, 10000);
        QCOMPARE(dialog->scanTree()->topLevelItemCount(), 1);
        QCOMPARE(dialog->scanTree()->topLevelItem(0)->text(4), QStringLiteral("6"));
        QCOMPARE(dialog->lockedTree()->topLevelItemCount(), 1);
        QVERIFY(dialog->lockedTree()->topLevelItem(0)->text(0).endsWith(QLatin1String("locked.p12")));
        dialog->close();
    }

    void rescanKeepsTriageDecisions()
    {
        const QString dismissed = countText("dismissedCount");
        const QString claimed = countText("claimedCount");
        QSignalSpy finished(m_window->discovery(), &ui::DiscoveryController::scanFinished);
        page()->scanFolders({m_tree});
        QVERIFY(finished.wait(30000));
        QSignalSpy shown(page(), &ui::TriagePage::rowsShown);
        QVERIFY(shown.wait(10000) || countText("dismissedCount") == dismissed);
        QCOMPARE(countText("dismissedCount"), dismissed);
        QCOMPARE(countText("claimedCount"), claimed);
        QVERIFY(m_prompter->errors.isEmpty());
    }
};

QTEST_MAIN(TestTriagePage)
#include "tst_triagepage.moc"
