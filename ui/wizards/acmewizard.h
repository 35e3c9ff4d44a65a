// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/acmeissuersetup.h"

#include <QWizard>

#include <memory>

namespace certdesk::core {
class AppContext;
}

namespace certdesk::ui {

class AcmeAccountPage;
class AcmeCaPage;
class AcmeChallengePage;
class AcmeSetupController;
class AcmeTestPage;

/// The guided setup of an ACME issuer (Let's Encrypt, ZeroSSL, any RFC 8555 CA): choose the CA and
/// fetch its directory, the account (name, e-mail, EAB, terms, profile), the challenge, and a test
/// that creates or finds the account before Finish saves it. Network and store work run on worker
/// threads through an AcmeSetupController; the wizard never waits for them.
class AcmeWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcmeWizard)

public:
    enum PageId { CaPage, AccountPage, ChallengePage, TestPage };

    explicit AcmeWizard(std::shared_ptr<core::AppContext> context, QWidget *parent = nullptr);
    ~AcmeWizard() override;

    /// Names other issuers have; the account page refuses them inline.
    void setTakenNames(const QStringList &names);
    /// The setup as the fields stand (it carries the EAB key: keep it no longer than needed).
    core::AcmeSetup setup() const;
    AcmeSetupController *controller() const { return m_controller; }

    void reject() override;

Q_SIGNALS:
    /// The issuer is saved; the wizard closes right after.
    void issuerAdded(qint64 issuerId, const QString &name);

private:
    AcmeSetupController *m_controller;
    AcmeCaPage *m_caPage;
    AcmeAccountPage *m_accountPage;
    AcmeChallengePage *m_challengePage;
    AcmeTestPage *m_testPage;
};

} // namespace certdesk::ui
