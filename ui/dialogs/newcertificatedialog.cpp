// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/newcertificatedialog.h"

#include "models/domain/profile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {
QStringList sanLines(const QString &text)
{
    QStringList out;
    for (const auto &part : text.split(QRegularExpression(QStringLiteral("[\\n,]")), Qt::SkipEmptyParts)) {
        const auto san = part.trimmed();
        if (!san.isEmpty())
            out << san;
    }
    return out;
}
} // namespace

NewCertificateDialog::NewCertificateDialog(const QStringList &issuers, const QStringList &profiles, QWidget *parent)
    : QDialog(parent), m_issuer(new QComboBox(this)), m_commonName(new QLineEdit(this)), m_sans(new QPlainTextEdit(this)),
      m_key(new QComboBox(this)), m_days(new QSpinBox(this)), m_profile(new QComboBox(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New certificate"));
    m_issuer->setObjectName(QStringLiteral("issuerCombo"));
    m_commonName->setObjectName(QStringLiteral("commonNameEdit"));
    m_sans->setObjectName(QStringLiteral("sansEdit"));
    m_key->setObjectName(QStringLiteral("keyCombo"));
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_issuer->addItems(issuers);
    m_profile->addItems(profiles.isEmpty() ? QStringList{QStringLiteral("default")} : profiles);
    const QList<std::pair<QString, QString>> keys{
        {QStringLiteral("ec256"), tr("EC P-256 (recommended)")}, {QStringLiteral("ec384"), tr("EC P-384")},
        {QStringLiteral("rsa2048"), tr("RSA 2048")},             {QStringLiteral("rsa3072"), tr("RSA 3072")},
        {QStringLiteral("rsa4096"), tr("RSA 4096")},             {QStringLiteral("ed25519"), tr("Ed25519")}};
    for (const auto &[value, label] : keys)
        m_key->addItem(label, value);
    m_days->setRange(0, 3650);
    m_days->setSpecialValueText(tr("Issuer default"));
    m_days->setSuffix(tr(" days"));
    m_commonName->setPlaceholderText(tr("e.g. www.example.org"));
    m_sans->setPlaceholderText(tr("One per line: www.example.org, 192.0.2.10, admin@example.org, https://..."));
    m_sans->setTabChangesFocus(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Issuer:"), m_issuer);
    form->addRow(tr("&Common name:"), m_commonName);
    form->addRow(tr("&Alternative names:"), m_sans);
    form->addRow(tr("&Key type:"), m_key);
    form->addRow(tr("&Validity:"), m_days);
    form->addRow(tr("&Profile:"), m_profile);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_commonName, &QLineEdit::textChanged, this, &NewCertificateDialog::validate);
    connect(m_sans, &QPlainTextEdit::textChanged, this, &NewCertificateDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

void NewCertificateDialog::validate()
{
    QString problem;
    const auto cn = m_commonName->text().trimmed();
    if (m_issuer->count() == 0)
        problem = tr("There is no issuer yet: set up a local CA on the Issuers page first.");
    else if (cn.isEmpty())
        problem = tr("Enter a common name.");
    else if (cn.size() > 64)
        problem = tr("The common name may have at most 64 characters; put long names in the alternative names.");
    else {
        for (const auto &san : sanLines(m_sans->toPlainText())) {
            if (san.contains(u' ')) {
                problem = tr("\"%1\" is not a valid alternative name: it contains a space.").arg(san);
                break;
            }
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

core::IssueCertificateRequest NewCertificateDialog::request() const
{
    core::IssueCertificateRequest r;
    r.issuerName = m_issuer->currentText();
    r.commonName = m_commonName->text().trimmed();
    r.sans = sanLines(m_sans->toPlainText());
    r.keyAlgorithm = m_key->currentData().toString();
    r.validityDays = m_days->value();
    r.profileName = m_profile->currentText();
    return r;
}

} // namespace certdesk::ui
