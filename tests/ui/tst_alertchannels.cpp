// SPDX-License-Identifier: GPL-3.0-or-later
// The Alerts page's channels and rules driven through their real widgets on a real SQLite inventory:
// a webhook channel is set up in the channel dialog against a local receiver (a FakeService that
// checks the X-CertDesk-Signature HMAC over the raw body with the secret typed into the dialog), a
// bad URL keeps Save disabled with an error under the field, the dialog's Send test and the page's
// Send test show the receiver's answer, a receiver answering 400 shows the error with its detail
// one click away, changed settings of a saved channel are tested with the saved secret left empty
// (the receiver verifies it), the secret never reaches the database file in plain text, Enable/Disable and
// Delete work, and the warning windows editor refuses "30, abc" and saves "21, 7". Ctrl+Shift+A
// and Settings' Alerts button show the page.
#include "app/core/alertservice.h"
#include "app/core/appcontext.h"
#include "app/core/notificationservice.h"
#include "tests/notifier/notifiertestsupport.h"
#include "tests/ui/targetuitestsupport.h"
#include "ui/alertcontroller.h"
#include "ui/dialogs/channeldialog.h"
#include "ui/inventorycontroller.h"
#include "ui/pages/alertspage.h"
#include "ui/pages/settingspage.h"
#include "ui/widgets/alerttestview.h"
#include "ui/widgets/fieldspecform.h"
#include "ui/wizards/wizardfields.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::testsupport;

namespace {
const QByteArray Secret = "whsec-ui-7d1e93c0a4b2";

/// A receiver that checks the signature as receivers should, and answers 200 "accepted".
FakeHttpResponse verifyingReceiver(const FakeHttpRequest &request)
{
    const QByteArray expected =
        "sha256=" +
        QMessageAuthenticationCode::hash(request.body, Secret, QCryptographicHash::Sha256).toHex();
    if (request.method != "POST" || request.path != "/hooks/certdesk")
        return textResponse(404, "not found");
    if (request.headers.value("x-certdesk-signature") != expected)
        return textResponse(401, "bad signature");
    return textResponse(200, "accepted");
}

QLineEdit *lineField(ui::ChannelDialog *dialog, const QString &key)
{
    return qobject_cast<QLineEdit *>(dialog->form()->fieldEditor(key));
}

/// The row of the channel tree whose name is `name`; null when there is none.
QTreeWidgetItem *channelRow(QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

/// Every byte of the SQLite inventory, the write-ahead log included.
QByteArray databaseBytes(const QString &dir)
{
    QByteArray all;
    for (const auto &name : QDir(dir).entryList({QStringLiteral("inventory.sqlite*")}, QDir::Files)) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
} // namespace

class TestAlertChannels final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    FakeService m_receiver{verifyingReceiver};
    FakeService m_moved{verifyingReceiver}; ///< where a changed channel's URL points
    FakeService m_refusing{[](const FakeHttpRequest &) {
        return jsonResponse(400,
                            QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid payload: text")}});
    }};

    ui::AlertsPage *page() const { return m_window->alertsPage(); }
    std::shared_ptr<core::AppContext> context() const { return m_window->controller()->context(); }

    /// Selects `name` in the channel tree.
    bool selectChannel(const QString &name)
    {
        page()->select(name);
        return page()->currentName() == name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-alertchannels-test"));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_receiver.start());
        QVERIFY(m_refusing.start());
        QVERIFY(m_moved.start());
        m_window = openTargetTestWindow(m_dir, &m_prompter);
        QVERIFY(m_window);
        QTRY_VERIFY_WITH_TIMEOUT(page()->addChannelAction()->isEnabled(), 10000);
    }

    void ctrlShiftAAndSettingsShowThePage()
    {
        auto *pages = m_window->findChild<QStackedWidget *>();
        QAction *show = nullptr;
        for (auto *action : m_window->menuBar()->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A))
                show = action;
        }
        QVERIFY(show);
        QCOMPARE(show->text(), QStringLiteral("Alerts"));
        m_window->showPage(m_window->pageIndex(m_window->settingsPage()));
        m_window->settingsPage()->findChild<QPushButton *>(QStringLiteral("alertsButton"))->click();
        QCOMPARE(pages->currentWidget(), page());
        m_window->showPage(m_window->pageIndex(m_window->settingsPage()));
        show->trigger();
        QCOMPARE(pages->currentWidget(), page());
    }

    void dialogChecksFieldsTestsAndSavesAWebhook()
    {
        QPointer<ui::ChannelDialog> dialog = page()->addChannel();
        QVERIFY(dialog);
        dialog->selectType(QStringLiteral("webhook"));
        QCOMPARE(dialog->channelType(), QStringLiteral("webhook"));
        QVERIFY(!dialog->okButton()->isEnabled()); // no name, no URL
        // A secret field is a password field and never echoed.
        QCOMPARE(lineField(dialog, QStringLiteral("secret"))->echoMode(), QLineEdit::Password);
        // The digest goes to e-mail channels only.
        QVERIFY(!dialog->digestCheck()->isEnabled());

        dialog->nameEdit()->setText(QStringLiteral("hooks"));
        auto *url = lineField(dialog, QStringLiteral("url"));
        QVERIFY(url);
        auto *urlError = dialog->form()->fieldError(QStringLiteral("url"));
        url->setText(QStringLiteral("ftp://127.0.0.1/hooks"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(!dialog->testButton()->isEnabled());
        QTRY_VERIFY(urlError->isVisible()); // rows added to a shown form are shown by the event loop
        QVERIFY2(!urlError->text().isEmpty(), "the URL's error is shown under it");
        // A click on the disabled Save changes nothing.
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());

        url->setText(m_receiver.baseUrl() + QStringLiteral("/hooks/certdesk"));
        lineField(dialog, QStringLiteral("secret"))->setText(QString::fromLatin1(Secret));
        QVERIFY(!urlError->isVisible());
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));

        // Send test before saving: the unsaved settings, signed with the typed secret.
        dialog->testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->testView()->isRunning(), 20000);
        QVERIFY2(dialog->testView()->statusLabel()->text().contains(QLatin1String("delivered")),
                 qPrintable(dialog->testView()->statusLabel()->text()));
        QVERIFY2(dialog->testView()->answerLabel()->text().contains(QLatin1String("200")),
                 qPrintable(dialog->testView()->answerLabel()->text()));
        QCOMPARE(m_receiver.requests().size(), 1);
        QCOMPARE(m_receiver.requests().first().headers.value("x-certdesk-event"), QByteArray("test"));

        QSignalSpy shown(page(), &ui::AlertsPage::channelsShown);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(channelRow(page()->channelTree(), QStringLiteral("hooks")), 10000);
        QTRY_COMPARE(page()->currentName(), QStringLiteral("hooks"));
        auto *row = channelRow(page()->channelTree(), QStringLiteral("hooks"));
        QCOMPARE(row->text(1), QStringLiteral("Webhook"));
        QCOMPARE(row->text(2), QStringLiteral("Yes"));
        QCOMPARE(row->text(3), QStringLiteral("alerts"));

        const auto saved = context()->notifications().find(QStringLiteral("hooks"));
        QVERIFY(saved);
        QCOMPARE(saved->secretKeys, QStringList{QStringLiteral("secret")});
        QVERIFY(!saved->config.contains(QStringLiteral("secret")));
        QVERIFY2(!databaseBytes(m_dir.path()).contains(Secret),
                 "the secret is sealed, never stored in plain text");
    }

    void pageSendTestShowsTheAnswer()
    {
        QVERIFY(selectChannel(QStringLiteral("hooks")));
        const auto before = m_receiver.requests().size();
        QVERIFY(page()->testAction()->isEnabled());
        page()->testAction()->trigger();
        QVERIFY(page()->testView()->isRunning());
        QVERIFY(!page()->testAction()->isEnabled()); // one test at a time
        QTRY_VERIFY_WITH_TIMEOUT(!page()->testView()->isRunning(), 20000);
        const QString status = page()->testView()->statusLabel()->text();
        QVERIFY2(status.contains(QLatin1String("hooks")) && status.contains(QLatin1String("delivered")),
                 qPrintable(status));
        QVERIFY(page()->testView()->answerLabel()->text().contains(QLatin1String("accepted")));
        QVERIFY(!page()->testView()->errorPanel()->isVisible());
        QCOMPARE(m_receiver.requests().size(), before + 1);
        QVERIFY(page()->testAction()->isEnabled());
    }

    void refusingReceiverShowsTheError()
    {
        auto added = context()->notifications().add(
            QStringLiteral("broken-hook"), QStringLiteral("webhook"),
            channelSettings(
                {{QStringLiteral("url"), QString(m_refusing.baseUrl() + QStringLiteral("/hook"))}}));
        QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
        QSignalSpy shown(page(), &ui::AlertsPage::channelsShown);
        page()->findChild<QAction *>(QStringLiteral("refreshAlertsAction"))->trigger();
        QVERIFY(shown.wait(10000));
        QVERIFY(selectChannel(QStringLiteral("broken-hook")));

        page()->testAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!page()->testView()->isRunning(), 20000);
        auto *error = page()->testView()->errorPanel();
        QVERIFY(error->isVisible());
        QVERIFY2(!error->message().isEmpty(), "a clear error");
        QVERIFY2(page()->testView()->statusLabel()->text().contains(QLatin1String("not delivered")),
                 qPrintable(page()->testView()->statusLabel()->text()));
        // The detail (the status and the service's own words) is one click away.
        auto *detail = error->findChild<QLabel *>(QStringLiteral("errorDetailLabel"));
        QVERIFY(!detail->isVisible());
        error->findChild<QToolButton *>(QStringLiteral("errorDetailsButton"))->click();
        QVERIFY(detail->isVisible());
        QVERIFY2(detail->text().contains(QLatin1String("400")), qPrintable(detail->text()));
        QVERIFY2(detail->text().contains(QLatin1String("invalid payload")), qPrintable(detail->text()));
        // 400 is permanent: the view says sending again will not help.
        QVERIFY2(page()->testView()->answerLabel()->text().contains(QLatin1String("will not help")),
                 qPrintable(page()->testView()->answerLabel()->text()));
        QCOMPARE(m_refusing.requests().size(), 1);
    }

    void changeKeepsTheSecret()
    {
        QVERIFY(selectChannel(QStringLiteral("hooks")));
        QPointer<ui::ChannelDialog> dialog = page()->changeCurrent();
        QVERIFY(dialog);
        QVERIFY(!dialog->typeCombo()->isEnabled());
        QVERIFY(dialog->nameEdit()->isReadOnly());
        auto *secret = lineField(dialog, QStringLiteral("secret"));
        QVERIFY(secret->text().isEmpty());
        QVERIFY2(secret->placeholderText().contains(QLatin1String("leave empty to keep")),
                 qPrintable(secret->placeholderText()));
        QVERIFY(dialog->okButton()->isEnabled());
        // Unchanged: Send test uses the saved channel with its sealed secret.
        const auto before = m_receiver.requests().size();
        dialog->testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->testView()->isRunning(), 20000);
        QVERIFY2(dialog->testView()->statusLabel()->text().contains(QLatin1String("delivered")),
                 qPrintable(dialog->testView()->statusLabel()->text()));
        QCOMPARE(m_receiver.requests().size(), before + 1);

        // Changed settings with the secret left empty: Send test uses them with the saved secret
        // (the verifying receiver checks the signature) and saves nothing.
        const QString movedUrl = m_moved.baseUrl() + QStringLiteral("/hooks/certdesk");
        lineField(dialog, QStringLiteral("url"))->setText(movedUrl);
        lineField(dialog, QStringLiteral("timeout_seconds"))->setText(QStringLiteral("7"));
        QVERIFY(secret->text().isEmpty());
        QVERIFY2(dialog->testButton()->isEnabled(), qPrintable(dialog->testButton()->toolTip()));
        QVERIFY2(dialog->testButton()->toolTip().contains(QLatin1String("secret")),
                 qPrintable(dialog->testButton()->toolTip()));
        dialog->testButton()->click();
        QVERIFY(dialog->testView()->isRunning()); // on a worker: the dialog stays responsive
        QVERIFY(!dialog->testButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->testView()->isRunning(), 20000);
        QVERIFY2(dialog->testView()->statusLabel()->text().contains(QLatin1String("delivered")),
                 qPrintable(dialog->testView()->statusLabel()->text() + u' ' +
                            dialog->testView()->errorPanel()->message()));
        QVERIFY2(dialog->testView()->answerLabel()->text().contains(QLatin1String("accepted")),
                 qPrintable(dialog->testView()->answerLabel()->text()));
        QCOMPARE(m_moved.requests().size(), 1);
        QCOMPARE(m_receiver.requests().size(), before + 1);
        const auto unsaved = context()->notifications().find(QStringLiteral("hooks"));
        QVERIFY(unsaved);
        QVERIFY(unsaved->config.value(QStringLiteral("url")).toString() != movedUrl);
        QVERIFY(unsaved->config.value(QStringLiteral("timeout_seconds")).toString() != QStringLiteral("7"));

        // Saving keeps the secret.
        dialog->digestCheck()->setChecked(true); // disabled for a webhook: stays off
        dialog->alertsCheck()->setChecked(false);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog, qPrintable(dialog ? dialog->saveError()->message() : QString()),
                                  10000);
        const auto saved = context()->notifications().find(QStringLiteral("hooks"));
        QVERIFY(saved);
        QCOMPARE(saved->config.value(QStringLiteral("timeout_seconds")).toString(), QStringLiteral("7"));
        QCOMPARE(saved->config.value(QStringLiteral("url")).toString(), movedUrl);
        QCOMPARE(saved->secretKeys, QStringList{QStringLiteral("secret")});
        QVERIFY(!saved->receivesAlerts);
        QVERIFY(!saved->receivesDigest);
        QTRY_COMPARE_WITH_TIMEOUT(channelRow(page()->channelTree(), QStringLiteral("hooks"))->text(3),
                                  QStringLiteral("nothing"), 10000);
        // The saved secret still signs: the verifying receiver accepts the next test.
        QVERIFY(selectChannel(QStringLiteral("hooks")));
        page()->testAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!page()->testView()->isRunning(), 20000);
        QVERIFY2(page()->testView()->statusLabel()->text().contains(QLatin1String("delivered")),
                 qPrintable(page()->testView()->statusLabel()->text()));
        QCOMPARE(m_moved.requests().size(), 2);
    }

    void disableAndDelete()
    {
        QVERIFY(selectChannel(QStringLiteral("broken-hook")));
        QCOMPARE(page()->toggleAction()->text(), QStringLiteral("Disa&ble"));
        page()->toggleAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(channelRow(page()->channelTree(), QStringLiteral("broken-hook"))->text(2),
                                  QStringLiteral("No"), 10000);
        QVERIFY(!context()->notifications().find(QStringLiteral("broken-hook"))->enabled);

        // Declined: nothing happens.
        m_prompter->confirmations.enqueue(false);
        page()->deleteAction()->trigger();
        QVERIFY(context()->notifications().find(QStringLiteral("broken-hook")));
        m_prompter->confirmations.enqueue(true);
        page()->deleteAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!channelRow(page()->channelTree(), QStringLiteral("broken-hook")), 10000);
        QCOMPARE(context()->notifications().find(QStringLiteral("broken-hook")).error().code,
                 ErrorCode::NotFound);
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void windowsEditorRefusesBadInput()
    {
        page()->showTab(ui::AlertsPage::RulesTab);
        QTRY_COMPARE_WITH_TIMEOUT(page()->windowsEdit()->text(), QStringLiteral("30,14,7,0"), 10000);
        QVERIFY(!page()->saveWindowsButton()->isEnabled()); // unchanged

        page()->windowsEdit()->setText(QStringLiteral("30, abc"));
        QVERIFY(page()->windowsError()->isVisible());
        QVERIFY2(page()->windowsError()->text().contains(QLatin1String("abc")),
                 qPrintable(page()->windowsError()->text()));
        QVERIFY(!page()->saveWindowsButton()->isEnabled());
        page()->saveWindowsButton()->click();
        QTest::qWait(200);
        QCOMPARE(*context()->alerts().windows(), (QList<int>{30, 14, 7, 0}));

        page()->windowsEdit()->setText(QStringLiteral("21, 7"));
        QVERIFY(!page()->windowsError()->isVisible());
        QVERIFY(page()->saveWindowsButton()->isEnabled());
        page()->saveWindowsButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(*context()->alerts().windows(), (QList<int>{21, 7}), 10000);
        QTRY_COMPARE(page()->windowsEdit()->text(), QStringLiteral("21,7"));
        QVERIFY(!page()->saveWindowsButton()->isEnabled());

        // Run rules now on an inventory with nothing due.
        page()->runRulesButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page()->rulesStatus()->text().contains(QLatin1String("Nothing new")), 10000);
        QVERIFY(m_prompter->errors.isEmpty());
    }
};

QTEST_MAIN(TestAlertChannels)
#include "tst_alertchannels.moc"
