// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/sdk/targettype.h"

#include <QJsonObject>
#include <QList>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace certdesk::ui {

class FieldSpecForm;
class TargetWizard;

/// The target wizard's settings page: the name and a FieldSpecForm generated from the chosen type's
/// fields (a line edit with a Browse button for paths and folders, a password field for secrets, a
/// combo box for choices and a check box for flags, each filled with the type's default; a choice
/// such as Postfix/Dovecot recomputes the defaults of the fields still at theirs). Every change is
/// checked by the type's create(), which does no I/O; its error is shown under the field it names
/// and keeps Next disabled. Editing: the saved values are filled in and secrets left empty keep
/// their value.
class TargetWizardSettingsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetWizardSettingsPage)

public:
    explicit TargetWizardSettingsPage(TargetWizard *wizard);

    void setTakenNames(const QStringList &names) { m_taken = names; }
    QString targetName() const;
    /// The plain values and the secrets typed in (a secret left empty is absent).
    target::TargetSettings settings() const;
    /// Whether a value differs from what the page was filled with (the saved target's, when editing).
    bool changedSinceFilled() const;
    /// The saved target's secrets that were not typed again (kept as they are).
    QStringList keptSecrets() const;

    QLineEdit *nameEdit() const { return m_name; }
    /// The editor of field `key` (QLineEdit, QComboBox or QCheckBox); nullptr when there is none.
    QWidget *fieldEditor(const QString &key) const;
    /// The inline error of field `key`.
    QLabel *fieldError(const QString &key) const;
    /// The problem that names no field, or what is still missing.
    QLabel *settingsProblem() const { return m_problem; }

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void build(const target::TargetType &type);
    void revalidate();

    TargetWizard *m_wizard;
    const target::TargetType *m_type = nullptr;
    FieldSpecForm *m_form;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_problem;
    QStringList m_taken;
    bool m_valid = false;
    bool m_filling = false;
    bool m_nameTouched = false;
};

} // namespace certdesk::ui
