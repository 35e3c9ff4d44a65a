// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An RFC 5322 / MIME e-mail for the e-mail channel. Private to connectors/notifier (public to its
// tests).

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace certdesk::notifier {

/// What goes into one e-mail.
struct MailContent
{
    QString fromAddress; ///< "certdesk@example.org"
    QString fromName;    ///< "CertDesk"; may be non-ASCII
    QStringList to;      ///< addresses
    QString subject;     ///< may be non-ASCII (RFC 2047 encoded)
    QString text;        ///< the text/plain part
    QString html;        ///< the text/html part; empty: a text/plain message only
    /// The Message-ID's unique part (letters, digits, '.', '-', '_'; others are dropped); the same
    /// alert retried keeps its Message-ID, so mail systems can drop the duplicate.
    QString messageIdLocal;
    QDateTime date; ///< invalid: now
};

/// The whole message with CRLF line endings: Date, From, To, Subject, Message-ID, MIME-Version,
/// Auto-Submitted (RFC 3834), then multipart/alternative (text/plain and text/html) or a single
/// text/plain part, each UTF-8 and quoted-printable, no line over 76 characters. `boundary` must
/// contain "=_" so that no quoted-printable line can equal it.
QByteArray buildMailMessage(const MailContent &content, const QByteArray &boundary);

/// A header value: `text` as it is when printable ASCII, else RFC 2047 "=?UTF-8?B?...?=" words of
/// at most 75 characters, folded with CRLF + space. `used` is the length of the header line
/// before the value ("Subject: " is 9).
QByteArray encodeHeaderText(const QString &text, int used);

/// Quoted-printable (RFC 2045 6.7) of UTF-8 text: CRLF line ends, soft breaks at 76 characters,
/// trailing white space and '=' encoded.
QByteArray quotedPrintable(const QString &text);

/// Whether `address` is a plain addr-spec (local@domain, no spaces, quotes, angle brackets or line
/// breaks), which is what the channel accepts for senders and recipients.
bool isMailAddress(const QString &address);

} // namespace certdesk::notifier
