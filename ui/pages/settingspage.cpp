// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/settingspage.h"

#include "app/core/databaselocation.h"
#include "ui/uisettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace certdesk::ui {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent), m_language(new QComboBox(this)), m_expiringDays(new QSpinBox(this)),
      m_sqlite(new QRadioButton(tr("Embedded &SQLite file (this computer)"), this)),
      m_postgres(new QRadioButton(tr("Shared &PostgreSQL server (team mode)"), this)),
      m_sqlitePath(new QLineEdit(this)), m_postgresUrl(new QLineEdit(this)),
      m_open(new QPushButton(tr("&Open this database"), this)), m_current(new QLabel(this)),
      m_keySource(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_expiringDays->setObjectName(QStringLiteral("expiringDaysSpin"));
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePathEdit"));
    m_postgresUrl->setObjectName(QStringLiteral("postgresUrlEdit"));
    m_open->setObjectName(QStringLiteral("openDatabaseButton"));

    // Language names stay in their own language so a user can always find theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(UiSettings::language())));
    m_expiringDays->setRange(1, 365);
    m_expiringDays->setSuffix(tr(" days"));
    m_expiringDays->setValue(UiSettings::expiringDays());

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    auto *languageHint = new QLabel(tr("The language changes the next time CertDesk starts."), this);
    languageHint->setEnabled(false);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), languageHint);
    // Only this console's highlight: the warning windows of alerts and notifications are the inventory's.
    m_expiringDays->setToolTip(
        tr("Certificates expiring within this many days are shown as Expiring in the inventory, on the "
           "dashboard and in the tray's count. The warning windows for alerts and tray notifications "
           "belong to the inventory and are set on the Alerts page."));
    generalForm->addRow(tr("Show as &expiring within:"), m_expiringDays);
    m_minimiseToTray =
        new QCheckBox(tr("&Minimise to tray: closing the window keeps CertDesk running"), this);
    m_minimiseToTray->setObjectName(QStringLiteral("minimiseToTrayCheck"));
    m_minimiseToTray->setChecked(UiSettings::minimiseToTray());
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_minimiseToTray->setToolTip(tr("Jobs, renewals and notifications go on while the window is hidden; "
                                        "the tray icon shows it again."));
    } else {
        m_minimiseToTray->setEnabled(false);
        m_minimiseToTray->setToolTip(
            tr("This desktop has no system tray, so CertDesk cannot keep running in one."));
    }
    generalForm->addRow(QString(), m_minimiseToTray);

    auto *database = new QGroupBox(tr("Inventory database"), this);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_sqlitePath, 1);
    pathRow->addWidget(browse);
    m_sqlitePath->setPlaceholderText(core::defaultSqlitePath());
    m_postgresUrl->setPlaceholderText(
        QStringLiteral("postgresql://user@db.example.org:5432/certdesk?sslmode=require"));
    auto *pgHint =
        new QLabel(tr("The password is not stored: put it in ~/.pgpass or the PGPASSWORD variable. "
                      "Every console that opens the same server shares one inventory."),
                   this);
    pgHint->setWordWrap(true);
    pgHint->setEnabled(false);
    auto *dbForm = new QFormLayout(database);
    dbForm->addRow(tr("In use:"), m_current);
    dbForm->addRow(m_sqlite);
    dbForm->addRow(tr("File:"), pathRow);
    dbForm->addRow(m_postgres);
    dbForm->addRow(tr("URL:"), m_postgresUrl);
    dbForm->addRow(QString(), pgHint);
    dbForm->addRow(QString(), m_open);

    auto *secrets = new QGroupBox(tr("Secrets"), this);
    auto *secretsForm = new QFormLayout(secrets);
    auto *secretsHint =
        new QLabel(tr("Private keys and credentials are stored encrypted (AES-256-GCM) under one data "
                      "key. On servers without a keychain, set CERTDESK_MASTER_KEY_FILE to a file "
                      "holding a master passphrase."),
                   this);
    secretsHint->setWordWrap(true);
    secretsHint->setEnabled(false);
    secretsForm->addRow(tr("Data key:"), m_keySource);
    secretsForm->addRow(secretsHint);

    auto *alerts = new QGroupBox(tr("Alerts"), this);
    auto *alertsButton = new QPushButton(tr("Alert &channels, rules and digest..."), this);
    alertsButton->setObjectName(QStringLiteral("alertsButton"));
    auto *alertsHint =
        new QLabel(tr("E-mail, webhook, Slack, Teams, PagerDuty and OpsGenie channels with Send "
                      "test, the warning windows (of alerts and tray notifications), and the digest "
                      "are on the Alerts page (Ctrl+Shift+A)."),
                   this);
    alertsHint->setWordWrap(true);
    alertsHint->setEnabled(false);
    auto *alertsLayout = new QHBoxLayout(alerts);
    alertsLayout->addWidget(alertsButton);
    alertsLayout->addWidget(alertsHint, 1);
    connect(alertsButton, &QPushButton::clicked, this, &SettingsPage::alertsRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(database);
    layout->addWidget(secrets);
    layout->addWidget(alerts);
    layout->addStretch(1);

    const bool usesPostgres = !UiSettings::databaseUrl().isEmpty();
    (usesPostgres ? m_postgres : m_sqlite)->setChecked(true);
    m_sqlitePath->setText(UiSettings::databasePath());
    m_postgresUrl->setText(UiSettings::databaseUrl());
    updateDatabaseFields();

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { UiSettings::setLanguage(m_language->currentData().toString()); });
    connect(m_expiringDays, &QSpinBox::valueChanged, this, [this](int days) {
        UiSettings::setExpiringDays(days);
        Q_EMIT expiringDaysChanged(days);
    });
    connect(m_minimiseToTray, &QCheckBox::toggled, this, [this](bool on) {
        UiSettings::setMinimiseToTray(on);
        Q_EMIT minimiseToTrayChanged(on);
    });
    connect(m_sqlite, &QRadioButton::toggled, this, &SettingsPage::updateDatabaseFields);
    connect(browse, &QPushButton::clicked, this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("Inventory file"), m_sqlitePath->text(),
                                                       tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                                       nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_sqlitePath->setText(path);
    });
    connect(m_open, &QPushButton::clicked, this, &SettingsPage::requestDatabase);
}

void SettingsPage::updateDatabaseFields()
{
    m_sqlitePath->setEnabled(m_sqlite->isChecked());
    m_postgresUrl->setEnabled(m_postgres->isChecked());
}

void SettingsPage::requestDatabase()
{
    m_open->setEnabled(false);
    if (m_sqlite->isChecked()) {
        const auto path = m_sqlitePath->text().trimmed();
        Q_EMIT databaseRequested(path.isEmpty() ? core::defaultSqlitePath() : path, QString());
    } else {
        Q_EMIT databaseRequested(QString(), m_postgresUrl->text().trimmed());
    }
}

void SettingsPage::databaseOpenFinished()
{
    m_open->setEnabled(true);
}

void SettingsPage::setCurrentDatabase(const QString &displayName, const QString &keySource)
{
    m_current->setText(displayName);
    m_keySource->setText(keySource);
}

} // namespace certdesk::ui
