// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/targetspage.h"

#include "connectors/target/sdk/targettype.h"
#include "models/item/deploymenttablemodel.h"
#include "models/item/roles.h"
#include "models/item/targettablemodel.h"
#include "ui/prompter.h"
#include "ui/targetcontroller.h"
#include "ui/uisettings.h"
#include "ui/widgets/deploymenthistoryview.h"
#include "ui/widgets/pageaction.h"
#include "ui/widgets/recordtable.h"
#include "ui/widgets/targetvalidationview.h"
#include "ui/wizards/targetwizard.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

using item::TargetTableModel;

namespace {
QString shortTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

TargetsPage::TargetsPage(TargetController *controller, Prompter *prompter, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_prompter(prompter), m_model(new TargetTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)), m_count(new QLabel(this)),
      m_table(new QTableView(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_tabs(new QTabWidget(this)), m_settings(new QTreeWidget(this)),
      m_history(new DeploymentHistoryView(controller, DeploymentHistoryView::Scope::Target,
                                          QStringLiteral("targetHistoryHeader"), this)),
      m_test(new TargetValidationView(this))
{
    setObjectName(QStringLiteral("targetsPage"));
    m_filter->setObjectName(QStringLiteral("targetFilterEdit"));
    m_count->setObjectName(QStringLiteral("targetCountLabel"));
    m_table->setObjectName(QStringLiteral("targetTable"));
    m_tabs->setObjectName(QStringLiteral("targetDetailTabs"));
    m_settings->setObjectName(QStringLiteral("targetSettingsTree"));
    m_test->setObjectName(QStringLiteral("targetTestView"));

    QHash<QString, QString> typeNames;
    for (const auto &type : target::targetTypes())
        typeNames.insert(type.name, type.displayName);
    m_model->setTypeNames(typeNames);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(item::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    createActions();

    setUpRecordTable(m_table, m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(TargetTableModel::Name, Qt::AscendingOrder);
    const QList<int> widths{220, 150, 70, 150};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths[c]);
    if (const auto state = UiSettings::windowState(QStringLiteral("targetsHeader")); !state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
    m_table->addActions({m_testAction, m_change, m_toggle, m_delete});

    m_filter->setPlaceholderText(tr("Filter by name, type or result"));
    m_filter->setClearButtonEnabled(true);

    m_settings->setHeaderLabels({tr("Setting"), tr("Value")});
    m_settings->setRootIsDecorated(false);
    m_settings->setAlternatingRowColors(true);
    m_settings->setUniformRowHeights(true);
    m_settings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_test->clear(testHint());
    m_tabs->addTab(m_settings, tr("Se&ttings"));
    m_tabs->addTab(m_history, tr("Deplo&yments"));
    m_tabs->addTab(m_test, tr("Last te&st"));

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_new, m_change, m_testAction, m_toggle, m_delete});
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_count);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table, 1);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    if (const auto state = UiSettings::windowState(QStringLiteral("targetsSplitter")); !state.isEmpty())
        m_splitter->restoreState(state);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TargetsPage::onCurrentChanged);
    connect(m_table, &QTableView::activated, this, [this] { m_change->trigger(); });
    connect(m_controller, &TargetController::contextChanged, this, [this] {
        m_model->setTargets({});
        onCurrentChanged();
    });
    connect(m_controller, &TargetController::targetsLoaded, this, &TargetsPage::onTargetsLoaded);
    connect(m_controller, &TargetController::targetTested, this,
            [this](const QString &name, const target::ValidationReport &report) {
                m_testedTarget = name;
                m_test->showReport(report);
                m_test->statusLabel()->setText(tr("%1: %2").arg(name, m_test->statusLabel()->text()));
                Q_EMIT statusMessage(report.ok() ? tr("Test of %1 passed").arg(name)
                                                 : tr("Test of %1 failed").arg(name));
                updateActions();
            });
    connect(m_controller, &TargetController::targetTestFailed, this,
            [this](const QString &name, const Error &error) {
                m_testedTarget = name;
                m_test->showError(error);
                m_test->statusLabel()->setText(tr("%1: %2").arg(name, m_test->statusLabel()->text()));
                updateActions();
            });
    connect(m_test, &TargetValidationView::cancelRequested, m_controller, &TargetController::cancelTest);
    updateActions();
    updateCount();
}

TargetsPage::~TargetsPage()
{
    UiSettings::setWindowState(QStringLiteral("targetsHeader"), m_table->horizontalHeader()->saveState());
    UiSettings::setWindowState(QStringLiteral("targetsSplitter"), m_splitter->saveState());
}

void TargetsPage::createActions()
{
    const auto make = [this](const QString &text, const QString &tip, const QKeySequence &shortcut,
                             const char *name,
                             auto slot) { return makePageAction(this, text, tip, shortcut, name, slot); };
    m_new = make(tr("&New target..."), tr("Set up a new deployment target"), QKeySequence(Qt::Key_Insert),
                 "newTargetAction", [this] { newTarget(); });
    m_change = make(tr("&Change..."), tr("Change the selected target's settings"), QKeySequence(),
                    "changeTargetAction", [this] { changeCurrent(); });
    m_testAction = make(tr("&Test"), tr("Dry run of the selected target: nothing is written or reloaded"),
                        QKeySequence(Qt::CTRL | Qt::Key_T), "testTargetAction", [this] {
                            const auto t = current();
                            if (!t)
                                return;
                            m_tabs->setCurrentWidget(m_test);
                            m_testedTarget = t->name;
                            m_test->showRunning(tr("Testing %1...").arg(t->name));
                            m_controller->testTarget(t->name);
                            updateActions();
                        });
    m_toggle = make(tr("&Enable/disable"), tr("Turn deployments to the selected target on or off"),
                    QKeySequence(), "toggleTargetAction", [this] {
                        if (const auto t = current())
                            m_controller->setEnabled(t->name, !t->enabled);
                    });
    m_delete = make(
        tr("&Delete"), tr("Delete the selected target"), QKeySequence::Delete, "deleteTargetAction", [this] {
            const auto t = current();
            if (t && m_prompter->confirm(this, tr("Delete target"),
                                         tr("Delete the target \"%1\"? Its deployment history and "
                                            "automatic deployments are deleted too; the files on "
                                            "the server stay as they are.")
                                             .arg(t->name)))
                m_controller->removeTarget(t->name);
        });
    m_refresh =
        make(tr("&Refresh"), tr("Reload the targets"), QKeySequence::Refresh, "refreshTargetsAction", [this] {
            m_controller->loadTargets();
            m_history->reload();
        });
    addActions({m_new, m_testAction, m_refresh});
}

TargetWizard *TargetsPage::newTarget()
{
    if (!m_controller->hasContext())
        return nullptr;
    auto *wizard = new TargetWizard(m_controller->context(), this);
    openWizard(wizard);
    return wizard;
}

TargetWizard *TargetsPage::changeCurrent()
{
    const auto t = current();
    if (!t || !m_controller->hasContext())
        return nullptr;
    auto *wizard = new TargetWizard(m_controller->context(), *t, this);
    openWizard(wizard);
    return wizard;
}

void TargetsPage::openWizard(TargetWizard *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->targetAt(row).name;
    wizard->setTakenNames(names);
    connect(wizard, &TargetWizard::targetSaved, this, [this](const QString &name) {
        Q_EMIT statusMessage(tr("Target %1 saved").arg(name));
        // Select the target once the list comes back.
        auto *selectOnce = new QObject(this);
        connect(m_controller, &TargetController::targetsLoaded, selectOnce, [this, name, selectOnce] {
            selectOnce->deleteLater();
            select(name);
        });
        m_controller->loadTargets();
    });
    wizard->open();
}

void TargetsPage::onTargetsLoaded(const QList<domain::DeploymentTarget> &targets)
{
    const QString keep = currentName();
    m_model->setTargets(targets);
    if (!keep.isEmpty())
        select(keep);
    if (currentName().isEmpty() && m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                             QItemSelectionModel::Rows);
    // An update in place keeps the selection but not what the lower pane shows of it.
    m_shownTarget.clear();
    onCurrentChanged();
    updateCount();
    Q_EMIT targetsShown();
}

void TargetsPage::select(const QString &name)
{
    const int row = m_model->rowOfName(name);
    const auto index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

std::optional<domain::DeploymentTarget> TargetsPage::current() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->targetAt(m_proxy->mapToSource(rows.first()).row());
}

QString TargetsPage::currentName() const
{
    const auto t = current();
    return t ? t->name : QString();
}

void TargetsPage::onCurrentChanged()
{
    updateActions();
    const auto t = current();
    showSettings(t);
    const QString name = t ? t->name : QString();
    if (name == m_shownTarget)
        return;
    m_shownTarget = name;
    // The last test belongs to the target it ran on; another one's would mislead.
    if (name != m_testedTarget && !m_controller->isTesting()) {
        m_testedTarget.clear();
        m_test->clear(testHint());
    }
    if (t)
        m_history->showTarget(name);
    else
        m_history->clear();
}

QString TargetsPage::testHint()
{
    return tr("Test (Ctrl+T) runs a dry run of the selected target: nothing is written or reloaded.");
}

void TargetsPage::showSettings(const std::optional<domain::DeploymentTarget> &t)
{
    m_settings->clear();
    if (!t)
        return;
    const auto *type = target::findTargetType(t->type);
    const auto add = [this](const QString &name, const QString &value, const QString &tip = {}) {
        auto *item = new QTreeWidgetItem(m_settings, {name, value});
        item->setToolTip(1, tip.isEmpty() ? value : tip);
        return item;
    };
    add(tr("Type"), type ? type->displayName : t->type, t->type);
    add(tr("Enabled"), t->enabled ? tr("Yes") : tr("No: no deployments, not even after a renewal"));
    add(tr("Created"), shortTime(t->createdAt));
    add(tr("Changed"), shortTime(t->updatedAt));
    target::TargetSettings values;
    values.values = t->config;
    QStringList shownKeys;
    for (const auto &field : type ? type->fields : QList<target::FieldSpec>()) {
        shownKeys << field.key;
        if (field.kind == target::FieldSpec::Kind::Secret) {
            // Never the value: only whether one is kept in the secret store.
            auto *item = add(field.label, t->secretKeys.contains(field.key) ? tr("set") : tr("not set"));
            item->setToolTip(1, tr("Kept encrypted in the secret store; never shown"));
            continue;
        }
        const QString value = values.text(field.key);
        if (field.kind == target::FieldSpec::Kind::Bool)
            add(field.label, value == QLatin1String("true") ? tr("Yes") : tr("No"));
        else
            add(field.label, value.isEmpty() ? tr("(none)") : value);
    }
    // Settings this build's type does not list (an older or newer CertDesk wrote them).
    for (auto it = t->config.constBegin(); it != t->config.constEnd(); ++it) {
        if (!shownKeys.contains(it.key()))
            add(it.key(), values.text(it.key()));
    }
}

void TargetsPage::updateActions()
{
    const bool ready = m_controller->hasContext();
    const auto t = current();
    m_new->setEnabled(ready);
    m_refresh->setEnabled(ready);
    m_change->setEnabled(ready && t.has_value());
    m_testAction->setEnabled(ready && t.has_value() && !m_controller->isTesting());
    m_toggle->setEnabled(ready && t.has_value());
    m_toggle->setText(t && t->enabled ? tr("Disa&ble") : tr("&Enable"));
    m_delete->setEnabled(ready && t.has_value());
}

void TargetsPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n target(s)", nullptr, all)
                                  : tr("%1 of %n target(s)", nullptr, all).arg(shown));
}

} // namespace certdesk::ui
