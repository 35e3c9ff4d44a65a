// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/scepresultview.h"

#include "ui/uisettings.h"
#include "ui/widgets/certificatedetailsview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

/// What a capability of RFC 8894 (section 3.5.2) means, for its tool tip.
QString capabilityMeaning(const QString &capability)
{
    const QString c = capability.toLower();
    if (c == QLatin1String("aes"))
        return ScepResultView::tr("The CA accepts requests encrypted with AES.");
    if (c == QLatin1String("des3"))
        return ScepResultView::tr("The CA accepts requests encrypted with triple DES (weak).");
    if (c == QLatin1String("getnextcacert"))
        return ScepResultView::tr("The CA hands out its next certificate ahead of a rollover.");
    if (c == QLatin1String("postpkioperation"))
        return ScepResultView::tr("Requests can be sent with HTTP POST.");
    if (c == QLatin1String("renewal"))
        return ScepResultView::tr("Clients can renew a certificate with a renewal request.");
    if (c == QLatin1String("sha-1"))
        return ScepResultView::tr("The CA accepts SHA-1 signatures (weak).");
    if (c == QLatin1String("sha-256"))
        return ScepResultView::tr("The CA accepts SHA-256 signatures.");
    if (c == QLatin1String("sha-512"))
        return ScepResultView::tr("The CA accepts SHA-512 signatures.");
    if (c == QLatin1String("scepstandard"))
        return ScepResultView::tr("The server implements everything RFC 8894 requires (AES, SHA-256, POST).");
    if (c == QLatin1String("update"))
        return ScepResultView::tr("Clients can update a certificate (an older form of renewal).");
    return ScepResultView::tr("A capability RFC 8894 does not define.");
}

QString localTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ScepResultView::ScepResultView(QWidget *parent)
    : QWidget(parent), m_expiringDays(UiSettings::expiringDays()), m_summary(new QLabel(this)),
      m_capabilitiesLabel(new QLabel(tr("Capabilities:"), this)), m_capabilityProblem(new QLabel(this)),
      m_capabilities(new QListWidget(this)), m_certificates(new QTreeWidget(this)),
      m_details(new CertificateDetailsView(this)),
      m_copyFingerprint(new QAction(tr("Copy &SHA-256 fingerprint"), this)),
      m_copyPem(new QAction(tr("Copy PE&M"), this))
{
    setObjectName(QStringLiteral("scepResult"));
    m_summary->setObjectName(QStringLiteral("scepSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_capabilityProblem->setObjectName(QStringLiteral("scepCapabilityProblem"));
    m_capabilityProblem->setTextFormat(Qt::PlainText);
    m_capabilityProblem->setWordWrap(true);

    // Capabilities as chips: a wrapping row of rounded items, never selected.
    m_capabilities->setObjectName(QStringLiteral("scepCapabilityList"));
    m_capabilities->setFlow(QListView::LeftToRight);
    m_capabilities->setWrapping(true);
    m_capabilities->setResizeMode(QListView::Adjust);
    m_capabilities->setSpacing(3);
    m_capabilities->setSelectionMode(QAbstractItemView::NoSelection);
    m_capabilities->setFocusPolicy(Qt::NoFocus);
    m_capabilities->setFrameShape(QFrame::NoFrame);
    m_capabilities->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_capabilities->setStyleSheet(
        QStringLiteral("QListWidget { background: transparent; }"
                       "QListWidget::item { border: 1px solid #8fa9c4; border-radius: 8px; padding: 0px 6px;"
                       " background: #e8f0f8; color: #1a3550; }"));
    m_capabilities->installEventFilter(this);

    m_certificates->setObjectName(QStringLiteral("scepCertificateTree"));
    m_certificates->setHeaderLabels(
        {tr("Subject"), tr("Issuer"), tr("Key"), tr("Days left"), tr("Chain length")});
    m_certificates->setRootIsDecorated(false);
    m_certificates->setAlternatingRowColors(true);
    m_certificates->setUniformRowHeights(true);
    m_certificates->setTextElideMode(Qt::ElideLeft);
    // Unsorted until a column is chosen: the server's order means something (RA first, say).
    m_certificates->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_certificates->setSortingEnabled(true);
    m_certificates->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_certificates->header()->setStretchLastSection(false);
    // The names share what the short columns leave; they are elided on the left to keep the CN.
    for (const int column : {KeyAlgorithm, DaysToExpiry, ChainLength})
        m_certificates->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_certificates->header()->setSectionResizeMode(Subject, QHeaderView::Stretch);
    m_certificates->header()->setSectionResizeMode(Issuer, QHeaderView::Stretch);

    m_copyFingerprint->setObjectName(QStringLiteral("scepCopyFingerprintAction"));
    m_copyFingerprint->setToolTip(tr("Copy the SHA-256 fingerprint of the selected certificate"));
    m_copyFingerprint->setShortcut(QKeySequence::Copy);
    m_copyFingerprint->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyFingerprint, &QAction::triggered, this, [this] {
        if (const auto *c = selected())
            QApplication::clipboard()->setText(domain::colonHex(c->summary.sha256));
    });
    m_copyPem->setObjectName(QStringLiteral("scepCopyPemAction"));
    m_copyPem->setToolTip(tr("Copy the selected certificate in PEM form"));
    connect(m_copyPem, &QAction::triggered, this, [this] {
        if (const auto *c = selected(); c && c->details)
            QApplication::clipboard()->setText(QString::fromLatin1(c->details->toPem()));
    });
    m_certificates->addActions({m_copyFingerprint, m_copyPem});

    const auto button = [this](QAction *action) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    auto *heading = new QHBoxLayout;
    heading->addWidget(new QLabel(tr("Certificates the server sent:"), this), 1);
    heading->addWidget(button(m_copyFingerprint));
    heading->addWidget(button(m_copyPem));

    auto *table = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(heading);
    tableLayout->addWidget(m_certificates, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // the same proportion from the start, not the size hints'

    auto *capabilities = new QHBoxLayout;
    capabilities->addWidget(m_capabilitiesLabel, 0, Qt::AlignTop);
    capabilities->addWidget(m_capabilities, 1);
    capabilities->addWidget(m_capabilityProblem, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(capabilities);
    layout->addWidget(splitter, 1);

    connect(m_certificates, &QTreeWidget::itemSelectionChanged, this, &ScepResultView::showSelected);
    clear();
}

void ScepResultView::clear(const QString &hint)
{
    m_probe.reset();
    m_summary->setText(hint.isEmpty() ? tr("Probe a SCEP server to see what it offers.") : hint);
    m_capabilitiesLabel->hide();
    m_capabilityProblem->hide();
    m_capabilities->clear();
    m_capabilities->hide();
    m_certificates->clear();
    m_details->clear(QString());
    m_details->hide();
    showSelected();
}

void ScepResultView::setExpiringDays(int days)
{
    m_expiringDays = days;
    if (m_probe)
        showCertificates();
}

void ScepResultView::showProbe(const ScepProbeView &probe)
{
    m_probe = probe;
    const auto &r = probe.record;
    const int n = int(r.caCertificates.size());
    m_summary->setText(
        r.withRaCertificates
            ? tr("%1 sent %n CA and RA certificate(s) on %2.", nullptr, n).arg(r.url, localTime(r.probedAt))
            : tr("%1 sent %n CA certificate(s) on %2.", nullptr, n).arg(r.url, localTime(r.probedAt)));
    m_capabilities->clear();
    for (const auto &capability : r.capabilities) {
        auto *item = new QListWidgetItem(capability, m_capabilities);
        item->setToolTip(capabilityMeaning(capability));
    }
    m_capabilities->setVisible(!r.capabilities.isEmpty());
    m_capabilityProblem->setText(r.capabilities.isEmpty()
                                     ? tr("none advertised: %1")
                                           .arg(r.capabilitiesProblem.isEmpty()
                                                    ? tr("its answer to GetCACaps was empty")
                                                    : r.capabilitiesProblem)
                                     : QString());
    m_capabilityProblem->setVisible(r.capabilities.isEmpty());
    m_capabilitiesLabel->show();
    m_details->show();
    fitCapabilities();
    showCertificates();
}

void ScepResultView::showCertificates()
{
    const auto now = QDateTime::currentDateTimeUtc();
    m_certificates->setSortingEnabled(false);
    m_certificates->clear();
    for (int i = 0; i < m_probe->certificates.size(); ++i) {
        const auto &c = m_probe->certificates.at(i);
        const auto &s = c.summary;
        auto *item = new QTreeWidgetItem(m_certificates);
        item->setData(0, Qt::UserRole, i);
        item->setText(Subject, s.subject.isEmpty() ? tr("(unreadable certificate)") : s.subject);
        item->setToolTip(Subject, s.subject);
        item->setText(Issuer, s.issuer);
        item->setToolTip(Issuer, s.issuer);
        item->setText(KeyAlgorithm, s.keyAlgorithm);
        if (s.notAfter.isValid()) {
            const qint64 days = s.daysToExpiry(now);
            item->setData(DaysToExpiry, Qt::DisplayRole, days);
            item->setTextAlignment(DaysToExpiry, Qt::AlignRight | Qt::AlignVCenter);
            const QString date = QLocale().toString(s.notAfter.toLocalTime().date(), QLocale::ShortFormat);
            item->setToolTip(DaysToExpiry,
                             days < 0 ? tr("Expired on %1").arg(date) : tr("Expires on %1").arg(date));
            if (days < 0 || days <= m_expiringDays) {
                // The inventory's colours for expired and expiring certificates, and an icon that
                // still shows on a selected row.
                item->setBackground(DaysToExpiry,
                                    days < 0 ? QColor(0xf8, 0xd0, 0xd0) : QColor(0xff, 0xec, 0xb3));
                item->setForeground(DaysToExpiry, QColor(0x20, 0x20, 0x20));
                item->setIcon(DaysToExpiry, style()->standardIcon(days < 0 ? QStyle::SP_MessageBoxCritical
                                                                           : QStyle::SP_MessageBoxWarning));
            }
        }
        if (c.chainLength() > 0) {
            item->setData(ChainLength, Qt::DisplayRole, c.chainLength());
            item->setTextAlignment(ChainLength, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setToolTip(ChainLength, c.chainLength() > 0
                                          ? tr("This certificate and the issuers of it the server sent")
                                          : tr("Unknown: this probe was stored without the certificates"));
    }
    m_certificates->setSortingEnabled(true);
    if (m_certificates->topLevelItemCount() > 0)
        m_certificates->setCurrentItem(m_certificates->topLevelItem(0));
    showSelected();
}

bool ScepResultView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_capabilities && event->type() == QEvent::Resize)
        fitCapabilities();
    return QWidget::eventFilter(watched, event);
}

void ScepResultView::fitCapabilities()
{
    // As tall as the wrapped rows of chips: no scroll bar, no empty row.
    m_capabilities->doItemsLayout();
    int bottom = 0;
    for (int i = 0; i < m_capabilities->count(); ++i)
        bottom = std::max(bottom, m_capabilities->visualItemRect(m_capabilities->item(i)).bottom());
    m_capabilities->setFixedHeight(bottom + 2 * m_capabilities->spacing() + 2);
}

const ScepCertificateView *ScepResultView::selected() const
{
    const auto *item = m_certificates->currentItem();
    if (!m_probe || !item || !item->isSelected())
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_probe->certificates.size() ? &m_probe->certificates.at(i) : nullptr;
}

void ScepResultView::showSelected()
{
    const auto *c = selected();
    m_copyFingerprint->setEnabled(c && !c->summary.sha256.isEmpty());
    m_copyPem->setEnabled(c && c->details);
    if (!c) {
        m_details->clear(m_probe ? tr("Select a certificate to see its details.") : QString());
        return;
    }
    if (!c->details) {
        m_details->clear(tr("This probe was stored without the certificates themselves; the table "
                            "shows what is known of them."));
        return;
    }
    const auto now = QDateTime::currentDateTimeUtc();
    QList<domain::CertificateDetails> chainAbove;
    for (const int issuer : c->issuers)
        chainAbove << *m_probe->certificates.at(issuer).details;
    m_details->showDetails(
        *c->details,
        {{tr("Role"), c->details->isCa                     ? tr("CA")
                      : m_probe->record.withRaCertificates ? tr("RA (registration authority)")
                                                           : tr("Not a CA")},
         {tr("Days left"), QString::number(c->details->daysLeft(now))},
         {tr("Chain length"), QString::number(c->chainLength())},
         {tr("SCEP server"), m_probe->record.url}},
        chainAbove);
}

} // namespace certdesk::ui
