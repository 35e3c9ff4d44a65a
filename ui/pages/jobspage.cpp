// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/jobspage.h"

#include "models/item/jobtablemodel.h"
#include "models/item/roles.h"
#include "ui/lifecyclecontroller.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {
/// Draws the progress column as a progress bar.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int percent = index.data(item::ProgressPercentRole).toInt();
        if (percent < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = percent;
        bar.text = QStringLiteral("%1%").arg(percent);
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};
} // namespace

JobsPage::JobsPage(LifecycleController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_model(new item::JobTableModel(this)), m_table(new QTableView(this)),
      m_log(new QPlainTextEdit(this)), m_cancel(new QPushButton(tr("&Cancel job"), this)),
      m_retry(new QPushButton(tr("&Retry job"), this))
{
    setObjectName(QStringLiteral("jobsPage"));
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_retry->setObjectName(QStringLiteral("retryJobButton"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(item::JobTableModel::Progress, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(item::JobTableModel::Kind, 150);
    m_table->setColumnWidth(item::JobTableModel::Progress, 120);
    m_table->setColumnWidth(item::JobTableModel::Message, 320);
    m_log->setReadOnly(true);
    m_log->setPlaceholderText(tr("Select a job to see its log."));

    auto *buttons = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    buttons->addWidget(refresh);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(refresh, &QPushButton::clicked, m_controller, &LifecycleController::loadJobs);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_controller->cancelJob(currentJobId()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { m_controller->retryJob(currentJobId()); });
    connect(m_controller, &LifecycleController::jobsLoaded, this, [this](const QList<domain::Job> &jobs) {
        m_model->setJobs(jobs);
        updateButtons();
    });
    connect(m_controller, &LifecycleController::jobLogLoaded, this, [this](qint64 id, const QStringList &lines) {
        if (id == currentJobId())
            m_log->setPlainText(lines.join(u'\n'));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        m_log->clear();
        if (currentJobId() > 0)
            m_controller->loadJobLog(currentJobId());
    });
    updateButtons();
}

qint64 JobsPage::currentJobId() const
{
    const auto index = m_table->currentIndex();
    return index.isValid() ? index.data(item::IdRole).toLongLong() : 0;
}

void JobsPage::updateButtons()
{
    const int row = m_model->rowOfId(currentJobId());
    const auto status = row >= 0 ? std::optional(m_model->jobAt(row).status) : std::nullopt;
    m_cancel->setEnabled(status == domain::JobStatus::Queued || status == domain::JobStatus::Running);
    m_retry->setEnabled(status == domain::JobStatus::Failed || status == domain::JobStatus::Cancelled);
}

} // namespace certdesk::ui
