// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/triagepage.h"

#include "models/item/discoveryfiltermodel.h"
#include "models/item/discoverytablemodel.h"
#include "models/item/roles.h"
#include "ui/dialogs/scanhistorydialog.h"
#include "ui/discoverycontroller.h"
#include "ui/inventorycontroller.h"
#include "ui/prompter.h"
#include "ui/uisettings.h"
#include "ui/widgets/certificatedetailsview.h"
#include "ui/widgets/recordtable.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace certdesk::ui {

using domain::TriageStatus;
using Filter = item::DiscoveryFilterModel;

TriagePage::TriagePage(DiscoveryController *controller, InventoryController *inventory, Prompter *prompter,
                       QWidget *parent)
    : QWidget(parent), m_controller(controller), m_inventory(inventory), m_prompter(prompter),
      m_model(new item::DiscoveryTableModel(this)), m_filter(new Filter(this)),
      m_newCount(new QPushButton(this)), m_claimedCount(new QPushButton(this)),
      m_dismissedCount(new QPushButton(this)), m_allCount(new QPushButton(this)),
      m_search(new QLineEdit(this)), m_statusFilter(new QComboBox(this)), m_sourceFilter(new QComboBox(this)),
      m_issuerFilter(new QComboBox(this)), m_expiryFilter(new QComboBox(this)),
      m_weakOnly(new QCheckBox(tr("&Weak or expired only"), this)), m_count(new QLabel(this)),
      m_lastScan(new QLabel(this)), m_table(new QTableView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_details(new CertificateDetailsView(this))
{
    setObjectName(QStringLiteral("triagePage"));
    m_table->setObjectName(QStringLiteral("discoveryTable"));
    m_search->setObjectName(QStringLiteral("triageSearch"));
    m_statusFilter->setObjectName(QStringLiteral("triageStatusFilter"));
    m_sourceFilter->setObjectName(QStringLiteral("triageSourceFilter"));
    m_issuerFilter->setObjectName(QStringLiteral("triageIssuerFilter"));
    m_expiryFilter->setObjectName(QStringLiteral("triageExpiryFilter"));
    m_weakOnly->setObjectName(QStringLiteral("triageWeakOnly"));
    m_newCount->setObjectName(QStringLiteral("newCount"));
    m_claimedCount->setObjectName(QStringLiteral("claimedCount"));
    m_dismissedCount->setObjectName(QStringLiteral("dismissedCount"));
    m_lastScan->setObjectName(QStringLiteral("lastScanLabel"));
    m_filter->setSourceModel(m_model);
    createActions();

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_scanComputer, m_scanFolder, m_sniff, m_history});
    toolbar->addSeparator();
    toolbar->addActions({m_claim, m_link, m_dismiss, m_restore, m_undo});

    auto *counts = new QHBoxLayout;
    for (auto *button : {m_newCount, m_claimedCount, m_dismissedCount, m_allCount}) {
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        counts->addWidget(button);
    }
    counts->addStretch(1);
    counts->addWidget(m_lastScan);
    connect(m_newCount, &QPushButton::clicked, this, [this] { showStatus(TriageStatus::New); });
    connect(m_claimedCount, &QPushButton::clicked, this, [this] { showStatus(TriageStatus::Claimed); });
    connect(m_dismissedCount, &QPushButton::clicked, this, [this] { showStatus(TriageStatus::Dismissed); });
    connect(m_allCount, &QPushButton::clicked, this, [this] { showStatus(std::nullopt); });

    setUpRecordTable(m_table, m_filter);
    m_table->addActions(triageActions());
    m_table->sortByColumn(item::DiscoveryTableModel::Expires, Qt::AscendingOrder);
    const QList<int> widths{80, 180, 220, 160, 90, 70, 80, 150, 70, 90};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->setColumnHidden(item::DiscoveryTableModel::Subject, true);
    if (const auto state = UiSettings::windowState(QStringLiteral("triageHeader")); !state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    if (const auto state = UiSettings::windowState(QStringLiteral("triageSplitter")); !state.isEmpty())
        m_splitter->restoreState(state);
    m_details->clear(tr("Select a discovered certificate to see every field and every place it was found."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(counts);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TriagePage::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TriagePage::updateActions);
    connect(m_controller, &DiscoveryController::listLoaded, this, &TriagePage::onListLoaded);
    connect(m_controller, &DiscoveryController::detailsLoaded, this,
            [this](const core::DiscoveredDetails &details) {
                const auto current = m_table->currentIndex();
                if (current.isValid() && current.data(item::IdRole).toLongLong() == details.discovered.id)
                    m_details->showDiscovered(details);
            });
    connect(m_controller, &DiscoveryController::scanStarted, this, &TriagePage::updateActions);
    connect(m_controller, &DiscoveryController::scanFinished, this, &TriagePage::onScanFinished);
    connect(m_controller, &DiscoveryController::triaged, this, &TriagePage::statusMessage);
    connect(m_controller, &DiscoveryController::undoAvailable, this, &TriagePage::updateActions);
    connect(m_controller, &DiscoveryController::contextChanged, this, &TriagePage::updateActions);
    connect(m_controller, &DiscoveryController::inventoryChanged, m_inventory, &InventoryController::reload);
    connect(m_controller, &DiscoveryController::historyLoaded, this,
            [this](const QList<domain::DiscoveryScan> &scans, const QList<store::LockedFile> &locked) {
                auto *dialog = new ScanHistoryDialog(scans, locked, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &ScanHistoryDialog::importRequested, this,
                        [this, dialog](const QStringList &paths) {
                            dialog->close();
                            Q_EMIT importRequested(paths);
                        });
                dialog->open();
            });
    connect(m_inventory, &InventoryController::certificatesLoaded, this,
            [this](const QList<domain::CertificateSummary> &certificates) { m_managed = certificates; });
    onListLoaded({}, {});
    updateActions();
}

TriagePage::~TriagePage()
{
    UiSettings::setWindowState(QStringLiteral("triageHeader"), m_table->horizontalHeader()->saveState());
    UiSettings::setWindowState(QStringLiteral("triageSplitter"), m_splitter->saveState());
}

QWidget *TriagePage::createFilterBar()
{
    m_search->setPlaceholderText(tr("Search name, subject, issuer, serial, fingerprint (/)"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter->addItem(tr("All statuses"));
    for (auto s : {TriageStatus::New, TriageStatus::Claimed, TriageStatus::Dismissed})
        m_statusFilter->addItem(item::DiscoveryTableModel::statusName(s), int(s));
    m_sourceFilter->addItem(tr("All sources"), 0);
    m_sourceFilter->addItem(tr("Filesystem"), int(domain::SourceFilesystem));
    m_sourceFilter->addItem(tr("Network"), int(domain::SourceNetwork));
    m_sourceFilter->addItem(tr("Cloud"), int(domain::SourceCloud));
    m_issuerFilter->addItem(tr("All issuers"));
    m_issuerFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_issuerFilter->setMinimumContentsLength(12);
    m_expiryFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_expiryFilter->setMinimumContentsLength(12);
    m_expiryFilter->addItem(tr("Any expiry"), int(Filter::Expiry::Any));
    m_expiryFilter->addItem(tr("Expired"), int(Filter::Expiry::Expired));
    m_expiryFilter->addItem(tr("Expires within 7 days"), int(Filter::Expiry::Within7Days));
    m_expiryFilter->addItem(tr("Expires within 30 days"), int(Filter::Expiry::Within30Days));
    m_expiryFilter->addItem(tr("Expires within 90 days"), int(Filter::Expiry::Within90Days));
    m_expiryFilter->addItem(tr("Valid for more than 90 days"), int(Filter::Expiry::Later));

    // Two rows, so the page fits a small laptop screen: the search, then the filters.
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto *filters = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_statusFilter), static_cast<QWidget *>(m_sourceFilter),
                       static_cast<QWidget *>(m_issuerFilter), static_cast<QWidget *>(m_expiryFilter),
                       static_cast<QWidget *>(m_weakOnly)})
        filters->addWidget(w);
    filters->addStretch(1);
    rows->addLayout(searchRow);
    rows->addLayout(filters);

    const auto refilter = [this] { updateCount(); };
    connect(m_search, &QLineEdit::textChanged, this, [this, refilter](const QString &text) {
        m_filter->setSearchText(text);
        refilter();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this, refilter] {
        const auto data = m_statusFilter->currentData();
        m_filter->setStatus(data.isValid() ? std::optional(TriageStatus(data.toInt())) : std::nullopt);
        refilter();
    });
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, [this, refilter] {
        m_filter->setSources(m_sourceFilter->currentData().toInt());
        refilter();
    });
    connect(m_issuerFilter, &QComboBox::currentIndexChanged, this, [this, refilter] {
        m_filter->setIssuer(m_issuerFilter->currentData().toString());
        refilter();
    });
    connect(m_expiryFilter, &QComboBox::currentIndexChanged, this, [this, refilter] {
        m_filter->setExpiry(Filter::Expiry(m_expiryFilter->currentData().toInt()));
        refilter();
    });
    connect(m_weakOnly, &QCheckBox::toggled, this, [this, refilter](bool on) {
        m_filter->setWeakOnly(on);
        refilter();
    });
    m_statusFilter->setCurrentIndex(1); // New: what is left to triage
    return bar;
}

void TriagePage::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        // Single-key shortcuts act only while the triage page has focus, never on other pages.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_claim = make(tr("&Claim"), QKeySequence(Qt::Key_C), &TriagePage::claimSelected);
    m_claim->setToolTip(tr("Add the selected certificates to the inventory (C)"));
    m_link = make(tr("&Link to managed..."), QKeySequence(Qt::Key_L), &TriagePage::linkSelected);
    m_link->setToolTip(tr("Claim the selected certificates for a managed certificate you pick (L)"));
    m_dismiss = make(tr("&Dismiss"), QKeySequence(Qt::Key_D), [this] { dismissSelected(false); });
    m_dismiss->setToolTip(tr("Dismiss the selected certificates (D; Ctrl+D to give a reason)"));
    m_dismissWithReason = make(tr("Dismiss with &reason..."), QKeySequence(Qt::CTRL | Qt::Key_D),
                               [this] { dismissSelected(true); });
    m_restore = make(tr("R&estore"), QKeySequence(Qt::Key_R), &TriagePage::restoreSelected);
    m_restore->setToolTip(tr("Put the selected certificates back to New (R)"));
    m_undo = make(tr("&Undo"), QKeySequence::Undo, [this] {
        rememberNextRow();
        m_controller->undoLast();
    });
    m_undo->setToolTip(tr("Undo the last triage action (Ctrl+Z)"));
    m_scanComputer = make(tr("Scan this &computer"), QKeySequence(), &TriagePage::scanThisComputer);
    m_scanComputer->setToolTip(tr("Scan %1").arg(core::defaultScanLocations().join(QStringLiteral(", "))));
    m_scanFolder = make(tr("Scan &folder..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                        &TriagePage::scanFolderFromDialog);
    m_sniff = make(tr("Read &all files"), QKeySequence(), [] {});
    m_sniff->setCheckable(true);
    m_sniff->setToolTip(tr("Look inside every file, whatever its name (slower)"));
    m_find = make(tr("&Search"), QKeySequence(Qt::Key_Slash), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_refresh = make(tr("&Refresh"), QKeySequence(), [this] { m_controller->reload(); });
    m_history = make(tr("Scan &history..."), QKeySequence(), [this] { m_controller->loadHistory(); });
    m_history->setToolTip(tr("Every scan with its problems, and the files that need a password"));
}

QList<QAction *> TriagePage::triageActions() const
{
    return {m_claim, m_link, m_dismiss, m_dismissWithReason, m_restore, m_undo};
}

void TriagePage::onListLoaded(const QList<domain::DiscoveredCertificate> &certificates,
                              const domain::TriageCounts &counts)
{
    const qint64 currentId = m_table->currentIndex().data(item::IdRole).toLongLong();
    m_model->setCertificates(certificates, QDateTime::currentDateTimeUtc());

    QSet<QString> issuers;
    for (const auto &c : certificates)
        issuers.insert(c.certificate.issuer);
    const QString chosenIssuer = m_issuerFilter->currentData().toString();
    QStringList sorted(issuers.begin(), issuers.end());
    sorted.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker block(m_issuerFilter);
        m_issuerFilter->clear();
        m_issuerFilter->addItem(tr("All issuers"), QString());
        for (const auto &issuer : std::as_const(sorted))
            m_issuerFilter->addItem(issuer, issuer);
        m_issuerFilter->setCurrentIndex(std::max(0, m_issuerFilter->findData(chosenIssuer)));
    }
    m_filter->setIssuer(m_issuerFilter->currentData().toString());

    const QLocale locale;
    m_newCount->setText(tr("New: %1").arg(locale.toString(counts.newCount)));
    m_claimedCount->setText(tr("Claimed: %1").arg(locale.toString(counts.claimed)));
    m_dismissedCount->setText(tr("Dismissed: %1").arg(locale.toString(counts.dismissed)));
    m_allCount->setText(
        tr("All: %1").arg(locale.toString(counts.newCount + counts.claimed + counts.dismissed)));

    // Select what comes next after a triage action, else keep the current row.
    int row = -1;
    const qint64 wanted = m_nextId ? m_nextId : currentId;
    if (wanted) {
        const int sourceRow = m_model->rowOf(wanted);
        if (sourceRow >= 0)
            row = m_filter->mapFromSource(m_model->index(sourceRow, 0)).row();
    }
    if (row < 0 && m_nextRow >= 0 && m_filter->rowCount() > 0)
        row = std::min(m_nextRow, m_filter->rowCount() - 1);
    m_nextId = 0;
    m_nextRow = -1;
    if (row >= 0) {
        // Through the selection model: QTableView::selectRow() would toggle while Ctrl is held
        // (as it is right after Ctrl+Z).
        m_table->selectionModel()->setCurrentIndex(
            m_filter->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(m_filter->index(row, 0));
    } else {
        m_details->clear(
            tr("Select a discovered certificate to see every field and every place it was found."));
    }
    updateCount();
    updateActions();
    Q_EMIT rowsShown();
}

void TriagePage::onScanFinished(const core::FilesystemScanReport &report)
{
    const auto &scan = report.scan;
    if (scan.id == 0) {
        updateActions();
        return;
    }
    m_lastScan->setText(tr("Last scan: %1 files, %2 certificates (%3 new), %4 problems%5")
                            .arg(scan.filesRead)
                            .arg(scan.certificatesFound)
                            .arg(scan.newFound)
                            .arg(scan.errors.size())
                            .arg(scan.cancelled ? tr(", cancelled") : QString()));
    QStringList problems;
    for (const auto &e : scan.errors.mid(0, 30))
        problems << e.path + QStringLiteral(": ") + e.reason;
    for (const auto &p : report.needsPassword.mid(0, 30))
        problems << p + QStringLiteral(": ") + tr("PKCS#12, import it with its password to read it");
    m_lastScan->setToolTip(problems.join(u'\n'));
    Q_EMIT statusMessage(m_lastScan->text());
    updateActions();
}

void TriagePage::onCurrentChanged()
{
    const auto current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear(
            tr("Select a discovered certificate to see every field and every place it was found."));
        return;
    }
    m_controller->loadDetails(current.data(item::IdRole).toLongLong());
}

void TriagePage::updateActions()
{
    const auto ids = selectedIds();
    bool anyNotNew = false;
    for (const auto &index : m_table->selectionModel()->selectedRows()) {
        anyNotNew = anyNotNew ||
                    m_model->certificateAt(m_filter->mapToSource(index).row()).status != TriageStatus::New;
    }
    const bool ready = m_controller->hasContext();
    m_claim->setEnabled(ready && !ids.isEmpty());
    m_link->setEnabled(ready && !ids.isEmpty());
    m_dismiss->setEnabled(ready && !ids.isEmpty());
    m_dismissWithReason->setEnabled(ready && !ids.isEmpty());
    m_restore->setEnabled(ready && anyNotNew);
    m_undo->setEnabled(ready && m_controller->canUndo());
    m_scanComputer->setEnabled(ready && !m_controller->isScanning());
    m_scanFolder->setEnabled(ready && !m_controller->isScanning());
}

void TriagePage::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

void TriagePage::showStatus(std::optional<TriageStatus> status)
{
    m_statusFilter->setCurrentIndex(status ? m_statusFilter->findData(int(*status)) : 0);
}

QList<qint64> TriagePage::selectedIds() const
{
    QList<qint64> ids;
    for (const auto &index : m_table->selectionModel()->selectedRows())
        ids << index.data(item::IdRole).toLongLong();
    return ids;
}

void TriagePage::rememberNextRow()
{
    // The row after the last selected one that is not itself selected: it stays visible whatever
    // the status filter, and is where triage goes on.
    const auto rows = m_table->selectionModel()->selectedRows();
    int last = -1;
    QSet<int> selected;
    for (const auto &index : rows) {
        last = std::max(last, index.row());
        selected.insert(index.row());
    }
    m_nextId = 0;
    m_nextRow = last < 0 ? m_table->currentIndex().row() : last - int(rows.size()) + 1;
    for (int r = last + 1; r < m_filter->rowCount(); ++r) {
        if (!selected.contains(r)) {
            m_nextId = m_filter->index(r, 0).data(item::IdRole).toLongLong();
            break;
        }
    }
}

void TriagePage::claimSelected()
{
    const auto ids = selectedIds();
    if (ids.isEmpty())
        return;
    rememberNextRow();
    m_controller->claimAsNew(ids);
}

void TriagePage::linkSelected()
{
    const auto ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (m_managed.isEmpty()) {
        m_prompter->showError(
            this, tr("Link to a managed certificate"),
            Error{tr("The inventory holds no certificate to link to. Use Claim to add this one.")});
        return;
    }
    const auto current = m_table->currentIndex();
    const auto &first = m_model->certificateAt(
        m_filter->mapToSource(current.isValid() ? current : m_filter->index(0, 0)).row());
    const auto picked = m_prompter->pickCertificate(this, m_managed, first.certificate.commonName);
    if (!picked)
        return;
    rememberNextRow();
    m_controller->claimToExisting(ids, *picked);
}

void TriagePage::dismissSelected(bool askReason)
{
    const auto ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString reason;
    if (askReason) {
        const auto answer = m_prompter->dismissReason(this, int(ids.size()));
        if (!answer)
            return;
        reason = *answer;
    }
    rememberNextRow();
    m_controller->dismiss(ids, reason);
}

void TriagePage::restoreSelected()
{
    QList<qint64> ids;
    for (const auto &index : m_table->selectionModel()->selectedRows()) {
        const auto &d = m_model->certificateAt(m_filter->mapToSource(index).row());
        if (d.status != TriageStatus::New)
            ids << d.id;
    }
    if (ids.isEmpty())
        return;
    rememberNextRow();
    m_controller->restore(ids);
}

void TriagePage::scanThisComputer()
{
    scanFolders(core::defaultScanLocations());
}

void TriagePage::scanFolders(const QStringList &roots)
{
    if (roots.isEmpty())
        return;
    core::FilesystemScanRequest request;
    request.roots = roots;
    request.sniffAllFiles = m_sniff->isChecked();
    m_controller->scanFilesystem(request);
    updateActions();
}

void TriagePage::scanFolderFromDialog()
{
    const auto dir = m_prompter->existingDirectory(this, tr("Scan a folder for certificates"));
    if (!dir.isEmpty())
        scanFolders({dir});
}

} // namespace certdesk::ui
