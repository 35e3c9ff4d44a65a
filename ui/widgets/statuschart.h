// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificate.h"
#include "models/domain/dashboard.h"

#include <QChartView>

#include <array>

class QPieSeries;
class QPieSlice;

namespace certdesk::ui {

/// The status breakdown of the inventory as a ring: valid, expiring (within the warning window),
/// expired and revoked, each with its count in the legend. Clicking a slice asks for those certificates.
class StatusChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChart)

public:
    explicit StatusChart(QWidget *parent = nullptr);

    void setTotals(const domain::DashboardTotals &totals);
    /// The count shown for `status`.
    qint64 count(domain::CertificateStatus status) const;
    /// The middle of the slice of `status`, in viewport coordinates (where a click selects it).
    QPoint sliceCenter(domain::CertificateStatus status) const;

Q_SIGNALS:
    void statusClicked(certdesk::domain::CertificateStatus status);

private:
    static constexpr int StatusCount = 4;
    QPieSeries *m_series;
    std::array<QPieSlice *, StatusCount> m_slices{};
    std::array<qint64, StatusCount> m_counts{};
};

} // namespace certdesk::ui
