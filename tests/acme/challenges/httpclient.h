// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// HTTP clients for the HTTP-01 solver tests: libcurl for real requests, and a raw socket for
// requests libcurl would never send.

#include <QByteArray>
#include <QString>

#include <optional>

namespace certdesk::testsupport {

/// What a libcurl GET gave.
struct HttpResponse
{
    long status = 0;        ///< 0 when there was no response
    QByteArray contentType; ///< as sent
    QByteArray body;
    QString error;        ///< libcurl's message when the transfer failed
    bool refused = false; ///< the connection was refused
};

/// GETs `url` with libcurl (no proxy, HTTP/1.1).
HttpResponse curlGet(const QString &url, int timeoutMs = 10000);

/// Sends `request` to 127.0.0.1:`port` and returns everything until the server closes the
/// connection; nullopt when the connection is refused or the server does not close in time.
std::optional<QByteArray> rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 10000);

/// A connection to 127.0.0.1:`port` that the test keeps open; -1 when refused.
int openConnection(quint16 port);

/// True when a TCP connection to 127.0.0.1:`port` is refused.
bool connectionRefused(quint16 port);

} // namespace certdesk::testsupport
