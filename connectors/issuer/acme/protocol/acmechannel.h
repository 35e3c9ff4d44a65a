// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the ACME protocol library.

#include "connectors/issuer/acme/protocol/accountkey.h"
#include "connectors/issuer/acme/protocol/acmeclient.h"
#include "connectors/issuer/acme/protocol/acmestep.h"
#include "connectors/issuer/acme/protocol/acmetypes.h"
#include "connectors/issuer/acme/protocol/httptransport.h"
#include "connectors/issuer/acme/protocol/noncepool.h"
#include "models/domain/result.h"

#include <QJsonObject>

#include <atomic>
#include <mutex>
#include <optional>

namespace certdesk::issuer::acme {

/// Who signs a request: an account (its URL as kid) or a key alone (its jwk in the header, for
/// newAccount and revocation by the certificate's key).
struct RequestSigner
{
    AccountKey key;
    QString kid;
};

/// The CA as AcmeClient talks to it: the directory (fetched once and kept), replay nonces (pooled,
/// HEAD newNonce only when the pool is empty) and signed POSTs (RFC 8555 section 6.2) that are sent
/// again after a badNonce refusal, with the nonce that refusal carried. Safe for concurrent use.
class AcmeChannel final
{
public:
    explicit AcmeChannel(const AcmeClientOptions &options);

    /// The directory; fetched on the first call, or again with `refresh`.
    Result<AcmeDirectory> directory(bool refresh = false);
    /// POSTs a JWS of `payload` (nullopt: POST-as-GET) to `url`, signed by `signer`. An answer
    /// outside 2xx is the step's Error, beginning with `refusalPrefix` instead of the step's
    /// "The CA refused ..." when one is given.
    Result<HttpResponse> post(Step step, const QString &url, const std::optional<QJsonObject> &payload,
                              const RequestSigner &signer, const QByteArray &accept = {},
                              const QString &refusalPrefix = {});
    /// An unauthenticated request (ARI's GET renewalInfo/<id>), with the transport's Error.
    Result<HttpResponse> send(const HttpRequest &request);
    AcmeClient::Statistics statistics() const;

private:
    Result<AcmeDirectory> fetchDirectory();
    Result<QByteArray> takeNonce(const AcmeDirectory &directory);

    AcmeClientOptions m_options;
    HttpTransport m_transport;
    NoncePool m_nonces;
    std::mutex m_directoryMutex;
    std::optional<AcmeDirectory> m_directory;
    std::atomic<quint64> m_signedRequests{0};
    std::atomic<quint64> m_badNonceRetries{0};
    std::atomic<quint64> m_nonceFetches{0};
};

/// True for a 2xx answer.
bool isSuccess(const HttpResponse &response);

/// The answer's Retry-After in seconds from now; nullopt when it has none.
std::optional<qint64> retryAfterOf(const HttpResponse &response);

/// The step's Error for an answer outside 2xx (its problem document, its Retry-After).
Error refusedAnswer(Step step, const HttpResponse &response);

} // namespace certdesk::issuer::acme
