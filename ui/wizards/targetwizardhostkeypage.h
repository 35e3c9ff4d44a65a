// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/target/ssh/sshhostkey.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace certdesk::ui {

class ErrorPanel;
class TargetWizard;

/// The SSH target's host key step: the server's key is read on a worker thread (without logging
/// in) and shown with its type and SHA-256 fingerprint, to compare with what the server's
/// administrator sees (`ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub`). A key the known_hosts file
/// does not hold yet goes on only when "Trust this host key" is ticked; Next then records exactly
/// that key. A key that differs from the recorded one stops the wizard. Never skipped silently.
class TargetWizardHostKeyPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetWizardHostKeyPage)

public:
    explicit TargetWizardHostKeyPage(TargetWizard *wizard);

    QCheckBox *trustCheck() const { return m_trust; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }
    const std::optional<target::ssh::HostKeyInfo> &hostKey() const { return m_key; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    enum class State { Idle, Probing, Probed, Trusting, Trusted };

    struct Address
    {
        QString host;
        quint16 port = 22;
        QString knownHosts;
    };
    Address address() const;
    void probe();
    void setState(State state);
    void showKey(const target::ssh::HostKeyInfo &key);

    TargetWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_busy;
    QWidget *m_keyBox;
    QLabel *m_server;
    QLabel *m_keyType;
    QLabel *m_fingerprint;
    QLabel *m_trustNote;
    QCheckBox *m_trust;
    QPushButton *m_retry;
    ErrorPanel *m_error;
    State m_state = State::Idle;
    std::optional<target::ssh::HostKeyInfo> m_key;
    Address m_probed;
};

} // namespace certdesk::ui
