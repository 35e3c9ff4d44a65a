// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/targetvalidationview.h"

#include "ui/wizards/wizardfields.h"

#include <QColor>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace certdesk::ui {

TargetValidationView::TargetValidationView(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("&Cancel test"), this)), m_steps(new QTreeWidget(this)),
      m_output(new QPlainTextEdit(this)), m_error(new ErrorPanel(this))
{
    auto *running = testProgressRow(QStringLiteral("target"), m_status, m_busy, m_cancel);
    m_steps->setObjectName(QStringLiteral("targetTestSteps"));
    m_steps->setHeaderLabels({tr("Check"), tr("Result")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_output->setObjectName(QStringLiteral("targetTestOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("The selected check's output"));
    m_error->setObjectName(QStringLiteral("targetTestError"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(running);
    layout->addWidget(m_error);
    layout->addWidget(m_steps, 2);
    layout->addWidget(m_output, 1);

    connect(m_cancel, &QPushButton::clicked, this, &TargetValidationView::cancelRequested);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &TargetValidationView::showSelectedOutput);
    clear(QString());
}

void TargetValidationView::clear(const QString &hint)
{
    m_status->setText(hint);
    m_status->setStyleSheet(QString());
    m_busy->hide();
    m_cancel->hide();
    m_error->clear();
    m_steps->clear();
    m_steps->hide();
    m_output->clear();
    m_output->hide();
}

void TargetValidationView::showRunning(const QString &text)
{
    clear(text);
    m_busy->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
}

void TargetValidationView::showReport(const target::ValidationReport &report)
{
    clear(QString());
    const int failed = int(std::count_if(report.steps.cbegin(), report.steps.cend(),
                                         [](const target::ValidationStep &s) { return !s.ok; }));
    if (report.steps.isEmpty())
        m_status->setText(tr("The connector ran no checks."));
    else if (failed == 0)
        m_status->setText(tr("All %n check(s) passed.", nullptr, int(report.steps.size())));
    else
        m_status->setText(tr("%1 of %n check(s) failed. Select a check to see its output.", nullptr,
                             int(report.steps.size()))
                              .arg(failed));
    m_status->setStyleSheet(failed ? QStringLiteral("color: #b00020") : QString());
    QTreeWidgetItem *firstFailure = nullptr;
    for (const auto &step : report.steps) {
        auto *item = new QTreeWidgetItem(m_steps, {step.title, step.ok ? tr("Passed") : tr("Failed")});
        item->setIcon(
            0, style()->standardIcon(step.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical));
        item->setData(0, Qt::UserRole, step.detail);
        item->setToolTip(0, step.detail.left(1000));
        if (!step.ok) {
            item->setForeground(1, QColor(0xb0, 0x00, 0x20));
            if (!firstFailure)
                firstFailure = item;
        }
    }
    m_steps->show();
    m_output->show();
    if (auto *select = firstFailure ? firstFailure : m_steps->topLevelItem(0))
        m_steps->setCurrentItem(select);
}

void TargetValidationView::showError(const Error &error)
{
    clear(error.code == ErrorCode::Cancelled ? tr("The test was cancelled; nothing was changed.")
                                             : tr("The test could not run."));
    if (error.code != ErrorCode::Cancelled)
        m_error->showError(error);
}

void TargetValidationView::showSelectedOutput()
{
    const auto *item = m_steps->currentItem();
    const QString detail = item ? item->data(0, Qt::UserRole).toString() : QString();
    m_output->setPlainText(detail.isEmpty() && item ? tr("(no output)") : detail);
}

} // namespace certdesk::ui
