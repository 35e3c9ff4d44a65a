// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/mimemessage.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace certdesk::notifier {
namespace {

constexpr int MaxLine = 76;
// An encoded word is "=?UTF-8?B?" + base64 + "?=", and a line holding one at most 76 characters.
constexpr int EncodedWordOverhead = 12;

/// How many bytes fit into one encoded word on a line that already holds `used` characters.
int encodedWordBytes(int used)
{
    return std::max(4, (MaxLine - used - EncodedWordOverhead) / 4 * 3);
}

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

/// RFC 5322 date-time in UTC: "Tue, 01 Jul 2025 10:00:00 +0000".
QByteArray mailDate(const QDateTime &date)
{
    const QDateTime utc =
        (date.isValid() ? date : QDateTime::currentDateTimeUtc()).toTimeZone(QTimeZone::utc());
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'")).toLatin1();
}

/// `text` without CR, LF and other control characters, for a header.
QString headerSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text)
        safe.append(c.unicode() < 0x20 || c.unicode() == 0x7f ? QChar(u' ') : c);
    return safe.simplified();
}

QByteArray mailbox(const QString &name, const QString &address, int used)
{
    const QString safeName = headerSafe(name);
    if (safeName.isEmpty())
        return address.toLatin1();
    static const QRegularExpression atom(QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$"));
    QByteArray shown;
    if (!isPrintableAscii(safeName))
        shown = encodeHeaderText(safeName, used);
    else if (atom.match(safeName).hasMatch())
        shown = safeName.toLatin1();
    else
        shown = '"' +
                QString(safeName)
                    .replace(u'\\', QLatin1String("\\\\"))
                    .replace(u'"', QLatin1String("\\\""))
                    .toLatin1() +
                '"';
    return shown + " <" + address.toLatin1() + '>';
}

/// "To: a@x, b@y" folded so that no line is longer than MaxLine where it can be helped.
QByteArray addressList(const QByteArray &name, const QStringList &addresses)
{
    QByteArray header = name + ": ";
    qsizetype lineLength = header.size();
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QByteArray address = addresses[i].toLatin1() + (i + 1 < addresses.size() ? "," : "");
        if (i > 0) {
            if (lineLength + 1 + address.size() > MaxLine) {
                header += "\r\n ";
                lineLength = 1;
            } else {
                header += ' ';
                ++lineLength;
            }
        }
        header += address;
        lineLength += address.size();
    }
    return header;
}

QString normalisedLines(const QString &text)
{
    return QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
}

QByteArray part(const QByteArray &mediaType, const QString &text)
{
    return "Content-Type: " + mediaType +
           "; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + quotedPrintable(text);
}

} // namespace

QByteArray encodeHeaderText(const QString &text, int used)
{
    const QString safe = headerSafe(text);
    if (isPrintableAscii(safe) && used + safe.size() <= 998)
        return safe.toLatin1();
    // Encoded words, each holding whole characters: a chunk never splits a UTF-8 sequence.
    QList<QByteArray> words;
    QByteArray chunk;
    int room = encodedWordBytes(used); // the first word shares its line with the header's name
    for (qsizetype i = 0; i < safe.size(); ++i) {
        qsizetype length = 1;
        if (safe[i].isHighSurrogate() && i + 1 < safe.size())
            length = 2;
        const QByteArray character = safe.mid(i, length).toUtf8();
        i += length - 1;
        if (!chunk.isEmpty() && chunk.size() + character.size() > room) {
            words.append(chunk);
            chunk.clear();
            room = encodedWordBytes(1); // continuation lines start with one space
        }
        chunk += character;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray encoded;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            encoded += "\r\n ";
        encoded += "=?UTF-8?B?" + words[i].toBase64() + "?=";
    }
    return encoded;
}

QByteArray quotedPrintable(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> lines = normalisedLines(text).toUtf8().split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines[l];
        qsizetype column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto byte = static_cast<unsigned char>(line[i]);
            const bool last = i + 1 == line.size();
            QByteArray token;
            if ((byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !last))
                token = QByteArray(1, char(byte));
            else
                token = QByteArray("=") + hex[byte >> 4] + hex[byte & 0x0f];
            // Leave room for the soft break's '=' unless this token ends the line.
            const int room = last ? MaxLine : MaxLine - 1;
            if (column + token.size() > room) {
                out += "=\r\n";
                column = 0;
            }
            out += token;
            column += token.size();
        }
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out + "\r\n";
}

bool isMailAddress(const QString &address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

QByteArray buildMailMessage(const MailContent &content, const QByteArray &boundary)
{
    static const QRegularExpression notIdCharacter(QStringLiteral("[^A-Za-z0-9._-]"));
    const QString domain = content.fromAddress.section(u'@', 1);
    const QString idLocal = QString(content.messageIdLocal).remove(notIdCharacter);

    QByteArray message;
    message += "Date: " + mailDate(content.date) + "\r\n";
    message += "From: " + mailbox(content.fromName, content.fromAddress, 6) + "\r\n";
    message += addressList("To", content.to) + "\r\n";
    message += "Subject: " + encodeHeaderText(content.subject, 9) + "\r\n";
    message += "Message-ID: <certdesk." + idLocal.toLatin1() + '@' + domain.toLatin1() + ">\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Auto-Submitted: auto-generated\r\n";
    message += "X-Mailer: CertDesk/" CERTDESK_VERSION "\r\n";
    if (content.html.isEmpty())
        return message + part("text/plain", content.text);

    message += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    message += "This is a multi-part message in MIME format.\r\n";
    message += "--" + boundary + "\r\n" + part("text/plain", content.text);
    message += "--" + boundary + "\r\n" + part("text/html", content.html);
    message += "--" + boundary + "--\r\n";
    return message;
}

} // namespace certdesk::notifier
