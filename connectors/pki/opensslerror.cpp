// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/opensslerror.h"

#include <openssl/err.h>

#include <QStringList>

namespace certdesk::pki {

bool OpenSslErrors::has(int lib, int reason) const
{
    for (const auto code : codes) {
        if (ERR_GET_LIB(code) == lib && ERR_GET_REASON(code) == reason)
            return true;
    }
    return false;
}

bool OpenSslErrors::hasReason(int reason) const
{
    for (const auto code : codes) {
        if (ERR_GET_REASON(code) == reason)
            return true;
    }
    return false;
}

OpenSslErrors takeOpenSslErrors()
{
    OpenSslErrors out;
    QStringList parts;
    const char *data = nullptr;
    int flags = 0;
    unsigned long code = 0;
    while ((code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) != 0) {
        out.codes << code;
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        QString part = QString::fromUtf8(buf);
        if ((flags & ERR_TXT_STRING) && data && *data)
            part += QStringLiteral(" (") + QString::fromUtf8(data) + u')';
        // OpenSSL repeats the same entry when a call is retried internally; once is enough to read.
        if (!parts.contains(part))
            parts << part;
    }
    out.text = parts.join(QStringLiteral("; "));
    return out;
}

QString drainOpenSslErrors()
{
    return takeOpenSslErrors().text;
}

Error openSslError(const QString &message, ErrorCode code)
{
    return Error{message, drainOpenSslErrors(), code};
}

ErrorQueueScope::ErrorQueueScope()
{
    ERR_clear_error();
}

ErrorQueueScope::~ErrorQueueScope()
{
    ERR_clear_error();
}

} // namespace certdesk::pki
