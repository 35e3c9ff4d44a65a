// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/wizardfields.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizard>

namespace certdesk::ui {

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           !url.host().isEmpty();
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setWordWrap(true);
    return label;
}

QWidget *fileRow(QLineEdit *edit, const QString &title, QWidget *parent)
{
    return pathRow(edit, title, PathPick::ExistingFile, parent);
}

QWidget *pathRow(QLineEdit *edit, const QString &title, PathPick pick, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(QCoreApplication::translate("certdesk", "Browse..."), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, title, row, pick] {
        QString path;
        switch (pick) {
        case PathPick::ExistingFile:
            path = QFileDialog::getOpenFileName(row, title, edit->text());
            break;
        case PathPick::AnyFile:
            path = QFileDialog::getSaveFileName(row, title, edit->text(), QString(), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
            break;
        case PathPick::Folder:
            path = QFileDialog::getExistingDirectory(row, title, edit->text());
            break;
        }
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

QLabel *valueLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void setWizardSaving(QWizard *wizard, bool saving)
{
    if (auto *back = wizard->button(QWizard::BackButton))
        back->setEnabled(!saving);
    if (auto *cancel = wizard->button(QWizard::CancelButton))
        cancel->setEnabled(!saving);
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QWidget *fieldColumn(const QList<QWidget *> &widgets, QWidget *parent)
{
    auto *column = new QWidget(parent);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (auto *widget : widgets)
        layout->addWidget(widget);
    return column;
}

QHBoxLayout *testProgressRow(const QString &prefix, QLabel *status, QProgressBar *busy, QPushButton *cancel)
{
    status->setObjectName(prefix + QStringLiteral("TestStatus"));
    status->setWordWrap(true);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    busy->setObjectName(prefix + QStringLiteral("TestBusy"));
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setMaximumHeight(status->fontMetrics().height());
    cancel->setObjectName(prefix + QStringLiteral("TestCancelButton"));
    cancel->setAutoDefault(false);
    auto *row = new QHBoxLayout;
    row->addWidget(busy, 1);
    row->addWidget(cancel);
    return row;
}

ErrorPanel::ErrorPanel(QWidget *parent)
    : QWidget(parent), m_message(problemLabel(this)), m_toggle(new QToolButton(this)),
      m_detail(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("errorMessageLabel"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toggle->setObjectName(QStringLiteral("errorDetailsButton"));
    m_toggle->setText(tr("Deta&ils"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_detail->setObjectName(QStringLiteral("errorDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(4);
    m_detail->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_detail);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_detail->setVisible(on);
    });
    hide();
}

void ErrorPanel::showError(const Error &error)
{
    m_message->setText(error.message);
    m_detail->setText(error.detail);
    m_toggle->setChecked(false);
    m_toggle->setVisible(!error.detail.isEmpty());
    show();
}

void ErrorPanel::clear()
{
    m_message->clear();
    m_detail->clear();
    m_toggle->setChecked(false);
    hide();
}

QString ErrorPanel::message() const
{
    return m_message->text();
}

QString ErrorPanel::detail() const
{
    return m_detail->text();
}

} // namespace certdesk::ui
