// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/pollerrors.h"

#include "connectors/issuer/acme/protocol/acmetr.h"
#include "connectors/issuer/acme/protocol/problemdocument.h"

namespace certdesk::issuer::acme {
namespace {

/// "*.example.org" for a wildcard authorization, else the identifier's value.
QString authorizationName(const AcmeAuthorization &authorization)
{
    return authorization.wildcard ? QStringLiteral("*.") + authorization.identifier.value
                                  : authorization.identifier.value;
}

QString authorizationStatusName(AcmeAuthorization::Status status)
{
    switch (status) {
    case AcmeAuthorization::Status::Pending:
        return QStringLiteral("pending");
    case AcmeAuthorization::Status::Valid:
        return QStringLiteral("valid");
    case AcmeAuthorization::Status::Invalid:
        return QStringLiteral("invalid");
    case AcmeAuthorization::Status::Deactivated:
        return QStringLiteral("deactivated");
    case AcmeAuthorization::Status::Expired:
        return QStringLiteral("expired");
    case AcmeAuthorization::Status::Revoked:
        return QStringLiteral("revoked");
    case AcmeAuthorization::Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString orderStatusName(AcmeOrder::Status status)
{
    switch (status) {
    case AcmeOrder::Status::Pending:
        return QStringLiteral("pending");
    case AcmeOrder::Status::Ready:
        return QStringLiteral("ready");
    case AcmeOrder::Status::Processing:
        return QStringLiteral("processing");
    case AcmeOrder::Status::Valid:
        return QStringLiteral("valid");
    case AcmeOrder::Status::Invalid:
        return QStringLiteral("invalid");
    case AcmeOrder::Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString orderNames(const AcmeOrder &order)
{
    QStringList names;
    for (const AcmeIdentifier &identifier : order.identifiers)
        names.append(identifier.value);
    return names.join(QStringLiteral(", "));
}

} // namespace

Error validationFailed(const AcmeAuthorization &authorization)
{
    for (const AcmeChallenge &challenge : authorization.challenges) {
        if (challenge.error) {
            return problemError(
                tr("The CA could not validate %1 (%2)").arg(authorizationName(authorization), challenge.type),
                *challenge.error);
        }
    }
    return Error{tr("The CA could not validate %1: the authorization is %2, and the CA gave no reason.")
                     .arg(authorizationName(authorization), authorizationStatusName(authorization.status)),
                 authorization.url};
}

Error orderFailed(const AcmeOrder &order)
{
    const QString prefix = tr("The order for %1 failed").arg(orderNames(order));
    if (order.error)
        return problemError(prefix, *order.error);
    return Error{prefix + tr(": the CA marked it invalid without giving a reason."), order.url};
}

Error orderStatusUnknown(const AcmeOrder &order)
{
    return Error{tr("The CA reported an unknown status for the order for %1.").arg(orderNames(order)),
                 order.url};
}

Error authorizationTimedOut(const AcmeAuthorization &authorization, qint64 seconds)
{
    return Error{
        tr("The CA had not finished validating %1 after %2 seconds. Try again later, or allow more time.")
            .arg(authorizationName(authorization))
            .arg(seconds),
        authorization.url};
}

Error orderTimedOut(const AcmeOrder &order, qint64 seconds)
{
    return Error{tr("The order for %1 was still %2 after %3 seconds. Try again later, or allow more time.")
                     .arg(orderNames(order), orderStatusName(order.status))
                     .arg(seconds),
                 order.url};
}

Error pollCancelled()
{
    return Error{tr("Cancelled."), {}, ErrorCode::Cancelled};
}

} // namespace certdesk::issuer::acme
