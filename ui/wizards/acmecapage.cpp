// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/acmecapage.h"

#include "ui/wizards/acmesetupcontroller.h"
#include "ui/wizards/wizardfields.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QVBoxLayout>

namespace certdesk::ui {

AcmeCaPage::AcmeCaPage(AcmeSetupController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_presets(core::acmePresets()),
      m_list(new QListWidget(this)), m_note(new QLabel(this)), m_url(new QLineEdit(this)), m_bundle(nullptr),
      m_problem(problemLabel(this)), m_busy(new QProgressBar(this)), m_error(nullptr)
{
    setTitle(tr("ACME certificate authority"));
    setSubTitle(
        tr("Choose the CA. CertDesk reads its directory to learn its terms, account rules and profiles."));
    m_list->setObjectName(QStringLiteral("acmePresetList"));
    for (const auto &preset : m_presets) {
        auto *item = new QListWidgetItem(preset.displayName, m_list);
        item->setData(Qt::UserRole, preset.key);
        item->setToolTip(preset.note);
    }
    // Every preset visible at once, without a scroll bar.
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * m_list->count() + 2 * m_list->frameWidth() + 2);
    m_note->setObjectName(QStringLiteral("acmePresetNote"));
    m_note->setWordWrap(true);
    m_url->setObjectName(QStringLiteral("acmeDirectoryUrlEdit"));
    m_url->setPlaceholderText(tr("https://ca.example.org/acme/directory"));
    m_bundle = new QLineEdit(this);
    m_bundle->setObjectName(QStringLiteral("acmeCaBundleEdit"));
    m_bundle->setPlaceholderText(tr("Optional: PEM file that trusts a private CA's TLS certificate"));
    auto *bundleRow = fileRow(m_bundle, tr("CA bundle"), this);
    m_busy->setObjectName(QStringLiteral("acmeDirectoryBusy"));
    m_busy->setRange(0, 0);
    m_busy->setFormat(tr("Fetching the directory..."));
    m_busy->setTextVisible(true);
    m_busy->hide();
    m_error = new ErrorPanel(this);
    m_error->setObjectName(QStringLiteral("acmeDirectoryError"));

    // Rows keep their height; the space left over goes below them.
    auto *outer = new QVBoxLayout(this);
    auto *layout = new QFormLayout;
    outer->addLayout(layout);
    outer->addStretch(1);
    layout->addRow(tr("C&A:"), m_list);
    layout->addRow(QString(), m_note);
    layout->addRow(tr("&Directory URL:"), m_url);
    layout->addRow(buddyLabel(tr("CA b&undle:"), m_bundle), bundleRow);
    layout->addRow(m_problem);
    layout->addRow(m_busy);
    layout->addRow(m_error);

    connect(m_list, &QListWidget::currentRowChanged, this, &AcmeCaPage::presetChanged);
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_url->isReadOnly())
            m_customUrl = text;
    });
    connect(m_url, &QLineEdit::textChanged, this, &AcmeCaPage::inputChanged);
    connect(m_bundle, &QLineEdit::textChanged, this, &AcmeCaPage::inputChanged);
    connect(controller, &AcmeSetupController::directoryFetched, this,
            [this](const issuer::acme::AcmeDirectory &directory) {
                if (!m_fetching)
                    return;
                setFetching(false);
                m_directory = directory;
                m_fetchedFor = fetchKey();
                wizard()->next();
            });
    connect(controller, &AcmeSetupController::directoryFailed, this, [this](const Error &error) {
        if (!m_fetching)
            return;
        setFetching(false);
        if (error.code != ErrorCode::Cancelled) // stopped, not failed
            m_error->showError(error);
    });
    m_list->setCurrentRow(0);
}

core::AcmePreset AcmeCaPage::preset() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_presets.size() ? m_presets.at(row) : m_presets.last();
}

QString AcmeCaPage::directoryUrl() const
{
    return m_url->text().trimmed();
}

QString AcmeCaPage::fetchKey() const
{
    return directoryUrl() + u'\n' + m_bundle->text().trimmed();
}

void AcmeCaPage::fill(core::AcmeSetup &setup) const
{
    setup.directoryUrl = directoryUrl();
    setup.caBundlePath = m_bundle->text().trimmed();
}

void AcmeCaPage::presetChanged()
{
    const auto chosen = preset();
    const bool custom = chosen.directoryUrl.isEmpty();
    m_note->setText(chosen.note);
    m_url->setReadOnly(!custom);
    m_url->setText(custom ? m_customUrl : chosen.directoryUrl);
}

void AcmeCaPage::inputChanged()
{
    m_error->clear();
    if (fetchKey() != m_fetchedFor)
        m_directory.reset();
    Q_EMIT completeChanged();
}

void AcmeCaPage::setFetching(bool fetching)
{
    m_fetching = fetching;
    m_busy->setVisible(fetching);
    m_list->setEnabled(!fetching);
    m_url->setEnabled(!fetching);
    m_bundle->parentWidget()->setEnabled(!fetching);
    Q_EMIT completeChanged();
}

bool AcmeCaPage::isComplete() const
{
    QString problem;
    const auto bundle = m_bundle->text().trimmed();
    if (directoryUrl().isEmpty())
        problem = tr("Enter the CA's directory URL.");
    else if (!isHttpUrl(directoryUrl()))
        problem = tr("The directory URL must be an https:// (or http://) address with a host.");
    else if (!bundle.isEmpty() && !QFileInfo(bundle).isFile())
        problem = tr("The CA bundle %1 is not a file.").arg(bundle);
    // An empty custom URL is not worth a red sentence before anything was typed.
    m_problem->setText(directoryUrl().isEmpty() ? QString() : problem);
    return problem.isEmpty() && !m_fetching;
}

bool AcmeCaPage::validatePage()
{
    if (m_directory && m_fetchedFor == fetchKey())
        return true;
    if (!m_fetching && isComplete()) {
        m_error->clear();
        setFetching(true);
        m_controller->fetchDirectory(directoryUrl(), m_bundle->text().trimmed());
    }
    return false;
}

} // namespace certdesk::ui
