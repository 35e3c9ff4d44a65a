// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the ACME protocol library.

#include "models/domain/result.h"

#include <QString>

namespace certdesk::issuer::acme {

/// The protocol steps an Error can name, so that an administrator reads which one failed.
enum class Step {
    Directory,
    Nonce,
    NewAccount,
    FindAccount,
    KeyChange,
    NewOrder,
    FetchOrder,
    FetchAuthorization,
    RespondToChallenge,
    Finalize,
    DownloadCertificate,
    Revoke,
    RenewalInfo,
    ZeroSslCredentials,
};

/// "Could not place the new order": the step failed for a reason on our side or the network's.
QString stepFailedText(Step step);

/// "The CA refused the new order": the CA answered with a problem document.
QString stepRefusedText(Step step);

/// "<Could not place the new order>: <reason's message>." with the reason's detail and code.
Error stepFailed(Step step, const Error &reason);

/// The same from a reason sentence ("could not connect to ...").
Error stepFailed(Step step, const QString &reason, const QString &detail = {},
                 ErrorCode code = ErrorCode::Generic);

} // namespace certdesk::issuer::acme
