// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/targetwizardhostkeypage.h"

#include "ui/wizards/targetwizard.h"
#include "ui/wizards/targetwizardcontroller.h"
#include "ui/wizards/wizardfields.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::ui {

TargetWizardHostKeyPage::TargetWizardHostKeyPage(TargetWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_status(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_keyBox(new QWidget(this)), m_server(valueLabel("hostKeyServerLabel", m_keyBox)),
      m_keyType(valueLabel("hostKeyTypeLabel", m_keyBox)),
      m_fingerprint(valueLabel("hostKeyFingerprintLabel", m_keyBox)),
      m_trustNote(valueLabel("hostKeyTrustNote", this)),
      m_trust(new QCheckBox(tr("&Trust this host key"), this)),
      m_retry(new QPushButton(tr("&Read again"), this)), m_error(new ErrorPanel(this))
{
    setTitle(tr("SSH host key"));
    setSubTitle(tr("Compare the server's key with the one its administrator sees (ssh-keygen -lf "
                   "/etc/ssh/ssh_host_ed25519_key.pub on the server) before you trust it."));
    m_status->setObjectName(QStringLiteral("hostKeyStatusLabel"));
    m_status->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("hostKeyBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trust->setObjectName(QStringLiteral("hostKeyTrustCheck"));
    m_retry->setObjectName(QStringLiteral("hostKeyRetryButton"));
    m_retry->setAutoDefault(false);
    m_error->setObjectName(QStringLiteral("hostKeyError"));
    auto *form = new QFormLayout(m_keyBox);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Key type:"), m_keyType);
    form->addRow(tr("SHA-256 fingerprint:"), m_fingerprint);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_keyBox);
    layout->addWidget(m_trustNote);
    layout->addWidget(m_trust);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(1);

    auto *controller = wizard->controller();
    connect(m_trust, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_retry, &QPushButton::clicked, this, &TargetWizardHostKeyPage::probe);
    connect(controller, &TargetSetupController::hostKeyProbed, this,
            [this](const target::ssh::HostKeyInfo &key) {
                if (m_state != State::Probing)
                    return;
                showKey(key);
            });
    connect(controller, &TargetSetupController::hostKeyTrusted, this, [this] {
        if (m_state != State::Trusting)
            return;
        m_status->setText(tr("The host key is recorded in %1.").arg(m_probed.knownHosts));
        setState(State::Trusted);
        m_wizard->next();
    });
    connect(controller, &TargetSetupController::hostKeyFailed, this, [this](const Error &error) {
        if (m_state != State::Probing && m_state != State::Trusting)
            return;
        m_status->setText(m_state == State::Probing ? tr("The host key could not be read.")
                                                    : tr("The host key could not be recorded."));
        m_error->showError(error);
        m_key.reset();
        setState(State::Idle);
    });
    setState(State::Idle);
}

TargetWizardHostKeyPage::Address TargetWizardHostKeyPage::address() const
{
    const auto values = m_wizard->settings().values;
    Address a;
    a.host = values.value(QStringLiteral("host")).toString().trimmed();
    a.port = quint16(values.value(QStringLiteral("port")).toString().toUInt());
    if (a.port == 0)
        a.port = 22;
    a.knownHosts = values.value(QStringLiteral("known_hosts_path")).toString().trimmed();
    return a;
}

void TargetWizardHostKeyPage::initializePage()
{
    probe();
}

void TargetWizardHostKeyPage::cleanupPage()
{
    m_wizard->controller()->cancel();
    setState(State::Idle);
}

void TargetWizardHostKeyPage::probe()
{
    m_probed = address();
    m_key.reset();
    m_error->clear();
    m_trust->setChecked(false);
    m_status->setText(tr("Reading the host key of %1 port %2...").arg(m_probed.host).arg(m_probed.port));
    setState(State::Probing);
    m_wizard->controller()->probeHostKey(m_probed.host, m_probed.port, m_probed.knownHosts);
}

void TargetWizardHostKeyPage::showKey(const target::ssh::HostKeyInfo &key)
{
    using Trust = target::ssh::HostKeyInfo::Trust;
    m_key = key;
    m_server->setText(tr("%1 port %2").arg(m_probed.host).arg(m_probed.port));
    m_keyType->setText(key.keyType);
    m_fingerprint->setText(key.fingerprint);
    switch (key.trust) {
    case Trust::Trusted:
        m_status->setText(tr("This server's key is already trusted."));
        m_trustNote->setText(tr("%1 holds this very key.").arg(m_probed.knownHosts));
        setState(State::Trusted);
        break;
    case Trust::Unknown:
        m_status->setText(tr("CertDesk has not seen this server before."));
        m_trustNote->setText(
            tr("Only when the fingerprint is the one the server's administrator sees, tick the box: the key "
               "is then added to %1 and every connection checks it.")
                .arg(m_probed.knownHosts));
        setState(State::Probed);
        m_trust->setFocus();
        break;
    case Trust::Changed:
        m_status->setText(tr("The server presents another key than the one recorded for it."));
        m_error->showError(Error{
            tr("%1 holds a different key for %2: the server was reinstalled, or someone is in between. "
               "Ask its administrator; if the new key is right, remove the old entry with ssh-keygen -R "
               "and read the key again.")
                .arg(m_probed.knownHosts, key.hostName),
            {}});
        m_trustNote->clear();
        setState(State::Probed);
        break;
    }
}

void TargetWizardHostKeyPage::setState(State state)
{
    using Trust = target::ssh::HostKeyInfo::Trust;
    m_state = state;
    const bool working = state == State::Probing || state == State::Trusting;
    m_busy->setVisible(working);
    m_keyBox->setVisible(m_key.has_value());
    m_trustNote->setVisible(m_key.has_value() && !m_trustNote->text().isEmpty());
    const bool askTrust = m_key && m_key->trust == Trust::Unknown;
    m_trust->setVisible(askTrust);
    m_trust->setEnabled(askTrust && !working);
    m_retry->setVisible(!working);
    Q_EMIT completeChanged();
}

bool TargetWizardHostKeyPage::isComplete() const
{
    using Trust = target::ssh::HostKeyInfo::Trust;
    if (!m_key || m_state == State::Probing || m_state == State::Trusting)
        return false;
    return m_key->trust == Trust::Trusted || m_state == State::Trusted ||
           (m_key->trust == Trust::Unknown && m_trust->isChecked());
}

bool TargetWizardHostKeyPage::validatePage()
{
    if (m_state == State::Trusted)
        return true;
    if (!isComplete() || !m_key)
        return false;
    // Recorded on a worker; the page goes on once exactly this key is in known_hosts.
    m_error->clear();
    m_status->setText(tr("Recording the host key..."));
    setState(State::Trusting);
    m_wizard->controller()->trustHostKey(m_probed.knownHosts, m_probed.host, m_probed.port,
                                         m_key->fingerprint);
    return false;
}

} // namespace certdesk::ui
