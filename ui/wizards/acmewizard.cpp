// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/acmewizard.h"

#include "ui/wizards/acmeaccountpage.h"
#include "ui/wizards/acmecapage.h"
#include "ui/wizards/acmechallengepage.h"
#include "ui/wizards/acmesetupcontroller.h"
#include "ui/wizards/acmetestpage.h"

namespace certdesk::ui {

AcmeWizard::AcmeWizard(std::shared_ptr<core::AppContext> context, QWidget *parent)
    : QWizard(parent), m_controller(new AcmeSetupController(std::move(context), this)),
      m_caPage(new AcmeCaPage(m_controller, this)), m_accountPage(new AcmeAccountPage(m_caPage, this)),
      m_challengePage(new AcmeChallengePage(this)), m_testPage(nullptr)
{
    setObjectName(QStringLiteral("acmeWizard"));
    setWindowTitle(tr("New ACME CA"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_testPage = new AcmeTestPage(m_controller, this);
    setPage(CaPage, m_caPage);
    setPage(AccountPage, m_accountPage);
    setPage(ChallengePage, m_challengePage);
    setPage(TestPage, m_testPage);
    // After the test page has seen the result (it connected first), close.
    connect(m_controller, &AcmeSetupController::saved, this, [this](qint64 id, const QString &name) {
        Q_EMIT issuerAdded(id, name);
        accept();
    });
    resize(660, 500);
}

AcmeWizard::~AcmeWizard() = default;

void AcmeWizard::setTakenNames(const QStringList &names)
{
    m_accountPage->setTakenNames(names);
}

core::AcmeSetup AcmeWizard::setup() const
{
    core::AcmeSetup s;
    m_caPage->fill(s);
    m_accountPage->fill(s);
    m_challengePage->fill(s);
    return s;
}

void AcmeWizard::reject()
{
    // The save is one short transaction; closing now would hide whether it happened.
    if (m_testPage->isSaving())
        return;
    // The directory fetch or test running now is of no use any more: its request is aborted.
    m_controller->cancel();
    QWizard::reject();
}

} // namespace certdesk::ui
