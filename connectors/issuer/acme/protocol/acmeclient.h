// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/issuer/acme/challengesolver.h"
#include "connectors/issuer/acme/protocol/accountkey.h"
#include "connectors/issuer/acme/protocol/acmetypes.h"
#include "connectors/pki/crl.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace certdesk::issuer::acme {

/// How an AcmeClient reaches its CA.
struct AcmeClientOptions
{
    QString directoryUrl;
    /// A PEM file of CA certificates to trust for the CA's TLS certificate instead of the system
    /// trust store (a private ACME CA: pebble, step-ca, an internal Boulder). Empty: system store.
    QString caBundlePath;
    int connectTimeoutMs = 10000;
    int requestTimeoutMs = 30000; ///< per HTTP request
    /// How often a request the CA refused with badNonce is sent again, each time with the fresh
    /// nonce from the refusal (RFC 8555 section 6.5). One retry is what RFC 8555 asks for; a few
    /// more keep a run of unlucky nonces (pebble rejects 5% of good nonces by default) from failing
    /// an order.
    int badNonceRetries = 3;
    /// Never sends a newOrder while this client fetches an authorization (and the reverse), for
    /// pebble 2.4.0 (Debian 12), which otherwise deadlocks under concurrent orders: its newOrder
    /// scans every authorization under the store's read lock, while its authorization handler holds
    /// the authorization's lock and waits for the store, and any write in between (another order,
    /// an issuance) closes the cycle; pebble then answers nothing until restarted. Real CAs need
    /// no such care: leave it off for them.
    bool exclusiveNewOrders = false;
    /// Asked before and during every HTTP request (about once a second while the CA sends
    /// nothing); true aborts the request, and the call fails with ErrorCode::Cancelled. May be
    /// empty. Polls ask PollOptions::cancelled between requests.
    CancelCheck cancelled;
};

/// An ACME v2 client (RFC 8555) for one CA and one account key, with External Account Binding
/// (RFC 8555 section 7.3.4), key roll-over, certificate profiles and ACME Renewal Information
/// (RFC 9773). Every call blocks: run them on worker threads. One client may be used by several
/// threads at once (concurrent orders): the directory is fetched once, replay nonces are pooled,
/// and HTTP connections and TLS sessions are reused. Errors name the step that failed ("The CA
/// refused the new order: ...") and carry the CA's problem type and subproblems in their detail;
/// they never contain the account key or an EAB key. The client must outlive its calls.
class AcmeClient final
{
public:
    /// A client for the account of `accountKey`; `accountUrl` is the account's URL (its "kid") when
    /// known from an earlier registerAccount() or findAccount(), else those set it.
    AcmeClient(AcmeClientOptions options, AccountKey accountKey, QString accountUrl = {});
    ~AcmeClient();
    AcmeClient(const AcmeClient &) = delete;
    AcmeClient &operator=(const AcmeClient &) = delete;

    const AcmeClientOptions &options() const;

    // ---- directory (RFC 8555 section 7.1.1)
    /// The CA's directory, fetched on the first call and kept. A URL that is not an ACME directory,
    /// an unreachable host, an untrusted TLS certificate and a timeout each give an Error that says
    /// what to check.
    Result<AcmeDirectory> directory();
    /// Fetches the directory again (after the CA changed its terms, say).
    Result<AcmeDirectory> refreshDirectory();

    // ---- account (RFC 8555 sections 7.3, 7.3.4, 7.3.5)
    AccountKey accountKey() const;
    /// Empty until registerAccount() or findAccount() succeeded (or one was given).
    QString accountUrl() const;
    /// Registers the account (or finds it, when the key already has one: RFC 8555 section 7.3.1)
    /// and remembers its URL. With externalAccountBinding, binds it to the CA's external account.
    /// A CA that requires EAB without credentials given is refused before anything is sent.
    Result<AcmeAccount> registerAccount(const NewAccountOptions &options);
    /// Finds the account of this key without creating one (onlyReturnExisting) and remembers its
    /// URL. No account: an Error with ErrorCode::NotFound.
    Result<AcmeAccount> findAccount();
    /// Rolls the account over to `newKey` (a JWS signed by the new key inside one signed by the
    /// current key); from then on this client signs with `newKey`. Requests running on other
    /// threads at that moment may still be signed with the old key and fail.
    Status changeAccountKey(const AccountKey &newKey);

    // ---- orders (RFC 8555 section 7.4)
    /// Places an order for DNS names. A profile the directory does not list (when it lists any) and
    /// a malformed `replaces` ID are refused before anything is sent.
    Result<AcmeOrder> newOrder(const NewOrderRequest &request);
    Result<AcmeOrder> fetchOrder(const QString &orderUrl);
    Result<AcmeAuthorization> fetchAuthorization(const QString &authorizationUrl);
    /// What a ChallengeSolver needs for `challenge` of `authorization`: the key authorization for
    /// its token and, for dns-persist-01, the issuer domain names and the account URL.
    ChallengeTask challengeTask(const AcmeAuthorization &authorization, const AcmeChallenge &challenge) const;
    /// Tells the CA to validate the challenge (POST {} to its URL).
    Result<AcmeChallenge> respondToChallenge(const AcmeChallenge &challenge);
    /// Polls an authorization until it is no longer pending. Valid: returned. Invalid (or
    /// deactivated, expired, revoked): an Error quoting the failed challenge's problem ("The CA could
    /// not validate www.example.org (http-01): ..."). Timeout and cancel are Errors too (cancel:
    /// ErrorCode::Cancelled).
    Result<AcmeAuthorization> pollAuthorization(const QString &authorizationUrl,
                                                const PollOptions &options = {});
    /// Polls an order until it is neither pending nor processing: ready or valid is returned,
    /// invalid is an Error quoting the order's problem.
    Result<AcmeOrder> pollOrder(const QString &orderUrl, const PollOptions &options = {});
    /// Sends the DER CSR to the order's finalize URL; returns the order as the CA answered (often
    /// still processing: pollOrder() until valid).
    Result<AcmeOrder> finalizeOrder(const AcmeOrder &order, const QByteArray &csrDer);
    /// Downloads a certificate chain (the order's certificateUrl, or one of alternateUrls).
    Result<CertificateChain> downloadCertificate(const QString &certificateUrl);
    /// Downloads every alternate chain `chain` links to.
    Result<QList<CertificateChain>> downloadAlternateChains(const CertificateChain &chain);

    // ---- revocation (RFC 8555 section 7.6)
    /// Revokes a certificate this account ordered (or holds authorizations for); `reason` is the
    /// RFC 5280 code (Unspecified is not sent).
    Status revokeCertificate(const QByteArray &certificateDer, pki::RevocationReason reason);
    /// Revokes a certificate with a request signed by its own key (jwk in the header), for a
    /// certificate whose account is lost; `certificateKey` must be an EC P-256/P-384 or RSA key.
    Status revokeCertificateWithItsKey(const QByteArray &certificateDer, pki::RevocationReason reason,
                                       const AccountKey &certificateKey);

    // ---- ACME Renewal Information (RFC 9773)
    /// The CA's suggested renewal window for a certificate (GET renewalInfo/<certificateId>).
    /// Nullopt when the CA offers no ARI (no renewalInfo in the directory, or 404 for this
    /// certificate): the caller falls back to its own threshold.
    Result<std::optional<RenewalInfo>> renewalInfo(const QByteArray &certificateDer);
    /// The same for a certificate ID made by certificateId().
    Result<std::optional<RenewalInfo>> renewalInfoForId(const QString &certificateId);

    /// Counters for tests and benchmarks.
    struct Statistics
    {
        quint64 signedRequests = 0;  ///< JWS POSTs sent, retries included
        quint64 badNonceRetries = 0; ///< requests sent again after badNonce
        quint64 nonceFetches = 0;    ///< HEAD newNonce requests (the pool was empty)
    };
    Statistics statistics() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// The CA's problem type of an Error this library made ("urn:ietf:params:acme:error:badCSR"), or
/// empty when the Error did not come from a problem document.
QString acmeProblemType(const Error &error);

} // namespace certdesk::issuer::acme
