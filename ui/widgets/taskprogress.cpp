// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/taskprogress.h"

#include <QFutureWatcherBase>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace certdesk::ui {

TaskProgress::TaskProgress(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("taskProgress"));
    m_bar->setObjectName(QStringLiteral("taskProgressBar"));
    m_cancel->setObjectName(QStringLiteral("taskCancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_watcher) {
            m_watcher->cancel();
            m_label->setText(tr("Cancelling..."));
        }
    });
}

void TaskProgress::track(const QString &label, QFutureWatcherBase *watcher)
{
    if (m_watcher)
        disconnect(m_watcher, nullptr, this, nullptr);
    m_watcher = watcher;
    m_label->setText(label);
    m_bar->setRange(0, 0);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_bar, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_bar, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (m_watcher == watcher)
            hide();
    });
    show();
}

} // namespace certdesk::ui
