// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/acmetestpage.h"

#include "ui/wizards/acmesetupcontroller.h"
#include "ui/wizards/acmewizard.h"
#include "ui/wizards/wizardfields.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::ui {

AcmeTestPage::AcmeTestPage(AcmeSetupController *controller, AcmeWizard *wizard)
    : QWizardPage(wizard), m_controller(controller), m_wizard(wizard), m_status(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_cancel(new QPushButton(tr("&Cancel test"), this)),
      m_retry(new QPushButton(tr("&Test again"), this)), m_result(new QWidget(this)),
      m_account(valueLabel("acmeAccountUrlLabel", m_result)), m_ari(valueLabel("acmeAriLabel", m_result)),
      m_profiles(valueLabel("acmeProfilesLabel", m_result)),
      m_eabNote(valueLabel("acmeEabFetchedLabel", m_result)), m_error(new ErrorPanel(this))
{
    setTitle(tr("Test the account"));
    setSubTitle(
        tr("CertDesk fetches the directory and creates the account at the CA (or finds the one it made "
           "before). Nothing is saved until you click Finish."));
    m_status->setObjectName(QStringLiteral("acmeTestStatusLabel"));
    m_status->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("acmeTestBusy"));
    m_busy->setRange(0, 0);
    m_cancel->setObjectName(QStringLiteral("acmeTestCancelButton"));
    m_retry->setObjectName(QStringLiteral("acmeTestRetryButton"));
    // Enter belongs to Finish, not to whichever of these has focus.
    m_cancel->setAutoDefault(false);
    m_retry->setAutoDefault(false);
    m_error->setObjectName(QStringLiteral("acmeTestError"));
    auto *resultForm = new QFormLayout(m_result);
    resultForm->setContentsMargins(0, 0, 0, 0);
    resultForm->addRow(tr("Account:"), m_account);
    resultForm->addRow(tr("Renewal information:"), m_ari);
    resultForm->addRow(tr("Profiles:"), m_profiles);
    resultForm->addRow(m_eabNote);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &AcmeTestPage::abandonTest);
    connect(m_retry, &QPushButton::clicked, this, &AcmeTestPage::startTest);
    connect(controller, &AcmeSetupController::checked, this, [this](const core::AcmeAccountCheck &check) {
        if (m_state != State::Testing)
            return;
        showCheck(check);
        setState(State::Tested);
        // Enter now means Finish (the focus may have been on a button that just went away).
        m_wizard->button(QWizard::FinishButton)->setFocus();
    });
    connect(controller, &AcmeSetupController::checkFailed, this, [this](const Error &error) {
        if (m_state != State::Testing)
            return;
        if (error.code == ErrorCode::Cancelled) { // stopped, not failed: nothing to show as an error
            showAbandoned();
            return;
        }
        m_status->setText(tr("The test failed. Go back to change the setup, or test again."));
        m_error->showError(error);
        setState(State::Idle);
        m_retry->setFocus();
    });
    connect(controller, &AcmeSetupController::saved, this, [this](qint64, const QString &name) {
        if (m_state != State::Saving)
            return;
        m_status->setText(tr("The issuer %1 is saved.").arg(name));
        setState(State::Saved);
    });
    connect(controller, &AcmeSetupController::saveFailed, this, [this](const Error &error) {
        if (m_state != State::Saving)
            return;
        m_status->setText(tr("The account works, but saving the issuer failed."));
        m_error->showError(error);
        setState(State::Tested);
    });
    setState(State::Idle);
}

void AcmeTestPage::initializePage()
{
    startTest();
}

void AcmeTestPage::cleanupPage()
{
    if (m_state == State::Testing || m_state == State::Tested)
        m_controller->cancel();
    setState(State::Idle);
}

void AcmeTestPage::startTest()
{
    m_error->clear();
    m_result->hide();
    m_status->setText(tr("Fetching the directory and creating the account..."));
    setState(State::Testing);
    m_controller->check(m_wizard->setup());
}

void AcmeTestPage::abandonTest()
{
    m_controller->cancel();
    showAbandoned();
}

void AcmeTestPage::showAbandoned()
{
    m_error->clear();
    m_status->setText(tr("Test abandoned. Testing again uses the same account key, so the CA makes no second "
                         "account."));
    setState(State::Idle);
    m_retry->setFocus();
}

void AcmeTestPage::showCheck(const core::AcmeAccountCheck &check)
{
    m_status->setText(tr("The account works. Click Finish to save the issuer."));
    m_account->setText(check.accountUrl);
    m_ari->setText(check.directory.renewalInfo.isEmpty()
                       ? tr("Not offered: renewals follow the profile's threshold.")
                       : tr("Offered: renewals follow the windows the CA suggests."));
    m_profiles->setText(check.directory.profiles.isEmpty()
                            ? tr("None listed: the CA's default.")
                            : QStringList(check.directory.profiles.keys()).join(QStringLiteral(", ")));
    m_eabNote->setText(
        tr("External Account Binding credentials were fetched from ZeroSSL for the e-mail address."));
    m_eabNote->setVisible(check.eabFetchedFromZeroSsl);
    m_result->show();
}

void AcmeTestPage::setState(State state)
{
    m_state = state;
    const bool working = state == State::Testing || state == State::Saving;
    m_busy->setVisible(working);
    m_busy->setFormat(state == State::Saving ? tr("Saving...") : QString());
    m_busy->setTextVisible(state == State::Saving);
    m_cancel->setVisible(state == State::Testing);
    m_retry->setVisible(state == State::Idle || state == State::Tested);
    if (state == State::Idle)
        m_result->hide();
    Q_EMIT completeChanged();
    setWizardSaving(m_wizard, state == State::Saving);
}

bool AcmeTestPage::isComplete() const
{
    return m_state == State::Tested || m_state == State::Saved;
}

bool AcmeTestPage::validatePage()
{
    if (m_state == State::Saved)
        return true;
    if (m_state == State::Tested) {
        m_error->clear();
        m_status->setText(tr("Saving the issuer..."));
        setState(State::Saving);
        m_controller->save();
    }
    return false;
}

} // namespace certdesk::ui
