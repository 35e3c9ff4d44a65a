// SPDX-License-Identifier: GPL-3.0-or-later
// The tray warns at the inventory's warning windows, the alert rules' ones, driven through the real
// console (MainWindow) on a real SQLite inventory of real certificates:
// - at start, windows set on the inventory (20 and 3 days, as another console or `certdeskctl alerts
//   windows` would) decide what the tray reports: a certificate that entered 20 days is notified, one
//   that entered the default 14 days is not, and the old per-user key `tray/warningWindows` is ignored
//   and removed;
// - windows typed on the Alerts page and saved recompute the dashboard at once, and a certificate
//   entering the new 10-day window a few seconds later is notified, one entering the dropped 20-day
//   window is not;
// - windows set elsewhere on the shared inventory apply at the next snapshot;
// - unreadable windows hold the notifications back with an error on the dashboard that says where to
//   fix them, and what entered a window meanwhile is reported once they are readable again.
#include "app/core/alertservice.h"
#include "app/core/appcontext.h"
#include "app/core/datakeysource.h"
#include "app/core/importservice.h"
#include "models/store/database.h"
#include "models/store/settingsrepository.h"
#include "tests/support/testcertificates.h"
#include "tests/ui/scriptedprompter.h"
#include "ui/dashboardcontroller.h"
#include "ui/inventorycontroller.h"
#include "ui/mainwindow.h"
#include "ui/pages/alertspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/traycontroller.h"
#include "ui/uisettings.h"

#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace certdesk;

namespace {
constexpr qint64 Day = 86400;
constexpr int WaitMs = 15000;
/// How far in the future a certificate imported during a test enters its window: time enough to
/// import it before any snapshot could cover that moment, on a loaded machine too.
constexpr qint64 EntersInSecs = 8;
} // namespace

class TestTrayController final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_keyFile;
    QDateTime m_now;
    testsupport::TestCa m_ca = testsupport::makeSelfSignedCa(QStringLiteral("Tray CA"));
    testsupport::ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    QList<ui::TrayNotification> m_notified; ///< the certificate notifications, in order

    ui::DashboardController *dashboard() const { return m_window->dashboard(); }
    ui::AlertsPage *alertsPage() const { return m_window->alertsPage(); }
    std::shared_ptr<core::AppContext> context() const { return m_window->controller()->context(); }
    QString inventoryName() const { return store::ConnectionSpec::sqlite(m_dbPath).displayName(); }

    /// Imports a certificate named `cn` that expires at `notAfter` (the test's own connection).
    void importCertificate(core::AppContext &context, const QString &cn, const QDateTime &notAfter)
    {
        const auto leaf = testsupport::makeLeaf(m_ca, cn, {QStringLiteral("DNS:") + cn},
                                                pki::KeyAlgorithm::EcP256, notAfter.addDays(-90), notAfter);
        const auto imported = context.imports().importBytes(testsupport::toPem(leaf.der), cn);
        QVERIFY2(imported.status.ok() && imported.imported.size() == 1, qPrintable(cn));
    }

    /// A certificate that enters the window of `days` EntersInSecs from now; returns that moment.
    QDateTime importEntering(const QString &cn, int days)
    {
        // Whole seconds: a certificate's notAfter has no fractions.
        const QDateTime enters =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + EntersInSecs, Qt::UTC);
        importCertificate(*context(), cn, enters.addSecs(days * Day));
        return enters;
    }

    /// Asks for snapshots until one was computed past `moment`.
    bool snapshotPast(const QDateTime &moment)
    {
        QDeadlineTimer deadline(WaitMs + EntersInSecs * 1000);
        while (!deadline.hasExpired()) {
            const auto &last = dashboard()->snapshot();
            if (last && last->computedAt > moment.addSecs(1))
                return true;
            QSignalSpy ready(dashboard(), &ui::DashboardController::snapshotReady);
            dashboard()->refresh();
            ready.wait(WaitMs);
            QTest::qWait(500);
        }
        return false;
    }

    /// The certificate notifications that name `cn`.
    QList<ui::TrayNotification> naming(const QString &cn) const
    {
        QList<ui::TrayNotification> out;
        for (const auto &n : m_notified) {
            if (n.message.contains(cn))
                out << n;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-tray-test"));
        QVERIFY(m_dir.isValid());
        m_keyFile = testsupport::writeFile(m_dir.path(), QStringLiteral("master.txt"), "tray passphrase\n");
        m_dbPath = m_dir.filePath(QStringLiteral("inventory.sqlite"));
        m_now = QDateTime::currentDateTimeUtc();
        {
            auto context =
                core::AppContext::open(store::ConnectionSpec::sqlite(m_dbPath),
                                       std::make_unique<core::PassphraseKeySource>(m_keyFile, 1000));
            QVERIFY2(context, context ? "" : qPrintable(context.error().fullText()));
            // In the last two days "twenty" entered 20 days and "fourteen" the default 14 days.
            importCertificate(**context, QStringLiteral("twenty.test"), m_now.addSecs(19 * Day + Day / 2));
            importCertificate(**context, QStringLiteral("fourteen.test"), m_now.addSecs(13 * Day + Day / 2));
            QVERIFY((*context)->alerts().setWindows({20, 3}));
        }
        // The tray last notified two days ago; the key an earlier version kept says 14 days.
        ui::UiSettings::setNotifiedUntil(inventoryName(), m_now.addDays(-2));
        QSettings().setValue(QStringLiteral("tray/warningWindows"), QStringLiteral("14"));

        auto scripted = std::make_unique<testsupport::ScriptedPrompter>();
        m_prompter = scripted.get();
        const QString keyFile = m_keyFile;
        m_window = std::make_unique<ui::MainWindow>(std::move(scripted), [keyFile] {
            return std::make_unique<core::PassphraseKeySource>(keyFile, 1000);
        });
        m_window->resize(1280, 800);
        m_window->show();
        connect(m_window->tray(), &ui::TrayController::notified, this, [this](const ui::TrayNotification &n) {
            if (n.kind == ui::TrayNotification::Kind::Certificates)
                m_notified << n;
        });
        QSignalSpy ready(dashboard(), &ui::DashboardController::snapshotReady);
        m_window->openDatabase(store::ConnectionSpec::sqlite(m_dbPath));
        QVERIFY(ready.wait(WaitMs));
    }

    void startsWithTheInventorysWindows()
    {
        QCOMPARE(dashboard()->warningWindows(), (QList<int>{20, 3}));
        QCOMPARE(m_notified.size(), 1);
        QCOMPARE(m_notified[0].title, QStringLiteral("Certificate expires within 20 days"));
        QVERIFY2(m_notified[0].message.startsWith(QLatin1String("twenty.test expires on")),
                 qPrintable(m_notified[0].message));
        QVERIFY(naming(QStringLiteral("fourteen.test")).isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("tray/warningWindows")));
    }

    void followsWindowsSavedOnTheAlertsPage()
    {
        m_window->showPage(m_window->pageIndex(alertsPage()));
        alertsPage()->showTab(ui::AlertsPage::RulesTab);
        QTRY_COMPARE_WITH_TIMEOUT(alertsPage()->windowsEdit()->text(), QStringLiteral("20,3"), WaitMs);
        alertsPage()->windowsEdit()->setText(QStringLiteral("10, 3"));
        QVERIFY(alertsPage()->saveWindowsButton()->isEnabled());
        QSignalSpy ready(dashboard(), &ui::DashboardController::snapshotReady);
        QTest::mouseClick(alertsPage()->saveWindowsButton(), Qt::LeftButton);
        // The save asks for a snapshot at once (the periodic one is two minutes away).
        QVERIFY(ready.wait(WaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard()->warningWindows(), (QList<int>{10, 3}), WaitMs);

        const auto before = m_notified.size();
        const QDateTime enters = importEntering(QStringLiteral("ten.test"), 10);
        importEntering(QStringLiteral("twentyagain.test"), 20);
        QVERIFY(snapshotPast(enters));
        QCOMPARE(m_notified.size(), before + 1);
        QCOMPARE(m_notified.last().title, QStringLiteral("Certificate expires within 10 days"));
        QVERIFY2(m_notified.last().message.startsWith(QLatin1String("ten.test expires on")),
                 qPrintable(m_notified.last().message));
        QVERIFY(naming(QStringLiteral("twentyagain.test")).isEmpty());
        QCOMPARE(m_prompter->errors.size(), 0);
    }

    void followsWindowsSetElsewhereOnTheInventory()
    {
        // Another console (or certdeskctl) on the same inventory: its own connection, no signal here.
        auto other = core::AppContext::open(store::ConnectionSpec::sqlite(m_dbPath),
                                            std::make_unique<core::PassphraseKeySource>(m_keyFile, 1000));
        QVERIFY(other);
        QVERIFY((*other)->alerts().setWindows({5, 0}));
        QSignalSpy ready(dashboard(), &ui::DashboardController::snapshotReady);
        dashboard()->refresh();
        QVERIFY(ready.wait(WaitMs));
        QCOMPARE(dashboard()->warningWindows(), (QList<int>{5, 0}));
    }

    void unreadableWindowsHoldNotificationsBack()
    {
        // A value no console would save (written past the service), then a certificate entering 5 days.
        QVERIFY(store::SettingsRepository(context()->database()->connection())
                    .setValue(QString::fromLatin1(core::AlertSetting::Windows), QStringLiteral("soon")));
        const QDateTime mark = ui::UiSettings::notifiedUntil(inventoryName());
        const auto before = m_notified.size();
        const QDateTime enters = importEntering(QStringLiteral("five.test"), 5);
        QSignalSpy failed(dashboard(), &ui::DashboardController::refreshFailed);
        QVERIFY(snapshotPast(enters));
        QVERIFY(!failed.isEmpty());
        const auto error = failed.last().first().value<Error>();
        QVERIFY2(error.message.contains(QLatin1String("Alerts page")) &&
                     error.message.contains(QLatin1String("soon")),
                 qPrintable(error.message));
        auto *attention = m_window->dashboardPage()->findChild<QLabel *>(QStringLiteral("attentionLabel"));
        QVERIFY2(attention->text().contains(QLatin1String("Alerts page")), qPrintable(attention->text()));
        QCOMPARE(m_notified.size(), before);
        QCOMPARE(ui::UiSettings::notifiedUntil(inventoryName()), mark);
        QVERIFY(dashboard()->warningWindows().isEmpty());

        // Saved again: what entered meanwhile is reported.
        QVERIFY(context()->alerts().setWindows({5}));
        QSignalSpy ready(dashboard(), &ui::DashboardController::snapshotReady);
        dashboard()->refresh();
        QVERIFY(ready.wait(WaitMs));
        QCOMPARE(m_notified.size(), before + 1);
        QCOMPARE(m_notified.last().title, QStringLiteral("Certificate expires within 5 days"));
        QVERIFY(m_notified.last().message.startsWith(QLatin1String("five.test expires on")));
        QVERIFY(ui::UiSettings::notifiedUntil(inventoryName()) > mark);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
