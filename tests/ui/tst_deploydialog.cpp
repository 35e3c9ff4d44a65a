// SPDX-License-Identifier: GPL-3.0-or-later
// Deploying from the inventory, driven through the real widgets of the console on a real SQLite
// inventory: a certificate with its key (imported from PKCS#12) is deployed with Deploy...
// (Ctrl+Shift+D) to an nginx target whose files go to a temporary folder and whose check and
// reload commands are /bin/true, and bound to it for renewals; the console's own job runner works
// the deploy job; the certificate's Deployments tab shows the succeeded row with its output (and
// copies it), the files hold the certificate and the key (0600); Re-deploy on that row queues the
// same version again, which the connector reports as unchanged; the target's history on the
// Targets page lists both.
#include "app/core/appcontext.h"
#include "app/core/importservice.h"
#include "app/core/targetservice.h"
#include "models/item/certificatetablemodel.h"
#include "models/item/deploymenttablemodel.h"
#include "models/item/targettablemodel.h"
#include "tests/ui/targetuitestsupport.h"
#include "ui/dialogs/deploydialog.h"
#include "ui/inventorycontroller.h"
#include "ui/pages/inventorypage.h"
#include "ui/pages/targetspage.h"
#include "ui/targetcontroller.h"
#include "ui/widgets/deploymenthistoryview.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

#include <sys/stat.h>

using namespace certdesk;
using item::DeploymentTableModel;

class TestDeployDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    testsupport::TestCa m_ca = testsupport::makeSelfSignedCa(QStringLiteral("Deploy UI CA"));
    testsupport::TestCertificate m_leaf = testsupport::makeLeaf(m_ca, QStringLiteral("deploy.ui.example"),
                                                                {QStringLiteral("DNS:deploy.ui.example")});
    testsupport::ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_certificateId = 0;

    ui::InventoryPage *inventory() const { return m_window->inventoryPage(); }
    ui::DeploymentHistoryView *history() const { return inventory()->deploymentHistory(); }
    QString folder() const { return m_dir.filePath(QStringLiteral("site")); }

    QString status(ui::DeploymentHistoryView *view, int row) const
    {
        return view->model()->index(row, DeploymentTableModel::Result).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-deploydialog-test"));
        QVERIFY(m_dir.isValid());
        m_window = testsupport::openTargetTestWindow(m_dir, &m_prompter);
        QVERIFY(m_window);
        auto context = m_window->controller()->context();

        // The certificate with its key, as an administrator imports it.
        const auto p12 =
            testsupport::writeFile(m_dir.path(), QStringLiteral("deploy.p12"),
                                   testsupport::toPkcs12(m_leaf, {m_ca.der}, QStringLiteral("pw")));
        const auto imported = context->imports().importFiles({p12}, QStringLiteral("pw"));
        QCOMPARE(imported.size(), 1);
        QVERIFY2(imported.first().status.ok(), qPrintable(imported.first().status.error().fullText()));
        m_certificateId = imported.first().imported.value(0);
        QVERIFY(m_certificateId > 0);

        target::TargetSettings settings;
        settings.values = testsupport::nginxTargetValues(folder());
        const auto added = context->targets().add(QStringLiteral("web"), QStringLiteral("nginx"), settings);
        QVERIFY2(added.ok(), qPrintable(added.error().fullText()));

        QSignalSpy rows(inventory(), &ui::InventoryPage::rowsShown);
        m_window->controller()->reload();
        QVERIFY(rows.wait(10000));
        QSignalSpy targets(m_window->targetsPage(), &ui::TargetsPage::targetsShown);
        m_window->targets()->loadTargets();
        QVERIFY(targets.wait(10000));
    }

    void deployFromTheInventory()
    {
        // The PKCS#12 brought the CA too; the leaf has the key.
        auto *table = inventory()->table();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, item::CertificateTableModel::CommonName).data().toString() ==
                QLatin1String("deploy.ui.example"))
                table->selectRow(row);
        }
        QVERIFY(inventory()->deployAction()->isEnabled());
        QCOMPARE(inventory()->deployAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+D")));
        inventory()->deployAction()->trigger();
        QPointer<ui::DeployDialog> dialog = inventory()->findChild<ui::DeployDialog *>();
        QVERIFY(dialog);
        QSignalSpy listed(dialog.data(), &ui::DeployDialog::targetsShown);
        QVERIFY(listed.wait(10000));
        auto *tree = dialog->targetTree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        auto *row = tree->topLevelItem(0);
        QCOMPARE(row->text(ui::DeployDialog::Target), QStringLiteral("web"));
        QCOMPARE(row->checkState(ui::DeployDialog::Automatic), Qt::Unchecked);
        QVERIFY(!dialog->deployButton()->isEnabled()); // nothing chosen yet
        row->setCheckState(ui::DeployDialog::Target, Qt::Checked);
        row->setCheckState(ui::DeployDialog::Automatic, Qt::Checked);
        QVERIFY(dialog->deployButton()->isEnabled());
        QCOMPARE(dialog->deployButton()->text(), QStringLiteral("&Deploy to 1 target(s)"));

        QSignalSpy queued(m_window->targets(), &ui::TargetController::deploymentsQueued);
        dialog->deployButton()->click();
        QVERIFY(queued.wait(10000));
        QCOMPARE(queued.first().at(1).value<QList<qint64>>().size(), 1);
        QTRY_VERIFY(!dialog);
        QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.value(0).fullText()));

        // The console's runner works the job; the Deployments tab follows.
        QTRY_VERIFY_WITH_TIMEOUT(
            history()->model()->rowCount() == 1 && status(history(), 0) == QLatin1String("Succeeded"), 30000);
        const auto &d = history()->model()->deploymentAt(0);
        QCOMPARE(d.targetName, QStringLiteral("web"));
        QVERIFY(!d.sha256.isEmpty());
        QVERIFY(!d.output.isEmpty());

        QFile cert(folder() + QStringLiteral("/cert.pem"));
        QVERIFY(cert.open(QIODevice::ReadOnly));
        QCOMPARE(cert.readAll(), testsupport::toPem(m_leaf.der));
        struct stat key
        {
        };
        QCOMPARE(::stat(QFile::encodeName(folder() + QStringLiteral("/key.pem")).constData(), &key), 0);
        QCOMPARE(int(key.st_mode & 0777), 0600);

        // Bound for renewals.
        const auto bound = m_window->controller()->context()->targets().boundTargets(m_certificateId);
        QVERIFY(bound.ok());
        QCOMPARE(bound->size(), 1);
        QCOMPARE(bound->first().name, QStringLiteral("web"));
    }

    void outputIsOneClickAwayAndCopies()
    {
        QVERIFY(history()->model()->rowCount() > 0);
        history()->table()->selectRow(0);
        const QString output = history()->outputEdit()->toPlainText();
        QCOMPARE(output, history()->model()->deploymentAt(0).output);
        QVERIFY(history()->copyOutputButton()->isEnabled());
        history()->copyOutputButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), output);
    }

    void redeployIsUnchanged()
    {
        QVERIFY(history()->model()->rowCount() > 0);
        auto *button = history()->redeployButton(0);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(history()->model()->rowCount() == 2, 10000);
        // Newest first as loaded: the re-deploy ends as a no-op that succeeded.
        QTRY_VERIFY_WITH_TIMEOUT(status(history(), 0) == QLatin1String("Unchanged (already deployed)"),
                                 30000);
        QCOMPARE(history()->model()->deploymentAt(0).sha256, history()->model()->deploymentAt(1).sha256);
        QCOMPARE(status(history(), 1), QStringLiteral("Succeeded"));
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void theTargetsHistoryListsBoth()
    {
        auto *page = m_window->targetsPage();
        page->select(QStringLiteral("web"));
        auto *view = page->historyView();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 10000);
        QCOMPARE(view->model()->deploymentAt(0).certificateName, QStringLiteral("deploy.ui.example"));
        QTRY_COMPARE_WITH_TIMEOUT(
            page->model()->index(0, item::TargetTableModel::LastStatus).data().toString(),
            QStringLiteral("Unchanged (already deployed)"), 10000);
    }
};

QTEST_MAIN(TestDeployDialog)
#include "tst_deploydialog.moc"
