// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/pickcertificatedialog.h"

#include "models/item/certificatefiltermodel.h"
#include "models/item/certificatetablemodel.h"
#include "models/item/roles.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace certdesk::ui {

PickCertificateDialog::PickCertificateDialog(const QList<domain::CertificateSummary> &certificates,
                                             const QString &searchHint, QWidget *parent)
    : QDialog(parent), m_model(new item::CertificateTableModel(this)),
      m_filter(new item::CertificateFilterModel(this)), m_search(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Link to a managed certificate"));
    setObjectName(QStringLiteral("pickCertificateDialog"));
    m_model->setCertificates(certificates, QDateTime::currentDateTimeUtc());
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("pickSearch"));
    m_search->setPlaceholderText(tr("Search by name, issuer, serial or fingerprint"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("pickTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));

    auto *layout = new QVBoxLayout(this);
    auto *label =
        new QLabel(tr("Pick the managed certificate this discovered certificate belongs to:"), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(760, 420);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PickCertificateDialog::updateButtons);
    connect(m_table, &QTableView::activated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Down/Up in the search box move through the matches, so picking never needs the mouse.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (selectedId())
            accept();
    });
    m_search->setText(searchHint);
    if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
    m_search->setFocus();
}

std::optional<qint64> PickCertificateDialog::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(item::IdRole).toLongLong();
}

bool PickCertificateDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_table, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PickCertificateDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedId().has_value());
}

} // namespace certdesk::ui
