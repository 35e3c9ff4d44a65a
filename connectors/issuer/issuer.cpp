// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/issuer.h"

#include <QCoreApplication>

namespace certdesk::issuer {

Result<QByteArray> Issuer::crl(const QList<pki::RevokedEntry> &, qint64, const QDateTime &)
{
    return Error{QCoreApplication::translate("certdesk", "This CA publishes its own CRLs; CertDesk does not make "
                                                         "them for it.")};
}

Result<std::optional<RenewalWindow>> Issuer::renewalWindow(const QByteArray &)
{
    return std::optional<RenewalWindow>{};
}

Result<QByteArray> Issuer::ocspResponse(const QByteArray &,
                                        const std::function<pki::OcspCertStatus(const QByteArray &)> &,
                                        const QDateTime &)
{
    return Error{QCoreApplication::translate("certdesk", "This CA runs its own OCSP responder; CertDesk does not "
                                                         "answer for it.")};
}

} // namespace certdesk::issuer
