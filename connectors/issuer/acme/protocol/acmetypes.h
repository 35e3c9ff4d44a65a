// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/issuer/acme/challengesolver.h"
#include "connectors/pki/securebytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace certdesk::issuer::acme {

/// What an ACME directory (RFC 8555 section 7.1.1) lists. Optional resources are empty when the
/// CA does not offer them.
struct AcmeDirectory
{
    QString url; ///< where the directory was fetched
    QString newNonce;
    QString newAccount;
    QString newOrder;
    QString revokeCert;
    QString keyChange;
    QString renewalInfo; ///< RFC 9773 ARI; empty: the CA gives no renewal information
    // meta
    QString termsOfService;
    QString website;
    QStringList caaIdentities;
    bool externalAccountRequired = false;
    /// Certificate profiles the CA offers (meta.profiles, name -> description); empty when it
    /// lists none.
    QMap<QString, QString> profiles;
};

/// An identifier of an order or authorization ("dns", "www.example.org").
struct AcmeIdentifier
{
    QString type;
    QString value;
};

/// A problem document (RFC 7807 as RFC 8555 section 6.7 uses it), as the CA sent it.
struct AcmeProblem
{
    /// One of several problems the CA found, for one identifier (RFC 8555 section 6.7.1).
    struct Subproblem
    {
        QString type;
        QString detail;
        AcmeIdentifier identifier;
    };
    QString type; ///< "urn:ietf:params:acme:error:rejectedIdentifier", ...
    QString title;
    QString detail;
    QString instance;
    int httpStatus = 0;
    QList<Subproblem> subproblems;
};

/// An ACME account (RFC 8555 section 7.1.2) with the URL that is its key identifier ("kid").
struct AcmeAccount
{
    enum class Status { Valid, Deactivated, Revoked, Unknown };
    QString url;
    Status status = Status::Unknown;
    QStringList contact; ///< "mailto:..." as the CA stores them
    QString ordersUrl;
};

/// External Account Binding credentials (RFC 8555 section 7.3.4) as the CA hands them out: a key
/// identifier and a base64url MAC key (with or without '=' padding). Move-only: the key is a secret.
struct ExternalAccountBinding
{
    QString keyId;
    pki::SecureBytes hmacKey; ///< the base64url text, as given by the CA

    ExternalAccountBinding clone() const { return {keyId, hmacKey.clone()}; }
};

/// What a new account is registered with.
struct NewAccountOptions
{
    QStringList contactEmails; ///< plain addresses ("admin@example.org"); sent as mailto: URLs
    bool termsOfServiceAgreed = false;
    std::optional<ExternalAccountBinding> externalAccountBinding;
};

/// One challenge of an authorization (RFC 8555 section 8).
struct AcmeChallenge
{
    enum class Status { Pending, Processing, Valid, Invalid, Unknown };
    QString type; ///< "http-01", "dns-01", "dns-persist-01", "tls-alpn-01", ...
    QString url;
    QString token; ///< empty for types without one (dns-persist-01)
    Status status = Status::Unknown;
    QDateTime validated;
    /// dns-persist-01 (draft-ietf-acme-dns-persist): the issuer domain names the CA accepts.
    QStringList issuerDomainNames;
    std::optional<AcmeProblem> error;
};

/// An authorization (RFC 8555 section 7.1.4): proof of control of one identifier.
struct AcmeAuthorization
{
    enum class Status { Pending, Valid, Invalid, Deactivated, Expired, Revoked, Unknown };
    QString url;
    AcmeIdentifier identifier; ///< without "*." for a wildcard (see wildcard)
    Status status = Status::Unknown;
    QDateTime expires;
    bool wildcard = false;
    QList<AcmeChallenge> challenges;

    /// The challenge of `type`, or nullptr when the CA did not offer it.
    const AcmeChallenge *challenge(const QString &type) const;
};

/// An order (RFC 8555 section 7.1.3).
struct AcmeOrder
{
    enum class Status { Pending, Ready, Processing, Valid, Invalid, Unknown };
    QString url;
    Status status = Status::Unknown;
    QDateTime expires;
    QList<AcmeIdentifier> identifiers;
    QStringList authorizationUrls;
    QString finalizeUrl;
    QString certificateUrl; ///< once valid
    QString profile;        ///< as the CA echoes it, when it does
    QString replaces;       ///< as the CA echoes it, when it does (RFC 9773)
    std::optional<AcmeProblem> error;
};

/// What a new order asks for.
struct NewOrderRequest
{
    QStringList dnsNames; ///< "www.example.org", "*.example.org"
    /// A profile name the directory lists (meta.profiles); empty: the CA's default.
    QString profile;
    /// The ARI certificate ID (certificateId()) of the certificate this order replaces; empty
    /// for a first issuance. Sent only to a CA whose directory lists renewalInfo (RFC 9773
    /// section 5), so a caller may always give it.
    QString replaces;
};

/// A downloaded certificate (RFC 8555 section 7.4.2).
struct CertificateChain
{
    QString url;
    QByteArray leafDer;
    QList<QByteArray> chainDer; ///< issuers, the leaf's issuer first
    /// Other chains for the same certificate (Link: rel="alternate"), for downloadCertificate().
    QStringList alternateUrls;
};

/// RFC 9773 renewal information: when the CA suggests renewing a certificate.
struct RenewalInfo
{
    QDateTime windowStart; ///< UTC
    QDateTime windowEnd;   ///< UTC, after windowStart
    QString explanationUrl;
    /// When to ask again (Retry-After), in seconds, as the CA sent it; nullopt when it did not say.
    /// RFC 9773 section 4.3 suggests clamping it to between a minute and a day, and asking again
    /// after six hours when it is missing: the caller's scheduler decides.
    std::optional<qint64> retryAfterSeconds;
};

/// How long and how fast to poll an authorization or an order. Polling honours the CA's
/// Retry-After; without one it waits `firstDelay`, doubling up to `maxDelay`.
struct PollOptions
{
    std::chrono::milliseconds timeout = std::chrono::minutes(5);
    std::chrono::milliseconds firstDelay = std::chrono::milliseconds(5);
    std::chrono::milliseconds maxDelay = std::chrono::seconds(1);
    CancelCheck cancelled; ///< may be empty
};

} // namespace certdesk::issuer::acme
