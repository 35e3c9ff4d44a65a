// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/acmetypes.h"

namespace certdesk::issuer::acme {

const AcmeChallenge *AcmeAuthorization::challenge(const QString &type) const
{
    for (const AcmeChallenge &candidate : challenges) {
        if (candidate.type == type)
            return &candidate;
    }
    return nullptr;
}

} // namespace certdesk::issuer::acme
