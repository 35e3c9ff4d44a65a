// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/certificatedetailsview.h"

#include "models/item/auditeventmodel.h"
#include "models/item/certificatetablemodel.h"
#include "models/item/discoverytablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {
QTreeWidgetItem *group(QTreeWidget *tree, const QString &title)
{
    auto *item = new QTreeWidgetItem(tree, {title});
    QFont f = item->font(0);
    f.setBold(true);
    item->setFont(0, f);
    item->setFirstColumnSpanned(true);
    return item;
}

void field(QTreeWidgetItem *parent, const QString &name, const QString &value)
{
    if (value.isEmpty())
        return;
    auto *item = new QTreeWidgetItem(parent, {name, value});
    item->setToolTip(1, value);
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) + QStringLiteral("  (") +
           t.toUTC().toString(Qt::ISODate) + u')';
}
} // namespace

CertificateDetailsView::CertificateDetailsView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_fields(new QTreeWidget(this)), m_chain(new QTreeWidget(this)), m_pem(new QPlainTextEdit(this)),
      m_history(new QTreeWidget(this)), m_locations(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("certificateDetails"));
    m_fields->setObjectName(QStringLiteral("detailsFields"));
    m_chain->setObjectName(QStringLiteral("detailsChain"));
    m_pem->setObjectName(QStringLiteral("detailsPem"));
    m_history->setObjectName(QStringLiteral("detailsHistory"));
    m_locations->setObjectName(QStringLiteral("detailsLocations"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setAlternatingRowColors(true);
    m_fields->setUniformRowHeights(true);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy value"), m_fields);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &CertificateDetailsView::copySelectedValue);
    m_fields->addAction(copy);

    m_chain->setHeaderLabels({tr("Certificate"), tr("Expires"), tr("SHA-256")});
    m_pem->setReadOnly(true);
    m_pem->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Details")});
    m_history->setRootIsDecorated(false);
    m_locations->setHeaderLabels(
        {tr("Location"), tr("Kind"), tr("Size"), tr("Modified"), tr("First seen"), tr("Last seen")});
    m_locations->setRootIsDecorated(false);
    m_locations->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyLocation = new QAction(tr("&Copy location"), m_locations);
    copyLocation->setShortcut(QKeySequence::Copy);
    copyLocation->setShortcutContext(Qt::WidgetShortcut);
    connect(copyLocation, &QAction::triggered, this, [this] {
        if (const auto *item = m_locations->currentItem())
            QApplication::clipboard()->setText(item->text(0));
    });
    m_locations->addAction(copyLocation);

    m_tabs->addTab(m_fields, tr("&Details"));
    m_tabs->addTab(m_chain, tr("C&hain"));
    m_tabs->addTab(m_pem, tr("&PEM"));
    m_tabs->addTab(m_history, tr("Hi&story"));
    m_tabs->addTab(m_locations, tr("&Locations"));
    showSecondaryTab(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    clear(tr("Select a certificate to see its details."));
}

void CertificateDetailsView::clear(const QString &hint)
{
    m_title->setText(hint);
    m_fields->clear();
    m_chain->clear();
    m_pem->clear();
    m_history->clear();
    m_locations->clear();
    m_tabs->setEnabled(false);
}

void CertificateDetailsView::addManagedTab(QWidget *tab, const QString &title)
{
    m_tabs->addTab(tab, title);
    m_managedTabs << tab;
}

void CertificateDetailsView::showSecondaryTab(bool locations)
{
    m_tabs->setTabVisible(m_tabs->indexOf(m_history), !locations);
    m_tabs->setTabVisible(m_tabs->indexOf(m_locations), locations);
    for (auto *tab : m_managedTabs)
        m_tabs->setTabVisible(m_tabs->indexOf(tab), !locations);
}

void CertificateDetailsView::showCertificate(const core::CertificateView &view,
                                             const QList<domain::AuditEvent> &history)
{
    const auto &m = view.certificate;
    const auto &d = m.current.details;
    const auto now = QDateTime::currentDateTimeUtc();
    showFields(d, {{tr("Status"), item::statusDisplayName(domain::statusAt(d.notAfter, m.revoked, now))},
                   {tr("Days left"), QString::number(d.daysLeft(now))},
                   {tr("Private key held"), view.hasPrivateKey ? tr("Yes (encrypted)") : tr("No")},
                   {tr("Owner"), m.owner},
                   {tr("Tags"), m.tags.join(QStringLiteral(", "))},
                   {tr("Notes"), m.notes},
                   {tr("Version"), tr("%1 (X.509 v%2)").arg(m.current.versionNo).arg(d.version)}});
    showChainAndPem(d, view.chain);
    showSecondaryTab(false);
    m_history->clear();
    for (const auto &e : history) {
        new QTreeWidgetItem(m_history,
                            {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                             e.actor + u'@' + e.host, item::auditActionDisplayName(e.action), e.details});
    }
}

void CertificateDetailsView::showDiscovered(const core::DiscoveredDetails &details)
{
    const auto &dc = details.discovered;
    const auto &d = dc.certificate;
    const auto now = QDateTime::currentDateTimeUtc();
    QList<std::pair<QString, QString>> general{
        {tr("Triage status"), item::DiscoveryTableModel::statusName(dc.status)},
        {tr("Dismissed because"),
         dc.status == domain::TriageStatus::Dismissed ? dc.dismissReason : QString()},
        {tr("Claimed as"),
         dc.claimedCertificateId ? tr("Certificate %1").arg(*dc.claimedCertificateId) : QString()},
        {tr("Days left"), QString::number(d.daysLeft(now))},
        {tr("Found by"), item::DiscoveryTableModel::sourceNames(dc.sources)},
        {tr("Locations"), QString::number(details.locations.size())},
        {tr("First seen"), when(dc.firstSeen)},
        {tr("Last seen"), when(dc.lastSeen)},
        {tr("Weak cryptography"), d.hasWeakCrypto() ? tr("Yes") : QString()},
        {tr("Version"), tr("X.509 v%1").arg(d.version)}};
    showFields(d, general);
    showChainAndPem(d, {});
    showSecondaryTab(true);
    m_locations->clear();
    for (const auto &l : details.locations) {
        const QString kind = l.kind == QLatin1String(domain::LocationKindFile)  ? tr("File")
                             : l.kind == QLatin1String(domain::LocationKindTls) ? tr("TLS endpoint")
                                                                                : l.kind;
        auto *row = new QTreeWidgetItem(
            m_locations,
            {l.location, kind, l.size >= 0 ? QLocale().formattedDataSize(l.size) : QString(),
             l.modifiedAt.isValid() ? QLocale().toString(l.modifiedAt.toLocalTime(), QLocale::ShortFormat)
                                    : QString(),
             QLocale().toString(l.firstSeen.toLocalTime(), QLocale::ShortFormat),
             QLocale().toString(l.lastSeen.toLocalTime(), QLocale::ShortFormat)});
        row->setToolTip(0, l.location);
    }
    m_locations->resizeColumnToContents(0);
}

void CertificateDetailsView::showDetails(const domain::CertificateDetails &details,
                                         const QList<std::pair<QString, QString>> &general,
                                         const QList<domain::CertificateDetails> &chainAbove)
{
    showFields(details, general);
    showChainAndPem(details, chainAbove);
    m_tabs->setTabVisible(m_tabs->indexOf(m_history), false);
    m_tabs->setTabVisible(m_tabs->indexOf(m_locations), false);
    for (auto *tab : m_managedTabs)
        m_tabs->setTabVisible(m_tabs->indexOf(tab), false);
}

void CertificateDetailsView::showFields(const domain::CertificateDetails &d,
                                        const QList<std::pair<QString, QString>> &generalFields)
{
    m_tabs->setEnabled(true);
    m_title->setText(d.commonName.isEmpty() ? d.subject : d.commonName);
    m_fields->clear();
    const auto join = [](const QStringList &l) { return l.join(QStringLiteral(", ")); };

    auto *general = group(m_fields, tr("General"));
    for (const auto &[name, value] : generalFields)
        field(general, name, value);

    auto *names = group(m_fields, tr("Names"));
    field(names, tr("Subject"), d.subject);
    field(names, tr("Issuer"), d.issuer);
    field(names, tr("DNS names"), join(d.sans.dns));
    field(names, tr("IP addresses"), join(d.sans.ip));
    field(names, tr("E-mail addresses"), join(d.sans.email));
    field(names, tr("URIs"), join(d.sans.uri));

    auto *validity = group(m_fields, tr("Validity"));
    field(validity, tr("Not before"), when(d.notBefore));
    field(validity, tr("Not after"), when(d.notAfter));
    field(validity, tr("Serial number"), domain::colonHex(d.serialHex));

    auto *key = group(m_fields, tr("Key and signature"));
    field(key, tr("Public key"), d.keyDescription());
    field(key, tr("Signature algorithm"), d.signatureAlgorithm);
    field(key, tr("SHA-256 fingerprint"), domain::colonHex(d.sha256));
    field(key, tr("SHA-1 fingerprint"), domain::colonHex(d.sha1));

    auto *ext = group(m_fields, tr("Extensions"));
    field(ext, tr("Key usage"), join(d.keyUsage));
    field(ext, tr("Extended key usage"), join(d.extendedKeyUsage));
    if (d.hasBasicConstraints)
        field(ext, tr("Basic constraints"),
              d.isCa ? (d.pathLength >= 0 ? tr("CA, path length %1").arg(d.pathLength)
                                          : tr("CA, no path length limit"))
                     : tr("Not a CA"));
    field(ext, tr("Subject key identifier"), d.subjectKeyId);
    field(ext, tr("Authority key identifier"), d.authorityKeyId);
    field(ext, tr("CRL distribution points"), join(d.crlDistributionPoints));
    field(ext, tr("OCSP responders"), join(d.ocspUrls));
    field(ext, tr("CA issuers"), join(d.caIssuerUrls));
    m_fields->expandAll();
}

void CertificateDetailsView::showChainAndPem(const domain::CertificateDetails &d,
                                             const QList<domain::CertificateDetails> &chainAbove)
{
    m_chain->clear();
    QTreeWidgetItem *parentItem = nullptr;
    QList<const domain::CertificateDetails *> chain{&d};
    for (const auto &c : chainAbove)
        chain << &c;
    for (const auto *c : chain) {
        const QStringList columns{c->commonName.isEmpty() ? c->subject : c->commonName,
                                  QLocale().toString(c->notAfter.toLocalTime().date(), QLocale::ShortFormat),
                                  domain::colonHex(c->sha256)};
        parentItem =
            parentItem ? new QTreeWidgetItem(parentItem, columns) : new QTreeWidgetItem(m_chain, columns);
        parentItem->setToolTip(0, c->subject);
    }
    m_chain->expandAll();
    m_chain->resizeColumnToContents(0);

    QString pem = QString::fromLatin1(d.toPem());
    for (const auto &c : chainAbove)
        pem += QString::fromLatin1(c.toPem());
    m_pem->setPlainText(pem);
}

void CertificateDetailsView::copySelectedValue()
{
    const auto *item = m_fields->currentItem();
    if (item && !item->text(1).isEmpty())
        QApplication::clipboard()->setText(item->text(1));
}

} // namespace certdesk::ui
