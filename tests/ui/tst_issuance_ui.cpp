// SPDX-License-Identifier: GPL-3.0-or-later
// Issuance from the console, driven through the real widgets: the Local CA wizard (self-signed,
// and a sub-CA that is refused), the New certificate dialog's validation, issuing from the
// inventory page through the job queue, renewing and revoking, and the Jobs page.
#include "app/core/datakeysource.h"
#include "models/item/certificatetablemodel.h"
#include "models/item/jobtablemodel.h"
#include "scriptedprompter.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"
#include "ui/dialogs/newcertificatedialog.h"
#include "ui/lifecyclecontroller.h"
#include "ui/mainwindow.h"
#include "ui/pages/inventorypage.h"
#include "ui/pages/issuerspage.h"
#include "ui/pages/jobspage.h"
#include "ui/wizards/localcawizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using item::CertificateTableModel;

class TestIssuanceUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    testsupport::ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;

    QAction *action(const char *name) const
    {
        return m_window->inventoryPage()->findChild<QAction *>(QLatin1String(name));
    }
    int rows() const { return m_window->inventoryPage()->table()->model()->rowCount(); }

    /// Fills the wizard's pages in order and waits for the test step to end.
    static QString runWizard(ui::LocalCaWizard &wizard, const std::function<void(ui::LocalCaWizard &)> &fill)
    {
        wizard.show();
        fill(wizard);
        auto *status = wizard.findChild<QLabel *>(QStringLiteral("testStatusLabel"));
        if (!QTest::qWaitFor([&] { return !status->text().contains(QLatin1String("...")); }, 15000))
            return QStringLiteral("timeout");
        return status->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-issuance-ui-test"));
        const auto keyFile = testsupport::writeFile(m_dir.path(), QStringLiteral("master.txt"), "pw\n");
        auto prompter = std::make_unique<testsupport::ScriptedPrompter>();
        m_prompter = prompter.get();
        m_window = std::make_unique<ui::MainWindow>(
            std::move(prompter), [keyFile] { return std::make_unique<core::PassphraseKeySource>(keyFile, 1000); });
        m_window->show();
        QSignalSpy opened(m_window.get(), &ui::MainWindow::databaseOpened);
        m_window->openDatabase(store::ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("inv.sqlite"))));
        QVERIFY(opened.wait(10000));
    }

    void wizardSetsUpASelfSignedCa()
    {
        ui::LocalCaWizard wizard(m_window->lifecycle(), m_window.get());
        const auto result = runWizard(wizard, [](ui::LocalCaWizard &w) {
            w.findChild<QLineEdit *>(QStringLiteral("caNameEdit"))->setText(QStringLiteral("Lab"));
            w.next();
            QCOMPARE(w.currentId(), int(ui::LocalCaWizard::SelfSignedPage));
            QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("caCommonNameEdit"))->text(), QStringLiteral("Lab Root CA"));
            w.next();
            QCOMPARE(w.currentId(), int(ui::LocalCaWizard::PublishingPage));
            auto *crl = w.findChild<QLineEdit *>(QStringLiteral("crlUrlEdit"));
            crl->setText(QStringLiteral("ftp://not-http"));
            QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
            crl->setText(QStringLiteral("http://pki.lab.test/ca.crl"));
            QVERIFY(w.button(QWizard::NextButton)->isEnabled());
            w.next();
            QCOMPARE(w.currentId(), int(ui::LocalCaWizard::TestPage));
        });
        QVERIFY2(result.contains(QLatin1String("verified")), qPrintable(result));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        auto *list = m_window->issuersPage()->list();
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 10000);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Lab"));
    }

    void wizardRefusesASubCaThatIsNoCa()
    {
        const auto root = testsupport::makeSelfSignedCa(QStringLiteral("R"));
        const auto leaf = testsupport::makeLeaf(root, QStringLiteral("leaf.test"));
        const auto cert = testsupport::writeFile(m_dir.path(), QStringLiteral("leaf.pem"), testsupport::toPem(leaf.der));
        const auto key = testsupport::writeFile(m_dir.path(), QStringLiteral("leaf.key"), testsupport::privateKeyPem(leaf));
        ui::LocalCaWizard wizard(m_window->lifecycle(), m_window.get());
        const auto result = runWizard(wizard, [&](ui::LocalCaWizard &w) {
            w.findChild<QLineEdit *>(QStringLiteral("caNameEdit"))->setText(QStringLiteral("NotACa"));
            w.findChild<QRadioButton *>(QStringLiteral("subCaRadio"))->setChecked(true);
            w.next();
            QCOMPARE(w.currentId(), int(ui::LocalCaWizard::SubCaPage));
            QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
            w.findChild<QLineEdit *>(QStringLiteral("caCertFileEdit"))->setText(cert);
            w.findChild<QLineEdit *>(QStringLiteral("caKeyFileEdit"))->setText(key);
            QVERIFY(w.button(QWizard::NextButton)->isEnabled());
            w.next();
            w.next();
        });
        QVERIFY2(result.contains(QLatin1String("not a CA")), qPrintable(result));
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QTest::qWait(200);
        QCOMPARE(m_window->issuersPage()->list()->topLevelItemCount(), 1);
    }

    void newCertificateDialogValidatesInline()
    {
        ui::NewCertificateDialog dialog({QStringLiteral("Lab")}, {QStringLiteral("default")});
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *cn = dialog.findChild<QLineEdit *>(QStringLiteral("commonNameEdit"));
        auto *sans = dialog.findChild<QPlainTextEdit *>(QStringLiteral("sansEdit"));
        QVERIFY(!ok->isEnabled());
        cn->setText(QString(65, u'a'));
        QVERIFY(!ok->isEnabled());
        cn->setText(QStringLiteral("www.lab.test"));
        QVERIFY(ok->isEnabled());
        sans->setPlainText(QStringLiteral("www.lab.test\nbad name"));
        QVERIFY(!ok->isEnabled());
        sans->setPlainText(QStringLiteral("www.lab.test\n192.0.2.1, ops@lab.test"));
        QVERIFY(ok->isEnabled());
        auto *key = dialog.findChild<QComboBox *>(QStringLiteral("keyCombo"));
        key->setCurrentIndex(key->findData(QStringLiteral("rsa2048")));
        const auto request = dialog.request();
        QCOMPARE(request.issuerName, QStringLiteral("Lab"));
        QCOMPARE(request.sans, QStringList({QStringLiteral("www.lab.test"), QStringLiteral("192.0.2.1"),
                                            QStringLiteral("ops@lab.test")}));
        QCOMPARE(request.keyAlgorithm, QStringLiteral("rsa2048"));
        ui::NewCertificateDialog none({}, {});
        none.findChild<QLineEdit *>(QStringLiteral("commonNameEdit"))->setText(QStringLiteral("x.test"));
        QVERIFY(!none.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void issuesRenewsAndRevokesFromTheInventory()
    {
        core::IssueCertificateRequest request{QStringLiteral("Lab"), QStringLiteral("app.lab.test"),
                                              {QStringLiteral("app.lab.test")}};
        m_prompter->newCertificates.enqueue(request);
        action("newCertificateAction")->trigger();
        QCOMPARE(m_prompter->offeredIssuers, QStringList{QStringLiteral("Lab")});
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 1, 15000);
        auto *jobs = m_window->jobsPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->rowCount() == 1 && jobs->jobAt(0).status == domain::JobStatus::Succeeded, 10000);
        QCOMPARE(jobs->index(0, item::JobTableModel::Status).data().toString(), QStringLiteral("Done"));

        auto *table = m_window->inventoryPage()->table();
        table->selectRow(0);
        m_prompter->confirmations.enqueue(true);
        action("renewAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->rowCount() == 2 && jobs->jobAt(0).kind == QLatin1String("certificate.renew") &&
                                     jobs->jobAt(0).status == domain::JobStatus::Succeeded,
                                 15000);
        QCOMPARE(jobs->jobAt(0).result.value(QStringLiteral("version_id")).toInteger() > 0, true);

        table->selectRow(0);
        m_prompter->reasons.enqueue(pki::RevocationReason::KeyCompromise);
        action("revokeAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, CertificateTableModel::Status).data().toString(),
                                  QStringLiteral("Revoked"), 10000);
        table->selectRow(0);
        QVERIFY(!action("revokeAction")->isEnabled());
        QVERIFY(!action("renewAction")->isEnabled());
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void publishesCrlAndAnswersOcspFromTheIssuersPage()
    {
        auto *page = m_window->issuersPage();
        const auto ca = m_dir.filePath(QStringLiteral("lab-ca.pem"));
        const auto crl = m_dir.filePath(QStringLiteral("lab.crl"));
        m_prompter->saveNames.enqueue(ca);
        page->findChild<QPushButton *>(QStringLiteral("exportCaButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ca), 10000);
        m_prompter->saveNames.enqueue(crl);
        page->findChild<QPushButton *>(QStringLiteral("publishCrlButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(crl), 10000);
        const auto crlCheck = testsupport::runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"),
                                                       QStringLiteral("DER"), QStringLiteral("-in"), crl,
                                                       QStringLiteral("-CAfile"), ca, QStringLiteral("-noout"),
                                                       QStringLiteral("-text")});
        QVERIFY2(crlCheck.all().contains("verify OK") && crlCheck.out.contains("Key Compromise"),
                 crlCheck.describe().constData());

        // The certificate revoked in the previous test, asked about through the OCSP button.
        auto *table = m_window->inventoryPage()->table();
        table->selectRow(0);
        const auto exported = m_dir.filePath(QStringLiteral("app.pem"));
        ui::ExportChoice choice;
        choice.request.format = core::ExportFormat::Pem;
        choice.path = exported;
        m_prompter->exports.enqueue(choice);
        action("exportAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(exported), 10000);
        const auto request = m_dir.filePath(QStringLiteral("req.der"));
        const auto req = testsupport::runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), ca,
                                                  QStringLiteral("-cert"), exported, QStringLiteral("-no_nonce"),
                                                  QStringLiteral("-reqout"), request});
        QVERIFY2(req.exitCode == 0, req.describe().constData());
        const auto response = m_dir.filePath(QStringLiteral("resp.der"));
        m_prompter->openNames.enqueue(request);
        m_prompter->saveNames.enqueue(response);
        page->findChild<QPushButton *>(QStringLiteral("answerOcspButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(response), 10000);
        const auto check = testsupport::runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-respin"), response,
                                                    QStringLiteral("-CAfile"), ca, QStringLiteral("-issuer"), ca,
                                                    QStringLiteral("-cert"), exported, QStringLiteral("-no_nonce")});
        QVERIFY2(check.all().contains("Response verify OK") && check.out.contains(": revoked"),
                 check.describe().constData());
        QVERIFY(m_prompter->errors.isEmpty());
    }
};

QTEST_MAIN(TestIssuanceUi)
#include "tst_issuance_ui.moc"
