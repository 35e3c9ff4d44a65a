// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/deploymenthistoryview.h"

#include "models/item/deploymenttablemodel.h"
#include "models/item/roles.h"
#include "ui/targetcontroller.h"
#include "ui/uisettings.h"
#include "ui/widgets/recordtable.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace certdesk::ui {

using item::DeploymentTableModel;

DeploymentHistoryView::DeploymentHistoryView(TargetController *controller, Scope scope,
                                             const QString &layoutKey, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_scope(scope), m_layoutKey(layoutKey),
      m_model(new DeploymentTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_outputLabel(new QLabel(tr("Output:"), this)),
      m_output(new QPlainTextEdit(this)), m_copy(new QPushButton(tr("Cop&y output"), this))
{
    setObjectName(QStringLiteral("deploymentHistory"));
    m_table->setObjectName(QStringLiteral("deploymentHistoryTable"));
    m_output->setObjectName(QStringLiteral("deploymentOutput"));
    m_copy->setObjectName(QStringLiteral("copyDeploymentOutputButton"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(item::RawValueRole);
    setUpRecordTable(m_table, m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnHidden(
        scope == Scope::Certificate ? DeploymentTableModel::Certificate : DeploymentTableModel::Target, true);
    m_table->sortByColumn(DeploymentTableModel::When, Qt::DescendingOrder);
    // Wide enough for what the columns hold in this locale and font, until the user resizes them.
    const auto fits = [this](const QString &sample) {
        return m_table->fontMetrics().horizontalAdvance(sample) + 24;
    };
    const QList<std::pair<int, int>> widths{
        {DeploymentTableModel::When,
         fits(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat))},
        {DeploymentTableModel::Certificate, 170},
        {DeploymentTableModel::Target, 120},
        {DeploymentTableModel::Fingerprint, fits(QStringLiteral("DD:DD:DD:DD:DD:DD:DD:DD") + QChar(0x2026))},
        {DeploymentTableModel::Result, fits(item::deploymentStatusDisplayName(QStringLiteral("unchanged")))},
        {DeploymentTableModel::Action, fits(tr("Re-deploy")) + 8}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    if (scope == Scope::Certificate) {
        // The certificate's details pane is narrow: where and how it went first, then when.
        auto *header = m_table->horizontalHeader();
        for (int column :
             {DeploymentTableModel::Target, DeploymentTableModel::Result, DeploymentTableModel::Action})
            header->moveSection(header->visualIndex(column), header->visualIndex(DeploymentTableModel::When));
    }
    if (const auto state = UiSettings::windowState(m_layoutKey); !state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);

    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("Select a deployment to see what the connector did and printed."));
    m_copy->setToolTip(tr("Copy the selected deployment's output to the clipboard"));
    m_copy->setEnabled(false);
    m_outputLabel->setBuddy(m_output);

    auto *outputBox = new QWidget(this);
    auto *outputHeader = new QHBoxLayout;
    outputHeader->addWidget(m_outputLabel);
    outputHeader->addStretch(1);
    outputHeader->addWidget(m_copy);
    auto *outputLayout = new QVBoxLayout(outputBox);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addLayout(outputHeader);
    outputLayout->addWidget(m_output, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(outputBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeploymentHistoryView::showSelectedOutput);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DeploymentHistoryView::addRedeployButtons);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_output->toPlainText()); });
    connect(m_controller, &TargetController::deploymentsChanged, this, &DeploymentHistoryView::reload);
    connect(m_controller, &TargetController::contextChanged, this, &DeploymentHistoryView::clear);
}

DeploymentHistoryView::~DeploymentHistoryView()
{
    UiSettings::setWindowState(m_layoutKey, m_table->horizontalHeader()->saveState());
}

void DeploymentHistoryView::showCertificate(qint64 certificateId)
{
    domain::DeploymentFilter filter;
    filter.certificateId = certificateId;
    if (m_filter && m_filter->certificateId == filter.certificateId)
        return; // shown already; deploymentsChanged() keeps it current
    m_filter = filter;
    m_model->setDeployments({});
    reload();
}

void DeploymentHistoryView::showTarget(const QString &targetName)
{
    domain::DeploymentFilter filter;
    filter.targetName = targetName;
    if (m_filter && m_filter->targetName == filter.targetName)
        return;
    m_filter = filter;
    m_model->setDeployments({});
    reload();
}

void DeploymentHistoryView::clear()
{
    m_filter.reset();
    ++m_generation;
    m_model->setDeployments({});
    showSelectedOutput();
}

void DeploymentHistoryView::reload()
{
    if (!m_filter || !m_controller->hasContext())
        return;
    const auto generation = ++m_generation;
    m_controller->loadHistory(*m_filter, this,
                              [this, generation](const Result<QList<domain::DeploymentRecord>> &history) {
                                  if (generation != m_generation)
                                      return; // another certificate or target is shown now
                                  if (!history) {
                                      m_model->setDeployments({});
                                      m_output->setPlainText(history.error().fullText());
                                      Q_EMIT historyShown();
                                      return;
                                  }
                                  onLoaded(*history);
                              });
}

void DeploymentHistoryView::onLoaded(const QList<domain::DeploymentRecord> &deployments)
{
    const qint64 keep = selectedId();
    m_model->setDeployments(deployments);
    addRedeployButtons();
    for (int row = 0; keep && row < m_proxy->rowCount(); ++row) {
        const auto index = m_proxy->index(row, 0);
        if (index.data(item::IdRole).toLongLong() == keep)
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    }
    showSelectedOutput();
    Q_EMIT historyShown();
}

void DeploymentHistoryView::addRedeployButtons()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const auto index = m_proxy->index(row, DeploymentTableModel::Action);
        if (m_table->indexWidget(index))
            continue;
        const auto &d = m_model->deploymentAt(m_proxy->mapToSource(index).row());
        auto *button = new QPushButton(tr("Re-deploy"));
        button->setObjectName(QStringLiteral("redeployButton"));
        button->setToolTip(tr("Deploy the certificate's current version to %1 again (nothing is re-issued)")
                               .arg(d.targetName));
        button->setAutoDefault(false);
        button->setFlat(true);
        const bool busy = d.status == QLatin1String(domain::DeploymentStatus::Pending) ||
                          d.status == QLatin1String(domain::DeploymentStatus::Running);
        button->setEnabled(!busy && d.certificateId != 0 && !d.targetName.isEmpty());
        connect(button, &QPushButton::clicked, this,
                [this, certificateId = d.certificateId, target = d.targetName] {
                    m_controller->deploy(certificateId, {target});
                });
        m_table->setIndexWidget(index, button);
    }
}

QAbstractButton *DeploymentHistoryView::redeployButton(int row) const
{
    const auto index = m_proxy->mapFromSource(m_model->index(row, DeploymentTableModel::Action));
    return qobject_cast<QAbstractButton *>(m_table->indexWidget(index));
}

qint64 DeploymentHistoryView::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(item::IdRole).toLongLong();
}

void DeploymentHistoryView::showSelectedOutput()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_output->clear();
        m_copy->setEnabled(false);
        return;
    }
    const auto &d = m_model->deploymentAt(m_proxy->mapToSource(rows.first()).row());
    m_output->setPlainText(d.output.isEmpty() ? tr("(no output)") : d.output);
    m_copy->setEnabled(!d.output.isEmpty());
}

} // namespace certdesk::ui
