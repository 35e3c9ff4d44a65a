// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/issuerspage.h"

#include "ui/lifecyclecontroller.h"
#include "ui/prompter.h"
#include "ui/wizards/acmewizard.h"
#include "ui/wizards/localcawizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

IssuersPage::IssuersPage(LifecycleController *controller, Prompter *prompter, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_prompter(prompter), m_list(new QTreeWidget(this)),
      m_acme(new QPushButton(tr("New &ACME CA..."), this)),
      m_crl(new QPushButton(tr("Publish &CRL..."), this)),
      m_caCert(new QPushButton(tr("Export CA &certificate..."), this)),
      m_ocsp(new QPushButton(tr("Answer &OCSP request..."), this))
{
    setObjectName(QStringLiteral("issuersPage"));
    m_list->setObjectName(QStringLiteral("issuerList"));
    m_acme->setObjectName(QStringLiteral("newAcmeCaButton"));
    m_acme->setToolTip(
        tr("Let's Encrypt, ZeroSSL, Google Trust Services, Buypass, SSL.com or any RFC 8555 CA"));
    m_crl->setObjectName(QStringLiteral("publishCrlButton"));
    m_caCert->setObjectName(QStringLiteral("exportCaButton"));
    m_ocsp->setObjectName(QStringLiteral("answerOcspButton"));
    m_ocsp->setToolTip(
        tr("Read a DER OCSP request (as `openssl ocsp -reqout` writes it) and write the CA's signed "
           "response"));
    m_list->setHeaderLabels({tr("Name"), tr("Type"), tr("Mode"), tr("CRL number"), tr("Set up")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *add = new QPushButton(tr("&New local CA..."), this);
    add->setObjectName(QStringLiteral("newLocalCaButton"));
    // Tab through the buttons as they read, then the list.
    const QList<QWidget *> tabOrder{add, m_acme, m_crl, m_caCert, m_ocsp, m_list};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_acme);
    buttons->addWidget(m_crl);
    buttons->addWidget(m_caCert);
    buttons->addWidget(m_ocsp);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(add, &QPushButton::clicked, this, &IssuersPage::newLocalCa);
    connect(m_acme, &QPushButton::clicked, this, &IssuersPage::newAcmeCa);
    connect(m_crl, &QPushButton::clicked, this, [this] {
        const auto name = currentIssuer();
        const auto path = m_prompter->saveFileName(this, tr("Publish CRL"), name + QStringLiteral(".crl"),
                                                   tr("CRL, DER (*.crl);;CRL, PEM (*.pem)"));
        if (!path.isEmpty())
            m_controller->publishCrl(name, path, path.endsWith(QLatin1String(".pem")));
    });
    connect(m_caCert, &QPushButton::clicked, this, [this] {
        const auto name = currentIssuer();
        const auto path =
            m_prompter->saveFileName(this, tr("Export CA certificate"), name + QStringLiteral("-ca.pem"),
                                     tr("PEM certificates (*.pem *.crt)"));
        if (!path.isEmpty())
            m_controller->exportCaCertificate(name, path);
    });
    connect(m_ocsp, &QPushButton::clicked, this, [this] {
        const auto name = currentIssuer();
        const auto request = m_prompter->openFileName(this, tr("OCSP request"),
                                                      tr("OCSP requests (*.der *.req);;All files (*)"));
        if (request.isEmpty())
            return;
        const auto response = m_prompter->saveFileName(
            this, tr("OCSP response"), name + QStringLiteral("-ocsp.der"), tr("OCSP responses (*.der)"));
        if (!response.isEmpty())
            m_controller->answerOcsp(name, request, response);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &IssuersPage::updateButtons);
    connect(m_controller, &LifecycleController::issuersLoaded, this,
            [this](const QList<store::StoredIssuer> &issuers) {
                const auto keep = currentIssuer();
                m_list->clear();
                for (const auto &i : issuers) {
                    const bool local = i.type == QLatin1String("local");
                    const bool acme = i.type == QLatin1String("acme");
                    const auto mode =
                        acme ? i.config.value(QStringLiteral("challenge")).toString()
                        : i.config.value(QStringLiteral("mode")).toString() == QLatin1String("sub_ca")
                            ? tr("sub-CA")
                            : tr("self-signed");
                    auto *item = new QTreeWidgetItem(
                        m_list,
                        {i.name,
                         local  ? tr("Local CA")
                         : acme ? tr("ACME")
                                : i.type,
                         local || acme ? mode : QString(), local ? QString::number(i.crlNumber) : QString(),
                         QLocale().toString(i.createdAt.toLocalTime(), QLocale::ShortFormat)});
                    item->setData(0, Qt::UserRole, i.type);
                    if (acme)
                        item->setToolTip(0, i.config.value(QStringLiteral("directory_url")).toString());
                    if (i.name == keep)
                        m_list->setCurrentItem(item);
                }
                if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
                    m_list->setCurrentItem(m_list->topLevelItem(0));
                updateButtons();
            });
    updateButtons();
}

void IssuersPage::newLocalCa()
{
    LocalCaWizard wizard(m_controller, this);
    wizard.exec();
}

AcmeWizard *IssuersPage::newAcmeCa()
{
    if (!m_controller->context())
        return nullptr;
    auto *wizard = new AcmeWizard(m_controller->context(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        names << m_list->topLevelItem(row)->text(0);
    wizard->setTakenNames(names);
    connect(wizard, &AcmeWizard::issuerAdded, this, [this](qint64, const QString &name) {
        // Select the new issuer once the list comes back.
        auto *select = new QObject(this);
        connect(m_controller, &LifecycleController::issuersLoaded, select, [this, name, select] {
            select->deleteLater();
            const auto found = m_list->findItems(name, Qt::MatchExactly, 0);
            if (!found.isEmpty())
                m_list->setCurrentItem(found.first());
        });
        m_controller->loadIssuers();
    });
    wizard->open();
    return wizard;
}

QString IssuersPage::currentIssuer() const
{
    return m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
}

bool IssuersPage::currentIsLocal() const
{
    return m_list->currentItem() &&
           m_list->currentItem()->data(0, Qt::UserRole).toString() == QLatin1String("local");
}

void IssuersPage::updateButtons()
{
    // CRLs, the CA certificate and OCSP answers come from CertDesk's own CAs only.
    const bool selected = currentIsLocal();
    m_crl->setEnabled(selected);
    m_caCert->setEnabled(selected);
    m_ocsp->setEnabled(selected);
}

} // namespace certdesk::ui
