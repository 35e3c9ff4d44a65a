// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/namereader.h"

#include "connectors/pki/opensslhandles.h"

#include <openssl/err.h>
#include <openssl/objects.h>

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <climits>

namespace certdesk::discovery {

namespace {

// Value tags read here. OpenSSL's Name decoder (ASN1_PRINTABLE) accepts a few more (BMPString,
// UniversalString, BIT STRING, SEQUENCE ...) and refuses others (VisibleString, OCTET STRING ...);
// those are all left to it.
constexpr std::uint8_t TagUtf8String = 0x0c;
constexpr std::uint8_t TagNumericString = 0x12;
constexpr std::uint8_t TagPrintableString = 0x13;
constexpr std::uint8_t TagT61String = 0x14;
constexpr std::uint8_t TagIa5String = 0x16;

constexpr std::uint8_t OidCommonName[] = {0x55, 0x04, 0x03}; // 2.5.4.3

/// One attribute of a Name.
struct Attribute
{
    DerElement type;
    DerElement value;
    int rdn = 0;
};

bool isFastType(std::uint8_t tag)
{
    return tag == TagUtf8String || tag == TagNumericString || tag == TagPrintableString ||
           tag == TagT61String || tag == TagIa5String;
}

/// Well-formed UTF-8 of scalar values only (no overlong forms, surrogates or values past U+10FFFF),
/// which OpenSSL's UTF-8 reader accepts as well.
bool isStrictUtf8(const std::uint8_t *p, std::size_t n)
{
    for (std::size_t i = 0; i < n;) {
        const std::uint8_t b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t value = 0;
        std::uint32_t minimum = 0;
        if ((b & 0xe0) == 0xc0) {
            length = 2, value = b & 0x1f, minimum = 0x80;
        } else if ((b & 0xf0) == 0xe0) {
            length = 3, value = b & 0x0f, minimum = 0x800;
        } else if ((b & 0xf8) == 0xf0) {
            length = 4, value = b & 0x07, minimum = 0x10000;
        } else {
            return false;
        }
        if (n - i < length)
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            value = (value << 6) | (p[i + k] & 0x3f);
        }
        if (value < minimum || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
            return false;
        i += length;
    }
    return true;
}

/// Appends `c` (U+0000..U+00FF) as UTF-8.
void appendLatin1AsUtf8(QByteArray &out, std::uint8_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    }
}

/// The field name X509_NAME_print_ex writes with XN_FLAG_FN_SN: OpenSSL's short name, or the
/// dotted OID (cut to 79 characters, as OpenSSL's buffer does) when OpenSSL does not know it.
/// Looked up once per thread and OID.
QByteArray attributeTypeName(const DerElement &oid)
{
    thread_local QHash<QByteArray, QByteArray> cache;
    const QByteArray key = QByteArray::fromRawData(reinterpret_cast<const char *>(oid.content),
                                                   static_cast<qsizetype>(oid.length));
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QByteArray name;
    const unsigned char *p = oid.begin;
    const pki::Asn1ObjectPtr object(d2i_ASN1_OBJECT(nullptr, &p, static_cast<long>(oid.encodedSize())));
    if (object) {
        const int nid = OBJ_obj2nid(object.get());
        const char *shortName = nid != NID_undef ? OBJ_nid2sn(nid) : nullptr;
        if (shortName) {
            name = shortName;
        } else {
            char dotted[80];
            const int length = OBJ_obj2txt(dotted, sizeof dotted, object.get(), 1);
            name = QByteArray(dotted, std::clamp(length, 0, int(sizeof dotted) - 1));
        }
    }
    ERR_clear_error();
    if (cache.size() > 4096) // an input full of made-up OIDs must not grow it without end
        cache.clear();
    cache.insert(QByteArray(key.constData(), key.size()), name);
    return name;
}

/// Escaping of one ASCII character by X509_NAME_print_ex with XN_FLAG_ONELINE minus the spaces
/// around '=' and minus ASN1_STRFLGS_ESC_MSB (RFC 2253 with quoting instead of backslashes).
enum class Escape { None, Quote, Backslash, Hex };

Escape escapeOf(std::uint8_t c, bool first, bool last)
{
    if (c < 0x20 || c == 0x7f)
        return Escape::Hex;
    switch (c) {
    case ',':
    case '+':
    case ';':
    case '<':
    case '>':
        return Escape::Quote;
    case '"':
    case '\\':
        return Escape::Backslash;
    case ' ':
        return first || last ? Escape::Quote : Escape::None;
    case '#':
        return first ? Escape::Quote : Escape::None;
    default:
        return Escape::None;
    }
}

/// Appends one value as X509_NAME_print_ex prints it. A UTF8String's bytes go out as they are;
/// the one-byte string types are Latin-1 and are converted to UTF-8.
void appendValueText(QByteArray &out, const DerElement &value)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    const bool latin1 = value.tag != TagUtf8String;
    const std::size_t n = value.length;
    QByteArray text;
    text.reserve(static_cast<qsizetype>(n) + 8);
    bool quote = false;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t c = value.content[i];
        if (c >= 0x80) {
            if (latin1)
                appendLatin1AsUtf8(text, c);
            else
                text += char(c);
            continue;
        }
        // OpenSSL marks the first character, then the last one; a single character is only "last".
        const bool last = i + 1 == n;
        switch (escapeOf(c, i == 0 && !last, last)) {
        case Escape::None:
            text += char(c);
            break;
        case Escape::Quote:
            quote = true;
            text += char(c);
            break;
        case Escape::Backslash:
            text += '\\';
            text += char(c);
            break;
        case Escape::Hex:
            text += '\\';
            text += Hex[c >> 4];
            text += Hex[c & 0x0f];
            break;
        }
    }
    if (quote)
        out += '"' + text + '"';
    else
        out += text;
}

bool isSpace(std::uint8_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/// The value as OpenSSL's Name canonicalisation leaves it: string types converted to UTF-8, spaces
/// at the ends removed, inner runs of spaces made one, ASCII lowercased. NumericString stays as is.
QByteArray canonicalValue(const DerElement &value)
{
    QByteArray utf8;
    utf8.reserve(static_cast<qsizetype>(value.length));
    for (std::size_t i = 0; i < value.length; ++i) {
        if (value.tag == TagUtf8String)
            utf8 += char(value.content[i]);
        else
            appendLatin1AsUtf8(utf8, value.content[i]);
    }
    if (value.tag == TagNumericString)
        return utf8;
    const auto *from = reinterpret_cast<const std::uint8_t *>(utf8.constData());
    const auto *to = from + utf8.size();
    while (from < to && isSpace(*from))
        ++from;
    while (to > from && isSpace(to[-1]))
        --to;
    QByteArray out;
    out.reserve(to - from);
    while (from < to) {
        const std::uint8_t c = *from++;
        if (c >= 0x80) {
            out += char(c);
        } else if (isSpace(c)) {
            out += ' ';
            while (isSpace(*from))
                ++from;
        } else {
            out += char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
    }
    return out;
}

void appendSized(QByteArray &out, const QByteArray &bytes)
{
    const auto size = static_cast<quint32>(bytes.size());
    out += char(size >> 24);
    out += char(size >> 16);
    out += char(size >> 8);
    out += char(size);
    out += bytes;
}

/// The entries of one RDN, each (type, string type, canonical value) encoded, sorted: X509_NAME_cmp
/// compares RDNs as DER SETs, whose members are sorted.
QByteArray canonicalRdn(const Attribute *begin, const Attribute *end)
{
    QVarLengthArray<QByteArray, 4> entries;
    for (const Attribute *a = begin; a != end; ++a) {
        QByteArray entry;
        appendSized(entry, QByteArray(reinterpret_cast<const char *>(a->type.content),
                                      static_cast<qsizetype>(a->type.length)));
        entry += char(a->value.tag == TagNumericString ? TagNumericString : TagUtf8String);
        appendSized(entry, canonicalValue(a->value));
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end());
    QByteArray out;
    for (const QByteArray &entry : entries)
        appendSized(out, entry);
    return out;
}

bool hasControlCharacter(const DerElement &value)
{
    for (std::size_t i = 0; i < value.length; ++i) {
        if (value.content[i] < 0x20 || value.content[i] == 0x7f)
            return true;
    }
    return false;
}

void summarise(const QVarLengthArray<Attribute, 16> &attributes, NameSummary &out, bool withCanonical)
{
    out.plain = true;
    QByteArray text;
    QByteArray canonical;
    const Attribute *commonName = nullptr;
    const Attribute *rdnStart = attributes.cbegin();
    for (const Attribute *a = attributes.cbegin(); a != attributes.cend(); ++a) {
        if (a != attributes.cbegin()) {
            const bool sameRdn = a->rdn == a[-1].rdn;
            text += sameRdn ? " + " : ", ";
            out.plain = out.plain && !sameRdn;
            if (!sameRdn) {
                if (withCanonical)
                    appendSized(canonical, canonicalRdn(rdnStart, a));
                rdnStart = a;
            }
        }
        out.plain = out.plain && !hasControlCharacter(a->value);
        text += attributeTypeName(a->type);
        text += '=';
        appendValueText(text, a->value);
        if (oidEquals(a->type, OidCommonName))
            commonName = a;
    }
    if (withCanonical && rdnStart != attributes.cend())
        appendSized(canonical, canonicalRdn(rdnStart, attributes.cend()));
    out.text = QString::fromUtf8(text);
    out.canonical = canonical;
    out.commonName.clear();
    if (commonName) {
        const auto *data = reinterpret_cast<const char *>(commonName->value.content);
        const auto size = static_cast<qsizetype>(commonName->value.length);
        out.commonName = commonName->value.tag == TagUtf8String ? QString::fromUtf8(data, size)
                                                                : QString::fromLatin1(data, size);
    }
}

} // namespace

QString looseText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'"')
            continue;
        out += (u >= u'A' && u <= u'Z') ? QChar(u + (u'a' - u'A')) : c;
    }
    return out;
}

NameRead readName(const DerElement &name, NameSummary *out, bool withCanonical)
{
    if (name.tag != DerTag::Sequence)
        return NameRead::Malformed;
    QVarLengthArray<Attribute, 16> attributes;
    bool needsOpenSsl = false;
    DerReader rdns(name);
    for (int rdn = 0; !rdns.atEnd(); ++rdn) {
        DerElement set;
        if (!rdns.expect(DerTag::Set, set))
            return NameRead::Malformed;
        DerReader members(set);
        needsOpenSsl = needsOpenSsl || members.atEnd(); // an empty RDN
        while (!members.atEnd()) {
            DerElement sequence;
            Attribute a;
            a.rdn = rdn;
            if (!members.expect(DerTag::Sequence, sequence))
                return NameRead::Malformed;
            DerReader parts(sequence);
            if (!parts.expect(DerTag::Oid, a.type) || !isValidOid(a.type) || !parts.next(a.value) ||
                !parts.atEnd())
                return NameRead::Malformed;
            needsOpenSsl = needsOpenSsl || !isFastType(a.value.tag) ||
                           (a.value.tag == TagUtf8String && !isStrictUtf8(a.value.content, a.value.length));
            attributes.append(a);
        }
    }
    if (needsOpenSsl)
        return NameRead::NeedsOpenSsl;
    if (out)
        summarise(attributes, *out, withCanonical);
    return NameRead::Read;
}

bool isReadableName(const DerElement &name)
{
    switch (readName(name, nullptr)) {
    case NameRead::Read:
        return true;
    case NameRead::Malformed:
        return false;
    case NameRead::NeedsOpenSsl:
        break;
    }
    if (name.encodedSize() > INT_MAX)
        return false;
    const unsigned char *p = name.begin;
    const pki::X509NamePtr decoded(d2i_X509_NAME(nullptr, &p, static_cast<long>(name.encodedSize())));
    ERR_clear_error();
    return decoded && p == name.end;
}

} // namespace certdesk::discovery
