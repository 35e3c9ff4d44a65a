// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/discovery/network.

#include <QByteArray>
#include <QString>

namespace certdesk::discovery {

/// The first line of what a server sent, for an error message: at most `maxChars` characters,
/// control and non-ASCII bytes shown as '.', trailing white space dropped.
inline QString printableSnippet(const QByteArray &bytes, int maxChars = 120)
{
    QString text;
    for (const char c : bytes) {
        if (c == '\r' || c == '\n' || text.size() >= maxChars)
            break;
        const auto u = static_cast<unsigned char>(c);
        text.append(u >= 0x20 && u < 0x7f ? QChar(u) : QChar(u'.'));
    }
    return text.trimmed();
}

} // namespace certdesk::discovery
