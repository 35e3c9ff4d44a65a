// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/targetwizardtestpage.h"

#include "ui/widgets/targetvalidationview.h"
#include "ui/wizards/targetwizard.h"
#include "ui/wizards/targetwizardcontroller.h"
#include "ui/wizards/targetwizardsettingspage.h"
#include "ui/wizards/wizardfields.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::ui {

TargetWizardTestPage::TargetWizardTestPage(TargetWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_view(new TargetValidationView(this)), m_note(new QLabel(this)),
      m_retry(new QPushButton(tr("&Test again"), this)), m_saveError(new ErrorPanel(this))
{
    setTitle(tr("Test"));
    setSubTitle(tr("A dry run: CertDesk checks what a deployment needs (folders and permissions, the "
                   "configuration check, the login) and changes nothing. Finish saves the target."));
    m_note->setObjectName(QStringLiteral("targetTestNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_retry->setObjectName(QStringLiteral("targetTestRetryButton"));
    m_retry->setAutoDefault(false);
    m_saveError->setObjectName(QStringLiteral("targetSaveError"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_saveError);
    layout->addLayout(buttons);

    auto *controller = wizard->controller();
    connect(m_view, &TargetValidationView::cancelRequested, this, &TargetWizardTestPage::abandonTest);
    connect(m_retry, &QPushButton::clicked, this, &TargetWizardTestPage::startTest);
    connect(controller, &TargetSetupController::tested, this, [this](const target::ValidationReport &report) {
        if (m_state != State::Testing)
            return;
        m_view->showReport(report);
        setState(State::Tested);
        if (!report.ok())
            m_view->statusLabel()->setText(
                m_view->statusLabel()->text() + u' ' +
                tr("Go back to change the settings, or Finish to save the target as it is."));
        m_wizard->button(QWizard::FinishButton)->setFocus();
    });
    connect(controller, &TargetSetupController::testFailed, this, [this](const Error &error) {
        if (m_state != State::Testing)
            return;
        m_view->showError(error);
        setState(State::Idle);
        m_retry->setFocus();
    });
    connect(controller, &TargetSetupController::saveFailed, this, [this](const Error &error) {
        if (m_state != State::Saving)
            return;
        m_saveError->showError(error);
        setState(State::Tested);
    });
    connect(controller, &TargetSetupController::saved, this, [this] {
        if (m_state == State::Saving)
            setState(State::Saved);
    });
}

void TargetWizardTestPage::initializePage()
{
    m_saveError->clear();
    startTest();
}

void TargetWizardTestPage::cleanupPage()
{
    if (m_state == State::Testing)
        m_wizard->controller()->cancel();
    setState(State::Idle);
}

void TargetWizardTestPage::startTest()
{
    const auto *type = m_wizard->targetType();
    if (!type)
        return;
    m_saveError->clear();
    m_view->showRunning(tr("Testing the %1 target...").arg(type->displayName));
    setState(State::Testing);
    const auto *settingsPage = m_wizard->settingsPage();
    const auto &existing = m_wizard->existing();
    if (existing && !settingsPage->changedSinceFilled()) {
        // Nothing changed: the saved target itself, with its saved secrets.
        m_note->hide();
        m_wizard->controller()->testSaved(existing->name);
        return;
    }
    auto settings = std::make_shared<const target::TargetSettings>(m_wizard->settings());
    if (existing) {
        // The saved secrets that were not typed again take part, unsealed on the worker thread.
        const QStringList kept = settingsPage->keptSecrets();
        m_note->setText(tr("This test uses the saved secrets you did not type again (%1); saving keeps them.")
                            .arg(kept.join(QStringLiteral(", "))));
        m_note->setVisible(!kept.isEmpty());
        m_wizard->controller()->testChanged(existing->name, std::move(settings));
        return;
    }
    m_note->hide();
    m_wizard->controller()->test(type->name, std::move(settings));
}

void TargetWizardTestPage::abandonTest()
{
    m_wizard->controller()->cancel();
    m_view->showError(Error{tr("The test was cancelled."), {}, ErrorCode::Cancelled});
    setState(State::Idle);
    m_retry->setFocus();
}

void TargetWizardTestPage::setState(State state)
{
    m_state = state;
    m_retry->setVisible(state == State::Idle || state == State::Tested);
    Q_EMIT completeChanged();
    setWizardSaving(m_wizard, state == State::Saving);
}

bool TargetWizardTestPage::isComplete() const
{
    return m_state == State::Tested || m_state == State::Saved;
}

bool TargetWizardTestPage::validatePage()
{
    if (m_state == State::Saved)
        return true;
    if (m_state != State::Tested)
        return false;
    const auto *type = m_wizard->targetType();
    m_saveError->clear();
    m_view->statusLabel()->setText(tr("Saving the target..."));
    setState(State::Saving);
    m_wizard->controller()->save(m_wizard->targetName(), type->name,
                                 std::make_shared<const target::TargetSettings>(m_wizard->settings()),
                                 m_wizard->existing().has_value());
    return false;
}

} // namespace certdesk::ui
