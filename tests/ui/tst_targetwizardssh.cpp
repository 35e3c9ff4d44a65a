// SPDX-License-Identifier: GPL-3.0-or-later
// The target wizard's SSH host key step, driven through its real widgets against Debian's real
// sshd, started by the test on 127.0.0.1 with its own host key and configuration (the fixture of
// the SSH connector's tests). The fingerprint the wizard shows is compared with the one ssh-keygen
// computes; Next stays disabled until "Trust this host key" is ticked, then the key is recorded in
// the known_hosts file and the dry run logs in; after the server's key changes, the wizard shows
// the new key as a possible attack and offers no way on. A saved target with a password login
// (an account made for the test, which needs root) is changed with the password left empty: the
// test step logs in with the saved password. sshd runs on this machine, so the "remote" files go
// to a temporary folder.
#include "app/core/appcontext.h"
#include "app/core/targetservice.h"
#include "models/item/targettablemodel.h"
#include "tests/target/ssh/sshserver.h"
#include "tests/target/support/targettestsupport.h"
#include "tests/ui/targetuitestsupport.h"
#include "ui/inventorycontroller.h"
#include "ui/pages/targetspage.h"
#include "ui/targetcontroller.h"
#include "ui/widgets/targetvalidationview.h"
#include "ui/wizards/targetwizard.h"
#include "ui/wizards/targetwizardhostkeypage.h"
#include "ui/wizards/targetwizardsettingspage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTreeWidget>
#include <QtTest>

#include <unistd.h>

using namespace certdesk;
using ui::TargetWizard;

class TestTargetWizardSsh final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    testsupport::ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<testsupport::SshServer> m_server;
    QString m_clientKey;
    QString m_knownHosts;

    ui::TargetsPage *page() const { return m_window->targetsPage(); }

    void setField(TargetWizard *wizard, const QString &key, const QString &value)
    {
        auto *editor = wizard->settingsPage()->fieldEditor(key);
        QVERIFY2(editor, qPrintable(key));
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(value);
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(value));
    }

    /// Opens the wizard on the SSH type and fills in the settings of a key login to the server.
    TargetWizard *wizardWithSshSettings(const QString &name)
    {
        auto *wizard = page()->newTarget();
        if (!wizard)
            return nullptr;
        auto *types = wizard->findChild<QListWidget *>(QStringLiteral("targetTypeList"));
        for (int row = 0; row < types->count(); ++row) {
            if (types->item(row)->data(Qt::UserRole).toString() == QLatin1String("ssh"))
                types->setCurrentRow(row);
        }
        wizard->next();
        if (wizard->currentId() != TargetWizard::SettingsPage)
            return nullptr;
        wizard->settingsPage()->nameEdit()->setText(name);
        const QString remote = m_dir.filePath(QStringLiteral("remote-") + name);
        QDir().mkpath(remote);
        setField(wizard, QStringLiteral("host"), QStringLiteral("127.0.0.1"));
        setField(wizard, QStringLiteral("port"), QString::number(m_server->port()));
        setField(wizard, QStringLiteral("user"), testsupport::SshServer::currentUser());
        setField(wizard, QStringLiteral("auth_method"), QStringLiteral("key"));
        setField(wizard, QStringLiteral("private_key_path"), m_clientKey);
        setField(wizard, QStringLiteral("cert_path"), remote + QStringLiteral("/cert.pem"));
        setField(wizard, QStringLiteral("key_path"), remote + QStringLiteral("/key.pem"));
        setField(wizard, QStringLiteral("known_hosts_path"), m_knownHosts);
        return wizard;
    }

private Q_SLOTS:
    void initTestCase()
    {
        CERTDESK_REQUIRE_PROGRAM(QStringLiteral("sshd"), QStringLiteral("openssh-server"));
        CERTDESK_REQUIRE_PROGRAM(QStringLiteral("ssh-keygen"), QStringLiteral("openssh-client"));
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-targetwizard-ssh-test"));
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<testsupport::SshServer>();
        const Status started = m_server->start();
        QVERIFY2(started.ok(), qPrintable(started.error().fullText()));
        m_clientKey = m_dir.filePath(QStringLiteral("id_ed25519"));
        QVERIFY(m_server->makeClientKey(m_clientKey).ok());
        m_knownHosts = m_dir.filePath(QStringLiteral("ssh/known_hosts")); // not there yet
        m_window = testsupport::openTargetTestWindow(m_dir, &m_prompter);
        QVERIFY(m_window);
        QTRY_VERIFY_WITH_TIMEOUT(page()->newAction()->isEnabled(), 10000);
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qInfo().noquote() << "sshd log:\n" << m_server->recentLogs();
    }

    void unknownKeyIsShownAndMustBeTrusted()
    {
        QPointer<TargetWizard> wizard = wizardWithSshSettings(QStringLiteral("host-1"));
        QVERIFY(wizard);
        auto *next = wizard->button(QWizard::NextButton);
        QVERIFY2(next->isEnabled(), qPrintable(wizard->settingsPage()->settingsProblem()->text()));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(TargetWizard::HostKeyPage));

        auto *hostKey = qobject_cast<ui::TargetWizardHostKeyPage *>(wizard->currentPage());
        QVERIFY(hostKey);
        const Result<QString> expected = m_server->hostKeyFingerprint();
        QVERIFY2(expected.ok(), qPrintable(expected.error().fullText()));
        QTRY_COMPARE_WITH_TIMEOUT(hostKey->fingerprintLabel()->text(), *expected, 20000);
        QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("hostKeyTypeLabel"))->text(),
                 QStringLiteral("ssh-ed25519"));
        // Never skipped silently: without the tick there is no way on.
        QVERIFY(hostKey->trustCheck()->isVisible());
        QVERIFY(!hostKey->trustCheck()->isChecked());
        QVERIFY(!next->isEnabled());
        QVERIFY(!hostKey->validatePage());
        QVERIFY(!QFile::exists(m_knownHosts));

        hostKey->trustCheck()->setChecked(true);
        QVERIFY(next->isEnabled());
        next->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TargetWizard::TestPage), 20000);
        QFile known(m_knownHosts);
        QVERIFY(known.open(QIODevice::ReadOnly));
        const QByteArray recorded = known.readAll();
        QVERIFY2(recorded.contains("ssh-ed25519"), recorded.constData());
        QVERIFY2(recorded.contains(QByteArray::number(m_server->port())), recorded.constData());

        // The dry run logs in with the key, against the key just trusted.
        auto *finish = wizard->button(QWizard::FinishButton);
        QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 30000);
        auto *view = wizard->findChild<ui::TargetValidationView *>();
        QVERIFY(view->stepTree()->topLevelItemCount() > 0);
        for (int i = 0; i < view->stepTree()->topLevelItemCount(); ++i) {
            const auto *step = view->stepTree()->topLevelItem(i);
            QVERIFY2(
                step->text(1) == QLatin1String("Passed"),
                qPrintable(step->text(0) + QStringLiteral(": ") + step->data(0, Qt::UserRole).toString()));
        }
        finish->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 1, 10000);
        QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.value(0).fullText()));
    }

    void trustedKeyNeedsNoTick()
    {
        QPointer<TargetWizard> wizard = wizardWithSshSettings(QStringLiteral("host-2"));
        QVERIFY(wizard);
        wizard->next();
        auto *hostKey = qobject_cast<ui::TargetWizardHostKeyPage *>(wizard->currentPage());
        QVERIFY(hostKey);
        QTRY_VERIFY_WITH_TIMEOUT(hostKey->hostKey().has_value(), 20000);
        QVERIFY(!hostKey->trustCheck()->isVisible());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->reject();
        QTRY_VERIFY(!wizard);
    }

    void changedKeyStopsTheWizard()
    {
        const Status replaced = m_server->replaceHostKey();
        QVERIFY2(replaced.ok(), qPrintable(replaced.error().fullText()));
        QPointer<TargetWizard> wizard = wizardWithSshSettings(QStringLiteral("host-3"));
        QVERIFY(wizard);
        wizard->next();
        auto *hostKey = qobject_cast<ui::TargetWizardHostKeyPage *>(wizard->currentPage());
        QVERIFY(hostKey);
        QTRY_VERIFY_WITH_TIMEOUT(hostKey->hostKey().has_value(), 20000);
        const Result<QString> fresh = m_server->hostKeyFingerprint();
        QVERIFY(fresh.ok());
        QCOMPARE(hostKey->fingerprintLabel()->text(), *fresh);
        QVERIFY(!hostKey->trustCheck()->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto *error = wizard->findChild<QLabel *>(QStringLiteral("errorMessageLabel"));
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("different key")), qPrintable(error->text()));
        wizard->reject();
        QTRY_VERIFY(!wizard);
    }

    /// A saved target that logs in with a password, changed in the wizard with the password left
    /// empty: the field says the saved one is kept, and the test step logs in with it (unsealed by
    /// the service on the worker thread); a password typed instead is the one the test uses.
    void editKeepsTheSavedPassword()
    {
        if (::geteuid() != 0) {
            const char *why = "password logins need an account of their own, which only root can create";
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(why);
            QSKIP(why);
        }
        auto made = testsupport::SshPasswordAccount::create(m_server->folder());
        QVERIFY2(made.ok(), qPrintable(made.error().fullText()));
        const testsupport::SshPasswordAccount &account = **made;
        // Its own known_hosts with the server's current key (an earlier test may have changed it).
        const QString knownHosts = m_dir.filePath(QStringLiteral("ssh-password/known_hosts"));
        QVERIFY(QDir().mkpath(QFileInfo(knownHosts).path()));
        QVERIFY(m_server->writeKnownHosts(knownHosts).ok());
        const QString home = account.home();
        const QString name = QStringLiteral("password-host");
        target::TargetSettings settings;
        settings.values =
            QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                        {QStringLiteral("port"), QString::number(m_server->port())},
                        {QStringLiteral("user"), account.name()},
                        {QStringLiteral("auth_method"), QStringLiteral("password")},
                        {QStringLiteral("cert_path"), QString(home + QStringLiteral("/cert.pem"))},
                        {QStringLiteral("key_path"), QString(home + QStringLiteral("/key.pem"))},
                        {QStringLiteral("known_hosts_path"), knownHosts}};
        settings.secrets.emplace(QStringLiteral("password"), pki::SecureBytes(account.password()));
        auto context = m_window->controller()->context();
        const auto added = context->targets().add(name, QStringLiteral("ssh"), settings);
        QVERIFY2(added.ok(), qPrintable(added.error().fullText()));
        QSignalSpy shown(page(), &ui::TargetsPage::targetsShown);
        m_window->targets()->loadTargets();
        QVERIFY(shown.wait(10000));
        page()->select(name);
        QCOMPARE(page()->currentName(), name);

        QPointer<TargetWizard> wizard = page()->changeCurrent();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(TargetWizard::SettingsPage));
        auto *password =
            qobject_cast<QLineEdit *>(wizard->settingsPage()->fieldEditor(QStringLiteral("password")));
        QVERIFY(password);
        QVERIFY(password->text().isEmpty()); // never shown
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY2(password->placeholderText().contains(QLatin1String("leave empty to keep")),
                 qPrintable(password->placeholderText()));
        setField(wizard, QStringLiteral("cert_path"), home + QStringLiteral("/site.pem"));
        QCOMPARE(wizard->settingsPage()->keptSecrets(), QStringList{QStringLiteral("password")});

        // Runs the test step from the settings page; the results of its checks.
        const auto testFromSettings = [&]() -> QStringList {
            QStringList results;
            if (!wizard->button(QWizard::NextButton)->isEnabled())
                return {QStringLiteral("Next disabled: ") +
                        wizard->settingsPage()->settingsProblem()->text()};
            wizard->next();
            auto *hostKey = qobject_cast<ui::TargetWizardHostKeyPage *>(wizard->currentPage());
            if (!hostKey)
                return {QStringLiteral("no host key page")};
            if (!QTest::qWaitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 20000))
                return {QStringLiteral("host key not trusted")};
            wizard->next();
            if (!QTest::qWaitFor([&] { return wizard->button(QWizard::FinishButton)->isEnabled(); }, 60000))
                return {QStringLiteral("the test did not finish")};
            const auto *view = wizard->findChild<ui::TargetValidationView *>();
            for (int i = 0; i < view->stepTree()->topLevelItemCount(); ++i)
                results << view->stepTree()->topLevelItem(i)->text(1);
            return results;
        };
        const auto allPassed = [](const QStringList &results) {
            return !results.isEmpty() && results.count(QStringLiteral("Passed")) == results.size();
        };

        QStringList results = testFromSettings();
        QVERIFY2(allPassed(results), qPrintable(results.join(QStringLiteral(", "))));
        auto *note = wizard->findChild<QLabel *>(QStringLiteral("targetTestNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String("password")), qPrintable(note->text()));

        // A password typed instead replaces the saved one for the test: a wrong one fails the login.
        wizard->back();
        wizard->back();
        QCOMPARE(wizard->currentId(), int(TargetWizard::SettingsPage));
        password->setText(QStringLiteral("not-the-password"));
        results = testFromSettings();
        QVERIFY2(!results.isEmpty() && !allPassed(results), qPrintable(results.join(QStringLiteral(", "))));

        // Emptied again, the saved one is back; Finish saves the change and keeps the password.
        wizard->back();
        wizard->back();
        password->clear();
        results = testFromSettings();
        QVERIFY2(allPassed(results), qPrintable(results.join(QStringLiteral(", "))));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard, 10000);
        const auto saved = context->targets().find(name);
        QVERIFY(saved.ok());
        QCOMPARE(saved->config.value(QStringLiteral("cert_path")).toString(),
                 home + QStringLiteral("/site.pem"));
        QCOMPARE(saved->secretKeys, QStringList{QStringLiteral("password")});
        const auto retest = context->targets().test(name);
        QVERIFY2(retest.ok() && retest->ok(),
                 retest ? "a check failed" : qPrintable(retest.error().fullText()));
        QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.value(0).fullText()));
    }
};

QTEST_MAIN(TestTargetWizardSsh)
#include "tst_targetwizardssh.moc"
