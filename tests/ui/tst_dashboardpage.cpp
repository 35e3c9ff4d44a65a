// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard driven through the real console (MainWindow) on a real SQLite inventory of real
// certificates at known expiries: the console opens on it once the inventory is not empty; the
// totals, the status chart, the next to expire and the recent jobs show the crafted figures; a
// click on a total, on a bar of the expiry timeline (a real mouse click at the bar's position in the
// chart) or on a status slice opens the inventory filtered to exactly those certificates; a
// double-click opens a certificate; the dashboard follows changes. The tray: its attention count
// and tooltip, its badge, which notifications a snapshot calls for (plain functions of it, since the
// offscreen platform has no system tray), notifications for what happened while the console was
// closed, and none repeated after a restart. Minimise to tray is refused where there is no tray.
#include "app/core/appcontext.h"
#include "app/core/datakeysource.h"
#include "app/core/importservice.h"
#include "connectors/pki/certificateparser.h"
#include "models/item/certificatefiltermodel.h"
#include "models/item/certificatetablemodel.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/discoveryrepository.h"
#include "models/store/jobrepository.h"
#include "tests/support/testcertificates.h"
#include "tests/ui/scriptedprompter.h"
#include "ui/dashboardcontroller.h"
#include "ui/inventorycontroller.h"
#include "ui/mainwindow.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/inventorypage.h"
#include "ui/pages/jobspage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/triagepage.h"
#include "ui/traycontroller.h"
#include "ui/uisettings.h"
#include "ui/widgets/expirytimelinechart.h"
#include "ui/widgets/statuschart.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace certdesk;
using Total = ui::DashboardPage::Total;

namespace {
constexpr qint64 Day = 86400;
}

class TestDashboardPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_keyFile;
    QDateTime m_now;
    QHash<QString, qint64> m_ids;
    qint64 m_failedJob = 0;
    testsupport::ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    QList<ui::TrayNotification> m_notifications; ///< what the first window's tray notified at start

    ui::DashboardPage *dashboard() const { return m_window->dashboardPage(); }
    ui::InventoryPage *inventory() const { return m_window->inventoryPage(); }
    QWidget *currentPage() const { return m_window->findChild<QStackedWidget *>()->currentWidget(); }
    QString tileText(Total total) const { return dashboard()->tile(total)->text(); }

    QStringList inventoryNames() const
    {
        QStringList names;
        auto *model = inventory()->table()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            names << model->index(r, item::CertificateTableModel::CommonName).data().toString();
        names.sort();
        return names;
    }

    std::unique_ptr<ui::MainWindow> makeWindow(testsupport::ScriptedPrompter **prompter)
    {
        auto scripted = std::make_unique<testsupport::ScriptedPrompter>();
        *prompter = scripted.get();
        const QString keyFile = m_keyFile;
        auto window = std::make_unique<ui::MainWindow>(std::move(scripted), [keyFile] {
            return std::make_unique<core::PassphraseKeySource>(keyFile, 1000);
        });
        window->resize(1280, 800);
        window->show();
        return window;
    }

    /// The crafted inventory: certificates at known expiries relative to now, one revoked, two
    /// discoveries awaiting triage, a failed and a succeeded job.
    void craftInventory()
    {
        auto context = core::AppContext::open(store::ConnectionSpec::sqlite(m_dbPath),
                                              std::make_unique<core::PassphraseKeySource>(m_keyFile, 1000));
        QVERIFY2(context, context ? "" : qPrintable(context.error().fullText()));
        const auto ca = testsupport::makeSelfSignedCa(QStringLiteral("Dashboard UI CA"));
        const QList<std::pair<QString, qint64>> plan{{QStringLiteral("a.in3days.test"), 3 * Day},
                                                     {QStringLiteral("n.in6days.test"), 6 * Day},
                                                     {QStringLiteral("b.in10days.test"), 10 * Day},
                                                     {QStringLiteral("f.in12days.test"), 12 * Day},
                                                     {QStringLiteral("c.in20days.test"), 20 * Day},
                                                     {QStringLiteral("d.in60days.test"), 60 * Day},
                                                     {QStringLiteral("e.in100days.test"), 100 * Day},
                                                     {QStringLiteral("x.expired1day.test"), -1 * Day},
                                                     {QStringLiteral("g.expired5days.test"), -5 * Day},
                                                     {QStringLiteral("h.expired40days.test"), -40 * Day},
                                                     {QStringLiteral("r.revoked.test"), 5 * Day}};
        for (const auto &[cn, offset] : plan) {
            const QDateTime notAfter = m_now.addSecs(offset + 3600);
            const auto leaf =
                testsupport::makeLeaf(ca, cn, {QStringLiteral("DNS:") + cn}, pki::KeyAlgorithm::EcP256,
                                      notAfter.addDays(-90), notAfter);
            const auto imported = (*context)->imports().importBytes(testsupport::toPem(leaf.der), cn);
            QVERIFY2(imported.status.ok() && imported.imported.size() == 1, qPrintable(cn));
            m_ids.insert(cn, imported.imported.first());
        }
        auto conn = (*context)->database()->connection();
        QVERIFY(store::CertificateRepository(conn).setRevoked(m_ids.value(QStringLiteral("r.revoked.test")),
                                                              true));

        QList<domain::CertificateDetails> found;
        for (const auto &cn : {QStringLiteral("found1.test"), QStringLiteral("found2.test")}) {
            auto details = pki::parseCertificateDer(testsupport::makeLeaf(ca, cn).der);
            QVERIFY(details);
            found << *details;
        }
        QVERIFY(store::DiscoveryRepository(conn).insert(found, QStringLiteral("filesystem"), m_now));

        store::JobRepository jobs(conn);
        for (bool fail : {false, true}) {
            auto id = jobs.enqueue(store::NewJob{QStringLiteral("certificate.renew"), {}, 1, {}, {}});
            QVERIFY(id);
            auto claimed = jobs.claimNext(QStringLiteral("test"), 60, {QStringLiteral("certificate.renew")});
            QVERIFY(claimed && *claimed);
            if (fail) {
                QVERIFY(jobs.markFailed(*id, QStringLiteral("test"),
                                        QStringLiteral("The CA refused the request."), 0, true));
                m_failedJob = *id;
            } else {
                QVERIFY(jobs.markSucceeded(*id, QStringLiteral("test"), QStringLiteral("Renewed.")));
            }
        }
    }

    void showDashboard()
    {
        m_window->showPage(m_window->pageIndex(dashboard()));
        QCOMPARE(currentPage(), dashboard());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-dashboard-test"));
        QVERIFY(m_dir.isValid());
        m_keyFile =
            testsupport::writeFile(m_dir.path(), QStringLiteral("master.txt"), "dashboard passphrase\n");
        m_dbPath = m_dir.filePath(QStringLiteral("inventory.sqlite"));
        m_now = QDateTime::currentDateTimeUtc();
        craftInventory();
        // The tray last notified two days ago: what happened since is news at start.
        const QString inventoryName = store::ConnectionSpec::sqlite(m_dbPath).displayName();
        ui::UiSettings::setNotifiedUntil(inventoryName, m_now.addDays(-2));
        ui::UiSettings::setMinimiseToTray(false);

        m_window = makeWindow(&m_prompter);
        connect(m_window->tray(), &ui::TrayController::notified, this,
                [this](const ui::TrayNotification &n) { m_notifications << n; });
        QSignalSpy opened(m_window.get(), &ui::MainWindow::databaseOpened);
        m_window->openDatabase(store::ConnectionSpec::sqlite(m_dbPath));
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.first().first().toBool());
    }

    void opensOnTheDashboardWithTheTotals()
    {
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(), dashboard(), 10000);
        QCOMPARE(tileText(Total::Managed), QStringLiteral("11"));
        QCOMPARE(tileText(Total::Expiring30), QStringLiteral("5"));
        QCOMPARE(tileText(Total::Expiring14), QStringLiteral("4"));
        QCOMPARE(tileText(Total::Expiring7), QStringLiteral("2"));
        QCOMPARE(tileText(Total::Expired), QStringLiteral("3"));
        QCOMPARE(tileText(Total::Revoked), QStringLiteral("1"));
        QCOMPARE(tileText(Total::AwaitingTriage), QStringLiteral("2"));
        QCOMPARE(tileText(Total::FailedJobs), QStringLiteral("1"));

        auto *status = dashboard()->statusChart();
        QCOMPARE(status->count(domain::CertificateStatus::Valid), 2LL);
        QCOMPARE(status->count(domain::CertificateStatus::Expiring), 5LL);
        QCOMPARE(status->count(domain::CertificateStatus::Expired), 3LL);
        QCOMPARE(status->count(domain::CertificateStatus::Revoked), 1LL);

        auto *next = dashboard()->nextToExpireTable();
        QVERIFY(next->rowCount() >= 5);
        QCOMPARE(next->item(0, 0)->text(), QStringLiteral("a.in3days.test"));
        QCOMPARE(next->item(1, 0)->text(), QStringLiteral("n.in6days.test")); // not r: revoked
        auto *jobs = dashboard()->recentJobsTable();
        QCOMPARE(jobs->rowCount(), 2);
        QVERIFY(jobs->item(0, 3)->text() == QLatin1String("The CA refused the request.") ||
                jobs->item(1, 3)->text() == QLatin1String("The CA refused the request."));
        auto *attention = dashboard()->findChild<QLabel *>(QStringLiteral("attentionLabel"));
        QVERIFY2(attention->text().contains(QLatin1String("Expired: 3")), qPrintable(attention->text()));
        QCOMPARE(m_prompter->errors.size(), 0);
    }

    void aTileOpensTheInventoryFilteredToIt()
    {
        showDashboard();
        QTest::mouseClick(dashboard()->tile(Total::Expiring14), Qt::LeftButton);
        QCOMPARE(currentPage(), inventory());
        QTRY_COMPARE_WITH_TIMEOUT(inventory()->table()->model()->rowCount(), 4, 10000);
        QCOMPARE(inventoryNames(),
                 (QStringList{QStringLiteral("a.in3days.test"), QStringLiteral("b.in10days.test"),
                              QStringLiteral("f.in12days.test"), QStringLiteral("n.in6days.test")}));
        auto *label = inventory()->findChild<QLabel *>(QStringLiteral("subsetLabel"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QLatin1String("14")), qPrintable(label->text()));
        inventory()->findChild<QToolButton *>(QStringLiteral("clearSubsetButton"))->click();
        QCOMPARE(inventory()->table()->model()->rowCount(), 11);
        QVERIFY(!label->isVisible());

        showDashboard();
        QTest::mouseClick(dashboard()->tile(Total::Expired), Qt::LeftButton);
        QCOMPARE(currentPage(), inventory());
        QCOMPARE(inventoryNames(),
                 (QStringList{QStringLiteral("g.expired5days.test"), QStringLiteral("h.expired40days.test"),
                              QStringLiteral("x.expired1day.test")}));
        QCOMPARE(inventory()->findChild<QComboBox *>(QStringLiteral("statusFilter"))->currentData().toInt(),
                 int(domain::CertificateStatus::Expired));

        showDashboard();
        QTest::mouseClick(dashboard()->tile(Total::Revoked), Qt::LeftButton);
        QCOMPARE(inventoryNames(), QStringList{QStringLiteral("r.revoked.test")});

        showDashboard();
        QTest::mouseClick(dashboard()->tile(Total::Managed), Qt::LeftButton);
        QCOMPARE(inventory()->table()->model()->rowCount(), 11);

        showDashboard();
        QTest::mouseClick(dashboard()->tile(Total::AwaitingTriage), Qt::LeftButton);
        QCOMPARE(currentPage(), m_window->triagePage());
        showDashboard();
        QTest::mouseClick(dashboard()->tile(Total::FailedJobs), Qt::LeftButton);
        QCOMPARE(currentPage(), m_window->jobsPage());
    }

    void aBarOpensTheInventoryFilteredToItsWeek()
    {
        QCOMPARE(currentPage(), m_window->jobsPage());
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier); // the dashboard's shortcut
        QCOMPARE(currentPage(), dashboard());
        auto *timeline = dashboard()->timeline();
        QCOMPARE(timeline->weekCount(), 26);
        // Week 1 (8 to 14 days from now) holds b and f.
        const QPoint bar = timeline->barCenter(1);
        QVERIFY2(timeline->viewport()->rect().contains(bar),
                 qPrintable(QStringLiteral("bar at %1,%2").arg(bar.x()).arg(bar.y())));
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, bar);
        QCOMPARE(currentPage(), inventory());
        QCOMPARE(inventoryNames(),
                 (QStringList{QStringLiteral("b.in10days.test"), QStringLiteral("f.in12days.test")}));
        auto *label = inventory()->findChild<QLabel *>(QStringLiteral("subsetLabel"));
        QVERIFY2(label->text().contains(timeline->weekLabel(1)), qPrintable(label->text()));

        // Week 8 holds d only (60 days).
        showDashboard();
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, timeline->barCenter(8));
        QCOMPARE(inventoryNames(), QStringList{QStringLiteral("d.in60days.test")});
    }

    void aStatusSliceOpensTheInventoryWithThatStatus()
    {
        showDashboard();
        auto *status = dashboard()->statusChart();
        const QPoint slice = status->sliceCenter(domain::CertificateStatus::Valid);
        QVERIFY(status->viewport()->rect().contains(slice));
        QTest::mouseClick(status->viewport(), Qt::LeftButton, {}, slice);
        QCOMPARE(currentPage(), inventory());
        QCOMPARE(inventoryNames(),
                 (QStringList{QStringLiteral("d.in60days.test"), QStringLiteral("e.in100days.test")}));
    }

    void doubleClickOpensTheCertificate()
    {
        showDashboard();
        auto *next = dashboard()->nextToExpireTable();
        const QRect row = next->visualItemRect(next->item(2, 0));
        QVERIFY(!row.isEmpty());
        QTest::mouseClick(next->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(next->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(currentPage(), inventory());
        const auto current = inventory()->table()->currentIndex();
        QCOMPARE(current.siblingAtColumn(item::CertificateTableModel::CommonName).data().toString(),
                 QStringLiteral("b.in10days.test"));

        showDashboard();
        auto *jobs = dashboard()->recentJobsTable();
        QTest::mouseClick(jobs->viewport(), Qt::LeftButton, {},
                          jobs->visualItemRect(jobs->item(0, 0)).center());
        QCOMPARE(currentPage(), m_window->jobsPage());
    }

    void followsChanges()
    {
        QSignalSpy ready(m_window->dashboard(), &ui::DashboardController::snapshotReady);
        m_window->controller()->remove({m_ids.value(QStringLiteral("h.expired40days.test"))});
        QVERIFY(ready.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(tileText(Total::Managed), QStringLiteral("10"), 10000);
        QCOMPARE(tileText(Total::Expired), QStringLiteral("2"));
    }

    void trayCountsWhatNeedsAttention()
    {
        auto *tray = m_window->tray();
        // 5 within the 30-day warning window + 2 expired (after the deletion above) + 1 failed job.
        QTRY_COMPARE_WITH_TIMEOUT(tray->attention(), 8LL, 10000);
        QVERIFY2(tray->toolTip().startsWith(QLatin1String("CertDesk - needs attention: 8\n")),
                 qPrintable(tray->toolTip()));
        QVERIFY(tray->toolTip().contains(QLatin1String("Expired: 2")));
        QCOMPARE(tray->trayIcon() != nullptr, ui::TrayController::isAvailable());

        // The badge: a red disc in the top right corner, none without a count.
        const QImage badged = ui::TrayController::badgeIcon({}, 8).pixmap(64, 64).toImage();
        const QImage plain = ui::TrayController::badgeIcon({}, 0).pixmap(64, 64).toImage();
        const QColor corner = badged.pixelColor(52, 14);
        QVERIFY2(corner.red() > 150 && corner.green() < 80 && corner.blue() < 80, qPrintable(corner.name()));
        QVERIFY(plain.pixelColor(52, 14) != corner);
    }

    void notifiesWhatHappenedWhileClosedOnce()
    {
        // Since the mark of two days ago: x expired, n entered the 7-day window, f the 14-day one, and
        // the job failed. A job that failed in the second of a snapshot comes with the next one.
        QTRY_VERIFY_WITH_TIMEOUT(!m_notifications.isEmpty(), 10000);
        if (m_notifications.size() == 1) {
            QTest::qWait(1100);
            m_window->dashboard()->refresh();
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_notifications.size(), 2, 10000);
        const auto &certificates = m_notifications[0];
        QCOMPARE(certificates.kind, ui::TrayNotification::Kind::Certificates);
        QVERIFY2(certificates.title.endsWith(QLatin1String(": 3")), qPrintable(certificates.title));
        QVERIFY2(certificates.message.contains(QLatin1String("Expired: x.expired1day.test")),
                 qPrintable(certificates.message));
        QVERIFY2(certificates.message.contains(QLatin1String("Within 7 days: n.in6days.test")),
                 qPrintable(certificates.message));
        QVERIFY2(certificates.message.contains(QLatin1String("Within 14 days: f.in12days.test")),
                 qPrintable(certificates.message));
        QVERIFY(certificates.critical);
        QCOMPARE(m_notifications[1].kind, ui::TrayNotification::Kind::Jobs);
        QCOMPARE(m_notifications[1].title, QStringLiteral("Job failed"));
        QVERIFY(m_notifications[1].message.contains(QLatin1String("The CA refused the request.")));
        const QDateTime mark =
            ui::UiSettings::notifiedUntil(store::ConnectionSpec::sqlite(m_dbPath).displayName());
        QVERIFY(mark > m_now.addSecs(-5));

        // A restart (a second console on the same inventory and settings) repeats nothing.
        testsupport::ScriptedPrompter *prompter = nullptr;
        auto second = makeWindow(&prompter);
        QList<ui::TrayNotification> again;
        connect(second->tray(), &ui::TrayController::notified, this,
                [&again](const ui::TrayNotification &n) { again << n; });
        QSignalSpy ready(second->dashboard(), &ui::DashboardController::snapshotReady);
        second->openDatabase(store::ConnectionSpec::sqlite(m_dbPath));
        QVERIFY(ready.wait(10000));
        QVERIFY(second->dashboard()->alertsSince().has_value());
        QCOMPARE(again.size(), 0);
        second.reset();
    }

    void notifiesAFailureSoonAfterIt()
    {
        // A job fails while the console runs (a kind no handler of the console's runner claims); the
        // change asks for a snapshot a second later, as MainWindow does on the controllers' signals.
        const auto before = m_notifications.size();
        store::JobRepository jobs(m_window->controller()->context()->database()->connection());
        auto id = jobs.enqueue(store::NewJob{QStringLiteral("test.noop"), {}, 1, {}, {}});
        QVERIFY(id);
        auto claimed = jobs.claimNext(QStringLiteral("test"), 60, {QStringLiteral("test.noop")});
        QVERIFY(claimed && *claimed);
        QVERIFY(jobs.markFailed(*id, QStringLiteral("test"), QStringLiteral("Target unreachable."), 0, true));
        m_window->dashboard()->refreshSoon();
        QTRY_COMPARE_WITH_TIMEOUT(m_notifications.size(), before + 1, 5000);
        QCOMPARE(m_notifications.last().kind, ui::TrayNotification::Kind::Jobs);
        QVERIFY(m_notifications.last().message.contains(QLatin1String("Target unreachable.")));
        QTRY_COMPARE(tileText(Total::FailedJobs), QStringLiteral("2"));
    }

    void notificationDecisions()
    {
        domain::DashboardSnapshot s;
        s.computedAt = m_now;
        QVERIFY(ui::TrayController::notificationsFor(s).isEmpty());

        domain::ExpiringCertificate one;
        one.commonName = QStringLiteral("www.example.org");
        one.notAfter = m_now.addDays(13);
        one.windowDays = 14;
        s.alertsSince = m_now.addSecs(-120);
        s.enteredWindows = {one};
        s.enteredWindowsTotal = 1;
        auto n = ui::TrayController::notificationsFor(s);
        QCOMPARE(n.size(), 1);
        QCOMPARE(n[0].title, QStringLiteral("Certificate expires within 14 days"));
        QVERIFY(n[0].message.startsWith(QLatin1String("www.example.org expires on")));
        QVERIFY(!n[0].critical);

        one.windowDays = 0;
        s.enteredWindows = {one};
        n = ui::TrayController::notificationsFor(s);
        QCOMPARE(n[0].title, QStringLiteral("Certificate expired"));
        QVERIFY(n[0].critical);

        // Many at once: grouped by window, at most three names each, the rest counted.
        s.enteredWindows.clear();
        for (int i = 0; i < 5; ++i) {
            domain::ExpiringCertificate c;
            c.commonName = QStringLiteral("host%1").arg(i);
            c.windowDays = 30;
            s.enteredWindows << c;
        }
        s.enteredWindowsTotal = 250; // more than the snapshot lists
        n = ui::TrayController::notificationsFor(s);
        QCOMPARE(n[0].title, QStringLiteral("Certificates entering a warning window: 250"));
        QVERIFY2(n[0].message.contains(QLatin1String("Within 30 days: host0, host1, host2 and 2 more")),
                 qPrintable(n[0].message));
        QVERIFY2(n[0].message.contains(QLatin1String("and 245 more")), qPrintable(n[0].message));

        domain::JobOutcome failed;
        failed.kind = QStringLiteral("certificate.issue");
        failed.status = domain::JobStatus::Failed;
        failed.message = QStringLiteral("Order refused.");
        s.enteredWindows.clear();
        s.enteredWindowsTotal = 0;
        s.failedSince = {failed, failed};
        s.failedSinceTotal = 2;
        n = ui::TrayController::notificationsFor(s);
        QCOMPARE(n.size(), 1);
        QCOMPARE(n[0].title, QStringLiteral("Jobs failed: 2"));
        QVERIFY(n[0].message.contains(QLatin1String("Order refused.")));

        // The tooltip names what needs attention.
        s.totals.expiringInWindow = 4;
        s.totals.expired = 1;
        s.expiringDays = 21;
        QCOMPARE(ui::TrayController::toolTipFor(s),
                 QStringLiteral("CertDesk - needs attention: 5\nExpired: 1, Expiring within 21 days: 4"));
        s.totals = {};
        QCOMPARE(ui::TrayController::toolTipFor(s), QStringLiteral("CertDesk - nothing needs attention"));
    }

    void minimiseToTrayNeedsATray()
    {
        auto *check = m_window->settingsPage()->findChild<QCheckBox *>(QStringLiteral("minimiseToTrayCheck"));
        QVERIFY(check);
        if (ui::TrayController::isAvailable())
            QSKIP("this session has a system tray");
        QVERIFY(!check->isEnabled());
        QVERIFY2(check->toolTip().contains(QLatin1String("no system tray")), qPrintable(check->toolTip()));
        m_window->tray()->setMinimiseToTray(true);
        QVERIFY(!m_window->tray()->hidesOnClose()); // closing would end the console, not hide it
        m_window->tray()->setMinimiseToTray(false);
    }

    void fitsSmallWindows()
    {
        showDashboard();
        auto *scroll = dashboard()->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
        for (const QSize size : {QSize(1280, 800), QSize(1024, 640)}) {
            m_window->resize(size);
            QTRY_COMPARE(m_window->size(), size);
            QCoreApplication::processEvents();
            for (auto total : {Total::Managed, Total::FailedJobs}) {
                auto *tile = dashboard()->tile(total);
                QVERIFY2(tile->width() >= tile->minimumSizeHint().width(),
                         qPrintable(QString::number(tile->width())));
            }
            QVERIFY(dashboard()->timeline()->height() >= 180);
            QVERIFY(dashboard()->nextToExpireTable()->height() >= 130);
            // Nothing is cut off: whatever does not fit scrolls.
            const auto *content = scroll->widget();
            QVERIFY(content->height() >= content->minimumSizeHint().height());
            if (content->height() > scroll->viewport()->height())
                QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
            if (size.height() >= 800) // everything fits at 1280x800: no scroll bar
                QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
        }
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
