// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/acmestep.h"

#include "connectors/issuer/acme/protocol/acmetr.h"

namespace certdesk::issuer::acme {

QString stepFailedText(Step step)
{
    switch (step) {
    case Step::Directory:
        return tr("Could not fetch the ACME directory");
    case Step::Nonce:
        return tr("Could not get a replay nonce from the CA");
    case Step::NewAccount:
        return tr("Could not register the ACME account");
    case Step::FindAccount:
        return tr("Could not look up the ACME account");
    case Step::KeyChange:
        return tr("Could not change the ACME account key");
    case Step::NewOrder:
        return tr("Could not place the new order");
    case Step::FetchOrder:
        return tr("Could not fetch the order");
    case Step::FetchAuthorization:
        return tr("Could not fetch the authorization");
    case Step::RespondToChallenge:
        return tr("Could not tell the CA that the challenge is ready");
    case Step::Finalize:
        return tr("Could not finalize the order");
    case Step::DownloadCertificate:
        return tr("Could not download the certificate");
    case Step::Revoke:
        return tr("Could not revoke the certificate");
    case Step::RenewalInfo:
        return tr("Could not fetch the renewal information (ARI)");
    case Step::ZeroSslCredentials:
        return tr("Could not fetch EAB credentials from ZeroSSL");
    }
    return {};
}

QString stepRefusedText(Step step)
{
    switch (step) {
    case Step::Directory:
        return tr("The CA refused to send its directory");
    case Step::Nonce:
        return tr("The CA refused to hand out a replay nonce");
    case Step::NewAccount:
        return tr("The CA refused to register the account");
    case Step::FindAccount:
        return tr("The CA refused to look up the account");
    case Step::KeyChange:
        return tr("The CA refused the account key change");
    case Step::NewOrder:
        return tr("The CA refused the new order");
    case Step::FetchOrder:
        return tr("The CA refused to show the order");
    case Step::FetchAuthorization:
        return tr("The CA refused to show the authorization");
    case Step::RespondToChallenge:
        return tr("The CA refused the challenge response");
    case Step::Finalize:
        return tr("The CA refused to finalize the order");
    case Step::DownloadCertificate:
        return tr("The CA refused to send the certificate");
    case Step::Revoke:
        return tr("The CA refused to revoke the certificate");
    case Step::RenewalInfo:
        return tr("The CA refused to give renewal information");
    case Step::ZeroSslCredentials:
        return tr("ZeroSSL refused to hand out EAB credentials");
    }
    return {};
}

Error stepFailed(Step step, const Error &reason)
{
    QString message = stepFailedText(step) + QStringLiteral(": ") + reason.message;
    if (!message.endsWith(u'.'))
        message += u'.';
    return Error{message, reason.detail, reason.code};
}

Error stepFailed(Step step, const QString &reason, const QString &detail, ErrorCode code)
{
    return stepFailed(step, Error{reason, detail, code});
}

} // namespace certdesk::issuer::acme
