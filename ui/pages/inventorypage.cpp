// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/inventorypage.h"

#include "models/item/certificatefiltermodel.h"
#include "models/item/certificatetablemodel.h"
#include "models/item/roles.h"
#include "ui/backgroundtask.h"
#include "ui/dialogs/deploydialog.h"
#include "ui/inventorycontroller.h"
#include "ui/lifecyclecontroller.h"
#include "ui/prompter.h"
#include "ui/targetcontroller.h"
#include "ui/uisettings.h"
#include "ui/widgets/certificatedetailsview.h"
#include "ui/widgets/deploymenthistoryview.h"
#include "ui/widgets/recordtable.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {
/// The desktop theme's icon, or the style's closest standard icon where the theme has none.
QIcon themeIcon(const QString &name)
{
    static const QHash<QString, QStyle::StandardPixmap> fallback{
        {QStringLiteral("document-open"), QStyle::SP_DialogOpenButton},
        {QStringLiteral("edit-paste"), QStyle::SP_FileDialogContentsView},
        {QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton},
        {QStringLiteral("edit-copy"), QStyle::SP_FileDialogDetailedView},
        {QStringLiteral("document-properties"), QStyle::SP_FileDialogInfoView},
        {QStringLiteral("edit-delete"), QStyle::SP_TrashIcon},
        {QStringLiteral("view-refresh"), QStyle::SP_BrowserReload},
        {QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView},
        {QStringLiteral("document-new"), QStyle::SP_FileIcon},
        {QStringLiteral("process-stop"), QStyle::SP_BrowserStop},
        {QStringLiteral("edit-clear"), QStyle::SP_LineEditClearButton},
        {QStringLiteral("document-send"), QStyle::SP_ArrowRight},
    };
    return QIcon::fromTheme(name,
                            QApplication::style()->standardIcon(fallback.value(name, QStyle::SP_FileIcon)));
}
} // namespace

InventoryPage::InventoryPage(InventoryController *controller, LifecycleController *lifecycle,
                             Prompter *prompter, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_lifecycle(lifecycle), m_prompter(prompter),
      m_model(new item::CertificateTableModel(this)), m_filter(new item::CertificateFilterModel(this)),
      m_search(new QLineEdit(this)), m_statusFilter(new QComboBox(this)), m_count(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_details(new CertificateDetailsView(this)),
      m_expiringDays(UiSettings::expiringDays())
{
    setObjectName(QStringLiteral("inventoryPage"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_table->setObjectName(QStringLiteral("certificateTable"));
    m_filter->setSourceModel(m_model);
    createActions();

    m_search->setPlaceholderText(tr("Search names, SANs, issuer, owner, tags, serial, fingerprint (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter->addItem(tr("All statuses"));
    for (auto s : {domain::CertificateStatus::Valid, domain::CertificateStatus::Expiring,
                   domain::CertificateStatus::Expired, domain::CertificateStatus::Revoked})
        m_statusFilter->addItem(item::statusDisplayName(s), int(s));

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_new, m_import, m_paste, m_export});
    toolbar->addSeparator();
    toolbar->addActions({m_renew, m_revoke, m_deploy});
    toolbar->addSeparator();
    toolbar->addActions({m_copyFingerprint, m_edit, m_delete});
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_count);
    m_subsetLabel = new QLabel(this);
    m_subsetLabel->setObjectName(QStringLiteral("subsetLabel"));
    m_subsetLabel->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }"));
    m_clearSubset = new QToolButton(this);
    m_clearSubset->setObjectName(QStringLiteral("clearSubsetButton"));
    m_clearSubset->setIcon(themeIcon(QStringLiteral("edit-clear")));
    m_clearSubset->setToolTip(tr("Show every certificate again"));
    m_clearSubset->setAutoRaise(true);
    filters->insertWidget(1, m_subsetLabel);
    filters->insertWidget(2, m_clearSubset);
    m_subsetLabel->hide();
    m_clearSubset->hide();
    connect(m_clearSubset, &QToolButton::clicked, this, [this] { showSubset({}); });

    setUpRecordTable(m_table, m_filter);
    m_table->addActions({m_export, m_copyFingerprint, m_edit, m_renew, m_revoke, m_deploy, m_delete});
    m_table->sortByColumn(item::CertificateTableModel::Expires, Qt::AscendingOrder);
    const QList<int> widths{200, 80, 70, 90, 220, 160, 110, 110};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths[c]);
    if (const auto state = UiSettings::windowState(QStringLiteral("inventoryHeader")); !state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);

    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyInventoryHint"));
    auto *emptyText =
        new QLabel(tr("<h3>The inventory is empty</h3>"
                      "<p>Import certificate files with <b>Import</b> (Ctrl+I), drop them on this window, "
                      "or paste PEM text with Ctrl+Shift+V.</p>"
                      "<p>PEM, DER, PKCS#7 (.p7b) and PKCS#12 (.p12/.pfx) files are read.</p>"
                      "<p>Or let CertDesk find the certificates already on this computer (in /etc/ssl, "
                      "/etc/pki, the web server folders and your home folder) and pick the ones to "
                      "manage.</p>"),
                   empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    auto *scan = new QPushButton(tr("&Scan this computer for certificates"), empty);
    scan->setObjectName(QStringLiteral("scanComputerButton"));
    connect(scan, &QPushButton::clicked, this, &InventoryPage::scanComputerRequested);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(scan, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);

    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    if (const auto state = UiSettings::windowState(QStringLiteral("inventorySplitter")); !state.isEmpty())
        m_splitter->restoreState(state);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const auto data = m_statusFilter->currentData();
        m_filter->setStatusFilter(data.isValid() ? std::optional(domain::CertificateStatus(data.toInt()))
                                                 : std::nullopt);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryPage::onCurrentChanged);
    // A mouse click makes the row current before it selects it: the details follow the selection.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InventoryPage::onCurrentChanged);
    connect(m_table, &QTableView::doubleClicked, this, &InventoryPage::editCurrent);
    connect(m_controller, &InventoryController::contextChanged, this, &InventoryPage::updateActions);
    connect(m_lifecycle, &LifecycleController::inventoryChanged, m_controller, &InventoryController::reload);
    connect(m_lifecycle, &LifecycleController::profilesLoaded, this,
            [this](const QStringList &names) { m_profileNames = names; });
    connect(m_lifecycle, &LifecycleController::issuersLoaded, this,
            [this](const QList<store::StoredIssuer> &issuers) {
                m_issuerNames.clear();
                for (const auto &i : issuers)
                    m_issuerNames << i.name;
            });
    connect(m_controller, &InventoryController::certificatesLoaded, this,
            &InventoryPage::onCertificatesLoaded);
    connect(m_controller, &InventoryController::importFinished, this, &InventoryPage::onImportFinished);
    connect(m_controller, &InventoryController::detailsLoaded, this,
            [this](const core::CertificateView &view, const QList<domain::AuditEvent> &history) {
                if (currentId() != view.certificate.id)
                    return;
                m_currentView = view;
                m_details->showCertificate(view, history);
            });
    connect(m_controller, &InventoryController::exported, this,
            [this](const QString &path) { Q_EMIT statusMessage(tr("Exported to %1").arg(path)); });
    updateActions();
    updateCount();
}

InventoryPage::~InventoryPage()
{
    UiSettings::setWindowState(QStringLiteral("inventoryHeader"), m_table->horizontalHeader()->saveState());
    UiSettings::setWindowState(QStringLiteral("inventorySplitter"), m_splitter->saveState());
}

void InventoryPage::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut, const QString &icon,
                             auto slot) {
        auto *action = new QAction(themeIcon(icon), text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_import = make(tr("&Import..."), QKeySequence(Qt::CTRL | Qt::Key_I), QStringLiteral("document-open"),
                    &InventoryPage::importFromDialog);
    m_paste = make(tr("&Paste PEM"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                   QStringLiteral("edit-paste"), &InventoryPage::pasteFromClipboard);
    m_export = make(tr("&Export..."), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("document-save-as"),
                    &InventoryPage::exportCurrent);
    m_copyFingerprint = make(tr("&Copy fingerprint"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                             QStringLiteral("edit-copy"), &InventoryPage::copyFingerprints);
    m_edit = make(tr("E&dit details..."), QKeySequence(Qt::Key_F2), QStringLiteral("document-properties"),
                  &InventoryPage::editCurrent);
    m_delete = make(tr("De&lete..."), QKeySequence::Delete, QStringLiteral("edit-delete"),
                    &InventoryPage::deleteSelected);
    m_refresh = make(tr("&Refresh"), QKeySequence::Refresh, QStringLiteral("view-refresh"),
                     [this] { m_controller->reload(); });
    m_find = make(tr("&Find"), QKeySequence::Find, QStringLiteral("edit-find"), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_new = make(tr("&New certificate..."), QKeySequence::New, QStringLiteral("document-new"),
                 &InventoryPage::newCertificate);
    m_renew = make(tr("Re&new..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                   QStringLiteral("view-refresh"), &InventoryPage::renewCurrent);
    m_revoke =
        make(tr("Re&voke..."), QKeySequence(), QStringLiteral("process-stop"), &InventoryPage::revokeCurrent);
    m_deploy = make(tr("De&ploy..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                    QStringLiteral("document-send"), &InventoryPage::deployCurrent);
    m_deploy->setObjectName(QStringLiteral("deployAction"));
    m_deploy->setToolTip(tr("Deploy the selected certificate to servers, now or after each renewal"));
    m_new->setObjectName(QStringLiteral("newCertificateAction"));
    m_renew->setObjectName(QStringLiteral("renewAction"));
    m_revoke->setObjectName(QStringLiteral("revokeAction"));
    m_import->setObjectName(QStringLiteral("importAction"));
    m_paste->setObjectName(QStringLiteral("pasteAction"));
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_copyFingerprint->setObjectName(QStringLiteral("copyFingerprintAction"));
    m_edit->setObjectName(QStringLiteral("editAction"));
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_copyFingerprint->setToolTip(tr("Copy the SHA-256 fingerprint of the selected certificates"));
    // The delete key must not fire while typing in the search box.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_delete);
    addAction(m_find);
    // F5 refreshes the page that has the focus (the Targets page has its own).
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);
}

QList<QAction *> InventoryPage::fileActions() const
{
    return {m_import, m_paste, m_export};
}

QList<QAction *> InventoryPage::lifecycleActions() const
{
    return {m_new, m_renew, m_revoke, m_deploy};
}

QList<QAction *> InventoryPage::editActions() const
{
    return {m_copyFingerprint, m_edit, m_delete, m_find, m_refresh};
}

void InventoryPage::setExpiringDays(int days)
{
    m_expiringDays = days;
    m_controller->reload();
}

void InventoryPage::onCertificatesLoaded(const QList<domain::CertificateSummary> &certificates)
{
    // Building 100,000 rows (status, search text, sort) takes a few hundred ms: do it on a worker
    // thread and only swap the result in here. A newer load supersedes an older one still running.
    const quint64 generation = ++m_rowsGeneration;
    const int days = m_expiringDays;
    const int column = m_model->sortColumn();
    const auto order = m_model->sortOrder();
    runInBackground(
        this,
        [certificates, days, column, order] {
            return item::CertificateTableModel::prepareRows(certificates, QDateTime::currentDateTimeUtc(),
                                                            days, column, order);
        },
        [this, generation](const item::CertificateRows &rows) {
            if (generation == m_rowsGeneration)
                showRows(rows);
        });
}

void InventoryPage::showRows(const item::CertificateRows &rows)
{
    const auto keep = currentId();
    const bool empty = rows.rows.isEmpty();
    m_model->setRows(rows);
    m_stack->setCurrentWidget(empty ? m_stack->widget(0) : m_table);
    if (keep) {
        const int row = m_model->rowOfId(*keep);
        const auto proxy = row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        if (proxy.isValid()) {
            m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(proxy);
        }
    }
    if (!currentId() && m_filter->rowCount() > 0) {
        // Start on the first row so that the keyboard and the details pane have something to act on.
        m_table->selectionModel()->setCurrentIndex(
            m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (!currentId())
        m_details->clear(tr("Select a certificate to see its details."));
    updateCount();
    updateActions();
    if (m_pendingCertificate && m_model->rowOfId(*m_pendingCertificate) >= 0)
        showCertificate(*m_pendingCertificate);
    Q_EMIT rowsShown();
}

void InventoryPage::showSubset(const InventorySubset &subset)
{
    m_search->clear();
    m_filter->setExpiryRange(subset.expiry);
    m_statusFilter->setCurrentIndex(subset.status ? m_statusFilter->findData(int(*subset.status)) : 0);
    // The status shows in its combo box; an expiry window has no control of its own, so it is named.
    m_subsetLabel->setText(subset.expiry ? subset.label : QString());
    m_subsetLabel->setVisible(subset.expiry.has_value());
    m_clearSubset->setVisible(subset.expiry.has_value());
    updateCount();
    if (!currentId() && m_filter->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void InventoryPage::showCertificate(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        m_pendingCertificate = id; // not loaded yet: showRows() comes back here
        return;
    }
    m_pendingCertificate.reset();
    if (!m_filter->mapFromSource(m_model->index(row, 0)).isValid())
        showSubset({});
    const auto proxy = m_filter->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(proxy);
    m_table->setFocus();
}

void InventoryPage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n certificate(s)", nullptr, all)
                                  : tr("%1 of %n certificate(s)", nullptr, all).arg(shown));
}

void InventoryPage::updateActions()
{
    const bool ready = m_controller->hasContext();
    const int selected = int(selectedIds().size());
    m_import->setEnabled(ready);
    m_paste->setEnabled(ready);
    m_refresh->setEnabled(ready);
    m_export->setEnabled(ready && currentId().has_value());
    m_edit->setEnabled(ready && currentId().has_value());
    m_new->setEnabled(ready);
    const bool revoked = currentId() && m_model->certificateAt(m_model->rowOfId(*currentId())).revoked;
    m_renew->setEnabled(ready && currentId().has_value() && !revoked);
    m_revoke->setEnabled(ready && currentId().has_value() && !revoked);
    m_deploy->setEnabled(ready && m_targets && currentId().has_value() && !revoked);
    m_copyFingerprint->setEnabled(selected > 0);
    m_delete->setEnabled(ready && selected > 0);
}

QList<qint64> InventoryPage::selectedIds() const
{
    QList<qint64> ids;
    for (const auto &index : m_table->selectionModel()->selectedRows())
        ids << index.data(item::IdRole).toLongLong();
    return ids;
}

std::optional<qint64> InventoryPage::currentId() const
{
    const auto index = m_table->selectionModel()->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), {}))
        return std::nullopt;
    return index.data(item::IdRole).toLongLong();
}

void InventoryPage::onCurrentChanged()
{
    updateActions();
    const auto id = currentId();
    if (m_deploymentHistory) {
        if (id)
            m_deploymentHistory->showCertificate(*id);
        else
            m_deploymentHistory->clear();
    }
    if (!id) {
        m_currentView.reset();
        m_details->clear(tr("Select a certificate to see its details."));
        return;
    }
    if (m_currentView && m_currentView->certificate.id == *id)
        return;
    m_currentView.reset();
    m_controller->loadDetails(*id);
}

void InventoryPage::importFromDialog()
{
    importFiles(m_prompter->openCertificateFiles(this));
}

void InventoryPage::importFiles(const QStringList &paths)
{
    if (!paths.isEmpty())
        m_controller->importFiles(paths);
}

void InventoryPage::importText(const QString &text, const QString &source)
{
    if (text.trimmed().isEmpty()) {
        m_prompter->showError(this, tr("Nothing to import"),
                              Error{tr("The clipboard holds no text. Copy a PEM certificate "
                                       "(-----BEGIN CERTIFICATE-----) and paste again.")});
        return;
    }
    m_controller->importBytes(text.toUtf8(), source);
}

void InventoryPage::pasteFromClipboard()
{
    importText(QApplication::clipboard()->text(), tr("clipboard"));
}

void InventoryPage::onImportFinished(const QList<core::ImportResult> &results,
                                     const std::optional<QString> &password)
{
    int imported = 0, held = 0;
    QStringList failures;
    for (const auto &r : results) {
        imported += int(r.imported.size());
        held += int(r.alreadyHeld.size());
        if (r.status.ok())
            continue;
        const auto code = r.status.error().code;
        if (code == ErrorCode::PasswordRequired || code == ErrorCode::WrongPassword) {
            if (QFileInfo(r.source).isFile()) {
                m_passwordQueue << r.source;
                if (password || code == ErrorCode::WrongPassword)
                    m_wrongPassword << r.source;
                continue;
            }
        }
        failures << r.status.error().fullText();
    }
    Q_EMIT statusMessage(
        tr("Imported %n certificate(s)", nullptr, imported) +
        (held ? tr("; %n already in the inventory", nullptr, held) : QString()) +
        (failures.isEmpty() ? QString() : tr("; %n file(s) failed", nullptr, int(failures.size()))));
    if (!failures.isEmpty()) {
        Error error{failures.size() == 1 ? failures.first()
                                         : tr("%n file(s) could not be imported; nothing of them was added.",
                                              nullptr, int(failures.size())),
                    failures.size() == 1 ? QString() : failures.join(u'\n')};
        m_prompter->showError(this, tr("Import"), error);
    }
    askNextPassword();
}

void InventoryPage::askNextPassword()
{
    if (m_passwordQueue.isEmpty())
        return;
    const auto file = m_passwordQueue.takeFirst();
    const bool wrong = m_wrongPassword.removeAll(file) > 0;
    const auto name = QFileInfo(file).fileName();
    const auto label =
        wrong
            ? tr("The password for %1 is wrong. Try again:").arg(name)
            : tr("%1 is protected by a password. Enter it to import the certificate and its key:").arg(name);
    const auto password = m_prompter->askPassword(this, tr("PKCS#12 password"), label);
    if (!password) {
        Q_EMIT statusMessage(tr("%1 was not imported.").arg(name));
        askNextPassword();
        return;
    }
    m_controller->importFiles({file}, *password);
}

void InventoryPage::exportCurrent()
{
    const auto id = currentId();
    if (!id)
        return;
    const int row = m_model->rowOfId(*id);
    const auto &summary = m_model->certificateAt(row);
    if (auto choice = m_prompter->exportOptions(this, *id, summary.commonName, summary.hasPrivateKey))
        m_controller->exportCertificate(*choice);
}

void InventoryPage::copyFingerprints()
{
    QStringList fingerprints;
    for (auto id : selectedIds()) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            fingerprints << domain::colonHex(m_model->certificateAt(row).sha256);
    }
    if (fingerprints.isEmpty())
        return;
    QApplication::clipboard()->setText(fingerprints.join(u'\n'));
    Q_EMIT statusMessage(tr("Copied %n SHA-256 fingerprint(s)", nullptr, int(fingerprints.size())));
}

void InventoryPage::editCurrent()
{
    const auto id = currentId();
    if (!id)
        return;
    domain::CertificateMetadata current;
    if (m_currentView && m_currentView->certificate.id == *id) {
        current = {m_currentView->certificate.owner, m_currentView->certificate.tags,
                   m_currentView->certificate.notes};
    } else {
        const auto &s = m_model->certificateAt(m_model->rowOfId(*id));
        current = {s.owner, s.tags, {}};
    }
    if (auto edited = m_prompter->editMetadata(this, current)) {
        m_currentView.reset();
        m_controller->updateMetadata(*id, *edited);
    }
}

void InventoryPage::deleteSelected()
{
    const auto ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto text =
        ids.size() == 1
            ? tr("Delete \"%1\" from the inventory? Its versions and the private key CertDesk holds for "
                 "it are deleted too. This cannot be undone.")
                  .arg(m_model->certificateAt(m_model->rowOfId(ids.first())).commonName)
            : tr("Delete %n certificates from the inventory? Their versions and the private keys "
                 "CertDesk holds for them are deleted too. This cannot be undone.",
                 nullptr, int(ids.size()));
    if (m_prompter->confirm(this, tr("Delete certificates"), text)) {
        m_currentView.reset();
        m_controller->remove(ids);
    }
}

void InventoryPage::newCertificate()
{
    if (auto request = m_prompter->newCertificate(this, m_issuerNames, m_profileNames))
        m_lifecycle->issue(*request);
}

void InventoryPage::renewCurrent()
{
    const auto id = currentId();
    if (!id)
        return;
    const auto &summary = m_model->certificateAt(m_model->rowOfId(*id));
    if (m_prompter->confirm(this, tr("Renew certificate"),
                            tr("Renew \"%1\" now? A new version is issued by the same CA with a new key; the "
                               "current version stays in the history.")
                                .arg(summary.commonName)))
        m_lifecycle->renew(*id, false);
}

void InventoryPage::setTargetController(TargetController *targets)
{
    m_targets = targets;
    m_deploymentHistory =
        new DeploymentHistoryView(targets, DeploymentHistoryView::Scope::Certificate,
                                  QStringLiteral("certificateDeploymentsHeader"), m_details);
    m_details->addManagedTab(m_deploymentHistory, tr("Deplo&yments"));
    connect(targets, &TargetController::contextChanged, this, &InventoryPage::updateActions);
    updateActions();
}

void InventoryPage::deployCurrent()
{
    const auto id = currentId();
    if (!id || !m_targets)
        return;
    auto *dialog =
        new DeployDialog(m_targets, *id, m_model->certificateAt(m_model->rowOfId(*id)).commonName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void InventoryPage::revokeCurrent()
{
    const auto id = currentId();
    if (!id)
        return;
    const auto &summary = m_model->certificateAt(m_model->rowOfId(*id));
    if (auto reason = m_prompter->revocationReason(this, summary.commonName))
        m_lifecycle->revoke(*id, *reason);
}

} // namespace certdesk::ui
