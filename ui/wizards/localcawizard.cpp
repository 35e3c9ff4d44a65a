// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/localcawizard.h"

#include "ui/lifecyclecontroller.h"
#include "ui/wizards/wizardfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace certdesk::ui {

namespace {
QStringList urlList(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

bool validUrls(const QString &text)
{
    const auto urls = urlList(text);
    return std::all_of(urls.begin(), urls.end(), isHttpUrl);
}

class ModePageWidget final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ModePageWidget(QWidget *parent) : QWizardPage(parent)
    {
        setTitle(tr("Local certificate authority"));
        setSubTitle(tr("CertDesk signs certificates itself, publishes a CRL and answers OCSP requests."));
        auto *name = new QLineEdit(this);
        name->setObjectName(QStringLiteral("caNameEdit"));
        name->setPlaceholderText(tr("e.g. Lab CA"));
        auto *selfSigned = new QRadioButton(tr("&Self-signed: CertDesk makes a new CA key and certificate"), this);
        auto *subCa = new QRadioButton(tr("Sub-&CA: use a CA certificate and key issued by your root"), this);
        selfSigned->setObjectName(QStringLiteral("selfSignedRadio"));
        subCa->setObjectName(QStringLiteral("subCaRadio"));
        selfSigned->setChecked(true);
        auto *layout = new QFormLayout(this);
        layout->addRow(tr("&Name:"), name);
        layout->addRow(selfSigned);
        layout->addRow(subCa);
        registerField(QStringLiteral("name*"), name);
        registerField(QStringLiteral("subCa"), subCa);
    }
};

class SelfSignedPageWidget final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SelfSignedPageWidget(QWidget *parent) : QWizardPage(parent), m_problem(problemLabel(this))
    {
        setTitle(tr("The new CA"));
        m_cn = new QLineEdit(this);
        m_cn->setObjectName(QStringLiteral("caCommonNameEdit"));
        auto *key = new QComboBox(this);
        key->setObjectName(QStringLiteral("caKeyCombo"));
        key->addItem(tr("EC P-256"), QStringLiteral("ec256"));
        key->addItem(tr("EC P-384"), QStringLiteral("ec384"));
        key->addItem(tr("RSA 3072"), QStringLiteral("rsa3072"));
        key->addItem(tr("RSA 4096"), QStringLiteral("rsa4096"));
        auto *years = new QSpinBox(this);
        years->setObjectName(QStringLiteral("caYearsSpin"));
        years->setRange(1, 30);
        years->setValue(10);
        years->setSuffix(tr(" years"));
        auto *layout = new QFormLayout(this);
        layout->addRow(tr("CA &common name:"), m_cn);
        layout->addRow(tr("&Key type:"), key);
        layout->addRow(tr("&Validity:"), years);
        layout->addRow(m_problem);
        registerField(QStringLiteral("caCommonName"), m_cn);
        registerField(QStringLiteral("caKey"), key, "currentData", SIGNAL(currentIndexChanged(int)));
        registerField(QStringLiteral("caYears"), years);
        connect(m_cn, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    void initializePage() override
    {
        if (m_cn->text().isEmpty())
            m_cn->setText(field(QStringLiteral("name")).toString() + tr(" Root CA"));
    }
    bool isComplete() const override
    {
        const auto cn = m_cn->text().trimmed();
        m_problem->setText(cn.isEmpty()        ? tr("Enter the CA's common name.")
                           : cn.size() > 64    ? tr("The common name may have at most 64 characters.")
                                               : QString());
        return m_problem->text().isEmpty();
    }

private:
    QLineEdit *m_cn;
    QLabel *m_problem;
};

class SubCaPageWidget final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SubCaPageWidget(QWidget *parent) : QWizardPage(parent), m_problem(problemLabel(this))
    {
        setTitle(tr("Your CA certificate and key"));
        setSubTitle(tr("The certificate must be a CA allowed to sign certificates, and the key must be its key."));
        m_cert = new QLineEdit(this);
        m_key = new QLineEdit(this);
        m_cert->setObjectName(QStringLiteral("caCertFileEdit"));
        m_key->setObjectName(QStringLiteral("caKeyFileEdit"));
        auto *pass = new QLineEdit(this);
        pass->setObjectName(QStringLiteral("caKeyPassEdit"));
        pass->setEchoMode(QLineEdit::Password);
        pass->setPlaceholderText(tr("Only for an encrypted key"));
        auto *import = new QCheckBox(tr("&Import the key into the inventory (encrypted) instead of reading the file"),
                                     this);
        import->setObjectName(QStringLiteral("importKeyCheck"));
        auto *layout = new QFormLayout(this);
        layout->addRow(buddyLabel(tr("CA &certificate:"), m_cert), fileRow(m_cert, tr("CA certificate"), this));
        layout->addRow(buddyLabel(tr("CA &key:"), m_key), fileRow(m_key, tr("CA key"), this));
        layout->addRow(tr("Key &passphrase:"), pass);
        layout->addRow(import);
        layout->addRow(m_problem);
        registerField(QStringLiteral("caCertFile"), m_cert);
        registerField(QStringLiteral("caKeyFile"), m_key);
        registerField(QStringLiteral("caKeyPass"), pass);
        registerField(QStringLiteral("importKey"), import);
        connect(m_cert, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_key, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override
    {
        QString problem;
        if (!QFileInfo(m_cert->text()).isFile())
            problem = tr("Choose the CA certificate file.");
        else if (!QFileInfo(m_key->text()).isFile())
            problem = tr("Choose the CA key file.");
        m_problem->setText(problem);
        return problem.isEmpty();
    }

private:
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QLabel *m_problem;
};

class PublishingPageWidget final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PublishingPageWidget(QWidget *parent) : QWizardPage(parent), m_problem(problemLabel(this))
    {
        setTitle(tr("Revocation and validity"));
        setSubTitle(tr("Where clients find the CRL and the OCSP responder; written into every certificate."));
        m_crl = new QLineEdit(this);
        m_ocsp = new QLineEdit(this);
        m_crl->setObjectName(QStringLiteral("crlUrlEdit"));
        m_ocsp->setObjectName(QStringLiteral("ocspUrlEdit"));
        m_crl->setPlaceholderText(QStringLiteral("http://pki.example.org/ca.crl"));
        m_ocsp->setPlaceholderText(QStringLiteral("http://ocsp.example.org"));
        auto *days = new QSpinBox(this);
        days->setObjectName(QStringLiteral("defaultDaysSpin"));
        days->setRange(1, 3650);
        days->setValue(90);
        days->setSuffix(tr(" days"));
        auto *layout = new QFormLayout(this);
        layout->addRow(tr("&CRL URL:"), m_crl);
        layout->addRow(tr("&OCSP URL:"), m_ocsp);
        layout->addRow(tr("&Default validity:"), days);
        layout->addRow(m_problem);
        registerField(QStringLiteral("crlUrls"), m_crl);
        registerField(QStringLiteral("ocspUrls"), m_ocsp);
        registerField(QStringLiteral("defaultDays"), days);
        connect(m_crl, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_ocsp, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override
    {
        const bool ok = validUrls(m_crl->text()) && validUrls(m_ocsp->text());
        m_problem->setText(ok ? QString() : tr("URLs must be http:// or https:// addresses with a host."));
        return ok;
    }

private:
    QLineEdit *m_crl;
    QLineEdit *m_ocsp;
    QLabel *m_problem;
};

/// Saves through the controller: the CA signs and verifies a throwaway certificate first.
class TestPageWidget final : public QWizardPage
{
    Q_OBJECT

public:
    TestPageWidget(LifecycleController *controller, LocalCaWizard *wizard)
        : QWizardPage(wizard), m_controller(controller), m_wizard(wizard), m_status(new QLabel(this)),
          m_busy(new QProgressBar(this)), m_retry(new QPushButton(tr("&Try again"), this))
    {
        setTitle(tr("Test and save"));
        setSubTitle(tr("CertDesk signs a test certificate with the CA and verifies it before saving the CA."));
        m_status->setObjectName(QStringLiteral("testStatusLabel"));
        m_status->setWordWrap(true);
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_busy->setRange(0, 0);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_status);
        layout->addWidget(m_busy);
        layout->addWidget(m_retry);
        layout->addStretch(1);
        setCommitPage(true);
        connect(m_retry, &QPushButton::clicked, this, &TestPageWidget::start);
        connect(controller, &LifecycleController::localCaAdded, this, [this](qint64) {
            if (!m_running)
                return;
            m_running = false;
            m_saved = true;
            m_busy->hide();
            m_status->setText(tr("The test certificate verified. The CA is saved and ready to issue."));
            Q_EMIT completeChanged();
        });
        connect(controller, &LifecycleController::localCaFailed, this, [this](const Error &error) {
            if (!m_running)
                return;
            m_running = false;
            m_busy->hide();
            m_retry->show();
            m_status->setText(tr("Not saved: %1").arg(error.message) +
                              (error.detail.isEmpty() ? QString() : QStringLiteral("\n\n") + error.detail));
        });
    }
    void initializePage() override { start(); }
    bool isComplete() const override { return m_saved; }

private:
    void start()
    {
        m_running = true;
        m_saved = false;
        m_retry->hide();
        m_busy->show();
        m_status->setText(tr("Making the CA and signing a test certificate..."));
        Q_EMIT completeChanged();
        m_controller->addLocalCa(m_wizard->setup());
    }

    LifecycleController *m_controller;
    LocalCaWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    bool m_running = false;
    bool m_saved = false;
};
} // namespace

LocalCaWizard::LocalCaWizard(LifecycleController *controller, QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("localCaWizard"));
    setWindowTitle(tr("New local CA"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(ModePage, new ModePageWidget(this));
    setPage(SelfSignedPage, new SelfSignedPageWidget(this));
    setPage(SubCaPage, new SubCaPageWidget(this));
    setPage(PublishingPage, new PublishingPageWidget(this));
    setPage(TestPage, new TestPageWidget(controller, this));
    resize(620, 460);
}

int LocalCaWizard::nextId() const
{
    switch (currentId()) {
    case ModePage:
        return field(QStringLiteral("subCa")).toBool() ? SubCaPage : SelfSignedPage;
    case SelfSignedPage:
    case SubCaPage:
        return PublishingPage;
    case PublishingPage:
        return TestPage;
    default:
        return -1;
    }
}

core::LocalCaSetup LocalCaWizard::setup() const
{
    core::LocalCaSetup s;
    s.name = field(QStringLiteral("name")).toString().trimmed();
    if (field(QStringLiteral("subCa")).toBool()) {
        s.mode = core::LocalCaSetup::Mode::SubCa;
        s.caCertificateFile = field(QStringLiteral("caCertFile")).toString();
        s.caKeyFile = field(QStringLiteral("caKeyFile")).toString();
        const auto pass = field(QStringLiteral("caKeyPass")).toString();
        if (!pass.isEmpty())
            s.caKeyPassphrase = pass;
        s.importKey = field(QStringLiteral("importKey")).toBool();
    } else {
        s.caCommonName = field(QStringLiteral("caCommonName")).toString().trimmed();
        s.caKeyAlgorithm = field(QStringLiteral("caKey")).toString();
        s.caValidityDays = field(QStringLiteral("caYears")).toInt() * 365;
    }
    s.crlUrls = urlList(field(QStringLiteral("crlUrls")).toString());
    s.ocspUrls = urlList(field(QStringLiteral("ocspUrls")).toString());
    s.defaultValidityDays = field(QStringLiteral("defaultDays")).toInt();
    return s;
}

} // namespace certdesk::ui

#include "localcawizard.moc"
