// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include <QByteArray>
#include <QString>

namespace certdesk::discovery {

/// What is known about a TLS handshake that did not complete.
struct HandshakeFailure
{
    QByteArray firstBytes;      ///< the first bytes the server sent after the ClientHello (up to 64)
    bool peerClosed = false;    ///< the server closed or reset the connection
    bool timedOut = false;      ///< the endpoint's time ran out
    bool inCertificate = false; ///< OpenSSL failed while reading the server's Certificate message
    QString openSslReason;      ///< OpenSSL's reasons ("wrong version number"), may be empty
};

/// One sentence for the error list: "the server did not answer TLS (it looks like plain HTTP)",
/// "the server accepted the connection but did not answer the TLS handshake within 3000 ms", ...
QString describeHandshakeFailure(const HandshakeFailure &failure, int timeoutMs);

} // namespace certdesk::discovery
