// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/acmeaccountpage.h"

#include "ui/wizards/acmecapage.h"
#include "ui/wizards/wizardfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace certdesk::ui {

namespace {
bool plausibleEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+$"));
    return pattern.match(text).hasMatch();
}

bool base64Url(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+=*$"));
    return pattern.match(text).hasMatch();
}
} // namespace

AcmeAccountPage::AcmeAccountPage(const AcmeCaPage *caPage, QWidget *parent)
    : QWizardPage(parent), m_caPage(caPage), m_form(new QFormLayout), m_name(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_eab(new QGroupBox(tr("External Account Binding"), this)),
      m_eabNote(new QLabel(m_eab)), m_eabKeyId(new QLineEdit(m_eab)), m_eabHmac(new QLineEdit(m_eab)),
      m_terms(new QLabel(this)), m_acceptTerms(new QCheckBox(tr("I &accept the terms of service"), this)),
      m_profile(new QComboBox(this)), m_problem(problemLabel(this))
{
    // Rows keep their height; the space left over goes below them.
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(m_form);
    outer->addStretch(1);
    setTitle(tr("ACME account"));
    setSubTitle(tr("The account CertDesk orders certificates with. Its key is made at the test step and kept "
                   "encrypted in the inventory."));
    m_name->setObjectName(QStringLiteral("acmeNameEdit"));
    m_email->setObjectName(QStringLiteral("acmeEmailEdit"));
    m_email->setPlaceholderText(tr("admin@example.org (the CA writes about expiry and incidents)"));
    m_eab->setObjectName(QStringLiteral("acmeEabGroup"));
    m_eabNote->setObjectName(QStringLiteral("acmeEabNote"));
    m_eabNote->setWordWrap(true);
    m_eabKeyId->setObjectName(QStringLiteral("acmeEabKeyIdEdit"));
    m_eabHmac->setObjectName(QStringLiteral("acmeEabHmacEdit"));
    // A secret: never echoed, never copied out, never put into a wizard field or a log.
    m_eabHmac->setEchoMode(QLineEdit::Password);
    m_eabHmac->setContextMenuPolicy(Qt::NoContextMenu);
    m_eabHmac->setPlaceholderText(tr("base64url, as the CA's dashboard shows it"));
    auto *eabForm = new QFormLayout(m_eab);
    eabForm->addRow(m_eabNote);
    eabForm->addRow(tr("&Key ID:"), m_eabKeyId);
    eabForm->addRow(tr("&HMAC key:"), m_eabHmac);
    m_terms->setObjectName(QStringLiteral("acmeTermsLabel"));
    m_terms->setTextFormat(Qt::RichText);
    m_terms->setOpenExternalLinks(true);
    m_terms->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_terms->setWordWrap(true);
    m_acceptTerms->setObjectName(QStringLiteral("acmeTermsCheck"));
    m_profile->setObjectName(QStringLiteral("acmeProfileCombo"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_form->addRow(tr("Na&me:"), m_name);
    m_form->addRow(tr("&E-mail:"), m_email);
    m_form->addRow(m_eab);
    m_form->addRow(tr("Terms:"), m_terms);
    m_form->addRow(QString(), m_acceptTerms);
    m_form->addRow(tr("&Profile:"), m_profile);
    m_form->addRow(m_problem);

    for (auto *edit : {m_name, m_email, m_eabKeyId, m_eabHmac})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_acceptTerms, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void AcmeAccountPage::initializePage()
{
    const auto preset = m_caPage->preset();
    const auto directory = m_caPage->directory().value_or(issuer::acme::AcmeDirectory{});
    if (m_name->text().isEmpty() || m_name->text() == m_prefilledName) {
        m_prefilledName = preset.directoryUrl.isEmpty() ? QUrl(directory.url).host() : preset.displayName;
        m_name->setText(m_prefilledName);
    }
    m_eabShown = preset.needsEab || directory.externalAccountRequired;
    m_form->setRowVisible(m_eab, m_eabShown);
    if (preset.eabByEmail)
        m_eabNote->setText(tr("Optional. Without them, CertDesk fetches credentials from %1 for the e-mail "
                              "address above.")
                               .arg(preset.displayName));
    else
        m_eabNote->setText(
            tr("This CA requires External Account Binding: copy the key ID and the HMAC key from "
               "your account in the CA's dashboard."));
    showTerms(directory.termsOfService);
    showProfiles(directory.profiles);
    Q_EMIT completeChanged();
}

void AcmeAccountPage::showTerms(const QString &url)
{
    if (url != m_termsUrl)
        m_acceptTerms->setChecked(false);
    m_termsUrl = url;
    m_form->setRowVisible(m_terms, !url.isEmpty());
    m_form->setRowVisible(m_acceptTerms, !url.isEmpty());
    // Long URLs would widen the page: show the middle elided, link the whole.
    QString shown = url;
    if (shown.size() > 70)
        shown = shown.left(40) + QChar(0x2026) + shown.right(28);
    m_terms->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), shown.toHtmlEscaped()));
    m_terms->setToolTip(url);
}

void AcmeAccountPage::showProfiles(const QMap<QString, QString> &profiles)
{
    const auto current = m_profile->currentData().toString();
    m_profile->clear();
    m_profile->addItem(tr("CA default"), QString());
    for (auto it = profiles.cbegin(); it != profiles.cend(); ++it) {
        m_profile->addItem(it.value().isEmpty() ? it.key() : tr("%1: %2").arg(it.key(), it.value()),
                           it.key());
        m_profile->setItemData(m_profile->count() - 1, it.value(), Qt::ToolTipRole);
    }
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
    m_profilesShown = !profiles.isEmpty();
    m_form->setRowVisible(m_profile, m_profilesShown);
}

bool AcmeAccountPage::eabRequired() const
{
    const auto preset = m_caPage->preset();
    const bool required =
        preset.needsEab || (m_caPage->directory() && m_caPage->directory()->externalAccountRequired);
    return required && !preset.eabByEmail;
}

QString AcmeAccountPage::problem() const
{
    const auto name = m_name->text().trimmed();
    const auto email = m_email->text().trimmed();
    const bool hasKeyId = m_eabShown && !m_eabKeyId->text().trimmed().isEmpty();
    const bool hasHmac = m_eabShown && !m_eabHmac->text().trimmed().isEmpty();
    if (name.isEmpty())
        return tr("Give the issuer a name.");
    if (m_takenNames.contains(name))
        return tr("An issuer named %1 exists already; choose another name.").arg(name);
    if (!email.isEmpty() && !plausibleEmail(email))
        return tr("%1 is not an e-mail address.").arg(email);
    if (m_eabShown && m_caPage->preset().eabByEmail && !hasKeyId && email.isEmpty())
        return tr("Give an e-mail address, or the key ID and HMAC key.");
    if (eabRequired() && (!hasKeyId || !hasHmac))
        return tr("Enter the key ID and the HMAC key.");
    if (hasKeyId != hasHmac)
        return tr("External Account Binding needs both the key ID and the HMAC key.");
    if (hasHmac && !base64Url(m_eabHmac->text().trimmed()))
        return tr("The HMAC key is base64url text (letters, digits, - and _).");
    if (!m_termsUrl.isEmpty() && !m_acceptTerms->isChecked())
        return tr("Read the terms of service and accept them to go on.");
    return {};
}

bool AcmeAccountPage::isComplete() const
{
    const auto text = problem();
    m_problem->setText(text);
    return text.isEmpty();
}

void AcmeAccountPage::fill(core::AcmeSetup &setup) const
{
    setup.name = m_name->text().trimmed();
    setup.email = m_email->text().trimmed();
    if (m_eabShown && !m_eabKeyId->text().trimmed().isEmpty()) {
        setup.eabKeyId = m_eabKeyId->text().trimmed();
        setup.eabHmacKey = pki::SecureBytes(m_eabHmac->text().trimmed().toLatin1());
    }
    setup.termsAccepted = !m_termsUrl.isEmpty() && m_acceptTerms->isChecked();
    setup.profile = m_profilesShown ? m_profile->currentData().toString() : QString();
}

} // namespace certdesk::ui
