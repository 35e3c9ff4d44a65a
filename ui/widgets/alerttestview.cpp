// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/alerttestview.h"

#include "ui/wizards/wizardfields.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {
const auto SuccessStyle = QStringLiteral("color: #1b7a2f");

/// The service's answer in one line per part, without empty parts.
QString answerText(int status, const QString &response, const QString &reference)
{
    QStringList lines;
    if (status > 0)
        lines << QCoreApplication::translate("certdesk::ui::AlertTestView", "Status: %1").arg(status);
    if (!response.trimmed().isEmpty())
        lines << QCoreApplication::translate("certdesk::ui::AlertTestView", "Answer: %1")
                     .arg(response.trimmed().left(2000));
    if (!reference.isEmpty())
        lines << QCoreApplication::translate("certdesk::ui::AlertTestView", "Reference: %1").arg(reference);
    return lines.join(u'\n');
}
} // namespace

AlertTestView::AlertTestView(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("&Cancel test"), this)), m_answer(new QLabel(this)),
      m_error(new ErrorPanel(this))
{
    auto *running = testProgressRow(QStringLiteral("alert"), m_status, m_busy, m_cancel);
    m_answer->setObjectName(QStringLiteral("alertTestAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setObjectName(QStringLiteral("alertTestError"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(running);
    layout->addWidget(m_error);
    layout->addWidget(m_answer);

    connect(m_cancel, &QPushButton::clicked, this, &AlertTestView::cancelRequested);
    clear();
}

void AlertTestView::clear(const QString &hint)
{
    m_status->setText(hint);
    m_status->setStyleSheet(QString());
    m_status->setVisible(!hint.isEmpty());
    m_busy->hide();
    m_cancel->hide();
    m_answer->clear();
    m_answer->hide();
    m_error->clear();
}

bool AlertTestView::isRunning() const
{
    return !m_busy->isHidden();
}

void AlertTestView::showRunning(const QString &text)
{
    clear(text);
    m_busy->show();
    m_cancel->show();
}

void AlertTestView::showResult(const notifier::DeliveryResult &result)
{
    if (!result.ok()) {
        Error error = result.error;
        // The detail holds the status and the service's words; add them when a channel left them out.
        const QString answer = answerText(result.status, result.response, result.reference);
        if (error.detail.isEmpty())
            error.detail = answer;
        showError(error);
        m_answer->setText(result.retryable
                              ? tr("A delivery job would try again later (the error looks temporary).")
                              : tr("Sending again will not help until the problem is fixed."));
        m_answer->show();
        return;
    }
    clear(tr("The test alert was delivered."));
    m_status->setStyleSheet(SuccessStyle);
    m_answer->setText(answerText(result.status, result.response, result.reference));
    m_answer->setVisible(!m_answer->text().isEmpty());
}

void AlertTestView::showError(const Error &error)
{
    clear(error.code == ErrorCode::Cancelled ? tr("The test was cancelled.")
                                             : tr("The test alert was not delivered."));
    if (error.code == ErrorCode::Cancelled)
        return;
    m_status->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_error->showError(error);
}

} // namespace certdesk::ui
