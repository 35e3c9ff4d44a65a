// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/exportdialog.h"

#include "ui/uisettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {
QString extensionFor(core::ExportFormat format)
{
    switch (format) {
    case core::ExportFormat::Pem:
        return QStringLiteral(".pem");
    case core::ExportFormat::Der:
        return QStringLiteral(".der");
    case core::ExportFormat::Pkcs12:
        return QStringLiteral(".p12");
    }
    return {};
}

QString safeFileName(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>| ");
    for (auto &c : name)
        if (forbidden.contains(c) || c.unicode() < 32)
            c = u'_';
    return name.isEmpty() ? QStringLiteral("certificate") : name;
}
} // namespace

ExportDialog::ExportDialog(qint64 certificateId, const QString &suggestedName, bool hasPrivateKey, QWidget *parent)
    : QDialog(parent), m_certificateId(certificateId), m_suggestedName(safeFileName(suggestedName)),
      m_hasKey(hasPrivateKey), m_format(new QComboBox(this)), m_chain(new QCheckBox(tr("Include the &chain"), this)),
      m_key(new QCheckBox(tr("Include the private &key"), this)), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_path(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export certificate"));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_chain->setObjectName(QStringLiteral("chainCheck"));
    m_key->setObjectName(QStringLiteral("keyCheck"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_format->addItem(tr("PEM (text)"), int(core::ExportFormat::Pem));
    m_format->addItem(tr("DER (binary, certificate only)"), int(core::ExportFormat::Der));
    m_format->addItem(tr("PKCS#12 (.p12, with the key when held)"), int(core::ExportFormat::Pkcs12));
    m_chain->setChecked(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_key->setToolTip(hasPrivateKey ? tr("The key is written encrypted under the PKCS#12 password.")
                                    : tr("CertDesk holds no private key for this certificate."));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);

    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_chain);
    form->addRow(QString(), m_key);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Con&firm password:"), m_confirm);
    auto *pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    m_path->setText(QDir(UiSettings::lastDirectory()).filePath(m_suggestedName + extensionFor(format())));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    for (auto *edit : {m_password, m_confirm, m_path})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_key, &QCheckBox::toggled, this, &ExportDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formatChanged();
    resize(520, sizeHint().height());
}

core::ExportFormat ExportDialog::format() const
{
    return core::ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::browse()
{
    const auto path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::formatChanged()
{
    const bool p12 = format() == core::ExportFormat::Pkcs12;
    m_chain->setEnabled(format() != core::ExportFormat::Der);
    m_key->setEnabled(p12 && m_hasKey);
    if (!m_key->isEnabled())
        m_key->setChecked(false);
    else if (p12)
        m_key->setChecked(true);
    m_password->setEnabled(p12);
    m_confirm->setEnabled(p12);
    // Keep the chosen folder and name, swap only a known extension.
    QFileInfo info(m_path->text());
    const auto suffix = info.suffix().toLower();
    if (suffix == QLatin1String("pem") || suffix == QLatin1String("der") || suffix == QLatin1String("p12"))
        m_path->setText(info.dir().filePath(info.completeBaseName() + extensionFor(format())));
    validate();
}

void ExportDialog::validate()
{
    QString problem;
    if (m_path->text().trimmed().isEmpty())
        problem = tr("Choose a file to write.");
    else if (QFileInfo(m_path->text()).isDir())
        problem = tr("The file is a folder; add a file name.");
    else if (m_key->isChecked() && m_password->text().isEmpty())
        problem = tr("A PKCS#12 with a private key needs a password.");
    else if (m_password->isEnabled() && m_password->text() != m_confirm->text())
        problem = tr("The two passwords differ.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ExportChoice ExportDialog::choice() const
{
    ExportChoice c;
    c.request.certificateId = m_certificateId;
    c.request.format = format();
    c.request.includeChain = m_chain->isEnabled() && m_chain->isChecked();
    c.request.includeKey = m_key->isChecked();
    c.request.password = m_password->isEnabled() ? m_password->text() : QString();
    c.path = m_path->text().trimmed();
    return c;
}

} // namespace certdesk::ui
