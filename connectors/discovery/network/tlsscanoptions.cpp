// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/tlsscanoptions.h"

#include "connectors/discovery/network/portlist.h"

#include <QCoreApplication>

#include <algorithm>

namespace certdesk::discovery {
namespace {

/// Stores a field's value, or its error.
template <typename T> void take(Result<T> &&parsed, T &into, TlsScanField field, ParsedTlsScanForm &out)
{
    if (parsed)
        into = std::move(parsed).value();
    else
        out.errors.append({field, parsed.error().message});
}

} // namespace

ParsedTlsScanForm parseTlsScanForm(const TlsScanForm &form)
{
    ParsedTlsScanForm out;
    TlsScanOptions &options = out.options;
    take(parseTargets(form.targets), options.targets, TlsScanField::Targets, out);
    take(parsePorts(form.ports), options.ports, TlsScanField::Ports, out);
    take(parseStartTlsPorts(form.startTls), options.startTls, TlsScanField::StartTls, out);
    take(parseSniNames(form.sniNames), options.sniNames, TlsScanField::SniNames, out);

    QList<quint16> startTlsPorts = options.startTls.keys();
    std::sort(startTlsPorts.begin(), startTlsPorts.end());
    for (const quint16 port : startTlsPorts) {
        if (!options.ports.isEmpty() && !options.ports.contains(port)) {
            out.errors.append({TlsScanField::StartTls,
                               QCoreApplication::translate("certdesk::discovery",
                                                           "Port %1 has a STARTTLS protocol but is not in "
                                                           "the port list.")
                                   .arg(port)});
            break;
        }
    }
    if (form.timeoutMs < MinTimeoutMs || form.timeoutMs > MaxTimeoutMs) {
        out.errors.append(
            {TlsScanField::Timeout,
             QCoreApplication::translate("certdesk::discovery", "The timeout must be %1 to %2 ms.")
                 .arg(MinTimeoutMs)
                 .arg(MaxTimeoutMs)});
    }
    options.timeoutMs = form.timeoutMs;
    if (form.concurrency < 1 || form.concurrency > MaxConcurrency) {
        out.errors.append({TlsScanField::Concurrency,
                           QCoreApplication::translate("certdesk::discovery",
                                                       "The number of endpoints in flight must be 1 to %1.")
                               .arg(MaxConcurrency)});
    }
    options.concurrency = form.concurrency;
    return out;
}

} // namespace certdesk::discovery
