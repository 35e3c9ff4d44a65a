// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns OpenSSL's thread-local error queue into certdesk::Error values. Private to connectors/pki.

#include "models/domain/result.h"

#include <QList>
#include <QString>

namespace certdesk::pki {

/// The entries taken off the OpenSSL error queue, oldest first.
struct OpenSslErrors
{
    QList<unsigned long> codes;
    QString text; ///< "error:...:reason; error:...:reason", for Error::detail

    /// True when an entry comes from library `lib` (ERR_LIB_*) with reason `reason`.
    bool has(int lib, int reason) const;
    /// True when an entry has reason `reason`, from any library.
    bool hasReason(int reason) const;
};

/// Empties the calling thread's OpenSSL error queue and returns what it held.
OpenSslErrors takeOpenSslErrors();

/// Empties the error queue and returns its text only.
QString drainOpenSslErrors();

/// An Error with the user-facing `message` and the drained OpenSSL error queue as its detail.
Error openSslError(const QString &message, ErrorCode code = ErrorCode::Generic);

/// Clears the OpenSSL error queue when a public entry point starts and when it returns, so that
/// one call's leftovers never show up in another call's Error::detail.
struct ErrorQueueScope
{
    ErrorQueueScope();
    ~ErrorQueueScope();
    ErrorQueueScope(const ErrorQueueScope &) = delete;
    ErrorQueueScope &operator=(const ErrorQueueScope &) = delete;
};

} // namespace certdesk::pki
