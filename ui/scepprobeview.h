// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificatedetails.h"
#include "models/domain/scepprobe.h"

#include <QList>

#include <optional>

namespace certdesk::ui {

/// One CA (or RA) certificate of a SCEP probe as the console shows it: the summary the probe
/// stored, its full parse when the probe kept its DER, and its issuers among the certificates of
/// the same answer.
struct ScepCertificateView
{
    domain::ScepCaCertificate summary;
    /// Every field, for the details pane; null when the probe was stored without the DER.
    std::optional<domain::CertificateDetails> details;
    /// Indexes (in the same answer) of the certificates that issued this one, nearest first;
    /// each link checked by name, key identifier and signature.
    QList<int> issuers;

    /// This certificate and its issuers in the same answer (1 for a lone root); 0 when unknown
    /// because the DER was not kept.
    int chainLength() const { return details ? int(issuers.size()) + 1 : 0; }
};

/// A stored SCEP probe prepared for the SCEP servers page: the record and, in the server's
/// order, a view of each CA certificate it lists.
struct ScepProbeView
{
    domain::ScepProbeRecord record;
    QList<ScepCertificateView> certificates;

    /// Parses the certificates of `record` and finds their chains. Decodes each certificate with
    /// OpenSSL, so it runs on a worker thread.
    static ScepProbeView of(const domain::ScepProbeRecord &record);
};

} // namespace certdesk::ui
