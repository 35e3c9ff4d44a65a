// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/acmechallengepage.h"

#include "connectors/issuer/acme/challenges/dnsserver.h"
#include "ui/wizards/wizardfields.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {
QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

/// Whether `text` is a numeric IPv4 or IPv6 address without a port (the DNS server parser reads
/// exactly those, plus a port: "host:port" has one colon, a bracket or an IPv6 address has more).
bool isNumericAddress(const QString &text)
{
    return issuer::acme::parseDnsServer(text).ok() && !text.startsWith(u'[') && text.count(u':') != 1;
}

/// Why `path` cannot be run as a hook script, or empty when it can.
QString scriptProblem(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return QCoreApplication::translate("certdesk::ui::AcmeChallengePage",
                                           "Give the %1 as an absolute path.")
            .arg(what);
    if (!info.isFile())
        return QCoreApplication::translate("certdesk::ui::AcmeChallengePage", "The %1 %2 does not exist.")
            .arg(what, path);
    if (!info.isExecutable())
        return QCoreApplication::translate("certdesk::ui::AcmeChallengePage",
                                           "The %1 %2 is not executable (chmod +x).")
            .arg(what, path);
    return {};
}
} // namespace

AcmeChallengePage::AcmeChallengePage(QWidget *parent)
    : QWizardPage(parent), m_form(new QFormLayout), m_type(new QButtonGroup(this)), m_listenRow(nullptr),
      m_httpNote(nullptr), m_httpAddress(nullptr), m_httpPort(nullptr), m_present(nullptr),
      m_presentRow(nullptr), m_cleanup(nullptr), m_cleanupRow(nullptr), m_wait(nullptr), m_resolver(nullptr),
      m_persistDomain(nullptr), m_persistNote(nullptr), m_problem(nullptr)
{
    // Rows keep their height; the space left over goes below them.
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(m_form);
    outer->addStretch(1);
    setTitle(tr("Challenge"));
    setSubTitle(tr("How CertDesk proves to the CA that it controls the names in each certificate."));
    auto *wildcard =
        noteLabel(tr("<b>Wildcard names</b> (*.example.org) need dns-01 or dns-persist-01: the CA "
                     "does not accept http-01 for them."),
                  this);
    wildcard->setObjectName(QStringLiteral("acmeWildcardNote"));
    auto *http = new QRadioButton(tr("&HTTP-01: a temporary web server on this machine"), this);
    auto *dns = new QRadioButton(tr("&DNS-01: a TXT record per order, made by your scripts"), this);
    auto *persist = new QRadioButton(tr("DNS-&PERSIST-01: one standing TXT record"), this);
    http->setObjectName(QStringLiteral("acmeHttp01Radio"));
    dns->setObjectName(QStringLiteral("acmeDns01Radio"));
    persist->setObjectName(QStringLiteral("acmeDnsPersistRadio"));
    m_type->addButton(http, Http01);
    m_type->addButton(dns, Dns01);
    m_type->addButton(persist, DnsPersist01);
    http->setChecked(true);
    auto *types = new QVBoxLayout;
    types->setSpacing(2);
    types->addWidget(http);
    types->addWidget(dns);
    types->addWidget(persist);

    m_httpAddress = new QLineEdit(QStringLiteral("0.0.0.0"), this);
    m_httpAddress->setObjectName(QStringLiteral("acmeHttpAddressEdit"));
    m_httpAddress->setToolTip(
        tr("The local address to listen on; 0.0.0.0 listens on every IPv4 address, :: on "
           "every address."));
    m_httpPort = new QSpinBox(this);
    m_httpPort->setObjectName(QStringLiteral("acmeHttpPortSpin"));
    m_httpPort->setRange(1, 65535);
    m_httpPort->setValue(80);
    auto *listen = new QHBoxLayout;
    m_listenRow = listen;
    listen->addWidget(m_httpAddress, 1);
    auto *portLabel = new QLabel(tr("Por&t:"), this);
    portLabel->setBuddy(m_httpPort);
    listen->addWidget(portLabel);
    listen->addWidget(m_httpPort);
    m_httpNote = noteLabel(tr("The CA connects to port 80 of each name. If CertDesk listens on another port, "
                              "forward port 80 to it."),
                           this);
    m_httpNote->setObjectName(QStringLiteral("acmeHttpNote"));

    m_present = new QLineEdit(this);
    m_present->setObjectName(QStringLiteral("acmeDnsPresentEdit"));
    m_presentRow = fileRow(m_present, tr("DNS present script"), this);
    m_cleanup = new QLineEdit(this);
    m_cleanup->setObjectName(QStringLiteral("acmeDnsCleanupEdit"));
    m_cleanupRow = fileRow(m_cleanup, tr("DNS cleanup script"), this);
    m_persistDomain = new QLineEdit(this);
    m_persistDomain->setObjectName(QStringLiteral("acmePersistDomainEdit"));
    m_persistDomain->setPlaceholderText(tr("e.g. letsencrypt.org; empty: the one the CA names"));
    m_wait = new QSpinBox(this);
    m_wait->setObjectName(QStringLiteral("acmeDnsWaitSpin"));
    m_wait->setRange(0, 3600);
    m_wait->setValue(30);
    m_wait->setSuffix(tr(" s"));
    m_wait->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_resolver = new QLineEdit(this);
    m_resolver->setObjectName(QStringLiteral("acmeDnsResolverEdit"));
    m_resolver->setPlaceholderText(tr("Optional: 192.0.2.53:53; empty: wait the whole time"));
    m_resolver->setToolTip(tr("A DNS server (numeric address, optional port) asked during the wait; CertDesk "
                              "goes on as soon as it answers with the record."));
    m_persistNote =
        noteLabel(tr("The record (_validation-persist.<name>) is made once and stays: renewals need "
                     "no DNS change. When the CA does not offer dns-persist-01, CertDesk falls back to "
                     "dns-01 with these scripts."),
                  this);
    m_persistNote->setObjectName(QStringLiteral("acmePersistNote"));
    m_problem = problemLabel(this);

    m_form->addRow(wildcard);
    m_form->addRow(tr("Type:"), types);
    auto *listenLabel = new QLabel(tr("&Listen on:"), this);
    listenLabel->setBuddy(m_httpAddress);
    m_form->addRow(listenLabel, listen);
    m_form->addRow(QString(), m_httpNote);
    m_form->addRow(buddyLabel(tr("P&resent script:"), m_present), m_presentRow);
    m_form->addRow(buddyLabel(tr("&Cleanup script:"), m_cleanup), m_cleanupRow);
    m_form->addRow(tr("&Issuer domain:"), m_persistDomain);
    m_form->addRow(tr("Propagation &wait:"), m_wait);
    m_form->addRow(tr("Res&olver:"), m_resolver);
    m_form->addRow(m_persistNote);
    m_form->addRow(m_problem);

    connect(m_type, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            typeChanged();
    });
    for (auto *edit : {m_httpAddress, m_present, m_cleanup, m_resolver, m_persistDomain})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    typeChanged();
}

AcmeChallengePage::Challenge AcmeChallengePage::challenge() const
{
    return Challenge(m_type->checkedId());
}

void AcmeChallengePage::typeChanged()
{
    const auto type = challenge();
    const bool dnsAny = type != Http01;
    m_form->setRowVisible(m_listenRow, type == Http01);
    m_form->setRowVisible(m_httpNote, type == Http01);
    m_form->setRowVisible(m_presentRow, dnsAny);
    m_form->setRowVisible(m_cleanupRow, dnsAny);
    m_form->setRowVisible(m_wait, dnsAny);
    m_form->setRowVisible(m_resolver, dnsAny);
    m_form->setRowVisible(m_persistDomain, type == DnsPersist01);
    m_form->setRowVisible(m_persistNote, type == DnsPersist01);
    m_present->setPlaceholderText(type == DnsPersist01 ? tr("Creates the standing TXT record")
                                                       : tr("Creates the TXT record"));
    m_cleanup->setPlaceholderText(type == DnsPersist01
                                      ? tr("Optional: removes the record of the dns-01 fallback")
                                      : tr("Optional: removes the TXT record afterwards"));
    Q_EMIT completeChanged();
}

QString AcmeChallengePage::problem() const
{
    const auto type = challenge();
    if (type == Http01) {
        if (!isNumericAddress(m_httpAddress->text().trimmed()))
            return tr("The listen address must be a numeric IP address, such as 0.0.0.0 or ::.");
        return {};
    }
    if (auto p = scriptProblem(m_present->text().trimmed(), tr("present script")); !p.isEmpty())
        return m_present->text().trimmed().isEmpty() ? tr("Choose the script that creates the TXT record.")
                                                     : p;
    if (!m_cleanup->text().trimmed().isEmpty()) {
        if (auto p = scriptProblem(m_cleanup->text().trimmed(), tr("cleanup script")); !p.isEmpty())
            return p;
    }
    if (const auto resolver = m_resolver->text().trimmed(); !resolver.isEmpty()) {
        if (auto parsed = issuer::acme::parseDnsServer(resolver); !parsed)
            return parsed.error().message;
    }
    return {};
}

bool AcmeChallengePage::isComplete() const
{
    const auto text = problem();
    m_problem->setText(text);
    return text.isEmpty();
}

void AcmeChallengePage::fill(core::AcmeSetup &setup) const
{
    const auto type = challenge();
    setup.challenge = type == Http01  ? QStringLiteral("http-01")
                      : type == Dns01 ? QStringLiteral("dns-01")
                                      : QStringLiteral("dns-persist-01");
    setup.httpAddress = m_httpAddress->text().trimmed();
    setup.httpPort = m_httpPort->value();
    if (type == Http01)
        return;
    setup.dnsPresentScript = m_present->text().trimmed();
    setup.dnsCleanupScript = m_cleanup->text().trimmed();
    setup.dnsWaitSeconds = m_wait->value();
    setup.dnsResolver = m_resolver->text().trimmed();
    if (type == DnsPersist01)
        setup.dnsPersistIssuerDomain = m_persistDomain->text().trimmed();
}

} // namespace certdesk::ui
