// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/deploydialog.h"

#include "connectors/target/sdk/targettype.h"
#include "models/item/deploymenttablemodel.h"
#include "ui/targetcontroller.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace certdesk::ui {

DeployDialog::DeployDialog(TargetController *controller, qint64 certificateId, const QString &certificateName,
                           QWidget *parent)
    : QDialog(parent), m_controller(controller), m_certificateId(certificateId), m_hint(new QLabel(this)),
      m_tree(new QTreeWidget(this)), m_deploy(new QPushButton(tr("&Deploy"), this))
{
    setObjectName(QStringLiteral("deployDialog"));
    setWindowTitle(tr("Deploy %1").arg(certificateName));
    m_hint->setObjectName(QStringLiteral("deployHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Loading the deployment targets..."));
    m_tree->setObjectName(QStringLiteral("deployTargetTree"));
    m_tree->setHeaderLabels(
        {tr("Deploy now to"), tr("Type"), tr("After each renewal"), tr("This certificate there")});
    m_tree->headerItem()->setToolTip(Automatic,
                                     tr("Deploy the certificate automatically after each renewal"));
    m_tree->headerItem()->setToolTip(LastResult,
                                     tr("How the last deployment of this certificate to the target went"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    for (int c : {int(Target), int(Type), int(Automatic)})
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_deploy->setEnabled(false);
    m_deploy->setDefault(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_deploy, QDialogButtonBox::AcceptRole);
    auto *note = new QLabel(tr("Each deployment runs as a job: its progress shows on the Jobs page and its "
                               "result in the certificate's Deployments tab."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_tree, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &DeployDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeployDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, this, &DeployDialog::updateButton);
    m_controller->loadTargetsFor(m_certificateId, this,
                                 [this](const Result<QList<domain::DeploymentTarget>> &all,
                                        const Result<QList<domain::DeploymentTarget>> &bound) {
                                     if (!all || !bound) {
                                         m_hint->setText((all ? bound.error() : all.error()).fullText());
                                         m_hint->setStyleSheet(QStringLiteral("color: #b00020"));
                                         Q_EMIT targetsShown();
                                         return;
                                     }
                                     showTargets(*all, *bound);
                                 });
    domain::DeploymentFilter filter;
    filter.certificateId = m_certificateId;
    m_controller->loadHistory(filter, this, [this](const Result<QList<domain::DeploymentRecord>> &history) {
        if (history)
            m_history = *history;
        showLastDeployments();
    });
    resize(760, 400);
}

void DeployDialog::showTargets(const QList<domain::DeploymentTarget> &targets,
                               const QList<domain::DeploymentTarget> &bound)
{
    m_bound.clear();
    for (const auto &t : bound)
        m_bound << t.name;
    m_hint->setText(targets.isEmpty()
                        ? tr("There are no deployment targets yet. Add one on the Targets page (Ctrl+9).")
                        : tr("Check the targets to deploy the certificate's current version to now, and "
                             "the ones that get each renewal automatically."));
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (const auto &t : targets) {
        const auto *type = target::findTargetType(t.type);
        auto *item = new QTreeWidgetItem(m_tree, {t.name, type ? type->displayName : t.type});
        item->setData(Target, Qt::UserRole, t.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (t.enabled) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Target, Qt::Unchecked);
        } else {
            item->setToolTip(Target, tr("This target is disabled; enable it on the Targets page to deploy."));
            item->setForeground(Target, QColor(0x80, 0x80, 0x80));
        }
        item->setCheckState(Automatic, m_bound.contains(t.name) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(Automatic,
                         tr("After each renewal of this certificate, deploy it to %1").arg(t.name));
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showLastDeployments();
    updateButton();
    Q_EMIT targetsShown();
}

void DeployDialog::showLastDeployments()
{
    const QSignalBlocker blocker(m_tree);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        auto *item = m_tree->topLevelItem(i);
        const QString name = item->data(Target, Qt::UserRole).toString();
        // The history comes newest first.
        const auto last =
            std::find_if(m_history.cbegin(), m_history.cend(),
                         [&name](const domain::DeploymentRecord &d) { return d.targetName == name; });
        if (last == m_history.cend()) {
            item->setText(LastResult, tr("never deployed"));
            item->setForeground(LastResult, QColor(0x80, 0x80, 0x80));
            continue;
        }
        item->setText(LastResult, tr("%1, %2").arg(item::deploymentStatusDisplayName(last->status),
                                                   QLocale().toString(last->startedAt.toLocalTime(),
                                                                      QLocale::ShortFormat)));
        item->setForeground(LastResult, item::isFailedDeploymentStatus(last->status)
                                            ? QColor(0xb0, 0x00, 0x20)
                                            : m_tree->palette().text().color());
    }
}

QStringList DeployDialog::checkedNames(int column, bool checked) const
{
    QStringList names;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const auto *item = m_tree->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) || column == Automatic) {
            if ((item->checkState(column) == Qt::Checked) == checked)
                names << item->data(Target, Qt::UserRole).toString();
        }
    }
    return names;
}

DeployDialog::BindingChanges DeployDialog::bindingChanges() const
{
    BindingChanges changes;
    for (const auto &name : checkedNames(Automatic, true))
        if (!m_bound.contains(name))
            changes.bind << name;
    for (const auto &name : checkedNames(Automatic, false))
        if (m_bound.contains(name))
            changes.unbind << name;
    return changes;
}

void DeployDialog::updateButton()
{
    const int now = int(checkedNames(Target, true).size());
    const auto changes = bindingChanges();
    const bool bindingsChanged = !changes.bind.isEmpty() || !changes.unbind.isEmpty();
    m_deploy->setText(now > 0           ? tr("&Deploy to %n target(s)", nullptr, now)
                      : bindingsChanged ? tr("&Save automatic deployments")
                                        : tr("&Deploy"));
    m_deploy->setEnabled(m_controller->hasContext() && (now > 0 || bindingsChanged));
}

void DeployDialog::accept()
{
    if (!m_deploy->isEnabled())
        return;
    const auto changes = bindingChanges();
    m_controller->deploy(m_certificateId, checkedNames(Target, true), changes.bind, changes.unbind);
    QDialog::accept();
}

} // namespace certdesk::ui
