// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/channeldialog.h"

#include "ui/widgets/alerttestview.h"
#include "ui/widgets/fieldspecform.h"
#include "ui/wizards/wizardfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {
const auto ErrorStyle = QStringLiteral("color: #b00020");
const auto EmailType = QStringLiteral("email");
} // namespace

ChannelDialog::ChannelDialog(AlertController *controller, const QStringList &takenNames, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_taken(takenNames)
{
    setUp();
    setWindowTitle(tr("New alert channel"));
    buildForm();
}

ChannelDialog::ChannelDialog(AlertController *controller, const core::ChannelRecord &existing,
                             QWidget *parent)
    : QDialog(parent), m_controller(controller), m_existing(existing)
{
    setUp();
    setWindowTitle(tr("Change alert channel %1").arg(existing.name));
    int index = m_type->findData(existing.type);
    if (index < 0) {
        m_type->addItem(existing.type, existing.type); // unknown to this build: the problem says so
        index = m_type->count() - 1;
    }
    m_type->setCurrentIndex(index);
    m_type->setEnabled(false);
    m_type->setToolTip(tr("A channel keeps its type; delete it and add a new one to change it."));
    m_name->setText(existing.name);
    m_name->setReadOnly(true);
    m_name->setToolTip(tr("A channel keeps its name; delete it and add a new one to rename it."));
    m_alerts->setChecked(existing.receivesAlerts);
    m_digest->setChecked(existing.receivesDigest);
    m_enabled->setChecked(existing.enabled);
    buildForm();
}

ChannelDialog::~ChannelDialog()
{
    if (m_running)
        m_running->store(true);
}

void ChannelDialog::setUp()
{
    setObjectName(QStringLiteral("channelDialog"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("channelTypeCombo"));
    for (const auto &type : notifier::channelTypes())
        m_type->addItem(type.displayName, type.name);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("channelTypeDescription"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("channelNameEdit"));
    m_name->setPlaceholderText(tr("e.g. ops-mail"));
    m_nameError = ui::problemLabel(this);
    m_nameError->setObjectName(QStringLiteral("channelNameError"));
    m_nameError->hide();
    m_form = new FieldSpecForm(QStringLiteral("channel"), this);

    m_type->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto *typeBox = fieldColumn({m_type, m_description}, this);
    auto *nameBox = fieldColumn({m_name, m_nameError}, this);
    m_form->addFixedRow(buddyLabel(tr("T&ype:"), m_type), typeBox);
    m_form->addFixedRow(buddyLabel(tr("&Name:"), m_name), nameBox);

    auto *delivery = new QGroupBox(tr("Delivery"), this);
    m_alerts =
        new QCheckBox(tr("Receives the &alerts (expiry warnings, failed jobs, discoveries)"), delivery);
    m_alerts->setObjectName(QStringLiteral("channelAlertsCheck"));
    m_alerts->setChecked(true);
    m_digest = new QCheckBox(tr("Receives the &digest"), delivery);
    m_digest->setObjectName(QStringLiteral("channelDigestCheck"));
    m_enabled = new QCheckBox(tr("&Enabled"), delivery);
    m_enabled->setObjectName(QStringLiteral("channelEnabledCheck"));
    m_enabled->setChecked(true);
    m_enabled->setToolTip(tr("A disabled channel receives nothing until it is enabled again."));
    auto *deliveryLayout = new QHBoxLayout(delivery);
    deliveryLayout->addWidget(m_alerts);
    deliveryLayout->addWidget(m_digest);
    deliveryLayout->addWidget(m_enabled);
    deliveryLayout->addStretch(1);

    m_test = new QPushButton(tr("Send &test"), this);
    m_test->setObjectName(QStringLiteral("channelTestButton"));
    m_test->setAutoDefault(false);
    m_testView = new AlertTestView(this);
    m_testView->setObjectName(QStringLiteral("channelTestView"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testView, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("channelProblem"));
    m_problem->setWordWrap(true);
    m_saveError = new ErrorPanel(this);
    m_saveError->setObjectName(QStringLiteral("channelSaveError"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("channelOkButton"));
    m_ok->setText(tr("&Save"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(delivery);
    layout->addLayout(testRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ChannelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChannelDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_existing)
            buildForm();
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameTouched = true;
        revalidate();
    });
    connect(m_form, &FieldSpecForm::edited, this, &ChannelDialog::revalidate);
    connect(m_test, &QPushButton::clicked, this, &ChannelDialog::sendTest);
    connect(m_testView, &AlertTestView::cancelRequested, this, [this] {
        if (!m_running)
            return;
        m_running->store(true);
        m_running.reset();
        m_testView->showError(Error{tr("The test was cancelled."), {}, ErrorCode::Cancelled});
        revalidate();
    });
    connect(m_controller, &AlertController::channelSaved, this, [this](const QString &name) {
        if (!m_saving || name != channelName())
            return;
        m_saving = false;
        Q_EMIT saved(name);
        QDialog::accept();
    });
    connect(m_controller, &AlertController::channelSaveFailed, this,
            [this](const QString &name, const Error &error) {
                if (!m_saving || name != channelName())
                    return;
                m_saving = false;
                m_saveError->showError(error);
                revalidate();
            });
    resize(620, 540);
}

void ChannelDialog::selectType(const QString &type)
{
    if (const int index = m_type->findData(type); index >= 0)
        m_type->setCurrentIndex(index);
}

QString ChannelDialog::channelType() const
{
    return m_type->currentData().toString();
}

QString ChannelDialog::channelName() const
{
    return m_name->text().trimmed();
}

void ChannelDialog::buildForm()
{
    const auto *type = notifier::findChannelType(channelType());
    m_testView->clear(tr("Send test delivers a test alert with the settings as they stand."));
    if (!type) {
        m_form->clear();
        m_description->clear();
    } else {
        m_description->setText(type->description);
        m_form->build(
            type->fields, {},
            [create = type->create](const notifier::ChannelSettings &settings) -> Status {
                auto channel = create(settings);
                return channel ? Status() : Status(channel.error());
            },
            m_existing ? m_existing->config : QJsonObject(),
            m_existing ? m_existing->secretKeys : QStringList());
    }
    updateOptions();
    revalidate();
}

void ChannelDialog::updateOptions()
{
    const bool email = channelType() == EmailType;
    m_digest->setEnabled(email);
    if (!email)
        m_digest->setChecked(false);
    m_digest->setToolTip(
        email ? tr("The digest (an HTML summary of the inventory) goes to this address list on "
                   "its schedule and on Send now.")
              : tr("Only e-mail channels receive the digest."));
}

core::ChannelOptions ChannelDialog::options() const
{
    core::ChannelOptions options;
    options.enabled = m_enabled->isChecked();
    options.receivesAlerts = m_alerts->isChecked();
    options.receivesDigest = m_digest->isEnabled() && m_digest->isChecked(); // e-mail channels only
    return options;
}

void ChannelDialog::revalidate()
{
    m_problem->clear();
    m_problem->setStyleSheet(QString());
    const QString name = channelName();
    QString nameProblem;
    if (!m_existing && m_taken.contains(name))
        nameProblem = tr("An alert channel named %1 exists already; choose another name.").arg(name);
    else if (name.isEmpty() && m_nameTouched)
        nameProblem = tr("Give the channel a name.");
    m_nameError->setText(nameProblem);
    m_nameError->setVisible(!nameProblem.isEmpty());

    bool settingsOk = false;
    if (!notifier::findChannelType(channelType())) {
        m_problem->setStyleSheet(ErrorStyle);
        m_problem->setText(
            m_existing
                ? tr("This version of CertDesk does not know the channel type %1.").arg(m_existing->type)
                : tr("Choose a type of channel first."));
    } else {
        const FieldSpecForm::Validation settings = m_form->validate();
        settingsOk = settings.ok;
        if (settings.problemIsError)
            m_problem->setStyleSheet(ErrorStyle);
        m_problem->setText(settings.problem);
        if (settingsOk && name.isEmpty() && !m_nameTouched)
            m_problem->setText(tr("Give the channel a name."));
    }
    m_valid = settingsOk && !name.isEmpty() && nameProblem.isEmpty();
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_ok->setEnabled(m_valid && !m_saving);

    m_test->setEnabled(m_valid && !m_running && !m_saving);
    const QStringList kept = keptSecretsTested();
    m_test->setToolTip(
        kept.isEmpty()
            ? tr("Delivers a test alert through this channel and shows the answer.")
            : tr("Delivers a test alert with the settings as they stand and the saved secrets you did not "
                 "type again (%1), and shows the answer. Nothing is saved.")
                  .arg(kept.join(QStringLiteral(", "))));
}

QStringList ChannelDialog::keptSecretsTested() const
{
    return m_existing && m_form->changedSinceFilled() ? m_form->keptSecrets() : QStringList();
}

void ChannelDialog::sendTest()
{
    if (m_running || !m_valid)
        return;
    const QString name = channelName();
    m_saveError->clear();
    const QStringList kept = keptSecretsTested();
    m_testView->showRunning(
        kept.isEmpty() ? tr("Sending a test alert through %1...").arg(name)
                       : tr("Sending a test alert through %1 with the saved secrets you did not type again "
                            "(%2)...")
                             .arg(name, kept.join(QStringLiteral(", "))));
    const auto done = [this](const Result<notifier::DeliveryResult> &result) {
        m_running.reset();
        if (result)
            m_testView->showResult(*result);
        else
            m_testView->showError(result.error());
        revalidate();
    };
    if (!m_existing)
        m_running = m_controller->testSettings(name, channelType(), m_form->settings(), this, done);
    else if (!m_form->changedSinceFilled())
        m_running = m_controller->testChannel(name, this, done);
    else // the saved secrets not typed again are unsealed on the worker, never shown here
        m_running = m_controller->testChanged(name, m_form->settings(), this, done);
    if (!m_running)
        m_testView->showError(Error{tr("No inventory is open.")});
    revalidate();
}

void ChannelDialog::accept()
{
    if (!m_valid || m_saving)
        return;
    m_saving = true;
    m_saveError->clear();
    using Save = AlertController::Save;
    const Save save = !m_existing                    ? Save::Add
                      : m_form->changedSinceFilled() ? Save::Update
                                                     : Save::OptionsOnly;
    m_controller->saveChannel(save, channelName(), channelType(), m_form->settings(), options());
    revalidate();
}

void ChannelDialog::reject()
{
    // The save is one short transaction; closing now would hide whether it happened.
    if (m_saving)
        return;
    if (m_running) {
        m_running->store(true);
        m_running.reset();
    }
    QDialog::reject();
}

} // namespace certdesk::ui
