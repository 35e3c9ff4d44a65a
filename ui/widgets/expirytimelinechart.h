// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/dashboard.h"

#include <QChartView>

#include <array>

class QCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace certdesk::ui {

/// The expiry timeline: one stacked bar per week (certificates expiring in it, stacked by urgency:
/// within 7, 14, 30 days, later), every fourth labelled with its first day. Hovering a bar says what it
/// holds; clicking it asks for that week's certificates.
class ExpiryTimelineChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryTimelineChart)

public:
    explicit ExpiryTimelineChart(QWidget *parent = nullptr);

    /// Shows `weeks`, counted from `now`.
    void setWeeks(const QList<domain::ExpiryWeek> &weeks, const QDateTime &now);
    int weekCount() const { return int(m_weeks.size()); }
    /// The middle of the bar of `week`, in viewport coordinates (where a click selects it).
    QPoint barCenter(int week) const;
    /// The label under the bar of `week` (its first day).
    QString weekLabel(int week) const;

Q_SIGNALS:
    void weekClicked(int week);

private:
    QStackedBarSeries *m_series;
    std::array<QBarSet *, domain::ExpiryUrgencyCount> m_sets{};
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<domain::ExpiryWeek> m_weeks;
    QDateTime m_now;
};

} // namespace certdesk::ui
