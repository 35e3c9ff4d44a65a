// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/targetwizard.h"

#include "ui/wizards/targetwizardcontroller.h"
#include "ui/wizards/targetwizardhostkeypage.h"
#include "ui/wizards/targetwizardsettingspage.h"
#include "ui/wizards/targetwizardtestpage.h"
#include "ui/wizards/targetwizardtypepage.h"

namespace certdesk::ui {

TargetWizard::TargetWizard(std::shared_ptr<core::AppContext> context, QWidget *parent)
    : QWizard(parent), m_controller(new TargetSetupController(std::move(context), this))
{
    setUp();
    setWindowTitle(tr("New deployment target"));
}

TargetWizard::TargetWizard(std::shared_ptr<core::AppContext> context,
                           const domain::DeploymentTarget &existing, QWidget *parent)
    : QWizard(parent), m_existing(existing), m_controller(new TargetSetupController(std::move(context), this))
{
    setUp();
    setWindowTitle(tr("Change target %1").arg(existing.name));
    m_typePage->select(existing.type);
    setStartId(SettingsPage);
}

TargetWizard::~TargetWizard() = default;

void TargetWizard::setUp()
{
    setObjectName(QStringLiteral("targetWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_typePage = new TargetWizardTypePage(this);
    m_settingsPage = new TargetWizardSettingsPage(this);
    m_hostKeyPage = new TargetWizardHostKeyPage(this);
    m_testPage = new TargetWizardTestPage(this);
    setPage(TypePage, m_typePage);
    setPage(SettingsPage, m_settingsPage);
    setPage(HostKeyPage, m_hostKeyPage);
    setPage(TestPage, m_testPage);
    // After the test page has seen the result (it connected first), close.
    connect(m_controller, &TargetSetupController::saved, this, [this](const QString &name) {
        Q_EMIT targetSaved(name);
        accept();
    });
    // Fits a 1024x640 screen; the settings page scrolls.
    resize(720, 560);
}

void TargetWizard::setTakenNames(const QStringList &names)
{
    m_settingsPage->setTakenNames(names);
}

const target::TargetType *TargetWizard::targetType() const
{
    return target::findTargetType(m_typePage->selectedType());
}

QString TargetWizard::targetName() const
{
    return m_settingsPage->targetName();
}

target::TargetSettings TargetWizard::settings() const
{
    return m_settingsPage->settings();
}

bool TargetWizard::needsHostKey() const
{
    return m_typePage->selectedType() == QLatin1String("ssh");
}

void TargetWizard::reject()
{
    // The save is one short transaction; closing now would hide whether it happened.
    if (m_testPage->isSaving())
        return;
    m_controller->cancel();
    QWizard::reject();
}

} // namespace certdesk::ui
