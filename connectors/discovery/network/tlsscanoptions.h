// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/discovery/network/scantarget.h"
#include "connectors/discovery/network/starttls.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk::discovery {

/// What one network TLS scan probes. Every address of every target is probed on every port.
struct TlsScanOptions
{
    QList<ScanTarget> targets;
    QList<quint16> ports;
    QHash<quint16, StartTlsProtocol> startTls; ///< ports that need a plain-text exchange first
    QStringList sniNames; ///< tried on IP targets, on the ports that answered TLS without SNI
    int timeoutMs = 3000; ///< per endpoint: connect, STARTTLS and handshake together
    int concurrency = 50; ///< endpoints in flight at once
    int threads = 0;      ///< event loops sharing the work; 0 = one per core, at most 2
};

/// The scan form's fields as the user typed them.
struct TlsScanForm
{
    QString targets;  ///< "10.0.0.0/24, mail.example.com, 2001:db8::1"
    QString ports;    ///< "443,8443,9000-9010"
    QString startTls; ///< "25:smtp 143:imap"
    QString sniNames; ///< "www.example.com api.example.com"
    int timeoutMs = 3000;
    int concurrency = 50;
};

/// A field of TlsScanForm.
enum class TlsScanField { Targets, Ports, StartTls, SniNames, Timeout, Concurrency };

/// What is wrong with one field, in a sentence that names the bad entry.
struct TlsScanFieldError
{
    TlsScanField field;
    QString message;
};

/// The options read from a form, and one error for each field that could not be read. The options
/// are complete only when there are no errors.
struct ParsedTlsScanForm
{
    TlsScanOptions options;
    QList<TlsScanFieldError> errors;

    bool ok() const { return errors.isEmpty(); }
};

/// Limits of the numeric fields.
inline constexpr int MinTimeoutMs = 100;
inline constexpr int MaxTimeoutMs = 120000;
inline constexpr int MaxConcurrency = 1000;

/// Reads every field of the form (see parseTargets, parsePorts, parseStartTlsPorts, parseSniNames)
/// and checks the timeout (MinTimeoutMs to MaxTimeoutMs) and the concurrency (1 to
/// MaxConcurrency), and that every STARTTLS port is in the port list.
ParsedTlsScanForm parseTlsScanForm(const TlsScanForm &form);

} // namespace certdesk::discovery
