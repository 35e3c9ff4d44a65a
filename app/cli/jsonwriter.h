// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace certdesk::cli {

/// Writes one indented JSON document straight into UTF-8 text, for outputs with thousands of
/// entries (a scan's discoveries) where building QJsonObjects costs more than the scan itself.
/// The caller nests begin/end calls correctly; keys and strings are escaped per RFC 8259.
class JsonWriter
{
public:
    void beginObject(const char *key = nullptr);
    void endObject();
    void beginArray(const char *key = nullptr);
    void endArray();
    void value(const char *key, const QString &text);
    void value(const char *key, qint64 number);
    void value(const char *key, bool flag);
    /// ISO 8601 UTC with a Z, or "" for an invalid time (as isoUtc() prints it).
    void time(const char *key, const QDateTime &t);
    void strings(const char *key, const QStringList &texts);
    /// A bare string element of the current array.
    void element(const QString &text);
    /// The document with a final newline.
    QByteArray finish();

private:
    void startItem(const char *key);
    void indent();
    void appendString(const QString &text);

    QByteArray m_out;
    int m_depth = 0;
    bool m_first = true;
};

} // namespace certdesk::cli
