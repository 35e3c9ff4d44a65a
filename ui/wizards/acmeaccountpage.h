// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/acmeissuersetup.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace certdesk::ui {

class AcmeCaPage;

/// The ACME wizard's account page: the issuer's name, the contact address, External Account
/// Binding credentials when the CA wants them, its terms of service (which must be accepted), and
/// the certificate profile when the CA offers several. Filled from the directory the first page
/// fetched.
class AcmeAccountPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcmeAccountPage)

public:
    AcmeAccountPage(const AcmeCaPage *caPage, QWidget *parent = nullptr);

    /// Names other issuers already have; refused inline.
    void setTakenNames(const QStringList &names) { m_takenNames = names; }
    /// Writes name, e-mail, EAB credentials, terms and profile into `setup`.
    void fill(core::AcmeSetup &setup) const;

    void initializePage() override;
    bool isComplete() const override;
    /// Next and Enter are refused, not only greyed out, while the page is incomplete.
    bool validatePage() override { return isComplete(); }

private:
    bool eabRequired() const;
    QString problem() const;
    void showTerms(const QString &url);
    void showProfiles(const QMap<QString, QString> &profiles);

    const AcmeCaPage *m_caPage;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QGroupBox *m_eab;
    QLabel *m_eabNote;
    QLineEdit *m_eabKeyId;
    QLineEdit *m_eabHmac;
    QLabel *m_terms;
    QCheckBox *m_acceptTerms;
    QComboBox *m_profile;
    QLabel *m_problem;
    QStringList m_takenNames;
    QString m_prefilledName;
    QString m_termsUrl;
    bool m_eabShown = false;
    bool m_profilesShown = false;
};

} // namespace certdesk::ui
