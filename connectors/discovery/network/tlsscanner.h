// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/discovery/certificatereader.h"
#include "connectors/discovery/network/starttls.h"
#include "connectors/discovery/network/tlsscanoptions.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace certdesk::discovery {

/// One endpoint that completed a TLS handshake.
struct TlsEndpoint
{
    QString host; ///< the host name of a host-name target, else the address
    QString ip;   ///< the address connected to
    quint16 port = 0;
    QString sni; ///< the server name sent; empty when none was sent
    StartTlsProtocol startTls = StartTlsProtocol::None;
    QString tlsVersion; ///< "TLSv1.3", "TLSv1.2" ...
    QString cipher;     ///< OpenSSL's name of the negotiated cipher ("TLS_AES_256_GCM_SHA384")
    /// The certificates the server sent, leaf first, as sent (not verified, not reordered).
    QList<CertificateBlob> chain;
};

/// An endpoint or host that could not be probed, and why ("the server did not answer TLS (it
/// looks like plain HTTP)", "the SMTP server refused STARTTLS: 454 ...", a host name that does
/// not resolve (port 0)). Closed ports and addresses that do not answer are counted, not listed.
struct TlsScanError
{
    QString host;
    quint16 port = 0; ///< 0: the error concerns the whole host
    QString reason;
};

/// Running counts, for a progress bar. `total` grows when SNI probes are added.
struct TlsScanProgress
{
    qint64 probed = 0; ///< probes finished (SNI probes included)
    qint64 total = 0;
    qint64 open = 0; ///< endpoints that accepted the TCP connection
    qint64 tls = 0;  ///< endpoints that completed a TLS handshake
};

/// The outcome of a finished or cancelled scan. Endpoints and errors are in target order, then
/// address, port and SNI order.
struct TlsScanResult
{
    qint64 endpointsProbed = 0; ///< address:port pairs probed (SNI probes not counted again)
    qint64 endpointsOpen = 0;   ///< ... that accepted the TCP connection
    qint64 endpointsTls = 0;    ///< ... that completed a TLS handshake at least once
    qint64 endpointsClosed = 0; ///< ... that refused the connection
    qint64 endpointsFiltered =
        0; ///< ... that did not answer the connection attempt in time or are unreachable
    qint64 durationMs = 0;
    bool cancelled = false;
    QList<TlsScanError> errors;
    QList<TlsEndpoint> endpoints; ///< one per handshake: an address:port may appear once per SNI name
};

/// Collects the certificate chains that TLS endpoints present. Connects to many endpoints at once
/// with non-blocking sockets driven by poll() on one or two threads, speaks STARTTLS where
/// configured, and completes a TLS handshake with certificate verification off (discovery, not
/// trust). Host names are resolved once per scan and sent as SNI; IP targets are probed without
/// SNI, then once with each configured SNI name on the ports that answered TLS.
class TlsScanner
{
public:
    /// The options are expected to be valid (see parseTlsScanForm); out-of-range numbers are clamped.
    explicit TlsScanner(TlsScanOptions options);

    /// Runs the scan and blocks the calling (worker) thread until it is done or cancelled; never
    /// runs an event loop. `onProgress` is called on the calling thread about every 100 ms and
    /// once at the end. `cancel` is polled at least every 100 ms; when it turns true the probes in
    /// flight are dropped and the result says `cancelled`.
    TlsScanResult run(const std::function<void(const TlsScanProgress &)> &onProgress = {},
                      const std::atomic<bool> *cancel = nullptr);

private:
    TlsScanOptions m_options;
};

} // namespace certdesk::discovery
