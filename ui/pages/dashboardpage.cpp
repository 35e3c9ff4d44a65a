// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/dashboardpage.h"

#include "models/item/certificatetablemodel.h"
#include "models/item/jobtablemodel.h"
#include "ui/dashboardcontroller.h"
#include "ui/widgets/dashboardpalette.h"
#include "ui/widgets/expirytimelinechart.h"
#include "ui/widgets/statuschart.h"

#include <QAbstractButton>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

constexpr qint64 Day = 86400;
/// Below this width the tiles wrap into more rows and the lower parts of the page scroll.
constexpr int ContentMinimumWidth = 720;

/// A total as a clickable tile: its count in large type over its caption, with a coloured edge
/// (grey while the count is zero, for the totals that only matter when they are not).
class TotalTile final : public QAbstractButton
{
public:
    TotalTile(const QString &caption, const QColor &accent, bool quietWhenZero, QWidget *parent)
        : QAbstractButton(parent), m_caption(caption), m_accent(accent), m_quietWhenZero(quietWhenZero)
    {
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
        setAttribute(Qt::WA_Hover);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setText(QStringLiteral("–"));
        setAccessibleName(caption);
    }

    void setValue(qint64 value)
    {
        m_value = value;
        setText(QLocale().toString(value));
        update();
    }

    QSize sizeHint() const override
    {
        return QSize(150, QFontMetrics(valueFont()).height() + fontMetrics().height() + 22);
    }
    QSize minimumSizeHint() const override { return QSize(120, sizeHint().height()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        QColor background = palette().color(QPalette::Base);
        if (underMouse() || isDown()) {
            const qreal mix = isDown() ? 0.18 : 0.09;
            background = QColor::fromRgbF(background.redF() * (1 - mix) + m_accent.redF() * mix,
                                          background.greenF() * (1 - mix) + m_accent.greenF() * mix,
                                          background.blueF() * (1 - mix) + m_accent.blueF() * mix);
        }
        QPainterPath shape;
        shape.addRoundedRect(r, 6, 6);
        p.fillPath(shape, background);
        const bool quiet = m_quietWhenZero && m_value == 0;
        p.save();
        p.setClipPath(shape);
        p.fillRect(QRectF(r.left(), r.top(), 5, r.height()),
                   quiet ? palette().color(QPalette::Mid) : m_accent);
        p.restore();
        p.setPen(QPen(hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid), 1));
        p.drawPath(shape);

        const QRectF text = r.adjusted(16, 7, -8, -7);
        p.setFont(valueFont());
        p.setPen(quiet ? palette().color(QPalette::PlaceholderText) : palette().color(QPalette::Text));
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop, QAbstractButton::text());
        p.setFont(font());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                   fontMetrics().elidedText(m_caption, Qt::ElideRight, int(text.width())));
    }

private:
    QFont valueFont() const
    {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.9);
        f.setBold(true);
        return f;
    }

    QString m_caption;
    QColor m_accent;
    bool m_quietWhenZero;
    qint64 m_value = 0;
};

/// A small square of `color`, to mark a table row.
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->setMinimumHeight(130);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

QTableWidgetItem *cell(const QString &text, qint64 id = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (id)
        item->setData(Qt::UserRole, qlonglong(id));
    return item;
}

/// A titled card around a chart or a table, in the tiles' style.
class Panel final : public QWidget
{
public:
    Panel(const QString &title, QWidget *content, QWidget *parent) : QWidget(parent)
    {
        auto *heading = new QLabel(title, this);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(8, 6, 8, 8);
        layout->setSpacing(4);
        layout->addWidget(heading);
        layout->addWidget(content, 1);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(palette().color(QPalette::Base));
        p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    }
};

QWidget *box(const QString &title, QWidget *content, QWidget *parent)
{
    return new Panel(title, content, parent);
}

QColor jobColor(domain::JobStatus status)
{
    switch (status) {
    case domain::JobStatus::Succeeded:
        return DashboardPalette::status(domain::CertificateStatus::Valid);
    case domain::JobStatus::Failed:
        return DashboardPalette::failure();
    default:
        return DashboardPalette::status(domain::CertificateStatus::Revoked);
    }
}

} // namespace

DashboardPage::DashboardPage(DashboardController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_attention(new QLabel(this)), m_updated(new QLabel(this)),
      m_refresh(new QPushButton(tr("Re&fresh"), this)), m_timeline(new ExpiryTimelineChart(this)),
      m_status(new StatusChart(this)),
      m_next(makeTable({tr("Certificate"), tr("Expires"), tr("Days"), tr("Owner")}, this)),
      m_jobs(makeTable({tr("Job"), tr("Result"), tr("Finished"), tr("Message")}, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_attention->setObjectName(QStringLiteral("attentionLabel"));
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_refresh->setObjectName(QStringLiteral("refreshDashboardButton"));
    m_next->setObjectName(QStringLiteral("nextToExpireTable"));
    m_jobs->setObjectName(QStringLiteral("recentJobsTable"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    // On a line of its own and without word wrap: a label that wraps makes the scroll area size the
    // page by its preferred height, and a scroll bar appears where everything fits.
    m_attention->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_attention->setTextFormat(Qt::RichText);
    m_updated->setEnabled(false);
    m_next->setToolTip(tr("Double-click a certificate to open it in the inventory."));
    m_jobs->setToolTip(tr("Click a job to open it in the Jobs page."));
    // The name and the message take what the other columns leave: no horizontal scrolling.
    m_next->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_next->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_next->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_next->horizontalHeader()->setStretchLastSection(false);
    m_next->setColumnWidth(3, 90);
    m_jobs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_jobs->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_jobs->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *title = new QLabel(tr("Dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_updated);
    header->addWidget(m_refresh);

    auto *timelineBox = box(tr("Expiring per week, next 26 weeks"), m_timeline, this);
    auto *statusBox = box(tr("Status"), m_status, this);
    auto *charts = new QHBoxLayout;
    charts->addWidget(timelineBox, 3);
    charts->addWidget(statusBox, 2);

    auto *tables = new QHBoxLayout;
    tables->addWidget(box(tr("Next to expire"), m_next, this), 1);
    tables->addWidget(box(tr("Recent job results"), m_jobs, this), 1);

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("dashboardContent"));
    content->setMinimumWidth(ContentMinimumWidth);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(header);
    layout->addWidget(m_attention);
    layout->addWidget(createTiles());
    layout->addLayout(charts, 3);
    layout->addLayout(tables, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_refresh, &QPushButton::clicked, m_controller, &DashboardController::refresh);
    connect(m_controller, &DashboardController::snapshotReady, this, &DashboardPage::showSnapshot);
    connect(m_controller, &DashboardController::refreshFailed, this, [this](const Error &error) {
        m_attention->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                                 .arg(DashboardPalette::failure().name(), error.message.toHtmlEscaped()));
        m_attention->setToolTip(error.fullText());
    });
    connect(m_timeline, &ExpiryTimelineChart::weekClicked, this, [this](int week) {
        Q_EMIT subsetRequested(
            expiringSubset(tr("Expiring in the week of %1").arg(m_timeline->weekLabel(week)),
                           7 * qint64(week), 7 * qint64(week + 1)));
    });
    connect(m_status, &StatusChart::statusClicked, this, [this](domain::CertificateStatus status) {
        Q_EMIT subsetRequested(InventorySubset{item::statusDisplayName(status), status, std::nullopt});
    });
    connect(m_next, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const auto *item = m_next->item(row, 0))
            Q_EMIT certificateRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_jobs, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (const auto *item = m_jobs->item(row, 0))
            Q_EMIT jobsRequested(item->data(Qt::UserRole).toLongLong());
    });
    if (m_controller->snapshot())
        showSnapshot(*m_controller->snapshot());
}

QWidget *DashboardPage::createTiles()
{
    struct Spec
    {
        Total total;
        const char *key;
        QString caption;
        QString tip;
        QColor accent;
        bool quietWhenZero;
    };
    using U = domain::ExpiryUrgency;
    const QString click = tr("Click to see them.");
    const QList<Spec> specs{
        {Total::Managed, "managed", tr("Managed certificates"), tr("Every certificate in the inventory."),
         DashboardPalette::managed(), false},
        {Total::Expiring30, "expiring30", tr("Expire within 30 days"),
         tr("Certificates not revoked that expire within 30 days."),
         DashboardPalette::urgency(U::Within30Days), true},
        {Total::Expiring14, "expiring14", tr("Expire within 14 days"),
         tr("Certificates not revoked that expire within 14 days."),
         DashboardPalette::urgency(U::Within14Days), true},
        {Total::Expiring7, "expiring7", tr("Expire within 7 days"),
         tr("Certificates not revoked that expire within 7 days."), DashboardPalette::urgency(U::Within7Days),
         true},
        {Total::Expired, "expired", tr("Expired"), tr("Certificates not revoked that have expired."),
         DashboardPalette::status(domain::CertificateStatus::Expired), true},
        {Total::Revoked, "revoked", tr("Revoked"), tr("Certificates marked as revoked."),
         DashboardPalette::status(domain::CertificateStatus::Revoked), true},
        {Total::AwaitingTriage, "triage", tr("Discovered, awaiting triage"),
         tr("Certificates found on disk or on the network that nobody has claimed or dismissed yet."),
         DashboardPalette::discovery(), true},
        {Total::FailedJobs, "failedJobs", tr("Failed jobs, last 7 days"),
         tr("Jobs (issuance, renewal, deployment) that failed for good in the last 7 days."),
         DashboardPalette::failure(), true},
    };
    auto *tiles = new QWidget(this);
    auto *grid = new QGridLayout(tiles);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setSpacing(8);
    constexpr int Columns = 4;
    for (int i = 0; i < specs.size(); ++i) {
        const auto &spec = specs[i];
        auto *tile = new TotalTile(spec.caption, spec.accent, spec.quietWhenZero, tiles);
        tile->setObjectName(QStringLiteral("tile_") + QLatin1String(spec.key));
        tile->setToolTip(spec.tip + u' ' + click);
        grid->addWidget(tile, i / Columns, i % Columns);
        m_tiles << tile;
        connect(tile, &QAbstractButton::clicked, this, [this, total = spec.total] { openTotal(total); });
    }
    return tiles;
}

QAbstractButton *DashboardPage::tile(Total total) const
{
    return m_tiles.value(int(total));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_controller->refreshIfOlderThan(30);
}

void DashboardPage::showSnapshot(const domain::DashboardSnapshot &snapshot)
{
    m_now = snapshot.computedAt;
    const auto &t = snapshot.totals;
    const qint64 values[] = {t.managed,
                             t.expiringIn30,
                             t.expiringIn14,
                             t.expiringIn7,
                             t.expired,
                             t.revoked,
                             t.discoveredAwaitingTriage,
                             t.failedJobs};
    for (int i = 0; i < m_tiles.size(); ++i)
        static_cast<TotalTile *>(m_tiles[i])->setValue(values[i]);
    m_timeline->setWeeks(snapshot.weeks, snapshot.computedAt);
    m_status->setTotals(t);
    showAttention(snapshot);
    fillNextToExpire(snapshot);
    fillRecentJobs(snapshot);
    m_updated->setText(
        tr("Updated %1")
            .arg(QLocale().toString(snapshot.computedAt.toLocalTime().time(), QLocale::ShortFormat)));
}

void DashboardPage::showAttention(const domain::DashboardSnapshot &snapshot)
{
    const auto &t = snapshot.totals;
    m_attention->setToolTip(QString());
    if (t.managed == 0 && t.discoveredAwaitingTriage == 0) {
        m_attention->setText(tr("The inventory is empty: import certificates or scan for them."));
        return;
    }
    if (domain::attentionCount(t) == 0) {
        m_attention->setText(
            tr("Nothing needs attention: no certificate has expired or expires within %1 days, "
               "and no job failed.")
                .arg(snapshot.expiringDays));
        return;
    }
    m_attention->setText(QStringLiteral("<b style='color:%1'>%2</b> %3")
                             .arg(DashboardPalette::failure().name(), tr("Needs attention:"),
                                  attentionParts(snapshot).join(QStringLiteral(" · ")).toHtmlEscaped()));
}

void DashboardPage::fillNextToExpire(const domain::DashboardSnapshot &snapshot)
{
    const QLocale locale;
    m_next->setRowCount(int(snapshot.nextToExpire.size()));
    for (int r = 0; r < snapshot.nextToExpire.size(); ++r) {
        const auto &c = snapshot.nextToExpire[r];
        const qint64 left = snapshot.computedAt.secsTo(c.notAfter);
        auto *name = cell(c.commonName, c.id);
        name->setToolTip(tr("%1\nIssued by %2").arg(c.commonName, c.issuer));
        name->setIcon(swatch(DashboardPalette::urgency(domain::urgencyOf(left))));
        m_next->setItem(r, 0, name);
        auto *expires = cell(locale.toString(c.notAfter.toLocalTime().date(), QLocale::ShortFormat));
        expires->setToolTip(locale.toString(c.notAfter.toLocalTime(), QLocale::LongFormat));
        m_next->setItem(r, 1, expires);
        auto *days = cell(locale.toString(left / Day));
        days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_next->setItem(r, 2, days);
        m_next->setItem(r, 3, cell(c.owner));
    }
}

void DashboardPage::fillRecentJobs(const domain::DashboardSnapshot &snapshot)
{
    const QLocale locale;
    m_jobs->setRowCount(int(snapshot.recentJobs.size()));
    for (int r = 0; r < snapshot.recentJobs.size(); ++r) {
        const auto &j = snapshot.recentJobs[r];
        m_jobs->setItem(r, 0, cell(item::jobKindDisplayName(j.kind), j.id));
        auto *result = cell(item::jobStatusDisplayName(j.status));
        result->setIcon(swatch(jobColor(j.status)));
        m_jobs->setItem(r, 1, result);
        // Today's by their time, older ones by their day.
        const QDateTime finished = j.finishedAt.toLocalTime();
        auto *when = cell(finished.date() == QDate::currentDate()
                              ? locale.toString(finished.time(), QLocale::ShortFormat)
                              : locale.toString(finished.date(), QStringLiteral("d MMM")) + u' ' +
                                    locale.toString(finished.time(), QLocale::ShortFormat));
        when->setToolTip(locale.toString(finished, QLocale::LongFormat));
        m_jobs->setItem(r, 2, when);
        m_jobs->setItem(r, 3, cell(j.message));
    }
}

InventorySubset DashboardPage::expiringSubset(const QString &label, qint64 fromDays, qint64 toDays) const
{
    const qint64 now = (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    return InventorySubset{label, std::nullopt, item::ExpiryRange{now + fromDays * Day, now + toDays * Day}};
}

void DashboardPage::openTotal(Total total)
{
    switch (total) {
    case Total::Managed:
        Q_EMIT subsetRequested(InventorySubset{tr("All certificates"), std::nullopt, std::nullopt});
        break;
    case Total::Expiring30:
    case Total::Expiring14:
    case Total::Expiring7: {
        const int days = total == Total::Expiring30 ? 30 : total == Total::Expiring14 ? 14 : 7;
        Q_EMIT subsetRequested(expiringSubset(tr("Expiring within %1 days").arg(days), 0, days));
        break;
    }
    case Total::Expired:
        Q_EMIT subsetRequested(
            InventorySubset{tr("Expired"), domain::CertificateStatus::Expired, std::nullopt});
        break;
    case Total::Revoked:
        Q_EMIT subsetRequested(
            InventorySubset{tr("Revoked"), domain::CertificateStatus::Revoked, std::nullopt});
        break;
    case Total::AwaitingTriage:
        Q_EMIT triageRequested();
        break;
    case Total::FailedJobs:
        Q_EMIT jobsRequested(0);
        break;
    }
}

} // namespace certdesk::ui
