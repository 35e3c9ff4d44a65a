// SPDX-License-Identifier: GPL-3.0-or-later
// The ACME setup wizard driven through its real widgets, opened from the Issuers page: against a
// real pebble (custom directory, terms accepted, http-01 on pebble's validation port, the test step,
// Finish) and then a certificate issued through the new issuer with real HTTP-01 validation; terms
// that block Next until accepted; an unreachable directory and a web page that is no ACME server
// shown inline with nothing saved; EAB fields for a pebble that requires External Account Binding;
// the profiles of a directory that lists some; the challenge fields' checks; a test abandoned while
// the CA hangs (its request is aborted at once, seen by the server) and a wizard closed or destroyed
// during that test.
#include "app/core/inventoryservice.h"
#include "app/core/issuerservice.h"
#include "app/core/lifecycleservice.h"
#include "scriptedprompter.h"
#include "tests/acme/pebble/fakehttpserver.h"
#include "tests/acme/pebble/freeport.h"
#include "tests/acme/pebble/pebbleserver.h"
#include "tests/core/coretestsupport.h"
#include "tests/discovery/network/loopbackserver.h"
#include "tests/support/testcertificates.h"
#include "ui/backgroundtask.h"
#include "ui/lifecyclecontroller.h"
#include "ui/pages/issuerspage.h"
#include "ui/wizards/acmesetupcontroller.h"
#include "ui/wizards/acmewizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThreadPool>
#include <QTreeWidget>
#include <QtTest>

#include <atomic>

using namespace certdesk;
using ui::AcmeWizard;

namespace {
template <typename T> T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no widget named %s", name);
    return found;
}

QAbstractButton *nextButton(AcmeWizard *w)
{
    return w->button(QWizard::NextButton);
}

/// Chooses "Another ACME CA" and gives the directory and its TLS trust.
void chooseCustomCa(AcmeWizard *w, const QString &url, const QString &bundle = {})
{
    auto *list = child<QListWidget>(w, "acmePresetList");
    list->setCurrentRow(list->count() - 1);
    child<QLineEdit>(w, "acmeDirectoryUrlEdit")->setText(url);
    child<QLineEdit>(w, "acmeCaBundleEdit")->setText(bundle);
}

QStringList issuerNames(core::AppContext &context)
{
    QStringList names;
    auto issuers = context.issuers().list();
    for (const auto &i : issuers ? *issuers : QList<store::StoredIssuer>())
        names << i.name;
    return names;
}

/// A directory served by the fake HTTP server: `meta` as given, the resources under `base`.
QByteArray directoryJson(const QString &base, const QByteArray &meta)
{
    return QStringLiteral(R"({"newNonce":"%1/nonce","newAccount":"%1/account","newOrder":"%1/order",)"
                          R"("revokeCert":"%1/revoke","keyChange":"%1/key","meta":)")
               .arg(base)
               .toUtf8() +
           meta + '}';
}

/// A CA that hangs: its directory (a FakeHttpServer) answers, and every resource it names is on a
/// LoopbackServer that reads the request and then never answers, until the client hangs up.
/// Counts the requests that hang and the connections the client closed while waiting.
class HangingCa
{
public:
    HangingCa()
        : m_hanging([this](testsupport::Connection &c) { hang(c); }),
          m_directory([base = QStringLiteral("http://127.0.0.1:%1").arg(m_hanging.port())](
                          const testsupport::FakeHttpRequest &) {
              return testsupport::FakeHttpResponse{
                  200, {{"Content-Type", "application/json"}}, directoryJson(base, "{}")};
          })
    {}

    bool start() { return m_directory.start(); }
    QString directoryUrl() const { return m_directory.baseUrl() + QStringLiteral("/dir"); }
    int hungRequests() const { return m_requests.load(); }
    /// Hung connections the client closed (none time out: the wait is far longer than a test).
    int closedByClient() const { return m_closed.load(); }

private:
    void hang(testsupport::Connection &c)
    {
        if (!c.readUntil("\r\n\r\n"))
            return;
        ++m_requests;
        c.waitForClose(600000);
        ++m_closed;
    }

    std::atomic<int> m_requests{0};
    std::atomic<int> m_closed{0};
    testsupport::LoopbackServer m_hanging;
    testsupport::FakeHttpServer m_directory;
};
} // namespace

class TestAcmeWizard final : public QObject
{
    Q_OBJECT

    testsupport::TestInventory m_inventory;
    std::unique_ptr<testsupport::PebbleServer> m_pebble;
    testsupport::ScriptedPrompter m_prompter;
    std::unique_ptr<ui::LifecycleController> m_controller;
    std::unique_ptr<ui::IssuersPage> m_page;

    AcmeWizard *openWizard()
    {
        auto *wizard = m_page->newAcmeCa();
        if (wizard)
            wizard->show();
        return wizard;
    }

    /// Goes from the first page to the account page of pebble's directory.
    bool reachAccountPage(AcmeWizard *w, const testsupport::PebbleServer &pebble)
    {
        chooseCustomCa(w, pebble.directoryUrl(), pebble.caBundlePath());
        w->next();
        return QTest::qWaitFor([w] { return w->currentId() == AcmeWizard::AccountPage; }, 30000);
    }

    /// Goes from the first page to the test page of a CA that hangs; its test is then waiting for
    /// the CA's answer.
    bool reachHungTest(AcmeWizard *w, const HangingCa &ca, int hungBefore)
    {
        chooseCustomCa(w, ca.directoryUrl());
        w->next();
        if (!QTest::qWaitFor([w] { return w->currentId() == AcmeWizard::AccountPage; }, 30000))
            return false;
        child<QLineEdit>(w, "acmeNameEdit")->setText(QStringLiteral("Hung"));
        w->next();
        w->next();
        return w->currentId() == AcmeWizard::TestPage &&
               QTest::qWaitFor([&ca, hungBefore] { return ca.hungRequests() > hungBefore; }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_inventory.open());
        m_controller = std::make_unique<ui::LifecycleController>();
        m_controller->setContext(m_inventory.context);
        m_page = std::make_unique<ui::IssuersPage>(m_controller.get(), &m_prompter);
        m_page->show();
        testsupport::PebbleOptions options;
        options.alwaysValid = false; // our HTTP-01 server is really asked
        m_pebble = std::make_unique<testsupport::PebbleServer>(options);
        CERTDESK_START_PEBBLE(*m_pebble);
    }

    void cleanupTestCase()
    {
        // Abandoned steps still hold the inventory; let them end before it closes.
        ui::workPool()->waitForDone();
        m_page.reset();
        m_controller.reset();
    }

    void presetsFillTheDirectoryUrl()
    {
        QPointer<AcmeWizard> w = openWizard();
        QVERIFY(w);
        auto *list = child<QListWidget>(w, "acmePresetList");
        auto *url = child<QLineEdit>(w, "acmeDirectoryUrlEdit");
        QCOMPARE(list->count(), 7);
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(url->text(), QStringLiteral("https://acme-v02.api.letsencrypt.org/directory"));
        QVERIFY(url->isReadOnly());
        QVERIFY(!child<QLabel>(w, "acmePresetNote")->text().isEmpty());
        QVERIFY(nextButton(w)->isEnabled());
        list->setCurrentRow(list->count() - 1);
        QVERIFY(!url->isReadOnly());
        QVERIFY(url->text().isEmpty());
        QVERIFY(!nextButton(w)->isEnabled());
        url->setText(QStringLiteral("ftp://ca.example.org/dir"));
        QVERIFY(!nextButton(w)->isEnabled());
        url->setText(QStringLiteral("https://ca.example.org/dir"));
        QVERIFY(nextButton(w)->isEnabled());
        // The custom URL survives a look at another preset.
        list->setCurrentRow(2);
        QCOMPARE(url->text(), QStringLiteral("https://acme.zerossl.com/v2/DV90"));
        list->setCurrentRow(list->count() - 1);
        QCOMPARE(url->text(), QStringLiteral("https://ca.example.org/dir"));
        child<QLineEdit>(w, "acmeCaBundleEdit")->setText(QStringLiteral("/nonexistent/bundle.pem"));
        QVERIFY(!nextButton(w)->isEnabled());
        w->reject();
        QTRY_VERIFY(w.isNull());
    }

    void unreachableDirectoryIsShownInline()
    {
        const auto before = issuerNames(*m_inventory.context);
        QPointer<AcmeWizard> w = openWizard();
        QVERIFY(w);
        chooseCustomCa(w, QStringLiteral("https://127.0.0.1:%1/dir").arg(testsupport::freeLoopbackPort()));
        w->next();
        QCOMPARE(w->currentId(), int(AcmeWizard::CaPage));
        auto *error = child<QLabel>(child<QWidget>(w, "acmeDirectoryError"), "errorMessageLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 30000);
        QVERIFY2(error->text().contains(QLatin1String("directory")), qPrintable(error->text()));
        QVERIFY(child<QWidget>(w, "acmeDirectoryError")->isVisible());
        QVERIFY(!child<QProgressBar>(w, "acmeDirectoryBusy")->isVisible());
        QCOMPARE(w->currentId(), int(AcmeWizard::CaPage));
        QVERIFY(nextButton(w)->isEnabled()); // the user may try again

        // A web page where the directory should be: not an ACME server.
        testsupport::FakeHttpServer web([](const testsupport::FakeHttpRequest &) {
            return testsupport::FakeHttpResponse{
                200, {{"Content-Type", "text/html"}}, "<html>Welcome</html>"};
        });
        QVERIFY(web.start());
        child<QLineEdit>(w, "acmeDirectoryUrlEdit")->setText(web.baseUrl() + QStringLiteral("/"));
        QVERIFY(!child<QWidget>(w, "acmeDirectoryError")->isVisible()); // a change clears the old error
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(w, "acmeDirectoryError")->isVisible(), 30000);
        QCOMPARE(w->currentId(), int(AcmeWizard::CaPage));
        w->reject();
        QCOMPARE(issuerNames(*m_inventory.context), before);
    }

    void termsMustBeAcceptedToGoOn()
    {
        QPointer<AcmeWizard> w = openWizard();
        QVERIFY(w);
        QVERIFY(reachAccountPage(w, *m_pebble));
        // Prefilled from the directory's host.
        QCOMPARE(child<QLineEdit>(w, "acmeNameEdit")->text(), QStringLiteral("127.0.0.1"));
        auto *terms = child<QLabel>(w, "acmeTermsLabel");
        auto *accept = child<QCheckBox>(w, "acmeTermsCheck");
        QVERIFY(terms->isVisible());
        QVERIFY(terms->text().contains(QLatin1String("data:text/plain")));
        QVERIFY(terms->openExternalLinks());
        QVERIFY(accept->isVisible());
        QVERIFY(!accept->isChecked());
        QVERIFY(!nextButton(w)->isEnabled());
        w->next();
        QCOMPARE(w->currentId(), int(AcmeWizard::AccountPage));
        accept->click();
        QVERIFY(nextButton(w)->isEnabled());
        // Pebble asks for no EAB here and lists no profiles: neither is shown.
        QVERIFY(!child<QGroupBox>(w, "acmeEabGroup")->isVisible());
        QVERIFY(!child<QComboBox>(w, "acmeProfileCombo")->isVisible());
        // A bad e-mail address, and a name another issuer has, hold the page too.
        auto *email = child<QLineEdit>(w, "acmeEmailEdit");
        email->setText(QStringLiteral("admin at example.org"));
        QVERIFY(!nextButton(w)->isEnabled());
        email->setText(QStringLiteral("admin@example.org"));
        QVERIFY(nextButton(w)->isEnabled());
        accept->click();
        QVERIFY(!nextButton(w)->isEnabled());
        w->reject();
    }

    void challengeFieldsAreChecked()
    {
        QTemporaryDir dir;
        const auto script =
            testsupport::writeFile(dir.path(), QStringLiteral("present.sh"), "#!/bin/sh\nexit 0\n");
        QPointer<AcmeWizard> w = openWizard();
        QVERIFY(w);
        QVERIFY(reachAccountPage(w, *m_pebble));
        child<QCheckBox>(w, "acmeTermsCheck")->click();
        w->next();
        QCOMPARE(w->currentId(), int(AcmeWizard::ChallengePage));
        QVERIFY(child<QLabel>(w, "acmeWildcardNote")->isVisible());
        QVERIFY(child<QLabel>(w, "acmeWildcardNote")->text().contains(QLatin1String("dns-01")));
        QVERIFY(child<QRadioButton>(w, "acmeHttp01Radio")->isChecked());
        QVERIFY(child<QLabel>(w, "acmeHttpNote")->isVisible());
        QVERIFY(!child<QLineEdit>(w, "acmeDnsPresentEdit")->isVisible());
        auto *address = child<QLineEdit>(w, "acmeHttpAddressEdit");
        address->setText(QStringLiteral("not an address"));
        QVERIFY(!nextButton(w)->isEnabled());
        address->setText(QStringLiteral("127.0.0.1"));
        QVERIFY(nextButton(w)->isEnabled());

        child<QRadioButton>(w, "acmeDns01Radio")->click();
        QVERIFY(!child<QLabel>(w, "acmeHttpNote")->isVisible());
        auto *present = child<QLineEdit>(w, "acmeDnsPresentEdit");
        QVERIFY(present->isVisible());
        QVERIFY(!nextButton(w)->isEnabled());
        present->setText(script); // not executable yet
        QVERIFY(!nextButton(w)->isEnabled());
        QFile(script).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        present->setText(script + QStringLiteral(" "));
        QVERIFY(nextButton(w)->isEnabled());
        auto *resolver = child<QLineEdit>(w, "acmeDnsResolverEdit");
        resolver->setText(QStringLiteral("ns.example.org:53")); // a name cannot be the resolver
        QVERIFY(!nextButton(w)->isEnabled());
        resolver->setText(QStringLiteral("127.0.0.1:5353"));
        QVERIFY(nextButton(w)->isEnabled());
        child<QSpinBox>(w, "acmeDnsWaitSpin")->setValue(5);

        child<QRadioButton>(w, "acmeDnsPersistRadio")->click();
        QVERIFY(child<QLabel>(w, "acmePersistNote")->isVisible());
        child<QLineEdit>(w, "acmePersistDomainEdit")->setText(QStringLiteral("ca.example.org"));
        const auto setup = w->setup();
        QCOMPARE(setup.challenge, QStringLiteral("dns-persist-01"));
        QCOMPARE(setup.dnsPresentScript, script);
        QCOMPARE(setup.dnsWaitSeconds, 5);
        QCOMPARE(setup.dnsResolver, QStringLiteral("127.0.0.1:5353"));
        QCOMPARE(setup.dnsPersistIssuerDomain, QStringLiteral("ca.example.org"));
        QCOMPARE(setup.directoryUrl, m_pebble->directoryUrl());
        QVERIFY(setup.termsAccepted);
        w->reject();
    }

    void wizardSetsUpAnIssuerThatIssues()
    {
        QPointer<AcmeWizard> w = openWizard();
        QVERIFY(w);
        chooseCustomCa(w, m_pebble->directoryUrl(), m_pebble->caBundlePath());
        // Enter takes the default button, Next: the directory is fetched in the background.
        child<QLineEdit>(w, "acmeDirectoryUrlEdit")->setFocus();
        QTest::keyClick(child<QLineEdit>(w, "acmeDirectoryUrlEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(AcmeWizard::AccountPage), 30000);
        child<QLineEdit>(w, "acmeNameEdit")->setText(QStringLiteral("Pebble"));
        child<QLineEdit>(w, "acmeEmailEdit")->setText(QStringLiteral("admin@example.org"));
        child<QCheckBox>(w, "acmeTermsCheck")->click();
        w->next();
        QCOMPARE(w->currentId(), int(AcmeWizard::ChallengePage));
        child<QRadioButton>(w, "acmeHttp01Radio")->click();
        child<QLineEdit>(w, "acmeHttpAddressEdit")->setText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(w, "acmeHttpPortSpin")->setValue(m_pebble->httpChallengePort());
        w->next();
        QCOMPARE(w->currentId(), int(AcmeWizard::TestPage));
        auto *finish = w->button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled()); // not before the test succeeded
        auto *account = child<QLabel>(w, "acmeAccountUrlLabel");
        QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 30000);
        const QString accountUrl = account->text();
        QVERIFY2(accountUrl.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(accountUrl));
        QVERIFY(child<QLabel>(w, "acmeAriLabel")->text().contains(QLatin1String("Not offered")));
        QVERIFY(!child<QWidget>(w, "acmeTestError")->isVisible());
        // Nothing is saved by the test.
        QVERIFY(!issuerNames(*m_inventory.context).contains(QStringLiteral("Pebble")));

        // Testing again finds the same account: its key is reused.
        child<QPushButton>(w, "acmeTestRetryButton")->click();
        QVERIFY(!finish->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 30000);
        QCOMPARE(account->text(), accountUrl);

        // Enter finishes: the focus went to Finish (not to Back) when the test succeeded.
        QCOMPARE(w->focusWidget(), finish);
        QTest::keyClick(w->focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(w.isNull(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_page->list()->findItems(QStringLiteral("Pebble"), Qt::MatchExactly).isEmpty(), 10000);
        QTRY_COMPARE(m_page->list()->currentItem()->text(0), QStringLiteral("Pebble"));
        QCOMPARE(m_page->list()->currentItem()->text(1), QStringLiteral("ACME"));
        QCOMPARE(m_page->list()->currentItem()->text(2), QStringLiteral("http-01"));
        QVERIFY(!child<QPushButton>(m_page.get(), "publishCrlButton")->isEnabled());

        auto stored = m_inventory.context->issuers().findByName(QStringLiteral("Pebble"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->type, QStringLiteral("acme"));
        QCOMPARE(stored->config.value(QStringLiteral("account_url")).toString(), accountUrl);
        QCOMPARE(stored->config.value(QStringLiteral("http_port")).toInt(), m_pebble->httpChallengePort());

        // The issuer works: pebble validates through our temporary HTTP-01 server.
        auto id = m_inventory.context->lifecycle().issue({QStringLiteral("Pebble"),
                                                          QStringLiteral("www.wizard.test"),
                                                          {QStringLiteral("www.wizard.test")},
                                                          QStringLiteral("ec256"),
                                                          90});
        QVERIFY2(id.ok(), qPrintable(id.error().fullText() + m_pebble->recentLogs()));
        auto view = m_inventory.context->inventory().view(*id);
        QVERIFY(view.ok());
        QCOMPARE(view->certificate.current.details.commonName, QStringLiteral("www.wizard.test"));

        // The name is taken now: a second wizard refuses it inline.
        QPointer<AcmeWizard> again = openWizard();
        QVERIFY(reachAccountPage(again, *m_pebble));
        child<QCheckBox>(again, "acmeTermsCheck")->click();
        child<QLineEdit>(again, "acmeNameEdit")->setText(QStringLiteral("Pebble"));
        QVERIFY(!nextButton(again)->isEnabled());
        again->reject();
    }

    void cancelAbortsTheHungRequest()
    {
        HangingCa ca;
        QVERIFY(ca.start());
        QPointer<AcmeWizard> w = openWizard();
        QVERIFY(reachHungTest(w, ca, 0));
        QVERIFY(!child<QCheckBox>(w, "acmeTermsCheck")->isVisible()); // no terms: nothing to accept
        auto *controller = w->controller();
        auto *cancel = child<QPushButton>(w, "acmeTestCancelButton");
        auto *retry = child<QPushButton>(w, "acmeTestRetryButton");
        auto *error = child<QWidget>(w, "acmeTestError");
        QVERIFY(cancel->isVisible());
        QVERIFY(child<QProgressBar>(w, "acmeTestBusy")->isVisible());
        QVERIFY(controller->hasRunningWork());
        QCOMPARE(ca.closedByClient(), 0);

        QElapsedTimer timer;
        timer.start();
        cancel->click();
        // The page is free at once: the GUI thread does not wait for the abort.
        QVERIFY(!cancel->isVisible());
        QVERIFY(retry->isVisible());
        QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
        const auto status = child<QLabel>(w, "acmeTestStatusLabel")->text();
        QVERIFY(status.contains(QLatin1String("abandoned")));
        // The request is aborted: the CA sees the connection closed and the worker ends, long before
        // the request's own 30-second timeout.
        QTRY_VERIFY_WITH_TIMEOUT(ca.closedByClient() == 1 && !controller->hasRunningWork(), 10000);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        // The cancelled result is no failure.
        QTest::qWait(100);
        QCOMPARE(child<QLabel>(w, "acmeTestStatusLabel")->text(), status);
        QVERIFY(!error->isVisible());
        QVERIFY(retry->isVisible());
        QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());

        // Testing again sends a new request, and that one can be cancelled too.
        retry->click();
        QVERIFY(cancel->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(ca.hungRequests(), 2, 30000);
        QVERIFY(controller->hasRunningWork());
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(ca.closedByClient() == 2 && !controller->hasRunningWork(), 10000);
        QVERIFY(!error->isVisible());
        w->reject();
        QTRY_VERIFY(w.isNull());
    }

    void closingTheWizardDuringTheTestIsSafe()
    {
        HangingCa ca;
        QVERIFY(ca.start());
        // Closed by its window button (reject): the test is cancelled, the wizard deleted.
        QPointer<AcmeWizard> w = openWizard();
        QVERIFY(reachHungTest(w, ca, 0));
        QPointer<ui::AcmeSetupController> controller = w->controller();
        w->close();
        QTRY_VERIFY(w.isNull());
        QVERIFY(controller.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(ca.closedByClient() == 1, 10000);

        // Destroyed outright: the controller's destructor aborts the request; the worker, which
        // outlives the wizard, touches nothing of it.
        w = openWizard();
        QVERIFY(reachHungTest(w, ca, 1));
        delete w.data();
        QTRY_VERIFY_WITH_TIMEOUT(ca.closedByClient() == 2, 10000);
        QVERIFY(ui::workPool()->waitForDone(10000));
        QTest::qWait(100); // a result delivered to the dead controller would crash here
        // The Issuers page is still fine and the CA untouched by anything else.
        QCOMPARE(ca.hungRequests(), 2);
        QVERIFY(m_page->isVisible());
    }

    void eabFieldsWhenTheCaRequiresThem()
    {
        testsupport::PebbleOptions options;
        options.eabKeys.insert(
            QStringLiteral("kid-1"),
            QStringLiteral("zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W"));
        testsupport::PebbleServer pebble(options);
        CERTDESK_START_PEBBLE(pebble);
        QPointer<AcmeWizard> w = openWizard();
        QVERIFY(reachAccountPage(w, pebble));
        auto *group = child<QGroupBox>(w, "acmeEabGroup");
        auto *kid = child<QLineEdit>(w, "acmeEabKeyIdEdit");
        auto *hmac = child<QLineEdit>(w, "acmeEabHmacEdit");
        QVERIFY(group->isVisible());
        QCOMPARE(hmac->echoMode(), QLineEdit::Password);
        child<QLineEdit>(w, "acmeNameEdit")->setText(QStringLiteral("Pebble EAB"));
        child<QCheckBox>(w, "acmeTermsCheck")->click();
        QVERIFY(!nextButton(w)->isEnabled()); // required here
        kid->setText(QStringLiteral("kid-1"));
        QVERIFY(!nextButton(w)->isEnabled());
        hmac->setText(QStringLiteral("not base64url!"));
        QVERIFY(!nextButton(w)->isEnabled());
        hmac->setText(QStringLiteral("zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W"));
        QVERIFY(nextButton(w)->isEnabled());
        w->next();
        child<QSpinBox>(w, "acmeHttpPortSpin")->setValue(pebble.httpChallengePort());
        w->next();
        QCOMPARE(w->currentId(), int(AcmeWizard::TestPage));
        QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::FinishButton)->isEnabled(), 30000);
        w->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.isNull(), 10000);
        auto stored = m_inventory.context->issuers().findByName(QStringLiteral("Pebble EAB"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->config.value(QStringLiteral("eab_kid")).toString(), QStringLiteral("kid-1"));
        // The HMAC key is nowhere in the stored settings.
        QVERIFY(!QJsonDocument(stored->config).toJson().contains("zWNDZM6eQGHW"));
    }

    void profilesOfTheDirectoryAreOffered()
    {
        QString base;
        testsupport::FakeHttpServer ca([&base](const testsupport::FakeHttpRequest &) {
            return testsupport::FakeHttpResponse{
                200,
                {{"Content-Type", "application/json"}},
                directoryJson(base,
                              R"({"termsOfService":"https://ca.example.org/tos.pdf",)"
                              R"("externalAccountRequired":true,)"
                              R"("profiles":{"classic":"The usual 90 days","shortlived":"Six days"}})")};
        });
        QVERIFY(ca.start());
        base = ca.baseUrl();
        QPointer<AcmeWizard> w = openWizard();
        chooseCustomCa(w, base + QStringLiteral("/dir"));
        w->next();
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(AcmeWizard::AccountPage), 30000);
        auto *profile = child<QComboBox>(w, "acmeProfileCombo");
        QVERIFY(profile->isVisible());
        QCOMPARE(profile->count(), 3);
        QCOMPARE(profile->currentData().toString(), QString()); // CA default first
        QVERIFY(profile->itemText(2).contains(QLatin1String("Six days")));
        QVERIFY(child<QGroupBox>(w, "acmeEabGroup")->isVisible()); // the directory asks for EAB
        QVERIFY(child<QLabel>(w, "acmeTermsLabel")
                    ->text()
                    .contains(QLatin1String("https://ca.example.org/tos.pdf")));
        profile->setCurrentIndex(2);
        QCOMPARE(w->setup().profile, QStringLiteral("shortlived"));
        // Back to the first page and on again: the choice stays.
        w->back();
        w->next();
        QCOMPARE(w->currentId(), int(AcmeWizard::AccountPage));
        QCOMPARE(profile->currentData().toString(), QStringLiteral("shortlived"));
        w->reject();
    }
};

QTEST_MAIN(TestAcmeWizard)
#include "tst_acmewizard.moc"
