// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/issuerspage.h"

#include "ui/lifecyclecontroller.h"
#include "ui/prompter.h"
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
      m_crl(new QPushButton(tr("Publish &CRL..."), this)), m_caCert(new QPushButton(tr("Export CA &certificate..."), this)),
      m_ocsp(new QPushButton(tr("Answer &OCSP request..."), this))
{
    setObjectName(QStringLiteral("issuersPage"));
    m_list->setObjectName(QStringLiteral("issuerList"));
    m_crl->setObjectName(QStringLiteral("publishCrlButton"));
    m_caCert->setObjectName(QStringLiteral("exportCaButton"));
    m_ocsp->setObjectName(QStringLiteral("answerOcspButton"));
    m_ocsp->setToolTip(tr("Read a DER OCSP request (as `openssl ocsp -reqout` writes it) and write the CA's signed "
                          "response"));
    m_list->setHeaderLabels({tr("Name"), tr("Type"), tr("Mode"), tr("CRL number"), tr("Set up")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *add = new QPushButton(tr("&New local CA..."), this);
    add->setObjectName(QStringLiteral("newLocalCaButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_crl);
    buttons->addWidget(m_caCert);
    buttons->addWidget(m_ocsp);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(add, &QPushButton::clicked, this, &IssuersPage::newLocalCa);
    connect(m_crl, &QPushButton::clicked, this, [this] {
        const auto name = currentIssuer();
        const auto path = m_prompter->saveFileName(this, tr("Publish CRL"), name + QStringLiteral(".crl"),
                                                   tr("CRL, DER (*.crl);;CRL, PEM (*.pem)"));
        if (!path.isEmpty())
            m_controller->publishCrl(name, path, path.endsWith(QLatin1String(".pem")));
    });
    connect(m_caCert, &QPushButton::clicked, this, [this] {
        const auto name = currentIssuer();
        const auto path = m_prompter->saveFileName(this, tr("Export CA certificate"), name + QStringLiteral("-ca.pem"),
                                                   tr("PEM certificates (*.pem *.crt)"));
        if (!path.isEmpty())
            m_controller->exportCaCertificate(name, path);
    });
    connect(m_ocsp, &QPushButton::clicked, this, [this] {
        const auto name = currentIssuer();
        const auto request = m_prompter->openFileName(this, tr("OCSP request"), tr("OCSP requests (*.der *.req);;All files (*)"));
        if (request.isEmpty())
            return;
        const auto response = m_prompter->saveFileName(this, tr("OCSP response"), name + QStringLiteral("-ocsp.der"),
                                                       tr("OCSP responses (*.der)"));
        if (!response.isEmpty())
            m_controller->answerOcsp(name, request, response);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &IssuersPage::updateButtons);
    connect(m_controller, &LifecycleController::issuersLoaded, this, [this](const QList<store::StoredIssuer> &issuers) {
        const auto keep = currentIssuer();
        m_list->clear();
        for (const auto &i : issuers) {
            const auto mode = i.config.value(QStringLiteral("mode")).toString() == QLatin1String("sub_ca")
                                  ? tr("sub-CA")
                                  : tr("self-signed");
            auto *item = new QTreeWidgetItem(
                m_list, {i.name, i.type == QLatin1String("local") ? tr("Local CA") : i.type, mode,
                         QString::number(i.crlNumber), QLocale().toString(i.createdAt.toLocalTime(), QLocale::ShortFormat)});
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

QString IssuersPage::currentIssuer() const
{
    return m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
}

void IssuersPage::updateButtons()
{
    const bool selected = !currentIssuer().isEmpty();
    m_crl->setEnabled(selected);
    m_caCert->setEnabled(selected);
    m_ocsp->setEnabled(selected);
}

} // namespace certdesk::ui
