// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/issuer/acme/challenges: the DNS wire format (RFC 1035) of one TXT question
// and its answer.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace certdesk::issuer::acme::dns {

/// `name` ("a.example.com", a trailing dot allowed) in lower case as a wire-format name:
/// length-prefixed labels and a zero byte; nullopt for a name with an empty label, a label over 63
/// bytes or a total over 255 bytes. A name with non-ASCII characters is converted to its A-labels.
std::optional<QByteArray> encodeName(const QString &name);

/// A recursive query for the TXT records of `wireName`, with an EDNS0 record offering 1232-byte
/// UDP answers (so few answers need TCP).
QByteArray txtQuery(quint16 id, const QByteArray &wireName);

/// The ID of a DNS message, if it is long enough to have a header and is a response.
std::optional<quint16> responseId(QByteArrayView message);

/// What a server answered to a TXT question.
struct TxtResponse
{
    bool truncated = false; ///< the TC bit: the answer did not fit; ask again over TCP
    int rcode = 0;          ///< 0 NOERROR, 3 NXDOMAIN, ...
    /// The TXT records of the name (followed through CNAMEs), each record's character-strings
    /// joined, in the server's order.
    QList<QByteArray> texts;
};

/// Parses the answer to txtQuery(id, wireName). Every length and compression pointer is checked
/// against the message; `error` says what is wrong with a message that is not a well-formed answer
/// to that question.
std::optional<TxtResponse> parseTxtResponse(QByteArrayView message, quint16 id, const QByteArray &wireName,
                                            QString *error);

/// The mnemonic of a response code ("SERVFAIL") for messages.
QString rcodeName(int rcode);

} // namespace certdesk::issuer::acme::dns
