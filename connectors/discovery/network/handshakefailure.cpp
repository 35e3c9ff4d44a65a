// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/handshakefailure.h"

#include "connectors/discovery/network/printable.h"

#include <QCoreApplication>

#include <algorithm>

namespace certdesk::discovery {
namespace {

/// TLS record content types: change_cipher_spec, alert, handshake, application_data.
bool isTlsRecordStart(const QByteArray &bytes)
{
    const auto type = static_cast<quint8>(bytes.at(0));
    return type >= 0x14 && type <= 0x17 && (bytes.size() < 2 || bytes.at(1) == 0x03);
}

/// Why a reply that is not TLS looks like another protocol, or an empty string.
QString recognisedProtocol(const QByteArray &bytes)
{
    const QString line = printableSnippet(bytes, 60);
    if (bytes.startsWith("HTTP/"))
        return QCoreApplication::translate("certdesk::discovery", "it looks like plain HTTP");
    if (bytes.startsWith("SSH-"))
        return QCoreApplication::translate("certdesk::discovery", "it looks like SSH: %1").arg(line);
    if (bytes.startsWith("220"))
        return QCoreApplication::translate("certdesk::discovery",
                                           "it greets like SMTP or FTP: %1; for SMTP, scan the port with "
                                           "STARTTLS smtp")
            .arg(line);
    if (bytes.startsWith("* OK"))
        return QCoreApplication::translate("certdesk::discovery",
                                           "it greets like IMAP: %1; scan the port with STARTTLS imap")
            .arg(line);
    if (bytes.startsWith("+OK"))
        return QCoreApplication::translate("certdesk::discovery",
                                           "it greets like POP3: %1; scan the port with STARTTLS pop3")
            .arg(line);
    return {};
}

/// The reply quoted as text when it is text, else its first bytes in hex.
QString quotedReply(const QByteArray &bytes)
{
    const QByteArray firstLine = bytes.left(bytes.indexOf('\n')).left(60);
    const bool isText = std::all_of(firstLine.cbegin(), firstLine.cend(),
                                    [](char c) { return c == '\r' || c == '\t' || (c >= 0x20 && c < 0x7f); });
    const QString text = printableSnippet(firstLine, 60);
    if (isText && !text.isEmpty())
        return QCoreApplication::translate("certdesk::discovery", "it sent \"%1\"").arg(text);
    return QCoreApplication::translate("certdesk::discovery", "it sent the bytes %1")
        .arg(QString::fromLatin1(bytes.left(16).toHex(' ')));
}

} // namespace

QString describeHandshakeFailure(const HandshakeFailure &failure, int timeoutMs)
{
    const QByteArray &bytes = failure.firstBytes;
    if (bytes.isEmpty()) {
        if (failure.timedOut) {
            return QCoreApplication::translate(
                       "certdesk::discovery", "the server accepted the connection but did not answer the TLS "
                                              "handshake within %1 ms")
                .arg(timeoutMs);
        }
        if (failure.peerClosed) {
            return QCoreApplication::translate("certdesk::discovery",
                                               "the server closed the connection without answering the TLS "
                                               "handshake");
        }
    } else if (!isTlsRecordStart(bytes)) {
        const QString protocol = recognisedProtocol(bytes);
        return QCoreApplication::translate("certdesk::discovery", "the server did not answer TLS (%1)")
            .arg(protocol.isEmpty() ? quotedReply(bytes) : protocol);
    } else if (failure.inCertificate) {
        return QCoreApplication::translate("certdesk::discovery",
                                           "the server's certificate could not be read (%1)")
            .arg(failure.openSslReason);
    } else if (bytes.at(0) == 0x15) {
        return QCoreApplication::translate("certdesk::discovery", "the server refused the TLS handshake (%1)")
            .arg(failure.openSslReason);
    } else if (failure.timedOut) {
        return QCoreApplication::translate("certdesk::discovery",
                                           "the TLS handshake did not finish within %1 ms")
            .arg(timeoutMs);
    }
    if (failure.openSslReason.isEmpty() && failure.peerClosed) {
        return QCoreApplication::translate("certdesk::discovery",
                                           "the server closed the connection during the TLS handshake");
    }
    return QCoreApplication::translate("certdesk::discovery", "the TLS handshake failed (%1)")
        .arg(failure.openSslReason);
}

} // namespace certdesk::discovery
