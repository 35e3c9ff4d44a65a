// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scepprobeview.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace certdesk::ui {

class CertificateDetailsView;

/// What one SCEP probe found: the capabilities the server advertises (as chips, each explained in
/// its tool tip), a sortable table of its CA and RA certificates (subject, issuer, key, days to
/// expiry coloured like the inventory's expired and expiring certificates, chain length) and the
/// details of the selected one. The fingerprint and PEM of a certificate can be copied.
class ScepResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScepResultView)

public:
    /// The columns of the certificate table.
    enum Column { Subject, Issuer, KeyAlgorithm, DaysToExpiry, ChainLength, ColumnCount };

    explicit ScepResultView(QWidget *parent = nullptr);

    /// Shows a successful probe (a failed one shows only its summary line).
    void showProbe(const ScepProbeView &probe);
    /// Empties the view and shows `hint` instead (by default, an invitation to probe).
    void clear(const QString &hint = QString());
    /// The warning window for the days column: amber within `days`, red once expired.
    void setExpiringDays(int days);

    QListWidget *capabilityList() const { return m_capabilities; }
    QTreeWidget *certificateTree() const { return m_certificates; }
    CertificateDetailsView *detailsView() const { return m_details; }
    QAction *copyFingerprintAction() const { return m_copyFingerprint; }
    QAction *copyPemAction() const { return m_copyPem; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Makes the capability chips' list exactly as tall as its rows.
    void fitCapabilities();
    void showCertificates();
    void showSelected();
    /// The selected certificate, or null.
    const ScepCertificateView *selected() const;

    std::optional<ScepProbeView> m_probe;
    int m_expiringDays;
    QLabel *m_summary;
    QLabel *m_capabilitiesLabel;
    QLabel *m_capabilityProblem;
    QListWidget *m_capabilities;
    QTreeWidget *m_certificates;
    CertificateDetailsView *m_details;
    QAction *m_copyFingerprint;
    QAction *m_copyPem;
};

} // namespace certdesk::ui
