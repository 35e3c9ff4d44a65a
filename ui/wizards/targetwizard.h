// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"
#include "models/domain/deployment.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace certdesk::core {
class AppContext;
}

namespace certdesk::ui {

class TargetSetupController;
class TargetWizardHostKeyPage;
class TargetWizardSettingsPage;
class TargetWizardTestPage;
class TargetWizardTypePage;

/// The guided setup of a deployment target: pick its type, fill the type's fields (checked by the
/// type as they are typed), for SSH look at the server's host key and trust it explicitly, then a
/// dry run before Finish saves. Editing a target reuses it with the saved values, its type fixed
/// and its secrets left empty (empty keeps them). Slow work runs on worker threads through a
/// TargetSetupController; the wizard never waits for it.
class TargetWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetWizard)

public:
    enum PageId { TypePage, SettingsPage, HostKeyPage, TestPage };

    /// A new target.
    explicit TargetWizard(std::shared_ptr<core::AppContext> context, QWidget *parent = nullptr);
    /// Changes the saved target `existing`.
    TargetWizard(std::shared_ptr<core::AppContext> context, const domain::DeploymentTarget &existing,
                 QWidget *parent = nullptr);
    ~TargetWizard() override;

    /// Names other targets have; the settings page refuses them inline.
    void setTakenNames(const QStringList &names);
    const std::optional<domain::DeploymentTarget> &existing() const { return m_existing; }
    /// The chosen type; nullptr before one is chosen.
    const target::TargetType *targetType() const;
    QString targetName() const;
    /// The settings as the fields stand (with the secrets typed in: keep it no longer than needed).
    target::TargetSettings settings() const;
    /// Whether the SSH host key step comes after the settings.
    bool needsHostKey() const;
    TargetSetupController *controller() const { return m_controller; }
    TargetWizardSettingsPage *settingsPage() const { return m_settingsPage; }

    void reject() override;

Q_SIGNALS:
    /// The target is saved; the wizard closes right after.
    void targetSaved(const QString &name);

private:
    void setUp();

    std::optional<domain::DeploymentTarget> m_existing;
    TargetSetupController *m_controller;
    TargetWizardTypePage *m_typePage;
    TargetWizardSettingsPage *m_settingsPage;
    TargetWizardHostKeyPage *m_hostKeyPage;
    TargetWizardTestPage *m_testPage;
};

} // namespace certdesk::ui
