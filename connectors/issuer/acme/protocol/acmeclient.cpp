// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/acmeclient.h"

#include "connectors/issuer/acme/protocol/acmechannel.h"
#include "connectors/issuer/acme/protocol/acmejson.h"
#include "connectors/issuer/acme/protocol/acmetr.h"
#include "connectors/issuer/acme/protocol/base64url.h"
#include "connectors/issuer/acme/protocol/certificateid.h"
#include "connectors/issuer/acme/protocol/emailaddress.h"
#include "connectors/issuer/acme/protocol/httpheaders.h"
#include "connectors/issuer/acme/protocol/jws.h"
#include "connectors/issuer/acme/protocol/pemchain.h"
#include "connectors/issuer/acme/protocol/pollerrors.h"
#include "connectors/issuer/acme/protocol/pollschedule.h"

#include <QJsonArray>

#include <mutex>
#include <shared_mutex>

namespace certdesk::issuer::acme {
namespace {

Error noAccountSelected(Step step)
{
    return stepFailed(step, tr("no ACME account is selected; register the account or look it up first"), {},
                      ErrorCode::InvalidInput);
}

/// A DER certificate is a SEQUENCE; a PEM text here is a caller's mistake worth a clear word.
Status checkCertificateDer(Step step, const QByteArray &der)
{
    if (der.isEmpty() || static_cast<unsigned char>(der[0]) != 0x30)
        return stepFailed(step, tr("the certificate is not DER"), {}, ErrorCode::InvalidInput);
    return {};
}

/// A newAccount refusal that is about the external account binding: pebble and Boulder answer
/// unauthorized, or malformed naming the binding.
bool isEabRefusal(const Error &error)
{
    const QString type = acmeProblemType(error);
    return type.endsWith(QLatin1String(":unauthorized")) ||
           (type.endsWith(QLatin1String(":malformed")) &&
            error.message.contains(QLatin1String("external account"), Qt::CaseInsensitive));
}

/// "a.example, b.example, c.example and 2 more": CAs do not always say which name they refused.
QString orderedNames(const QStringList &names)
{
    constexpr qsizetype NamesShown = 3;
    const QString shown = names.mid(0, NamesShown).join(QStringLiteral(", "));
    return names.size() > NamesShown ? tr("%1 and %2 more").arg(shown).arg(names.size() - NamesShown) : shown;
}

/// A resource read by POST-as-GET, with the Retry-After its answer carried.
template <typename T> struct Fetched
{
    T value;
    std::optional<qint64> retryAfter;
};

} // namespace

struct AcmeClient::Impl
{
    AcmeClientOptions options;
    AcmeChannel channel;
    mutable std::mutex accountMutex;
    AccountKey key;
    QString accountUrl;
    /// newOrder (exclusive) against authorization fetches (shared), with options.exclusiveNewOrders.
    std::shared_mutex newOrderGate;

    Impl(AcmeClientOptions clientOptions, AccountKey accountKey, QString url)
        : options(std::move(clientOptions)), channel(options), key(std::move(accountKey)),
          accountUrl(std::move(url))
    {}

    RequestSigner accountSigner() const
    {
        std::lock_guard guard(accountMutex);
        return {key, accountUrl};
    }

    RequestSigner keySigner() const
    {
        std::lock_guard guard(accountMutex);
        return {key, {}};
    }

    /// A POST signed with the account's kid; an Error when no account is known yet.
    Result<HttpResponse> postAsAccount(Step step, const QString &url,
                                       const std::optional<QJsonObject> &payload,
                                       const QByteArray &accept = {}, const QString &refusalPrefix = {})
    {
        const RequestSigner signer = accountSigner();
        if (signer.kid.isEmpty())
            return noAccountSelected(step);
        return channel.post(step, url, payload, signer, accept, refusalPrefix);
    }

    /// newAccount with `payload`, signed with the key's jwk; remembers the account URL.
    Result<AcmeAccount> newAccount(Step step, const QJsonObject &payload, const RequestSigner &signer)
    {
        Result<AcmeDirectory> dir = channel.directory();
        if (!dir)
            return dir.error();
        Result<HttpResponse> response = channel.post(step, dir->newAccount, payload, signer);
        if (!response)
            return response.error();
        const QString url = QString::fromUtf8(response->header("location"));
        if (url.isEmpty())
            return stepFailed(step, tr("the CA did not say the account's URL (no Location header)"));
        Result<AcmeAccount> account = parseAccount(response->body, url);
        if (!account)
            return stepFailed(step, account.error());
        std::lock_guard guard(accountMutex);
        if (key == signer.key)
            accountUrl = url;
        return account;
    }

    Result<Fetched<AcmeOrder>> fetchOrder(const QString &url)
    {
        Result<HttpResponse> response = postAsAccount(Step::FetchOrder, url, PostAsGet);
        if (!response)
            return response.error();
        Result<AcmeOrder> order = parseOrder(response->body, url);
        if (!order)
            return stepFailed(Step::FetchOrder, order.error());
        return Fetched<AcmeOrder>{std::move(*order), retryAfterOf(*response)};
    }

    Result<Fetched<AcmeAuthorization>> fetchAuthorization(const QString &url)
    {
        std::shared_lock gate(newOrderGate, std::defer_lock);
        if (options.exclusiveNewOrders)
            gate.lock();
        Result<HttpResponse> response = postAsAccount(Step::FetchAuthorization, url, PostAsGet);
        if (gate.owns_lock())
            gate.unlock();
        if (!response)
            return response.error();
        Result<AcmeAuthorization> authorization = parseAuthorization(response->body, url);
        if (!authorization)
            return stepFailed(Step::FetchAuthorization, authorization.error());
        return Fetched<AcmeAuthorization>{std::move(*authorization), retryAfterOf(*response)};
    }

    Status revoke(const QByteArray &certificateDer, pki::RevocationReason reason, const RequestSigner &signer)
    {
        if (Status checked = checkCertificateDer(Step::Revoke, certificateDer); !checked)
            return checked;
        Result<AcmeDirectory> dir = channel.directory();
        if (!dir)
            return dir.error();
        if (dir->revokeCert.isEmpty())
            return stepFailed(Step::Revoke, tr("the CA's directory offers no revocation"));
        QJsonObject payload;
        payload.insert(u"certificate", QString::fromLatin1(base64Url(certificateDer)));
        if (reason != pki::RevocationReason::Unspecified)
            payload.insert(u"reason", static_cast<int>(reason));
        Result<HttpResponse> response = channel.post(Step::Revoke, dir->revokeCert, payload, signer);
        if (!response)
            return response.error();
        return {};
    }
};

AcmeClient::AcmeClient(AcmeClientOptions options, AccountKey accountKey, QString accountUrl)
    : m_impl(std::make_unique<Impl>(std::move(options), std::move(accountKey), std::move(accountUrl)))
{}

AcmeClient::~AcmeClient() = default;

const AcmeClientOptions &AcmeClient::options() const
{
    return m_impl->options;
}

Result<AcmeDirectory> AcmeClient::directory()
{
    return m_impl->channel.directory();
}

Result<AcmeDirectory> AcmeClient::refreshDirectory()
{
    return m_impl->channel.directory(true);
}

AccountKey AcmeClient::accountKey() const
{
    std::lock_guard guard(m_impl->accountMutex);
    return m_impl->key;
}

QString AcmeClient::accountUrl() const
{
    std::lock_guard guard(m_impl->accountMutex);
    return m_impl->accountUrl;
}

Result<AcmeAccount> AcmeClient::registerAccount(const NewAccountOptions &options)
{
    Result<AcmeDirectory> dir = m_impl->channel.directory();
    if (!dir)
        return dir.error();
    if (dir->externalAccountRequired && !options.externalAccountBinding) {
        return stepFailed(
            Step::NewAccount,
            tr("this CA requires External Account Binding (EAB); enter the EAB key ID and HMAC key "
               "from the CA's account page"),
            {}, ErrorCode::InvalidInput);
    }
    QJsonArray contact;
    for (const QString &email : options.contactEmails) {
        Result<QString> address = checkedEmailAddress(email);
        if (!address)
            return stepFailed(Step::NewAccount, address.error());
        contact.append(QString(QStringLiteral("mailto:") + *address));
    }
    const RequestSigner signer = m_impl->keySigner();
    if (signer.key.isNull())
        return stepFailed(Step::NewAccount, tr("no account key is set"), {}, ErrorCode::InvalidInput);
    QJsonObject payload;
    payload.insert(u"termsOfServiceAgreed", options.termsOfServiceAgreed);
    if (!contact.isEmpty())
        payload.insert(u"contact", contact);
    if (options.externalAccountBinding) {
        Result<QJsonObject> binding =
            externalAccountBindingJws(*options.externalAccountBinding, signer.key, dir->newAccount);
        if (!binding)
            return stepFailed(Step::NewAccount, binding.error());
        payload.insert(u"externalAccountBinding", *binding);
    }
    Result<AcmeAccount> account = m_impl->newAccount(Step::NewAccount, payload, signer);
    if (!account && options.externalAccountBinding && isEabRefusal(account.error())) {
        Error error = account.error();
        error.message +=
            u' ' + tr("Check the EAB key ID and HMAC key; copy them again from the CA's account page.");
        error.code = ErrorCode::InvalidInput;
        return error;
    }
    return account;
}

Result<AcmeAccount> AcmeClient::findAccount()
{
    const RequestSigner signer = m_impl->keySigner();
    if (signer.key.isNull())
        return stepFailed(Step::FindAccount, tr("no account key is set"), {}, ErrorCode::InvalidInput);
    QJsonObject payload;
    payload.insert(u"onlyReturnExisting", true);
    return m_impl->newAccount(Step::FindAccount, payload, signer);
}

Status AcmeClient::changeAccountKey(const AccountKey &newKey)
{
    if (newKey.isNull())
        return stepFailed(Step::KeyChange, tr("no new key was given"), {}, ErrorCode::InvalidInput);
    Result<AcmeDirectory> dir = m_impl->channel.directory();
    if (!dir)
        return dir.error();
    if (dir->keyChange.isEmpty())
        return stepFailed(Step::KeyChange, tr("the CA does not offer account key changes"));
    const RequestSigner signer = m_impl->accountSigner();
    if (signer.kid.isEmpty())
        return noAccountSelected(Step::KeyChange);
    Result<QJsonObject> inner = keyChangeJws(newKey, signer.key, signer.kid, dir->keyChange);
    if (!inner)
        return stepFailed(Step::KeyChange, inner.error());
    Result<HttpResponse> response = m_impl->channel.post(Step::KeyChange, dir->keyChange, *inner, signer);
    if (!response)
        return response.error();
    std::lock_guard guard(m_impl->accountMutex);
    m_impl->key = newKey;
    return {};
}

Result<AcmeOrder> AcmeClient::newOrder(const NewOrderRequest &request)
{
    QJsonArray identifiers;
    QStringList names;
    for (const QString &name : request.dnsNames) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || trimmed.contains(u' ')) {
            return stepFailed(Step::NewOrder, tr("\"%1\" is not a DNS name").arg(name), {},
                              ErrorCode::InvalidInput);
        }
        QJsonObject identifier;
        identifier.insert(u"type", QStringLiteral("dns"));
        identifier.insert(u"value", trimmed);
        identifiers.append(identifier);
        names.append(trimmed);
    }
    if (identifiers.isEmpty())
        return stepFailed(Step::NewOrder, tr("the order names no DNS name"), {}, ErrorCode::InvalidInput);
    Result<AcmeDirectory> dir = m_impl->channel.directory();
    if (!dir)
        return dir.error();
    QJsonObject payload;
    payload.insert(u"identifiers", identifiers);
    if (!request.profile.isEmpty()) {
        if (!dir->profiles.isEmpty() && !dir->profiles.contains(request.profile)) {
            return stepFailed(Step::NewOrder,
                              tr("the CA does not offer the certificate profile \"%1\" (it offers: %2)")
                                  .arg(request.profile, dir->profiles.keys().join(QStringLiteral(", "))),
                              {}, ErrorCode::InvalidInput);
        }
        payload.insert(u"profile", request.profile);
    }
    if (!request.replaces.isEmpty()) {
        if (!isCertificateId(request.replaces)) {
            return stepFailed(
                Step::NewOrder,
                tr("\"%1\" is not an ARI certificate ID of the replaced certificate").arg(request.replaces),
                {}, ErrorCode::InvalidInput);
        }
        // RFC 9773 section 5: only to a CA that advertises renewalInfo.
        if (!dir->renewalInfo.isEmpty())
            payload.insert(u"replaces", request.replaces);
    }
    std::unique_lock gate(m_impl->newOrderGate, std::defer_lock);
    if (m_impl->options.exclusiveNewOrders)
        gate.lock();
    Result<HttpResponse> response =
        m_impl->postAsAccount(Step::NewOrder, dir->newOrder, payload, {},
                              tr("The CA refused the new order for %1").arg(orderedNames(names)));
    if (gate.owns_lock())
        gate.unlock();
    if (!response)
        return response.error();
    const QString url = QString::fromUtf8(response->header("location"));
    if (url.isEmpty())
        return stepFailed(Step::NewOrder, tr("the CA did not say the order's URL (no Location header)"));
    Result<AcmeOrder> order = parseOrder(response->body, url);
    if (!order)
        return stepFailed(Step::NewOrder, order.error());
    return order;
}

Result<AcmeOrder> AcmeClient::fetchOrder(const QString &orderUrl)
{
    Result<Fetched<AcmeOrder>> fetched = m_impl->fetchOrder(orderUrl);
    if (!fetched)
        return fetched.error();
    return std::move(fetched->value);
}

Result<AcmeAuthorization> AcmeClient::fetchAuthorization(const QString &authorizationUrl)
{
    Result<Fetched<AcmeAuthorization>> fetched = m_impl->fetchAuthorization(authorizationUrl);
    if (!fetched)
        return fetched.error();
    return std::move(fetched->value);
}

ChallengeTask AcmeClient::challengeTask(const AcmeAuthorization &authorization,
                                        const AcmeChallenge &challenge) const
{
    const RequestSigner signer = m_impl->accountSigner();
    ChallengeTask task;
    task.type = challenge.type;
    task.identifier = authorization.identifier.value;
    task.wildcard = authorization.wildcard;
    task.token = challenge.token;
    if (!challenge.token.isEmpty())
        task.keyAuthorization = signer.key.keyAuthorization(challenge.token);
    task.issuerDomainNames = challenge.issuerDomainNames;
    task.accountUri = signer.kid;
    return task;
}

Result<AcmeChallenge> AcmeClient::respondToChallenge(const AcmeChallenge &challenge)
{
    Result<HttpResponse> response =
        m_impl->postAsAccount(Step::RespondToChallenge, challenge.url, QJsonObject());
    if (!response)
        return response.error();
    Result<AcmeChallenge> answered = parseChallenge(response->body);
    if (!answered)
        return stepFailed(Step::RespondToChallenge, answered.error());
    return answered;
}

Result<AcmeAuthorization> AcmeClient::pollAuthorization(const QString &authorizationUrl,
                                                        const PollOptions &options)
{
    PollSchedule schedule(options);
    while (true) {
        Result<Fetched<AcmeAuthorization>> fetched = m_impl->fetchAuthorization(authorizationUrl);
        if (!fetched)
            return fetched.error();
        const AcmeAuthorization &authorization = fetched->value;
        if (authorization.status == AcmeAuthorization::Status::Valid)
            return authorization;
        if (authorization.status != AcmeAuthorization::Status::Pending)
            return validationFailed(authorization);
        switch (schedule.wait(fetched->retryAfter)) {
        case PollSchedule::Outcome::PollAgain:
            break;
        case PollSchedule::Outcome::Cancelled:
            return pollCancelled();
        case PollSchedule::Outcome::DeadlineReached:
            return authorizationTimedOut(authorization, schedule.elapsedSeconds());
        }
    }
}

Result<AcmeOrder> AcmeClient::pollOrder(const QString &orderUrl, const PollOptions &options)
{
    PollSchedule schedule(options);
    while (true) {
        Result<Fetched<AcmeOrder>> fetched = m_impl->fetchOrder(orderUrl);
        if (!fetched)
            return fetched.error();
        const AcmeOrder &order = fetched->value;
        switch (order.status) {
        case AcmeOrder::Status::Ready:
        case AcmeOrder::Status::Valid:
            return order;
        case AcmeOrder::Status::Invalid:
            return orderFailed(order);
        case AcmeOrder::Status::Unknown:
            return orderStatusUnknown(order);
        case AcmeOrder::Status::Pending:
        case AcmeOrder::Status::Processing:
            break;
        }
        switch (schedule.wait(fetched->retryAfter)) {
        case PollSchedule::Outcome::PollAgain:
            break;
        case PollSchedule::Outcome::Cancelled:
            return pollCancelled();
        case PollSchedule::Outcome::DeadlineReached:
            return orderTimedOut(order, schedule.elapsedSeconds());
        }
    }
}

Result<AcmeOrder> AcmeClient::finalizeOrder(const AcmeOrder &order, const QByteArray &csrDer)
{
    if (csrDer.isEmpty() || static_cast<unsigned char>(csrDer[0]) != 0x30) {
        return stepFailed(Step::Finalize, tr("the certificate signing request is not DER"), {},
                          ErrorCode::InvalidInput);
    }
    QJsonObject payload;
    payload.insert(u"csr", QString::fromLatin1(base64Url(csrDer)));
    Result<HttpResponse> response = m_impl->postAsAccount(Step::Finalize, order.finalizeUrl, payload);
    if (!response)
        return response.error();
    Result<AcmeOrder> finalized = parseOrder(response->body, order.url);
    if (!finalized)
        return stepFailed(Step::Finalize, finalized.error());
    return finalized;
}

Result<CertificateChain> AcmeClient::downloadCertificate(const QString &certificateUrl)
{
    Result<HttpResponse> response = m_impl->postAsAccount(Step::DownloadCertificate, certificateUrl,
                                                          PostAsGet, "application/pem-certificate-chain");
    if (!response)
        return response.error();
    Result<QList<QByteArray>> ders = splitPemChain(response->body);
    if (!ders)
        return stepFailed(Step::DownloadCertificate, ders.error());
    CertificateChain chain;
    chain.url = certificateUrl;
    chain.leafDer = ders->takeFirst();
    chain.chainDer = std::move(*ders);
    chain.alternateUrls = linkTargets(response->headerValues("link"), "alternate", certificateUrl);
    return chain;
}

Result<QList<CertificateChain>> AcmeClient::downloadAlternateChains(const CertificateChain &chain)
{
    QList<CertificateChain> alternates;
    for (const QString &url : chain.alternateUrls) {
        Result<CertificateChain> alternate = downloadCertificate(url);
        if (!alternate)
            return alternate.error();
        alternates.append(std::move(*alternate));
    }
    return alternates;
}

Status AcmeClient::revokeCertificate(const QByteArray &certificateDer, pki::RevocationReason reason)
{
    const RequestSigner signer = m_impl->accountSigner();
    if (signer.kid.isEmpty())
        return noAccountSelected(Step::Revoke);
    return m_impl->revoke(certificateDer, reason, signer);
}

Status AcmeClient::revokeCertificateWithItsKey(const QByteArray &certificateDer, pki::RevocationReason reason,
                                               const AccountKey &certificateKey)
{
    if (certificateKey.isNull())
        return stepFailed(Step::Revoke, tr("no certificate key was given"), {}, ErrorCode::InvalidInput);
    return m_impl->revoke(certificateDer, reason, RequestSigner{certificateKey, {}});
}

Result<std::optional<RenewalInfo>> AcmeClient::renewalInfo(const QByteArray &certificateDer)
{
    Result<QString> id = certificateId(certificateDer);
    if (!id)
        return stepFailed(Step::RenewalInfo, id.error());
    return renewalInfoForId(*id);
}

Result<std::optional<RenewalInfo>> AcmeClient::renewalInfoForId(const QString &certificateId)
{
    if (!isCertificateId(certificateId)) {
        return stepFailed(Step::RenewalInfo, tr("\"%1\" is not an ARI certificate ID").arg(certificateId), {},
                          ErrorCode::InvalidInput);
    }
    Result<AcmeDirectory> dir = m_impl->channel.directory();
    if (!dir)
        return dir.error();
    if (dir->renewalInfo.isEmpty())
        return std::optional<RenewalInfo>();
    // RFC 9773 section 4.1: an unauthenticated GET.
    HttpRequest request;
    request.url = dir->renewalInfo + (dir->renewalInfo.endsWith(u'/') ? QString() : QStringLiteral("/")) +
                  certificateId;
    request.accept = "application/json";
    Result<HttpResponse> response = m_impl->channel.send(request);
    if (!response)
        return stepFailed(Step::RenewalInfo, response.error());
    if (response->status == 404)
        return std::optional<RenewalInfo>();
    if (!isSuccess(*response))
        return refusedAnswer(Step::RenewalInfo, *response);
    Result<RenewalInfo> info = parseRenewalInfo(response->body);
    if (!info)
        return stepFailed(Step::RenewalInfo, info.error());
    info->retryAfterSeconds = retryAfterOf(*response);
    return std::optional<RenewalInfo>(std::move(*info));
}

AcmeClient::Statistics AcmeClient::statistics() const
{
    return m_impl->channel.statistics();
}

} // namespace certdesk::issuer::acme
