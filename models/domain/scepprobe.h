// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk::domain {

/// What a SCEP probe tells about one CA (or RA) certificate the server sent.
struct ScepCaCertificate
{
    QString subject;
    QString issuer;
    QString keyAlgorithm; ///< "RSA 2048", "EC P-256" ...
    QString signatureAlgorithm;
    QString sha256;
    QDateTime notAfter;
    QByteArray der; ///< as the server sent it; empty in probes stored before it was kept

    /// Whole days from `now` to notAfter; negative once expired.
    qint64 daysToExpiry(const QDateTime &now) const;
};

/// One probe of a SCEP server, as kept in the probe history (table `scep_probes`). A failed probe
/// has `ok` false and says why in `error`.
struct ScepProbeRecord
{
    qint64 id = 0;
    QString url;
    QDateTime probedAt;
    bool ok = false;
    QString error;
    QStringList capabilities;    ///< GetCACaps, one entry per line as sent
    QString capabilitiesProblem; ///< why there are no capabilities
    bool withRaCertificates = false;
    QList<ScepCaCertificate> caCertificates; ///< GetCACert, in the server's order

    /// The probe's findings (`result_json`): capabilities, capabilities_problem,
    /// with_ra_certificates and ca_certificates (each with its DER in base64 as `der`).
    QJsonObject resultJson() const;
    /// Reads resultJson()'s fields into this record.
    void readResultJson(const QJsonObject &json);
};

} // namespace certdesk::domain
