// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/editmetadatadialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace certdesk::ui {

EditMetadataDialog::EditMetadataDialog(const domain::CertificateMetadata &current, QWidget *parent)
    : QDialog(parent), m_owner(new QLineEdit(current.owner, this)),
      m_tags(new QLineEdit(current.tags.join(QStringLiteral(", ")), this)), m_notes(new QPlainTextEdit(current.notes, this))
{
    setWindowTitle(tr("Edit certificate details"));
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_owner->setPlaceholderText(tr("Team or person responsible"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. production, web"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, 320);
}

domain::CertificateMetadata EditMetadataDialog::metadata() const
{
    return {m_owner->text().trimmed(), domain::parseTags(m_tags->text()), m_notes->toPlainText()};
}

} // namespace certdesk::ui
