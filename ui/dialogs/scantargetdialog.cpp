// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/scantargetdialog.h"

#include "app/core/networkscanservice.h"

#include <QCheckBox>
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
QStringList words(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}
} // namespace

ScanTargetDialog::ScanTargetDialog(const domain::NetworkScanTarget &target, QWidget *parent)
    : QDialog(parent), m_original(target), m_name(new QLineEdit(target.name, this)),
      m_targets(new QPlainTextEdit(target.targets.join(u'\n'), this)),
      m_ports(new QLineEdit(target.ports, this)), m_startTls(new QLineEdit(target.startTls.join(u' '), this)),
      m_sni(new QLineEdit(target.sniNames.join(u' '), this)), m_timeout(new QSpinBox(this)),
      m_concurrency(new QSpinBox(this)), m_interval(new QSpinBox(this)),
      m_enabled(new QCheckBox(tr("Scan on its interval while CertDesk runs"), this)),
      m_errors(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(target.id ? tr("Change scan target") : tr("New scan target"));
    m_name->setObjectName(QStringLiteral("targetName"));
    m_targets->setObjectName(QStringLiteral("targetHosts"));
    m_ports->setObjectName(QStringLiteral("targetPorts"));
    m_errors->setObjectName(QStringLiteral("targetErrors"));
    m_targets->setPlaceholderText(tr("10.1.0.0/24\n192.0.2.10\nmail.example.org"));
    m_targets->setTabChangesFocus(true);
    m_startTls->setPlaceholderText(tr("25:smtp 143:imap 110:pop3 389:ldap 5432:postgres"));
    m_sni->setPlaceholderText(tr("names to try on IP addresses"));
    m_timeout->setRange(100, 120000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(target.timeoutMs);
    m_concurrency->setRange(1, 1000);
    m_concurrency->setValue(target.concurrency);
    m_interval->setRange(1, core::MaxScanIntervalHours);
    m_interval->setSuffix(tr(" h"));
    m_interval->setValue(target.intervalHours);
    m_enabled->setChecked(target.enabled);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b03020"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Hosts and ranges:"), m_targets);
    form->addRow(tr("&Ports:"), m_ports);
    form->addRow(tr("&STARTTLS:"), m_startTls);
    form->addRow(tr("SNI na&mes:"), m_sni);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("&Concurrency:"), m_concurrency);
    form->addRow(tr("&Interval:"), m_interval);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(m_buttons);
    resize(520, 420);

    for (auto *edit : {m_name, m_ports, m_startTls, m_sni})
        connect(edit, &QLineEdit::textChanged, this, &ScanTargetDialog::validate);
    connect(m_targets, &QPlainTextEdit::textChanged, this, &ScanTargetDialog::validate);
    for (auto *spin : {m_timeout, m_concurrency, m_interval})
        connect(spin, &QSpinBox::valueChanged, this, &ScanTargetDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

domain::NetworkScanTarget ScanTargetDialog::target() const
{
    domain::NetworkScanTarget t = m_original;
    t.name = m_name->text().trimmed();
    t.targets = words(m_targets->toPlainText());
    t.ports = m_ports->text().trimmed();
    t.startTls = words(m_startTls->text());
    t.sniNames = words(m_sni->text());
    t.timeoutMs = m_timeout->value();
    t.concurrency = m_concurrency->value();
    t.intervalHours = m_interval->value();
    t.enabled = m_enabled->isChecked();
    return t;
}

bool ScanTargetDialog::isValid() const
{
    return core::NetworkScanService::validate(target()).isEmpty();
}

void ScanTargetDialog::validate()
{
    QStringList messages;
    for (const auto &e : core::NetworkScanService::validate(target()))
        messages << e.message;
    m_errors->setText(messages.join(u'\n'));
    m_errors->setVisible(!messages.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(messages.isEmpty());
}

} // namespace certdesk::ui
