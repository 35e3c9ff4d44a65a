// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/dnsmessage.h"

#include <QUrl>

namespace certdesk::issuer::acme::dns {
namespace {

constexpr int HeaderSize = 12;
constexpr int MaxNameBytes = 255;
constexpr int MaxLabelBytes = 63;
constexpr quint16 TypeCname = 5;
constexpr quint16 TypeTxt = 16;
constexpr quint16 TypeOpt = 41;
constexpr quint16 ClassIn = 1;
constexpr quint16 EdnsUdpSize = 1232;
constexpr quint16 FlagResponse = 0x8000;
constexpr quint16 FlagTruncated = 0x0200;
constexpr quint16 FlagRecursionDesired = 0x0100;
/// A CNAME chain longer than this is not followed (resolvers stop at about the same length).
constexpr int MaxCnameHops = 16;

void appendU16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xff));
}

/// Reads the message with every access bounds-checked.
class Reader
{
public:
    explicit Reader(QByteArrayView message) : m_message(message) {}

    qsizetype size() const { return m_message.size(); }

    std::optional<quint8> u8(qsizetype at) const
    {
        if (at < 0 || at >= m_message.size())
            return std::nullopt;
        return quint8(m_message[at]);
    }

    std::optional<quint16> u16(qsizetype at) const
    {
        const auto high = u8(at);
        const auto low = u8(at + 1);
        if (!high || !low)
            return std::nullopt;
        return quint16((*high << 8) | *low);
    }

    QByteArrayView bytes(qsizetype at, qsizetype count) const { return m_message.sliced(at, count); }

    /// The name at `at`, uncompressed and in lower case, and in `next` the offset after it where
    /// it was read (after the first compression pointer, if any). A pointer must point backwards
    /// and every label adds to the name, which is bounded, so a loop of pointers ends.
    std::optional<QByteArray> name(qsizetype at, qsizetype *next) const
    {
        QByteArray wire;
        qsizetype position = at;
        bool jumped = false;
        for (;;) {
            const auto length = u8(position);
            if (!length)
                return std::nullopt;
            if ((*length & 0xc0) == 0xc0) {
                const auto pointer = u16(position);
                if (!pointer)
                    return std::nullopt;
                const qsizetype target = *pointer & 0x3fff;
                if (target >= position)
                    return std::nullopt;
                if (!jumped)
                    *next = position + 2;
                jumped = true;
                position = target;
                continue;
            }
            if ((*length & 0xc0) != 0 || *length > MaxLabelBytes)
                return std::nullopt;
            if (position + 1 + *length > m_message.size())
                return std::nullopt;
            wire.append(char(*length));
            if (*length == 0)
                break;
            wire.append(bytes(position + 1, *length).toByteArray().toLower());
            if (wire.size() >= MaxNameBytes)
                return std::nullopt;
            position += 1 + *length;
        }
        if (!jumped)
            *next = position + 1;
        return wire;
    }

private:
    QByteArrayView m_message;
};

struct ResourceRecord
{
    QByteArray owner;
    quint16 type = 0;
    quint16 rclass = 0;
    qsizetype rdata = 0;
    quint16 rdlength = 0;
};

/// The character-strings of one TXT RDATA, joined; nullopt when a length runs past the RDATA.
std::optional<QByteArray> joinedText(const Reader &reader, const ResourceRecord &record)
{
    QByteArray text;
    qsizetype position = record.rdata;
    const qsizetype end = record.rdata + record.rdlength;
    while (position < end) {
        const quint8 length = *reader.u8(position);
        if (position + 1 + length > end)
            return std::nullopt;
        text.append(reader.bytes(position + 1, length));
        position += 1 + length;
    }
    return text;
}

} // namespace

std::optional<QByteArray> encodeName(const QString &name)
{
    QString ascii = name;
    if (ascii.endsWith(u'.'))
        ascii.chop(1);
    bool isAscii = true;
    for (const QChar c : ascii)
        isAscii = isAscii && c.unicode() < 0x80;
    // Lower case: DNS names are case-insensitive, but test servers such as pebble-challtestsrv
    // look them up as they are sent.
    const QByteArray text = (isAscii ? ascii.toLatin1() : QUrl::toAce(ascii)).toLower();
    if (text.isEmpty())
        return std::nullopt;
    QByteArray wire;
    for (const QByteArray &label : text.split('.')) {
        if (label.isEmpty() || label.size() > MaxLabelBytes)
            return std::nullopt;
        wire.append(char(label.size()));
        wire.append(label);
    }
    wire.append('\0');
    if (wire.size() > MaxNameBytes)
        return std::nullopt;
    return wire;
}

QByteArray txtQuery(quint16 id, const QByteArray &wireName)
{
    QByteArray query;
    appendU16(query, id);
    appendU16(query, FlagRecursionDesired);
    appendU16(query, 1); // QDCOUNT
    appendU16(query, 0); // ANCOUNT
    appendU16(query, 0); // NSCOUNT
    appendU16(query, 1); // ARCOUNT: the OPT record
    query.append(wireName);
    appendU16(query, TypeTxt);
    appendU16(query, ClassIn);
    query.append('\0'); // OPT: root owner name
    appendU16(query, TypeOpt);
    appendU16(query, EdnsUdpSize);
    appendU16(query, 0); // extended RCODE and version
    appendU16(query, 0); // flags
    appendU16(query, 0); // no options
    return query;
}

std::optional<quint16> responseId(QByteArrayView message)
{
    const Reader reader(message);
    const auto flags = reader.u16(2);
    if (message.size() < HeaderSize || !flags || !(*flags & FlagResponse))
        return std::nullopt;
    return reader.u16(0);
}

std::optional<TxtResponse> parseTxtResponse(QByteArrayView message, quint16 id, const QByteArray &wireName,
                                            QString *error)
{
    const Reader reader(message);
    if (message.size() < HeaderSize) {
        *error = QStringLiteral("the answer is shorter than a DNS header");
        return std::nullopt;
    }
    const quint16 flags = *reader.u16(2);
    if (*reader.u16(0) != id || !(flags & FlagResponse) || ((flags >> 11) & 0xf) != 0) {
        *error = QStringLiteral("the message is not an answer to the question asked");
        return std::nullopt;
    }
    TxtResponse response;
    response.truncated = flags & FlagTruncated;
    response.rcode = flags & 0xf;
    if (response.truncated)
        return response; // the sections may be cut anywhere: the caller asks again over TCP
    const quint16 questions = *reader.u16(4);
    const quint16 answers = *reader.u16(6);
    qsizetype position = HeaderSize;
    if (questions != 1) {
        if (questions == 0 && response.rcode != 0)
            return response; // some servers drop the question from an error answer
        *error = QStringLiteral("the answer does not repeat the one question asked");
        return std::nullopt;
    }
    const auto questionName = reader.name(position, &position);
    const auto questionType = reader.u16(position);
    const auto questionClass = reader.u16(position + 2);
    if (!questionName || !questionType || !questionClass) {
        *error = QStringLiteral("the question section is cut short");
        return std::nullopt;
    }
    if (*questionName != wireName.toLower() || *questionType != TypeTxt || *questionClass != ClassIn) {
        *error = QStringLiteral("the answer is for another question");
        return std::nullopt;
    }
    position += 4;

    QList<ResourceRecord> records;
    for (int i = 0; i < answers; ++i) {
        ResourceRecord record;
        const auto owner = reader.name(position, &position);
        const auto type = reader.u16(position);
        const auto rclass = reader.u16(position + 2);
        const auto rdlength = reader.u16(position + 8);
        if (!owner || !type || !rclass || !rdlength || position + 10 + *rdlength > reader.size()) {
            *error = QStringLiteral("an answer record runs past the end of the message");
            return std::nullopt;
        }
        record.owner = *owner;
        record.type = *type;
        record.rclass = *rclass;
        record.rdlength = *rdlength;
        record.rdata = position + 10;
        position = record.rdata + record.rdlength;
        records.append(record);
    }

    QList<QByteArray> names{*questionName};
    for (int hop = 0; hop < MaxCnameHops; ++hop) {
        bool grew = false;
        for (const ResourceRecord &record : std::as_const(records)) {
            if (record.type != TypeCname || record.rclass != ClassIn || !names.contains(record.owner))
                continue;
            qsizetype after = 0;
            const auto target = reader.name(record.rdata, &after);
            if (!target || after > record.rdata + record.rdlength) {
                *error = QStringLiteral("a CNAME record is malformed");
                return std::nullopt;
            }
            if (!names.contains(*target)) {
                names.append(*target);
                grew = true;
            }
        }
        if (!grew)
            break;
    }
    for (const ResourceRecord &record : std::as_const(records)) {
        if (record.type != TypeTxt || record.rclass != ClassIn || !names.contains(record.owner))
            continue;
        const auto text = joinedText(reader, record);
        if (!text) {
            *error = QStringLiteral("a TXT record is malformed");
            return std::nullopt;
        }
        response.texts.append(*text);
    }
    return response;
}

QString rcodeName(int rcode)
{
    switch (rcode) {
    case 0:
        return QStringLiteral("NOERROR");
    case 1:
        return QStringLiteral("FORMERR");
    case 2:
        return QStringLiteral("SERVFAIL");
    case 3:
        return QStringLiteral("NXDOMAIN");
    case 4:
        return QStringLiteral("NOTIMP");
    case 5:
        return QStringLiteral("REFUSED");
    default:
        return QStringLiteral("RCODE %1").arg(rcode);
    }
}

} // namespace certdesk::issuer::acme::dns
