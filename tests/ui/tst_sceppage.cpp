// SPDX-License-Identifier: GPL-3.0-or-later
// The SCEP servers page driven through its widgets on a real SQLite inventory, against real HTTP
// servers on 127.0.0.1 that the test sets up as SCEP servers: the capabilities and CA
// certificates they serve are shown (subjects, days to expiry as `openssl` reads the dates, chain
// lengths, colours, details, copy of fingerprint and PEM), each probe lands in the history and
// survives a restart of the console, and failures are explained under the form while the page
// stays usable.
#include "app/core/datakeysource.h"
#include "tests/discovery/network/httptestserver.h"
#include "tests/discovery/network/loopbackserver.h"
#include "tests/discovery/network/sclient.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"
#include "tests/ui/scriptedprompter.h"
#include "ui/mainwindow.h"
#include "ui/pages/scantargetspage.h"
#include "ui/pages/sceppage.h"
#include "ui/scepprobecontroller.h"
#include "ui/widgets/certificatedetailsview.h"
#include "ui/widgets/scepresultview.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::testsupport;

namespace {

const QStringList Capabilities{QStringLiteral("POSTPKIOperation"), QStringLiteral("SHA-256"),
                               QStringLiteral("AES"), QStringLiteral("SCEPStandard"),
                               QStringLiteral("Renewal")};

HttpReply reply(const QByteArray &contentType, const QByteArray &body)
{
    return HttpReply{200, contentType, body, false};
}

/// Whole days from now to the notAfter `openssl x509 -enddate` prints for `der` (negative once
/// expired, counted as a started day), or INT_MIN when openssl cannot read it.
qint64 opensslDaysToExpiry(const QByteArray &der)
{
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("c.pem"), toPem(der));
    const auto run = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-enddate"),
                                 QStringLiteral("-in"), file});
    const QString line = QString::fromLatin1(run.out).simplified(); // "notAfter=Jun 1 12:00:00 2035 GMT"
    if (run.exitCode != 0 || !line.startsWith(QLatin1String("notAfter=")))
        return INT_MIN;
    QDateTime notAfter = QDateTime::fromString(line.mid(9), QStringLiteral("MMM d HH:mm:ss yyyy 'GMT'"));
    notAfter.setTimeSpec(Qt::UTC);
    if (!notAfter.isValid())
        return INT_MIN;
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(notAfter);
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

QString subjectCn(const QTreeWidgetItem *row)
{
    const QString subject = row->text(ui::ScepResultView::Subject);
    return subject.mid(subject.lastIndexOf(QLatin1String("CN=")) + 3);
}

} // namespace

class TestScepPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCa m_root = makeSelfSignedCa(QStringLiteral("SCEP Page Root"), pki::KeyAlgorithm::Rsa2048);
    TestCa m_issuing = makeIntermediateCa(m_root, QStringLiteral("SCEP Page Issuing CA"));
    /// Expires in 20 days and an hour: inside the default 30-day warning window.
    TestCertificate m_ra = makeLeaf(m_issuing, QStringLiteral("SCEP Page RA"), {}, pki::KeyAlgorithm::EcP256,
                                    QDateTime::currentDateTimeUtc().addDays(-10),
                                    QDateTime::currentDateTimeUtc().addDays(20).addSecs(3600));
    /// Expired three days ago (less an hour).
    TestCertificate m_expired =
        makeLeaf(m_root, QStringLiteral("SCEP Page Expired CA"), {}, pki::KeyAlgorithm::EcP256,
                 QDateTime::currentDateTimeUtc().addDays(-60),
                 QDateTime::currentDateTimeUtc().addDays(-3).addSecs(3600));
    std::unique_ptr<HttpTestServer> m_caRaServer;
    testsupport::ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::ScepPage *page() const { return m_window->scepPage(); }
    ui::ScepResultView *result() const { return page()->resultView(); }
    QTreeWidget *certificates() const { return result()->certificateTree(); }
    QTreeWidget *history() const { return page()->historyTree(); }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("scep.sqlite")); }

    void openWindow()
    {
        auto prompter = std::make_unique<ScriptedPrompter>();
        m_prompter = prompter.get();
        const auto keyFile = m_dir.filePath(QStringLiteral("master.txt"));
        m_window = std::make_unique<ui::MainWindow>(std::move(prompter), [keyFile] {
            return std::make_unique<core::PassphraseKeySource>(keyFile, 1000);
        });
        m_window->resize(1280, 800);
        m_window->show();
        QSignalSpy opened(m_window.get(), &ui::MainWindow::databaseOpened);
        QSignalSpy listed(page(), &ui::ScepPage::historyShown);
        m_window->openDatabase(store::ConnectionSpec::sqlite(dbPath()));
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.first().first().toBool());
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 10000); // the history has been read
    }

    /// Types `url` into the form, starts the probe with the button (or Enter) and waits until the
    /// outcome and the reloaded history are shown.
    void probe(const QString &url, bool withEnter = false)
    {
        page()->urlEdit()->clear();
        QTest::keyClicks(page()->urlEdit(), url);
        QSignalSpy shown(page(), &ui::ScepPage::probeShown);
        QSignalSpy listed(page(), &ui::ScepPage::historyShown);
        QVERIFY(page()->probeButton()->isEnabled());
        QElapsedTimer clicked;
        clicked.start();
        if (withEnter)
            QTest::keyClick(page()->urlEdit(), Qt::Key_Return);
        else
            QTest::mouseClick(page()->probeButton(), Qt::LeftButton);
        if (shown.isEmpty()) { // a URL refused at once may already be answered
            QVERIFY(!page()->probeButton()->isEnabled());
            QVERIFY(page()->busyIndicator()->isVisible());
            QVERIFY(page()->cancelButton()->isVisible());
        }
        QVERIFY(clicked.elapsed() < 1000); // the probe runs on a worker thread
        QVERIFY(shown.wait(30000) || !shown.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 10000);
        QVERIFY(!page()->busyIndicator()->isVisible());
        QVERIFY(!page()->cancelButton()->isVisible());
    }

    /// The history row of the probe of `url` (the newest when there are several), or null.
    QTreeWidgetItem *historyRow(const QString &url) const
    {
        QTreeWidgetItem *newest = nullptr;
        for (int i = 0; i < history()->topLevelItemCount(); ++i) {
            auto *row = history()->topLevelItem(i);
            if (row->text(ui::ScepPage::Url) == url &&
                (!newest || row->data(ui::ScepPage::ProbedAt, Qt::DisplayRole).toDateTime() >
                                newest->data(ui::ScepPage::ProbedAt, Qt::DisplayRole).toDateTime()))
                newest = row;
        }
        return newest;
    }

    QMap<QString, QTreeWidgetItem *> certificateRowsByCn() const
    {
        QMap<QString, QTreeWidgetItem *> rows;
        for (int i = 0; i < certificates()->topLevelItemCount(); ++i)
            rows.insert(subjectCn(certificates()->topLevelItem(i)), certificates()->topLevelItem(i));
        return rows;
    }

    /// Checks the table against what the CA/RA server serves: root, issuing CA and RA.
    void verifyCaRaCertificates()
    {
        const auto rows = certificateRowsByCn();
        QCOMPARE(rows.keys(),
                 (QStringList{QStringLiteral("SCEP Page Issuing CA"), QStringLiteral("SCEP Page RA"),
                              QStringLiteral("SCEP Page Root")}));
        struct Expected
        {
            QString cn;
            QString issuerCn;
            const TestCertificate *certificate;
            QString key;
            int chainLength;
        };
        const QList<Expected> expected{
            {QStringLiteral("SCEP Page Root"), QStringLiteral("SCEP Page Root"), &m_root,
             QStringLiteral("RSA 2048"), 1},
            {QStringLiteral("SCEP Page Issuing CA"), QStringLiteral("SCEP Page Root"), &m_issuing,
             QStringLiteral("EC P-256"), 2},
            {QStringLiteral("SCEP Page RA"), QStringLiteral("SCEP Page Issuing CA"), &m_ra,
             QStringLiteral("EC P-256"), 3}};
        for (const auto &e : expected) {
            const auto *row = rows.value(e.cn);
            QVERIFY2(row->text(ui::ScepResultView::Subject)
                         .startsWith(QLatin1String("C=DE, O=CertDesk Test, CN=")),
                     qPrintable(row->text(ui::ScepResultView::Subject)));
            QVERIFY(row->text(ui::ScepResultView::Issuer).endsWith(QLatin1String("CN=") + e.issuerCn));
            QCOMPARE(row->text(ui::ScepResultView::KeyAlgorithm), e.key);
            const qint64 days = opensslDaysToExpiry(e.certificate->der);
            QVERIFY(days != INT_MIN);
            QCOMPARE(row->data(ui::ScepResultView::DaysToExpiry, Qt::DisplayRole).toLongLong(), days);
            QCOMPARE(row->data(ui::ScepResultView::ChainLength, Qt::DisplayRole).toInt(), e.chainLength);
        }
        QCOMPARE(rows.value(QStringLiteral("SCEP Page RA"))
                     ->data(ui::ScepResultView::DaysToExpiry, Qt::DisplayRole)
                     .toInt(),
                 20);
        // inside the warning window: amber; the others are not marked
        QCOMPARE(
            rows.value(QStringLiteral("SCEP Page RA"))->background(ui::ScepResultView::DaysToExpiry).color(),
            QColor(0xff, 0xec, 0xb3));
        QCOMPARE(rows.value(QStringLiteral("SCEP Page Root"))
                     ->background(ui::ScepResultView::DaysToExpiry)
                     .style(),
                 Qt::NoBrush);
    }

    QStringList shownCapabilities() const
    {
        QStringList shown;
        for (int i = 0; i < result()->capabilityList()->count(); ++i)
            shown << result()->capabilityList()->item(i)->text();
        return shown;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // the servers are on 127.0.0.1: a proxy from the environment must not be asked
        for (const char *name :
             {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(name);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-sceppage-test"));
        writeFile(m_dir.path(), QStringLiteral("master.txt"), "scep page passphrase\n");
        m_caRaServer = std::make_unique<HttpTestServer>(QMap<QString, HttpReply>{
            {QStringLiteral("GetCACaps"),
             reply("text/plain", Capabilities.join(QStringLiteral("\r\n")).toLatin1())},
            {QStringLiteral("GetCACert"),
             reply("application/x-x509-ca-ra-cert",
                   toPkcs7({m_ra.der, m_issuing.der, m_root.der}, Pkcs7Encoding::Der))}});
        openWindow();
    }

    void shortcutShowsThePageAndKeepsTheOthers()
    {
        auto *pages = m_window->findChild<QStackedWidget *>();
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("issuersPage"));
        QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget(), page());
        // placed right after Scan targets in the side bar
        QCOMPARE(m_window->pageIndex(page()), m_window->pageIndex(m_window->scanTargetsPage()) + 1);
        QCOMPARE(history()->topLevelItemCount(), 0);
        QVERIFY(!page()->probeButton()->isEnabled()); // no URL yet
    }

    void probeShowsCapabilitiesCertificatesAndHistory()
    {
        probe(m_caRaServer->url());
        QVERIFY(page()->messageLabel()->isHidden());
        QCOMPARE(shownCapabilities(), Capabilities);
        QVERIFY(result()
                    ->findChild<QLabel *>(QStringLiteral("scepSummary"))
                    ->text()
                    .contains(m_caRaServer->url()));
        verifyCaRaCertificates();
        // read-only: the server was asked for nothing else
        for (const auto &request : m_caRaServer->requests())
            QVERIFY2(request.contains(QLatin1String("operation=GetCACaps")) ||
                         request.contains(QLatin1String("operation=GetCACert")),
                     qPrintable(request));

        QCOMPARE(history()->topLevelItemCount(), 1);
        const auto *row = history()->topLevelItem(0);
        QCOMPARE(row->text(ui::ScepPage::Url), m_caRaServer->url());
        QCOMPARE(row->text(ui::ScepPage::Outcome), QStringLiteral("OK"));
        QCOMPARE(row->text(ui::ScepPage::CertificateCount), QStringLiteral("3"));
        QCOMPARE(row->text(ui::ScepPage::Capabilities), Capabilities.join(QStringLiteral(", ")));
        QVERIFY(row->isSelected()); // the history shows which probe the result is
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void detailsAndCopyOfTheSelectedCertificate()
    {
        auto *ra = certificateRowsByCn().value(QStringLiteral("SCEP Page RA"));
        certificates()->setCurrentItem(ra);
        auto *details = result()->detailsView();
        QVERIFY(details->fieldTree()->findItems(QStringLiteral("General"), Qt::MatchExactly).size() == 1);
        const auto chainTop = details->chainTree()->topLevelItem(0);
        QVERIFY(chainTop->text(0).contains(QLatin1String("SCEP Page RA")));
        QCOMPARE(chainTop->child(0)->text(0), QStringLiteral("SCEP Page Issuing CA"));
        QCOMPARE(chainTop->child(0)->child(0)->text(0), QStringLiteral("SCEP Page Root"));

        QVERIFY(result()->copyFingerprintAction()->isEnabled());
        result()->copyFingerprintAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text().remove(u':').toLower(),
                 opensslFingerprints(toPem(m_ra.der)).value(0));
        result()->copyPemAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text().toLatin1(), toPem(m_ra.der));
    }

    void historyRowShowsItsStoredResult()
    {
        HttpTestServer caOnly(
            {{QStringLiteral("GetCACert"), reply("application/x-x509-ca-cert", m_expired.der)}});
        probe(caOnly.url(), true);
        QVERIFY(page()->messageLabel()->isHidden());
        QVERIFY(result()->capabilityList()->isHidden());
        const auto *problem = result()->findChild<QLabel *>(QStringLiteral("scepCapabilityProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("HTTP 404 for GetCACaps")),
                 qPrintable(problem->text()));
        QCOMPARE(certificates()->topLevelItemCount(), 1);
        const auto *expired = certificates()->topLevelItem(0);
        QCOMPARE(subjectCn(expired), QStringLiteral("SCEP Page Expired CA"));
        QCOMPARE(expired->data(ui::ScepResultView::DaysToExpiry, Qt::DisplayRole).toLongLong(),
                 opensslDaysToExpiry(m_expired.der));
        QCOMPARE(expired->data(ui::ScepResultView::DaysToExpiry, Qt::DisplayRole).toInt(), -3);
        QCOMPARE(expired->background(ui::ScepResultView::DaysToExpiry).color(), QColor(0xf8, 0xd0, 0xd0));
        QCOMPARE(expired->data(ui::ScepResultView::ChainLength, Qt::DisplayRole).toInt(), 1); // root not sent

        QCOMPARE(history()->topLevelItemCount(), 2);
        QCOMPARE(historyRow(caOnly.url())->text(ui::ScepPage::CertificateCount), QStringLiteral("1"));
        history()->setCurrentItem(historyRow(m_caRaServer->url()));
        QCOMPARE(shownCapabilities(), Capabilities);
        verifyCaRaCertificates();
        history()->setCurrentItem(historyRow(caOnly.url()));
        QCOMPARE(certificates()->topLevelItemCount(), 1);
    }

    void failuresAreExplainedAndThePageStaysUsable_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("recorded");
        QTest::newRow("unreachable") << "unreachable"
                                     << "could not connect to the SCEP server" << true;
        QTest::newRow("not a SCEP server") << "404"
                                           << "the SCEP server answered HTTP 404 for GetCACert" << true;
        QTest::newRow("garbage CA certificate")
            << "garbage"
            << "the SCEP server's GetCACert answer (application/x-x509-ca-cert) is not a DER certificate"
            << true;
        QTest::newRow("not a URL") << "ftp"
                                   << "is not a SCEP URL" << false;
    }
    void failuresAreExplainedAndThePageStaysUsable()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QFETCH(bool, recorded);
        std::unique_ptr<HttpTestServer> server;
        QString url;
        if (kind == QLatin1String("unreachable")) {
            url = QStringLiteral("http://127.0.0.1:%1/cgi-bin/pkiclient.exe").arg(closedLoopbackPort());
        } else if (kind == QLatin1String("404")) {
            server = std::make_unique<HttpTestServer>(
                QMap<QString, HttpReply>{{QStringLiteral("GetCACaps"), reply("text/plain", "SHA-256")}});
        } else if (kind == QLatin1String("garbage")) {
            server = std::make_unique<HttpTestServer>(
                QMap<QString, HttpReply>{{QStringLiteral("GetCACert"),
                                          reply("application/x-x509-ca-cert", "\x30\x82\x01\x00garbage")}});
        } else {
            url = QStringLiteral("ftp://scep.example.test/scep");
        }
        if (server)
            url = server->url();
        const int before = history()->topLevelItemCount();
        probe(url);
        QVERIFY(page()->messageLabel()->isVisible());
        QVERIFY2(page()->messageLabel()->text().contains(message),
                 qPrintable(page()->messageLabel()->text()));
        QCOMPARE(certificates()->topLevelItemCount(), 0);
        QVERIFY(result()->capabilityList()->isHidden());
        QVERIFY(m_prompter->errors.isEmpty()); // inline, not a dialog
        QCOMPARE(history()->topLevelItemCount(), before + (recorded ? 1 : 0));
        if (recorded) {
            const auto *row = historyRow(url);
            QVERIFY(row);
            QVERIFY2(row->text(ui::ScepPage::Outcome).contains(message),
                     qPrintable(row->text(ui::ScepPage::Outcome)));
            QVERIFY(row->text(ui::ScepPage::CertificateCount).isEmpty());
        }
        // usable again: the next probe works
        QVERIFY(page()->urlEdit()->isEnabled());
        probe(m_caRaServer->url());
        QVERIFY(page()->messageLabel()->isHidden());
        verifyCaRaCertificates();
    }

    void cancelStopsAProbeThatHangs()
    {
        HttpTestServer hanging({{QStringLiteral("GetCACaps"), HttpReply{200, {}, {}, true}}});
        const int before = history()->topLevelItemCount();
        page()->urlEdit()->setText(hanging.url());
        QSignalSpy shown(page(), &ui::ScepPage::probeShown);
        QSignalSpy listed(page(), &ui::ScepPage::historyShown);
        QTest::mouseClick(page()->probeButton(), Qt::LeftButton);
        QVERIFY(m_window->scepProbes()->isProbing());
        // the GUI thread is free while the server does not answer
        QTest::keyClicks(page()->caIdentifierEdit(), QStringLiteral("typed while waiting"));
        QCOMPARE(page()->caIdentifierEdit()->text(), QStringLiteral("typed while waiting"));
        QVERIFY(shown.isEmpty());
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(page()->cancelButton(), Qt::LeftButton);
        QVERIFY(shown.wait(5000));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(page()->messageLabel()->text().contains(QLatin1String("cancelled")));
        QVERIFY(page()->probeButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 10000);
        QCOMPARE(history()->topLevelItemCount(), before); // a cancelled probe is not kept
        page()->caIdentifierEdit()->clear();
    }

    void historySurvivesARestart()
    {
        const int probes = history()->topLevelItemCount();
        QVERIFY(probes >= 5);
        m_window.reset();
        openWindow();
        QCOMPARE(history()->topLevelItemCount(), probes);
        QCOMPARE(certificates()->topLevelItemCount(), 0); // nothing shown until a probe is chosen
        auto *row = historyRow(m_caRaServer->url());
        QVERIFY(row);
        history()->setCurrentItem(row);
        QCOMPARE(shownCapabilities(), Capabilities);
        verifyCaRaCertificates();
        // the certificates themselves were kept: details and PEM come from the store
        certificates()->setCurrentItem(certificateRowsByCn().value(QStringLiteral("SCEP Page Root")));
        QVERIFY(result()->copyPemAction()->isEnabled());
        result()->copyPemAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text().toLatin1(), toPem(m_root.der));
        QCOMPARE(result()->detailsView()->chainTree()->topLevelItemCount(), 1);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestScepPage)
#include "tst_sceppage.moc"
