// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/expirytimelinechart.h"

#include "ui/widgets/dashboardpalette.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace certdesk::ui {

namespace {

QString urgencyName(domain::ExpiryUrgency urgency)
{
    switch (urgency) {
    case domain::ExpiryUrgency::Within7Days:
        return ExpiryTimelineChart::tr("Within 7 days");
    case domain::ExpiryUrgency::Within14Days:
        return ExpiryTimelineChart::tr("Within 14 days");
    case domain::ExpiryUrgency::Within30Days:
        return ExpiryTimelineChart::tr("Within 30 days");
    case domain::ExpiryUrgency::Later:
        return ExpiryTimelineChart::tr("Later");
    }
    return {};
}

constexpr int LabelEveryWeeks = 4;

/// A step of 1, 2 or 5 times a power of ten that divides [0, max] into about `parts` parts.
qint64 niceStep(qint64 max, int parts)
{
    const double raw = std::max(1.0, double(max) / parts);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return std::max<qint64>(1, qint64(factor * power));
    }
    return qint64(10 * power);
}

} // namespace

ExpiryTimelineChart::ExpiryTimelineChart(QWidget *parent)
    : QChartView(parent), m_series(new QStackedBarSeries), m_axisX(new QCategoryAxis), m_axisY(new QValueAxis)
{
    setObjectName(QStringLiteral("expiryTimeline"));
    DashboardPalette::setUpChart(this, Qt::AlignBottom);
    auto *c = chart();
    for (int u = 0; u < domain::ExpiryUrgencyCount; ++u) {
        const auto urgency = domain::ExpiryUrgency(u);
        auto *set = new QBarSet(urgencyName(urgency));
        set->setColor(DashboardPalette::urgency(urgency));
        set->setBorderColor(DashboardPalette::urgency(urgency));
        m_sets[size_t(u)] = set;
        m_series->append(set);
    }
    m_series->setBarWidth(0.75);
    c->addSeries(m_series);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_axisX->setLabelsFont(small);
    // A label every four weeks, level, under the first bar of its week: 26 labels stood on end did
    // not fit a small window.
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setStartValue(-1);
    m_axisX->setGridLineVisible(false);
    m_axisX->setLabelsColor(palette().color(QPalette::Text));
    m_axisY->setLabelsFont(small);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setLabelsColor(palette().color(QPalette::Text));
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);

    connect(m_series, &QAbstractBarSeries::clicked, this,
            [this](int index, QBarSet *) { Q_EMIT weekClicked(index); });
    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
        if (!on || index < 0 || index >= m_weeks.size()) {
            QToolTip::hideText();
            return;
        }
        const auto &week = m_weeks[index];
        QStringList parts;
        for (int u = 0; u < domain::ExpiryUrgencyCount; ++u) {
            if (const qint64 n = week.byUrgency[size_t(u)])
                parts << QStringLiteral("%1: %2").arg(urgencyName(domain::ExpiryUrgency(u))).arg(n);
        }
        QToolTip::showText(
            QCursor::pos(),
            tr("<b>Week of %1</b><br>%n certificate(s) expire", nullptr, int(week.total()))
                    .arg(weekLabel(index)) +
                (parts.isEmpty() ? QString() : QStringLiteral("<br>") + parts.join(QStringLiteral("<br>"))) +
                QStringLiteral("<br><i>%1</i>").arg(tr("Click to see them in the inventory.")),
            this);
    });
}

QString ExpiryTimelineChart::weekLabel(int week) const
{
    return QLocale().toString(m_now.toLocalTime().date().addDays(7 * week), QStringLiteral("d MMM"));
}

void ExpiryTimelineChart::setWeeks(const QList<domain::ExpiryWeek> &weeks, const QDateTime &now)
{
    m_weeks = weeks;
    m_now = now;
    qint64 max = 0;
    for (const auto &week : weeks)
        max = std::max(max, week.total());
    for (int u = 0; u < domain::ExpiryUrgencyCount; ++u) {
        QList<qreal> values;
        values.reserve(weeks.size());
        for (const auto &week : weeks)
            values << qreal(week.byUrgency[size_t(u)]);
        auto *set = m_sets[size_t(u)];
        set->remove(0, set->count());
        set->append(values);
    }
    for (const QString &label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    for (int w = 0; w < weeks.size(); w += LabelEveryWeeks)
        m_axisX->append(weekLabel(w), w);
    m_axisX->setRange(-0.5, qreal(weeks.size()) - 0.5);
    const qint64 step = niceStep(max, 4);
    const qint64 top = std::max<qint64>(step, (max + step - 1) / step * step);
    m_axisY->setRange(0, qreal(top));
    m_axisY->setTickCount(int(top / step) + 1);
}

QPoint ExpiryTimelineChart::barCenter(int week) const
{
    const qreal total = week >= 0 && week < m_weeks.size() ? qreal(m_weeks[week].total()) : 0;
    const QPointF inChart = chart()->mapToPosition(QPointF(week, total / 2), m_series);
    return mapFromScene(chart()->mapToScene(inChart));
}

} // namespace certdesk::ui
