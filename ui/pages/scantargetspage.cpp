// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/scantargetspage.h"

#include "ui/networkscancontroller.h"
#include "ui/prompter.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

ScanTargetsPage::ScanTargetsPage(NetworkScanController *controller, Prompter *prompter, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_prompter(prompter), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("scanTargetsPage"));
    m_tree->setObjectName(QStringLiteral("scanTargetTree"));
    m_tree->setHeaderLabels({tr("Name"), tr("Enabled"), tr("Hosts and ranges"), tr("Ports"), tr("Every"),
                             tr("Last scan"), tr("Duration"), tr("Endpoints"), tr("TLS"), tr("Certificates"),
                             tr("Errors")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    const auto make = [this](const QString &text, const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_add = make(tr("&New target..."), tr("Add hosts and ranges to scan for TLS certificates"),
                 [this] { edit(domain::NetworkScanTarget{}); });
    m_edit = make(tr("&Change..."), tr("Change the selected target"), [this] {
        if (const auto t = current())
            edit(*t);
    });
    m_delete = make(tr("&Delete"), tr("Delete the selected target (its findings stay in Discovery)"), [this] {
        const auto t = current();
        if (t && m_prompter->confirm(
                     this, tr("Delete scan target"),
                     tr("Delete the scan target \"%1\"? What it found stays in Discovery.").arg(t->name)))
            m_controller->removeTarget(t->name);
    });
    m_toggle =
        make(tr("&Enable/disable"), tr("Turn the scheduled scans of the selected target on or off"), [this] {
            if (auto t = current()) {
                t->enabled = !t->enabled;
                m_controller->saveTarget(*t);
            }
        });
    m_scanNow = make(tr("&Scan now"), tr("Scan the selected target now"), [this] {
        if (const auto t = current())
            m_controller->scanNow(t->name);
    });
    m_tree->addActions({m_scanNow, m_edit, m_toggle, m_delete});

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_add, m_edit, m_delete, m_toggle});
    toolbar->addSeparator();
    toolbar->addAction(m_scanNow);
    auto *hint =
        new QLabel(tr("Certificates the scans find are listed on the Discovery page for triage."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ScanTargetsPage::updateActions);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { m_edit->trigger(); });
    connect(m_controller, &NetworkScanController::targetsLoaded, this, &ScanTargetsPage::onTargetsLoaded);
    connect(m_controller, &NetworkScanController::contextChanged, this, &ScanTargetsPage::updateActions);
    connect(m_controller, &NetworkScanController::scanFinished, this,
            [this](const QString &, const QString &summary) {
                if (!summary.isEmpty())
                    Q_EMIT statusMessage(summary);
                updateActions();
            });
    updateActions();
}

void ScanTargetsPage::edit(const domain::NetworkScanTarget &target)
{
    if (const auto changed = m_prompter->editScanTarget(this, target))
        m_controller->saveTarget(*changed);
}

void ScanTargetsPage::onTargetsLoaded(const QList<domain::NetworkScanTarget> &targets)
{
    const auto selected = current();
    m_targets = targets;
    m_tree->clear();
    const QLocale locale;
    for (int i = 0; i < targets.size(); ++i) {
        const auto &t = targets.at(i);
        QStringList columns{t.name,
                            t.enabled ? tr("Yes") : tr("No"),
                            t.targets.join(QStringLiteral(", ")),
                            t.ports,
                            tr("%n hour(s)", nullptr, t.intervalHours),
                            t.lastScanAt.isValid()
                                ? locale.toString(t.lastScanAt.toLocalTime(), QLocale::ShortFormat)
                                : tr("never")};
        if (const auto &r = t.lastResult) {
            columns << tr("%1 ms").arg(r->durationMs) << locale.toString(r->endpointsProbed)
                    << locale.toString(r->endpointsTls) << locale.toString(r->certificatesFound)
                    << locale.toString(r->errors.size());
        }
        auto *item = new QTreeWidgetItem(m_tree, columns);
        item->setData(0, Qt::UserRole, i);
        if (t.lastResult && !t.lastResult->errors.isEmpty()) {
            QStringList errors;
            for (const auto &e : t.lastResult->errors.mid(0, 30))
                errors << e.path + QStringLiteral(": ") + e.reason;
            item->setToolTip(10, errors.join(u'\n'));
        }
        if (selected && selected->name == t.name)
            m_tree->setCurrentItem(item);
    }
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    updateActions();
    Q_EMIT targetsShown();
}

std::optional<domain::NetworkScanTarget> ScanTargetsPage::current() const
{
    const auto *item = m_tree->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    return m_targets.value(item->data(0, Qt::UserRole).toInt());
}

void ScanTargetsPage::updateActions()
{
    const bool ready = m_controller->hasContext();
    const bool selected = current().has_value();
    m_add->setEnabled(ready);
    m_edit->setEnabled(ready && selected);
    m_delete->setEnabled(ready && selected);
    m_toggle->setEnabled(ready && selected);
    m_scanNow->setEnabled(ready && selected && !m_controller->isScanning());
}

} // namespace certdesk::ui
