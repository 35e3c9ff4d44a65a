// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/acmechannel.h"

#include "connectors/issuer/acme/protocol/acmejson.h"
#include "connectors/issuer/acme/protocol/acmetr.h"
#include "connectors/issuer/acme/protocol/httpheaders.h"
#include "connectors/issuer/acme/protocol/jws.h"
#include "connectors/issuer/acme/protocol/problemdocument.h"

namespace certdesk::issuer::acme {

bool isSuccess(const HttpResponse &response)
{
    return response.status >= 200 && response.status < 300;
}

std::optional<qint64> retryAfterOf(const HttpResponse &response)
{
    return parseRetryAfter(response.header("retry-after"), QDateTime::currentDateTimeUtc());
}

Error refusedAnswer(Step step, const HttpResponse &response)
{
    return problemError(step, problemFromResponse(response.status, response.body), retryAfterOf(response));
}

AcmeChannel::AcmeChannel(const AcmeClientOptions &options)
    : m_options(options), m_transport(HttpOptions{.caBundlePath = options.caBundlePath,
                                                  .connectTimeoutMs = options.connectTimeoutMs,
                                                  .requestTimeoutMs = options.requestTimeoutMs,
                                                  .cancelled = options.cancelled})
{}

Result<AcmeDirectory> AcmeChannel::directory(bool refresh)
{
    std::lock_guard guard(m_directoryMutex);
    if (m_directory && !refresh)
        return *m_directory;
    Result<AcmeDirectory> fetched = fetchDirectory();
    if (fetched)
        m_directory = *fetched;
    return fetched;
}

Result<AcmeDirectory> AcmeChannel::fetchDirectory()
{
    HttpRequest request;
    request.url = m_options.directoryUrl.trimmed();
    request.accept = "application/json";
    request.followRedirects = true;
    if (request.url.isEmpty())
        return stepFailed(Step::Directory, tr("no directory URL is set"), {}, ErrorCode::InvalidInput);
    Result<HttpResponse> response = m_transport.send(request);
    if (!response)
        return stepFailed(Step::Directory, response.error());
    if (!isSuccess(*response)) {
        const AcmeProblem problem = problemFromResponse(response->status, response->body);
        if (!problem.type.isEmpty())
            return problemError(Step::Directory, problem, retryAfterOf(*response));
        return stepFailed(Step::Directory,
                          tr("%1 answered with HTTP status %2; check the directory URL")
                              .arg(request.url)
                              .arg(response->status),
                          bodySnippet(response->body),
                          response->status == 404 ? ErrorCode::InvalidInput : ErrorCode::Generic);
    }
    Result<AcmeDirectory> directory = parseDirectory(response->body, response->mediaType(), request.url);
    if (!directory)
        return stepFailed(Step::Directory, directory.error());
    return directory;
}

Result<QByteArray> AcmeChannel::takeNonce(const AcmeDirectory &directory)
{
    if (std::optional<QByteArray> pooled = m_nonces.take())
        return *pooled;
    ++m_nonceFetches;
    HttpRequest request;
    request.method = HttpRequest::Method::Head;
    request.url = directory.newNonce;
    Result<HttpResponse> response = m_transport.send(request);
    if (!response)
        return stepFailed(Step::Nonce, response.error());
    if (!isSuccess(*response))
        return refusedAnswer(Step::Nonce, *response);
    m_nonces.add(response->header("replay-nonce"));
    if (std::optional<QByteArray> fresh = m_nonces.take())
        return *fresh;
    return stepFailed(Step::Nonce, tr("the CA's answer had no Replay-Nonce header"));
}

Result<HttpResponse> AcmeChannel::post(Step step, const QString &url,
                                       const std::optional<QJsonObject> &payload, const RequestSigner &signer,
                                       const QByteArray &accept, const QString &refusalPrefix)
{
    if (url.isEmpty())
        return stepFailed(step, tr("the CA gave no URL for this step"));
    Result<AcmeDirectory> dir = directory();
    if (!dir)
        return dir.error();
    for (int attempt = 0;; ++attempt) {
        Result<QByteArray> nonce = takeNonce(*dir);
        if (!nonce)
            return nonce.error();
        Result<QJsonObject> jws =
            signJws(signer.key, acmeProtectedHeader(signer.key, url, QString::fromLatin1(*nonce), signer.kid),
                    payload);
        if (!jws)
            return stepFailed(step, jws.error());
        HttpRequest request;
        request.method = HttpRequest::Method::Post;
        request.url = url;
        request.body = compactJson(*jws);
        request.contentType = "application/jose+json";
        request.accept = accept;
        ++m_signedRequests;
        Result<HttpResponse> response = m_transport.send(request);
        if (!response)
            return stepFailed(step, response.error());
        // The refusal's own nonce is the fresh one the retry uses (RFC 8555 section 6.5).
        m_nonces.add(response->header("replay-nonce"));
        if (isSuccess(*response))
            return response;
        const AcmeProblem problem = problemFromResponse(response->status, response->body);
        if (isProblem(problem, "badNonce") && attempt < m_options.badNonceRetries) {
            ++m_badNonceRetries;
            continue;
        }
        const std::optional<qint64> retryAfter = retryAfterOf(*response);
        return refusalPrefix.isEmpty() ? problemError(step, problem, retryAfter)
                                       : problemError(refusalPrefix, problem, retryAfter);
    }
}

Result<HttpResponse> AcmeChannel::send(const HttpRequest &request)
{
    return m_transport.send(request);
}

AcmeClient::Statistics AcmeChannel::statistics() const
{
    return {m_signedRequests.load(), m_badNonceRetries.load(), m_nonceFetches.load()};
}

} // namespace certdesk::issuer::acme
