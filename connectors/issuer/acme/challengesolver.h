// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace certdesk::issuer::acme {

/// One ACME challenge to make answerable for one identifier of an order (RFC 8555 section 8).
struct ChallengeTask
{
    QString type;       ///< "http-01", "dns-01" or "dns-persist-01"
    QString identifier; ///< the DNS name as ordered, without a "*." prefix
    bool wildcard = false;
    QString token;            ///< the challenge's token (http-01, dns-01)
    QString keyAuthorization; ///< token "." base64url(JWK thumbprint of the account key)
    /// dns-persist-01 only: the issuer domain names the challenge object lists, and the account URL.
    QStringList issuerDomainNames;
    QString accountUri;
};

/// Returns true when the caller wants the work stopped (a cancelled job).
using CancelCheck = std::function<bool()>;

/// Makes ACME challenges answerable: serves HTTP-01 tokens, or creates DNS TXT records through the
/// administrator's scripts. present() is always followed by cleanup() for the same tasks, also when
/// validation failed, so nothing is left behind. Calls block: run them on worker threads.
class ChallengeSolver
{
public:
    virtual ~ChallengeSolver() = default;
    /// The challenge type this solver answers ("http-01", "dns-01", "dns-persist-01").
    virtual QString type() const = 0;
    /// Makes every task answerable and returns once the CA may check them (after the DNS
    /// propagation wait). An Error names the identifier and the step that failed.
    virtual Status present(const QList<ChallengeTask> &tasks, const CancelCheck &cancelled) = 0;
    /// Undoes present() for these tasks (stops serving, removes the records); best effort: every
    /// task is tried, and the first failure is returned.
    virtual Status cleanup(const QList<ChallengeTask> &tasks) = 0;
};

} // namespace certdesk::issuer::acme
