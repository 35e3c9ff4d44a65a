// SPDX-License-Identifier: GPL-3.0-or-later
// NetworkScanService's SCEP probes and their history.
#include "app/core/networkscanservice.h"

#include "connectors/discovery/certificatereader.h"
#include "models/store/database.h"
#include "models/store/scepproberepository.h"

namespace certdesk::core {

namespace {

/// The fields a probe result lists for one CA certificate (only the fingerprint when its DER
/// cannot be read).
domain::ScepCaCertificate describe(const discovery::CertificateBlob &blob)
{
    domain::ScepCaCertificate out;
    out.sha256 = blob.sha256;
    out.der = blob.der;
    if (auto details = discovery::summarise(blob.der)) {
        out.subject = details->subject;
        out.issuer = details->issuer;
        out.keyAlgorithm = details->keyDescription();
        out.signatureAlgorithm = details->signatureAlgorithm;
        out.notAfter = details->notAfter;
    }
    return out;
}

} // namespace

Result<domain::ScepProbeRecord> NetworkScanService::probeScep(const discovery::ScepProbeOptions &options,
                                                              const std::atomic<bool> *cancel)
{
    domain::ScepProbeRecord record;
    record.url = options.url.trimmed();
    record.probedAt = QDateTime::currentDateTimeUtc();
    auto probed = discovery::ScepProbe(options).run(cancel);
    if (!probed) {
        const auto code = probed.error().code;
        if (code == ErrorCode::InvalidInput || code == ErrorCode::Cancelled)
            return probed.error();
        record.error = probed.error().fullText();
    } else {
        record.ok = true;
        record.capabilities = probed->capabilities;
        record.capabilitiesProblem = probed->capabilitiesProblem;
        record.withRaCertificates = probed->withRaCertificates;
        for (const auto &blob : probed->caCertificates)
            record.caCertificates << describe(blob);
    }
    auto id = store::ScepProbeRepository(m_db->connection()).insert(record);
    if (!id)
        return id.error();
    record.id = *id;
    if (!probed)
        return probed.error();
    return record;
}

Result<QList<domain::ScepProbeRecord>> NetworkScanService::scepProbes(int limit)
{
    return store::ScepProbeRepository(m_db->connection()).recent(limit);
}

} // namespace certdesk::core
