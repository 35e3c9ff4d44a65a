// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/targetwizardsettingspage.h"

#include "ui/widgets/fieldspecform.h"
#include "ui/wizards/targetwizard.h"
#include "ui/wizards/wizardfields.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace certdesk::ui {

TargetWizardSettingsPage::TargetWizardSettingsPage(TargetWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_form(new FieldSpecForm(QStringLiteral("target"), this)),
      m_name(new QLineEdit(this)), m_nameError(problemLabel(this)), m_problem(new QLabel(this))
{
    setTitle(tr("Settings"));
    m_name->setObjectName(QStringLiteral("targetNameEdit"));
    m_name->setPlaceholderText(tr("e.g. web-1 nginx"));
    m_nameError->setObjectName(QStringLiteral("targetNameError"));
    m_nameError->hide();
    m_problem->setObjectName(QStringLiteral("targetSettingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *nameBox = fieldColumn({m_name, m_nameError}, this);
    m_form->addFixedRow(buddyLabel(tr("&Name:"), m_name), nameBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_problem);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameTouched = true;
        revalidate();
    });
    connect(m_form, &FieldSpecForm::edited, this, &TargetWizardSettingsPage::revalidate);
}

void TargetWizardSettingsPage::initializePage()
{
    const auto *type = m_wizard->targetType();
    if (!type) {
        m_form->clear();
        m_type = nullptr;
        setSubTitle(QString());
        revalidate();
        return;
    }
    if (type != m_type)
        build(*type);
    if (!m_wizard->existing() && targetName().isEmpty())
        m_name->setFocus();
}

void TargetWizardSettingsPage::build(const target::TargetType &type)
{
    m_filling = true;
    m_type = &type;
    const auto &existing = m_wizard->existing();
    setTitle(existing ? tr("%1 settings").arg(type.displayName) : tr("New %1 target").arg(type.displayName));
    setSubTitle(type.description);
    if (existing) {
        m_name->setText(existing->name);
        m_name->setReadOnly(true);
        m_name->setToolTip(tr("A target keeps its name; delete it and add a new one to rename it."));
    }
    m_form->build(
        type.fields, type.defaults,
        [create = type.create](const target::TargetSettings &settings) -> Status {
            auto connector = create(settings);
            return connector ? Status() : Status(connector.error());
        },
        existing ? existing->config : QJsonObject(), existing ? existing->secretKeys : QStringList());
    m_filling = false;
    revalidate();
}

target::TargetSettings TargetWizardSettingsPage::settings() const
{
    return m_form->settings();
}

QString TargetWizardSettingsPage::targetName() const
{
    return m_name->text().trimmed();
}

bool TargetWizardSettingsPage::changedSinceFilled() const
{
    return m_form->changedSinceFilled();
}

QStringList TargetWizardSettingsPage::keptSecrets() const
{
    return m_form->keptSecrets();
}

QWidget *TargetWizardSettingsPage::fieldEditor(const QString &key) const
{
    return m_form->fieldEditor(key);
}

QLabel *TargetWizardSettingsPage::fieldError(const QString &key) const
{
    return m_form->fieldError(key);
}

void TargetWizardSettingsPage::revalidate()
{
    if (m_filling)
        return;
    m_problem->clear();
    m_problem->setStyleSheet(QString());
    m_valid = false;

    const QString name = targetName();
    QString nameProblem;
    if (!m_wizard->existing() && m_taken.contains(name))
        nameProblem = tr("A target named %1 exists already; choose another name.").arg(name);
    else if (name.size() > 100)
        nameProblem = tr("Keep the name under 100 characters.");
    m_nameError->setText(nameProblem);
    m_nameError->setVisible(!nameProblem.isEmpty());

    if (!m_type) {
        m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
        m_problem->setText(m_wizard->existing()
                               ? tr("This version of CertDesk does not know the target type %1.")
                                     .arg(m_wizard->existing()->type)
                               : tr("Choose a type of target first."));
        Q_EMIT completeChanged();
        return;
    }

    // The type's own check (no I/O), its error under the field it names.
    const FieldSpecForm::Validation settings = m_form->validate();
    if (settings.problemIsError)
        m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setText(settings.problem);
    if (name.isEmpty() && settings.ok) {
        if (m_nameTouched) {
            m_nameError->setText(tr("Give the target a name."));
            m_nameError->show();
        } else {
            m_problem->setText(tr("Give the target a name."));
        }
    }
    m_valid = settings.ok && !name.isEmpty() && nameProblem.isEmpty();
    Q_EMIT completeChanged();
}

bool TargetWizardSettingsPage::isComplete() const
{
    return m_valid;
}

int TargetWizardSettingsPage::nextId() const
{
    return m_wizard->needsHostKey() ? TargetWizard::HostKeyPage : TargetWizard::TestPage;
}

} // namespace certdesk::ui
