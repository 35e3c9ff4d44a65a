// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/acmeissuersetup.h"

#include <QWizardPage>

class QButtonGroup;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace certdesk::ui {

/// The ACME wizard's challenge page: how CertDesk proves control of the names. http-01 (a
/// temporary web server: address and port), dns-01 (scripts that create and remove the TXT record,
/// a propagation wait, an optional resolver to watch) or dns-persist-01 (a standing record made
/// once). Each type shows only its own fields; scripts must exist and be executable.
class AcmeChallengePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcmeChallengePage)

public:
    enum Challenge { Http01, Dns01, DnsPersist01 };

    explicit AcmeChallengePage(QWidget *parent = nullptr);

    Challenge challenge() const;
    /// Writes the challenge type and its fields into `setup`.
    void fill(core::AcmeSetup &setup) const;
    bool isComplete() const override;
    /// Next and Enter are refused, not only greyed out, while the page is incomplete.
    bool validatePage() override { return isComplete(); }

private:
    void typeChanged();
    QString problem() const;

    QFormLayout *m_form;
    QButtonGroup *m_type;
    QLayout *m_listenRow;
    QLabel *m_httpNote;
    QLineEdit *m_httpAddress;
    QSpinBox *m_httpPort;
    QLineEdit *m_present;
    QWidget *m_presentRow;
    QLineEdit *m_cleanup;
    QWidget *m_cleanupRow;
    QSpinBox *m_wait;
    QLineEdit *m_resolver;
    QLineEdit *m_persistDomain;
    QLabel *m_persistNote;
    QLabel *m_problem;
};

} // namespace certdesk::ui
