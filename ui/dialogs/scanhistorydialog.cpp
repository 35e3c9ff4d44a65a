// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/scanhistorydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {
QTreeWidget *makeTree(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSortingEnabled(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    return tree;
}
} // namespace

ScanHistoryDialog::ScanHistoryDialog(const QList<domain::DiscoveryScan> &scans,
                                     const QList<store::LockedFile> &lockedFiles, QWidget *parent)
    : QDialog(parent), m_history(scans),
      m_scans(makeTree(this,
                       {tr("Started"), tr("Kind"), tr("Roots"), tr("Files or endpoints"), tr("Certificates"),
                        tr("New"), tr("Problems"), tr("Duration")},
                       QStringLiteral("scanTree"))),
      m_problems(makeTree(this, {tr("Path"), tr("Reason")}, QStringLiteral("problemTree"))),
      m_locked(makeTree(this, {tr("File"), tr("Size"), tr("Last seen")}, QStringLiteral("lockedTree")))
{
    setWindowTitle(tr("Discovery scan history"));
    const QLocale locale;
    for (int i = 0; i < scans.size(); ++i) {
        const auto &s = scans.at(i);
        auto *item = new QTreeWidgetItem(
            m_scans,
            {locale.toString(s.startedAt.toLocalTime(), QLocale::ShortFormat),
             s.kind == QLatin1String("network") ? tr("Network") : tr("Filesystem"),
             s.roots.join(QStringLiteral(", ")), locale.toString(s.filesRead),
             locale.toString(s.certificatesFound), locale.toString(s.newFound),
             locale.toString(s.errors.size()),
             s.cancelled ? tr("%1 ms, cancelled").arg(s.durationMs) : tr("%1 ms").arg(s.durationMs)});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(2, s.roots.join(u'\n'));
    }
    m_scans->sortByColumn(0, Qt::DescendingOrder);
    m_scans->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const auto &f : lockedFiles) {
        new QTreeWidgetItem(m_locked, {f.path, f.size >= 0 ? locale.formattedDataSize(f.size) : QString(),
                                       locale.toString(f.lastSeen.toLocalTime(), QLocale::ShortFormat)});
    }

    auto *importButton = new QPushButton(tr("&Import with password..."), this);
    importButton->setObjectName(QStringLiteral("importLockedButton"));
    importButton->setEnabled(false);
    connect(m_locked, &QTreeWidget::itemSelectionChanged, this,
            [this, importButton] { importButton->setEnabled(!m_locked->selectedItems().isEmpty()); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        QStringList paths;
        for (const auto *item : m_locked->selectedItems())
            paths << item->text(0);
        Q_EMIT importRequested(paths);
    });
    connect(m_scans, &QTreeWidget::currentItemChanged, this, &ScanHistoryDialog::showProblems);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_scans);
    splitter->addWidget(m_problems);
    auto *lockedLabel = new QLabel(tr("Files that hold certificates behind a password (PKCS#12):"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 3);
    layout->addWidget(lockedLabel);
    layout->addWidget(m_locked, 1);
    layout->addWidget(importButton, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    resize(900, 600);
    if (m_scans->topLevelItemCount() > 0)
        m_scans->setCurrentItem(m_scans->topLevelItem(0));
}

void ScanHistoryDialog::showProblems()
{
    m_problems->clear();
    const auto *current = m_scans->currentItem();
    if (!current)
        return;
    const auto &scan = m_history.at(current->data(0, Qt::UserRole).toInt());
    for (const auto &p : scan.errors)
        new QTreeWidgetItem(m_problems, {p.path, p.reason});
    m_problems->resizeColumnToContents(0);
}

} // namespace certdesk::ui
