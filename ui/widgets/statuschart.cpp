// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/statuschart.h"

#include "models/item/certificatetablemodel.h"
#include "ui/widgets/dashboardpalette.h"

#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

#include <cmath>

namespace certdesk::ui {

namespace {
constexpr qreal PieSize = 0.85;
constexpr qreal HoleSize = 0.5;
constexpr std::array<domain::CertificateStatus, 4> Statuses{
    domain::CertificateStatus::Valid, domain::CertificateStatus::Expiring, domain::CertificateStatus::Expired,
    domain::CertificateStatus::Revoked};
} // namespace

StatusChart::StatusChart(QWidget *parent) : QChartView(parent), m_series(new QPieSeries)
{
    setObjectName(QStringLiteral("statusChart"));
    DashboardPalette::setUpChart(this, Qt::AlignRight);
    auto *c = chart();
    m_series->setPieSize(PieSize);
    m_series->setHoleSize(HoleSize);
    for (size_t i = 0; i < Statuses.size(); ++i) {
        auto *slice = new QPieSlice(item::statusDisplayName(Statuses[i]), 0);
        slice->setColor(DashboardPalette::status(Statuses[i]));
        slice->setBorderColor(palette().color(QPalette::Base));
        m_slices[i] = slice;
        m_series->append(slice);
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
    }
    c->addSeries(m_series);
    connect(m_series, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
        for (size_t i = 0; i < m_slices.size(); ++i) {
            if (m_slices[i] == slice)
                Q_EMIT statusClicked(Statuses[i]);
        }
    });
}

void StatusChart::setTotals(const domain::DashboardTotals &totals)
{
    m_counts = {totals.valid, totals.expiringInWindow, totals.expired, totals.revoked};
    const QLocale locale;
    for (size_t i = 0; i < m_slices.size(); ++i) {
        m_slices[i]->setValue(qreal(m_counts[i]));
        m_slices[i]->setLabel(
            QStringLiteral("%1  %2").arg(item::statusDisplayName(Statuses[i]), locale.toString(m_counts[i])));
    }
}

qint64 StatusChart::count(domain::CertificateStatus status) const
{
    for (size_t i = 0; i < Statuses.size(); ++i) {
        if (Statuses[i] == status)
            return m_counts[i];
    }
    return 0;
}

QPoint StatusChart::sliceCenter(domain::CertificateStatus status) const
{
    for (size_t i = 0; i < Statuses.size(); ++i) {
        if (Statuses[i] != status)
            continue;
        // Angles run clockwise from 12 o'clock; the ring lies between the hole and the pie's edge,
        // both relative to the smaller side of the plot area.
        const auto *slice = m_slices[i];
        const QRectF plot = chart()->plotArea();
        const qreal radius = std::min(plot.width(), plot.height()) / 2 * (PieSize + HoleSize) / 2;
        const qreal angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
        const QPointF inChart = plot.center() + QPointF(radius * std::sin(angle), -radius * std::cos(angle));
        return mapFromScene(chart()->mapToScene(inChart));
    }
    return {};
}

} // namespace certdesk::ui
