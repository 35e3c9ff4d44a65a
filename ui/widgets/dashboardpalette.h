// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificate.h"
#include "models/domain/dashboard.h"

#include <QChart>
#include <QChartView>
#include <QColor>
#include <QGraphicsLayout>
#include <QLegend>

namespace certdesk::ui {

/// The colours of the dashboard, shared by its totals, its charts and the tray's badge: one per
/// urgency of an expiry and one per certificate status, so that a colour means the same everywhere;
/// and the look its charts share.
namespace DashboardPalette {

inline QColor urgency(domain::ExpiryUrgency urgency)
{
    switch (urgency) {
    case domain::ExpiryUrgency::Within7Days:
        return QColor(0xd6, 0x40, 0x3a);
    case domain::ExpiryUrgency::Within14Days:
        return QColor(0xef, 0x7d, 0x2d);
    case domain::ExpiryUrgency::Within30Days:
        return QColor(0xf0, 0xb4, 0x29);
    case domain::ExpiryUrgency::Later:
        return QColor(0x4a, 0x86, 0xd9);
    }
    return {};
}

inline QColor status(domain::CertificateStatus status)
{
    switch (status) {
    case domain::CertificateStatus::Valid:
        return QColor(0x3f, 0xa3, 0x5b);
    case domain::CertificateStatus::Expiring:
        return QColor(0xf0, 0xb4, 0x29);
    case domain::CertificateStatus::Expired:
        return QColor(0xd6, 0x40, 0x3a);
    case domain::CertificateStatus::Revoked:
        return QColor(0x8a, 0x8f, 0x98);
    }
    return {};
}

inline QColor managed()
{
    return QColor(0x4a, 0x86, 0xd9);
}

inline QColor discovery()
{
    return QColor(0x86, 0x5c, 0xd6);
}

inline QColor failure()
{
    return QColor(0xb3, 0x26, 0x1e);
}

/// A chart of the dashboard: drawn at once (no animation), flat on the view's base colour, tight
/// margins, its legend at `legend` in the text colour.
inline void setUpChart(QChartView *view, Qt::Alignment legend)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(view->palette().base());
    auto *chart = view->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundBrush(view->palette().base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->legend()->setAlignment(legend);
    chart->legend()->setLabelColor(view->palette().color(QPalette::Text));
}

} // namespace DashboardPalette

} // namespace certdesk::ui
