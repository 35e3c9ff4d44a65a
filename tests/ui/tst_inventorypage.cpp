// SPDX-License-Identifier: GPL-3.0-or-later
// The console's main window on a real SQLite inventory, driven through its real widgets: opening
// the database, importing by file dialog, drop and paste (with a PKCS#12 password prompt), filtering,
// sorting, the details pane, export, copy fingerprint, edit, delete, and remembered layout.
// Dialogs are answered by a ScriptedPrompter; everything else is the production code.
#include "app/core/datakeysource.h"
#include "models/item/certificatefiltermodel.h"
#include "models/item/certificatetablemodel.h"
#include "models/item/roles.h"
#include "scriptedprompter.h"
#include "tests/support/testcertificates.h"
#include "ui/mainwindow.h"
#include "ui/pages/inventorypage.h"
#include "ui/widgets/certificatedetailsview.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using item::CertificateTableModel;
using testsupport::writeFile;

namespace {
bool treeContains(QTreeWidget *tree, const QString &text)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        for (int c = 0; c < tree->columnCount(); ++c)
            if ((*it)->text(c).contains(text))
                return true;
    }
    return false;
}
} // namespace

class TestInventoryPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    testsupport::TestCa m_ca = testsupport::makeSelfSignedCa(QStringLiteral("UI Root CA"));
    testsupport::TestCertificate m_web =
        testsupport::makeLeaf(m_ca, QStringLiteral("web.ui.example"), {QStringLiteral("DNS:web.ui.example")});
    testsupport::TestCertificate m_mail = testsupport::makeLeaf(
        m_ca, QStringLiteral("mail.ui.example"), {QStringLiteral("DNS:mail.ui.example")}, pki::KeyAlgorithm::Rsa2048,
        QDateTime::currentDateTimeUtc().addDays(-300), QDateTime::currentDateTimeUtc().addDays(-2));
    testsupport::TestCertificate m_vpn =
        testsupport::makeLeaf(m_ca, QStringLiteral("vpn.ui.example"), {}, pki::KeyAlgorithm::EcP384,
                              QDateTime::currentDateTimeUtc().addDays(-10), QDateTime::currentDateTimeUtc().addDays(12));
    testsupport::ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::InventoryPage *page() const { return m_window->inventoryPage(); }
    QTableView *table() const { return page()->table(); }
    int rows() const { return table()->model()->rowCount(); }
    QAction *action(const char *name) const { return page()->findChild<QAction *>(QLatin1String(name)); }

    void selectRowWith(const QString &commonName)
    {
        auto *model = table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, CertificateTableModel::CommonName).data().toString() == commonName) {
                table()->selectRow(r);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row for ") + commonName));
    }

    std::unique_ptr<ui::MainWindow> makeWindow()
    {
        auto prompter = std::make_unique<testsupport::ScriptedPrompter>();
        m_prompter = prompter.get();
        const auto keyFile = m_dir.filePath(QStringLiteral("master.txt"));
        auto window = std::make_unique<ui::MainWindow>(
            std::move(prompter), [keyFile] { return std::make_unique<core::PassphraseKeySource>(keyFile, 1000); });
        window->resize(1280, 800);
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-ui-test"));
        QVERIFY(m_dir.isValid());
        writeFile(m_dir.path(), QStringLiteral("master.txt"), "ui test passphrase\n");
        m_window = makeWindow();
        QSignalSpy opened(m_window.get(), &ui::MainWindow::databaseOpened);
        m_window->openDatabase(store::ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("inv.sqlite"))));
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toBool(), true);
    }

    void startsEmptyWithAHint()
    {
        auto *hint = page()->findChild<QWidget *>(QStringLiteral("emptyInventoryHint"));
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY(page()->findChild<QPushButton *>(QStringLiteral("scanComputerButton"))->isVisible());
        QVERIFY(!table()->isVisible());
        QVERIFY(!action("exportAction")->isEnabled());
        QVERIFY(action("importAction")->isEnabled());
    }

    void importsThroughTheFileDialogAndAsksForThePkcs12Password()
    {
        const auto bundle = writeFile(m_dir.path(), QStringLiteral("web-chain.pem"),
                                      testsupport::toPemBundle({m_web.der, m_ca.der}));
        const auto p12 = writeFile(m_dir.path(), QStringLiteral("mail.p12"),
                                   testsupport::toPkcs12(m_mail, {m_ca.der}, QStringLiteral("mail-pw")));
        m_prompter->files.enqueue({bundle, p12});
        m_prompter->passwords.enqueue(QStringLiteral("wrong one"));
        m_prompter->passwords.enqueue(QStringLiteral("mail-pw"));
        action("importAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 3, 10000); // web, mail, and the CA (held once)
        QCOMPARE(m_prompter->passwordLabels.size(), 2);
        QVERIFY(m_prompter->passwordLabels[0].contains(QLatin1String("mail.p12")));
        QVERIFY(m_prompter->passwordLabels[1].contains(QLatin1String("wrong")));
        QVERIFY(m_prompter->errors.isEmpty());
        QVERIFY(table()->isVisible());
    }

    void showsEveryFieldOfTheSelectedCertificate()
    {
        selectRowWith(QStringLiteral("web.ui.example"));
        auto *fields = page()->detailsView()->fieldTree();
        QTRY_VERIFY(treeContains(fields, domain::colonHex(QString::fromLatin1(
                                             QCryptographicHash::hash(m_web.der, QCryptographicHash::Sha256).toHex()))));
        QVERIFY(treeContains(fields, QStringLiteral("EC P-256")));
        QVERIFY(treeContains(fields, QStringLiteral("web.ui.example")));
        QVERIFY(treeContains(fields, QString::fromLatin1(testsupport::TestOcspUrl)));
        QVERIFY(treeContains(fields, QString::fromLatin1(testsupport::TestCrlUrl)));
        QVERIFY(treeContains(page()->detailsView()->chainTree(), QStringLiteral("UI Root CA")));
    }

    void filtersAsTheUserTypes()
    {
        auto *search = page()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("mail"));
        QCOMPARE(rows(), 1);
        QCOMPARE(table()->model()->index(0, CertificateTableModel::CommonName).data().toString(),
                 QStringLiteral("mail.ui.example"));
        QVERIFY(page()->findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QLatin1String("1 of 3")));
        search->clear();
        QCOMPARE(rows(), 3);

        auto *status = page()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findText(QStringLiteral("Expired")));
        QCOMPARE(rows(), 1);
        QCOMPARE(table()->model()->index(0, CertificateTableModel::CommonName).data().toString(),
                 QStringLiteral("mail.ui.example"));
        status->setCurrentIndex(0);
        QCOMPARE(rows(), 3);
    }

    void sortsByClickingAHeader()
    {
        auto *header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(CertificateTableModel::CommonName) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        const auto first = table()->model()->index(0, CertificateTableModel::CommonName).data().toString();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        const auto firstAfter = table()->model()->index(0, CertificateTableModel::CommonName).data().toString();
        QVERIFY(first != firstAfter);
        QCOMPARE(QStringList({first, firstAfter}).contains(QStringLiteral("web.ui.example")), true);
    }

    void dropAndPasteImport()
    {
        const auto vpn = writeFile(m_dir.path(), QStringLiteral("vpn.der"), m_vpn.der);
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(vpn)});
        QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(400, 300), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 4, 10000);
        delete mime;

        const auto other = testsupport::makeSelfSignedCa(QStringLiteral("Pasted CA"));
        QApplication::clipboard()->setText(QString::fromLatin1(testsupport::toPem(other.der)));
        action("pasteAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 5, 10000);
        // The same text again adds nothing.
        action("pasteAction")->trigger();
        QTest::qWait(300);
        QCOMPARE(rows(), 5);
    }

    void badFilesAreReportedAndAddNothing()
    {
        const auto broken = writeFile(m_dir.path(), QStringLiteral("broken.pem"),
                                      "-----BEGIN CERTIFICATE-----\nMIIBroken\n-----END CERTIFICATE-----\n");
        m_prompter->files.enqueue({broken, m_dir.path()});
        action("importAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter->errors.size(), 1, 10000);
        const auto &error = m_prompter->errors.takeFirst();
        QVERIFY(error.message.contains(QLatin1String("2 file")) || error.message.contains(QLatin1String("broken.pem")));
        QVERIFY(error.detail.contains(QLatin1String("broken.pem")));
        QVERIFY(error.detail.contains(QLatin1String("directory")));
        QCOMPARE(rows(), 5);
    }

    void exportsAPkcs12WithTheKey()
    {
        selectRowWith(QStringLiteral("mail.ui.example"));
        ui::ExportChoice choice;
        choice.request.format = core::ExportFormat::Pkcs12;
        choice.request.includeChain = true;
        choice.request.includeKey = true;
        choice.request.password = QStringLiteral("export-pw");
        choice.path = m_dir.filePath(QStringLiteral("exported.p12"));
        m_prompter->exports.enqueue(choice);
        action("exportAction")->trigger();
        QCOMPARE(m_prompter->exportHadKey, 1);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(choice.path), 10000);
        QFile f(choice.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.size() > 500);
    }

    void copiesTheFingerprint()
    {
        selectRowWith(QStringLiteral("vpn.ui.example"));
        action("copyFingerprintAction")->trigger();
        const auto expected = domain::colonHex(
            QString::fromLatin1(QCryptographicHash::hash(m_vpn.der, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    void editsOwnerAndTags()
    {
        selectRowWith(QStringLiteral("vpn.ui.example"));
        m_prompter->metadata.enqueue(domain::CertificateMetadata{
            QStringLiteral("Network team"), {QStringLiteral("vpn"), QStringLiteral("prod")}, QStringLiteral("n")});
        action("editAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page()->tableModel()->certificateAt(page()->tableModel()->rowOfId(
                                      table()->currentIndex().data(item::IdRole).toLongLong())).owner,
                                  QStringLiteral("Network team"), 10000);
        auto *search = page()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("network"));
        QCOMPARE(rows(), 1);
        search->clear();
    }

    void deletesAfterConfirmation()
    {
        selectRowWith(QStringLiteral("web.ui.example"));
        m_prompter->confirmations.enqueue(false);
        action("deleteAction")->trigger();
        QTest::qWait(200);
        QCOMPARE(rows(), 5);
        m_prompter->confirmations.enqueue(true);
        action("deleteAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 4, 10000);
    }

    void remembersTheColumnLayout()
    {
        auto *header = table()->horizontalHeader();
        header->resizeSection(CertificateTableModel::Issuer, 321);
        header->moveSection(header->visualIndex(CertificateTableModel::Owner), 0);
        m_window->close();
        m_window.reset();
        m_window = makeWindow();
        auto *restored = m_window->inventoryPage()->table()->horizontalHeader();
        QCOMPARE(restored->sectionSize(CertificateTableModel::Issuer), 321);
        QCOMPARE(restored->visualIndex(CertificateTableModel::Owner), 0);
    }
};

QTEST_MAIN(TestInventoryPage)
#include "tst_inventorypage.moc"
