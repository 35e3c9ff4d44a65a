// SPDX-License-Identifier: GPL-3.0-or-later
// The Targets page and the target setup wizard driven through their real widgets on a real SQLite
// inventory: an nginx target whose files go to a temporary folder and whose check and reload
// commands are /bin/true is set up in the wizard (a reload command with ';' and a relative path are
// refused inline and keep Next disabled; a name that is taken too), the dry run shows each check,
// Finish saves it, it is listed with its settings (the secret-free ones), tested from the page,
// changed through the same wizard, disabled, and deleted. Ctrl+9 shows the page.
#include "models/item/targettablemodel.h"
#include "tests/ui/targetuitestsupport.h"
#include "ui/pages/targetspage.h"
#include "ui/targetcontroller.h"
#include "ui/widgets/targetvalidationview.h"
#include "ui/wizards/targetwizard.h"
#include "ui/wizards/targetwizardsettingspage.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using item::TargetTableModel;
using ui::TargetWizard;

namespace {
QLineEdit *lineField(TargetWizard *wizard, const QString &key)
{
    return qobject_cast<QLineEdit *>(wizard->settingsPage()->fieldEditor(key));
}

bool nextEnabled(TargetWizard *wizard)
{
    return wizard->button(QWizard::NextButton)->isEnabled();
}

/// The check names and results the test view lists.
QStringList steps(const ui::TargetValidationView *view)
{
    QStringList lines;
    for (int i = 0; i < view->stepTree()->topLevelItemCount(); ++i)
        lines << view->stepTree()->topLevelItem(i)->text(0) + QStringLiteral(": ") +
                     view->stepTree()->topLevelItem(i)->text(1);
    return lines;
}
} // namespace

class TestTargetsPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    testsupport::ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::TargetsPage *page() const { return m_window->targetsPage(); }
    TargetTableModel *model() const { return page()->model(); }
    QString folder() const { return m_dir.filePath(QStringLiteral("nginx")); }

    /// Opens the wizard and goes to the settings page of the nginx type.
    TargetWizard *wizardAtNginxSettings()
    {
        auto *wizard = page()->newTarget();
        if (!wizard)
            return nullptr;
        auto *types = wizard->findChild<QListWidget *>(QStringLiteral("targetTypeList"));
        for (int row = 0; row < types->count(); ++row) {
            if (types->item(row)->data(Qt::UserRole).toString() == QLatin1String("nginx"))
                types->setCurrentRow(row);
        }
        wizard->next();
        return wizard->currentId() == TargetWizard::SettingsPage ? wizard : nullptr;
    }

    QString settingValue(const QString &setting) const
    {
        auto *tree = page()->settingsTree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == setting)
                return tree->topLevelItem(i)->text(1);
        }
        return QStringLiteral("<no %1>").arg(setting);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-targetspage-test"));
        QVERIFY(m_dir.isValid());
        m_window = testsupport::openTargetTestWindow(m_dir, &m_prompter);
        QVERIFY(m_window);
        QTRY_VERIFY_WITH_TIMEOUT(page()->newAction()->isEnabled(), 10000);
    }

    void ctrl9ShowsThePage()
    {
        QAction *show = nullptr;
        for (auto *action : m_window->menuBar()->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_9))
                show = action;
        }
        QVERIFY(show);
        QCOMPARE(show->text(), QStringLiteral("Targets"));
        show->trigger();
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), page());
    }

    void wizardRefusesBadFieldsInline()
    {
        QPointer<TargetWizard> wizard = wizardAtNginxSettings();
        QVERIFY(wizard);
        auto *settings = wizard->settingsPage();
        // The type's defaults are filled in; without a name Next stays disabled.
        QCOMPARE(lineField(wizard, QStringLiteral("cert_path"))->text(),
                 QStringLiteral("/etc/nginx/certs/cert.pem"));
        QCOMPARE(lineField(wizard, QStringLiteral("reload_command"))->text(),
                 QStringLiteral("systemctl reload nginx"));
        QVERIFY(!nextEnabled(wizard));
        settings->nameEdit()->setText(QStringLiteral("web-1"));
        QVERIFY2(nextEnabled(wizard), qPrintable(settings->settingsProblem()->text()));

        auto *reloadError = settings->fieldError(QStringLiteral("reload_command"));
        lineField(wizard, QStringLiteral("reload_command"))
            ->setText(QStringLiteral("systemctl reload nginx; rm -rf /"));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(reloadError->isVisible());
        QVERIFY2(reloadError->text().contains(QLatin1String(";")), qPrintable(reloadError->text()));
        lineField(wizard, QStringLiteral("reload_command"))->setText(QStringLiteral("/bin/true && reboot"));
        QVERIFY(!nextEnabled(wizard));
        lineField(wizard, QStringLiteral("reload_command"))->setText(QStringLiteral("/bin/true"));
        QVERIFY(!reloadError->isVisible());
        QVERIFY(nextEnabled(wizard));

        auto *certError = settings->fieldError(QStringLiteral("cert_path"));
        lineField(wizard, QStringLiteral("cert_path"))->setText(QStringLiteral("certs/cert.pem"));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(certError->isVisible());
        QVERIFY2(certError->text().contains(QLatin1String("absolute")), qPrintable(certError->text()));
        QVERIFY2(certError->text().startsWith(QLatin1String("certs/cert.pem")),
                 qPrintable(certError->text()));
        // Every bad field at once, each under its own field.
        lineField(wizard, QStringLiteral("reload_command"))->setText(QStringLiteral("reload `id`"));
        QVERIFY(certError->isVisible());
        QVERIFY(reloadError->isVisible());
        QVERIFY2(reloadError->text().contains(QLatin1String("backtick")), qPrintable(reloadError->text()));
        QVERIFY(!nextEnabled(wizard));
        wizard->reject();
        QTRY_VERIFY(!wizard);
    }

    void wizardTestsAndSavesATarget()
    {
        QPointer<TargetWizard> wizard = wizardAtNginxSettings();
        QVERIFY(wizard);
        wizard->settingsPage()->nameEdit()->setText(QStringLiteral("web-1"));
        const auto values = testsupport::nginxTargetValues(folder());
        for (auto it = values.begin(); it != values.end(); ++it)
            lineField(wizard, it.key())->setText(it.value().toString());
        QVERIFY2(nextEnabled(wizard), qPrintable(wizard->settingsPage()->settingsProblem()->text()));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(TargetWizard::TestPage));

        auto *view = wizard->findChild<ui::TargetValidationView *>();
        auto *finish = wizard->button(QWizard::FinishButton);
        QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 20000);
        const auto shown = steps(view);
        QVERIFY2(shown.size() >= 2, qPrintable(shown.join(u'\n')));
        for (const auto &line : shown)
            QVERIFY2(line.endsWith(QLatin1String("Passed")), qPrintable(shown.join(u'\n')));
        QVERIFY2(view->statusLabel()->text().contains(QLatin1String("passed")),
                 qPrintable(view->statusLabel()->text()));
        // Nothing was written by the dry run.
        QVERIFY(!QFile::exists(folder() + QStringLiteral("/cert.pem")));

        QSignalSpy shownList(page(), &ui::TargetsPage::targetsShown);
        finish->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard, 10000);
        QVERIFY(shownList.wait(10000) || shownList.size() > 0);
        QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.value(0).fullText()));
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, TargetTableModel::Name).data().toString(), QStringLiteral("web-1"));
        QCOMPARE(model()->index(0, TargetTableModel::Type).data().toString(), QStringLiteral("nginx"));
        QCOMPARE(model()->index(0, TargetTableModel::Enabled).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(model()->index(0, TargetTableModel::LastDeployed).data().toString(),
                 QStringLiteral("never"));
        QTRY_COMPARE(page()->currentName(), QStringLiteral("web-1"));
        QCOMPARE(settingValue(QStringLiteral("Certificate file")), folder() + QStringLiteral("/cert.pem"));
    }

    void takenNameIsRefused()
    {
        QPointer<TargetWizard> wizard = wizardAtNginxSettings();
        QVERIFY(wizard);
        wizard->settingsPage()->nameEdit()->setText(QStringLiteral("web-1"));
        auto *nameError = wizard->findChild<QLabel *>(QStringLiteral("targetNameError"));
        QVERIFY(nameError->isVisible());
        QVERIFY(nameError->text().contains(QLatin1String("exists already")));
        QVERIFY(!nextEnabled(wizard));
        wizard->reject();
        QTRY_VERIFY(!wizard);
    }

    void testFromThePageShowsEachCheck()
    {
        page()->select(QStringLiteral("web-1"));
        QVERIFY(page()->testAction()->isEnabled());
        QSignalSpy tested(m_window->targets(), &ui::TargetController::targetTested);
        page()->testAction()->trigger();
        QCOMPARE(page()->detailTabs()->currentWidget(), page()->testView());
        QVERIFY(tested.wait(20000));
        const auto shown = steps(page()->testView());
        QVERIFY2(shown.size() >= 2, qPrintable(shown.join(u'\n')));
        QVERIFY(page()->testView()->statusLabel()->text().startsWith(QLatin1String("web-1: ")));
        // A check's output is one click away.
        page()->testView()->stepTree()->setCurrentItem(page()->testView()->stepTree()->topLevelItem(0));
        QVERIFY(page()->testView()->outputEdit()->isVisible());
    }

    void changeReusesTheWizardWithTheSavedValues()
    {
        page()->select(QStringLiteral("web-1"));
        QPointer<TargetWizard> wizard = page()->changeCurrent();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(TargetWizard::SettingsPage));
        QVERIFY(wizard->settingsPage()->nameEdit()->isReadOnly());
        QCOMPARE(wizard->settingsPage()->nameEdit()->text(), QStringLiteral("web-1"));
        auto *chain = lineField(wizard, QStringLiteral("chain_path"));
        QCOMPARE(chain->text(), folder() + QStringLiteral("/chain.pem"));
        chain->setText(folder() + QStringLiteral("/ca-chain.pem"));
        QVERIFY(nextEnabled(wizard));
        wizard->next();
        auto *finish = wizard->button(QWizard::FinishButton);
        QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 20000);
        finish->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(settingValue(QStringLiteral("Chain file")),
                                  folder() + QStringLiteral("/ca-chain.pem"), 10000);
        QCOMPARE(model()->rowCount(), 1);
    }

    void filterDisableAndDelete()
    {
        page()->filterEdit()->setText(QStringLiteral("apache"));
        QCOMPARE(page()->table()->model()->rowCount(), 0);
        page()->filterEdit()->setText(QStringLiteral("WEB"));
        QCOMPARE(page()->table()->model()->rowCount(), 1);
        page()->filterEdit()->clear();

        page()->select(QStringLiteral("web-1"));
        QSignalSpy shown(page(), &ui::TargetsPage::targetsShown);
        page()->toggleAction()->trigger();
        QVERIFY(shown.wait(10000));
        QCOMPARE(model()->index(0, TargetTableModel::Enabled).data().toString(), QStringLiteral("No"));
        QCOMPARE(page()->toggleAction()->text(), QStringLiteral("&Enable"));

        page()->select(QStringLiteral("web-1"));
        m_prompter->confirmations.enqueue(false);
        page()->deleteAction()->trigger();
        QCOMPARE(model()->rowCount(), 1); // not confirmed: nothing happens
        m_prompter->confirmations.enqueue(true);
        page()->deleteAction()->trigger();
        QVERIFY(shown.wait(10000));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(m_prompter->errors.isEmpty());
        QVERIFY(!page()->testAction()->isEnabled());
    }
};

QTEST_MAIN(TestTargetsPage)
#include "tst_targetspage.moc"
