// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/discovery/certificatereader.h"
#include "models/domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace certdesk::discovery {

/// Where and how to probe a SCEP server.
struct ScepProbeOptions
{
    QString url;           ///< the SCEP URL, e.g. "http://ca.example.com/cgi-bin/pkiclient.exe"
    QString caIdentifier;  ///< sent as `message` when set (some servers serve several CAs)
    int timeoutMs = 10000; ///< per request
    bool verifyTls = true; ///< for https: check the server's certificate against the system trust store
};

/// What a SCEP server told about itself.
struct ScepProbeResult
{
    QStringList capabilities; ///< GetCACaps, one entry per line as sent ("POSTPKIOperation", "SHA-256" ...)
    QString
        capabilitiesProblem; ///< why there are no capabilities (servers before RFC 8894 may lack GetCACaps)
    QList<CertificateBlob> caCertificates; ///< GetCACert, in the server's order; summarise() reads them
    bool withRaCertificates = false;       ///< the answer was application/x-x509-ca-ra-cert (CA and RA)
};

/// Asks a SCEP server for its capabilities (GET ?operation=GetCACaps) and its CA certificates
/// (GET ?operation=GetCACert) with libcurl. Read-only: never enrols. Blocks the calling thread.
class ScepProbe
{
public:
    explicit ScepProbe(ScepProbeOptions options);

    /// The result, or an Error when the URL is not http(s), the server cannot be reached, or
    /// GetCACert gives no certificate ("the SCEP server answered HTTP 404 for GetCACert"). A failed
    /// GetCACaps alone is only noted in `capabilitiesProblem`. `cancel` is polled while waiting.
    Result<ScepProbeResult> run(const std::atomic<bool> *cancel = nullptr) const;

private:
    ScepProbeOptions m_options;
};

} // namespace certdesk::discovery
