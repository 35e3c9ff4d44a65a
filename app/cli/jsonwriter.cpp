// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/jsonwriter.h"

#include <ctime>

namespace certdesk::cli {

void JsonWriter::indent()
{
    m_out += '\n';
    m_out.append(m_depth * 4, ' ');
}

void JsonWriter::startItem(const char *key)
{
    if (m_depth > 0) {
        if (!m_first)
            m_out += ',';
        indent();
    }
    m_first = false;
    if (key) {
        appendString(QString::fromLatin1(key));
        m_out += ": ";
    }
}

void JsonWriter::beginObject(const char *key)
{
    startItem(key);
    m_out += '{';
    ++m_depth;
    m_first = true;
}

void JsonWriter::endObject()
{
    --m_depth;
    if (!m_first)
        indent();
    m_out += '}';
    m_first = false;
}

void JsonWriter::beginArray(const char *key)
{
    startItem(key);
    m_out += '[';
    ++m_depth;
    m_first = true;
}

void JsonWriter::endArray()
{
    --m_depth;
    if (!m_first)
        indent();
    m_out += ']';
    m_first = false;
}

void JsonWriter::value(const char *key, const QString &text)
{
    startItem(key);
    appendString(text);
}

void JsonWriter::value(const char *key, qint64 number)
{
    startItem(key);
    m_out += QByteArray::number(number);
}

void JsonWriter::value(const char *key, bool flag)
{
    startItem(key);
    m_out += flag ? "true" : "false";
}

void JsonWriter::time(const char *key, const QDateTime &t)
{
    startItem(key);
    if (!t.isValid()) {
        m_out += "\"\"";
        return;
    }
    const std::time_t secs = std::time_t(t.toSecsSinceEpoch());
    std::tm utc{};
    gmtime_r(&secs, &utc);
    char buffer[32];
    const auto n = std::strftime(buffer, sizeof buffer, "\"%Y-%m-%dT%H:%M:%SZ\"", &utc);
    m_out.append(buffer, qsizetype(n));
}

void JsonWriter::strings(const char *key, const QStringList &texts)
{
    beginArray(key);
    for (const auto &t : texts)
        element(t);
    endArray();
}

void JsonWriter::element(const QString &text)
{
    startItem(nullptr);
    appendString(text);
}

void JsonWriter::appendString(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (u < 0x20) {
                m_out += "\\u00";
                m_out += hex[u >> 4];
                m_out += hex[u & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

QByteArray JsonWriter::finish()
{
    m_out += '\n';
    return std::move(m_out);
}

} // namespace certdesk::cli
