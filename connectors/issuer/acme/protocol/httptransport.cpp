// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/httptransport.h"

#include "connectors/issuer/acme/protocol/acmetr.h"

#include <QUrl>

#include <curl/curl.h>

#include <array>
#include <mutex>
#include <vector>

namespace certdesk::issuer::acme {
namespace {

/// Idle easy handles kept for their open connections.
constexpr std::size_t MaxIdleHandles = 16;

using CurlSlistPtr = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

struct Transfer
{
    const std::function<bool()> *cancelled = nullptr;
    qint64 maxBytes = 0;
    bool tooLarge = false;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    if (transfer->body.size() + static_cast<qint64>(bytes) > transfer->maxBytes) {
        transfer->tooLarge = true;
        return 0; // makes libcurl stop with CURLE_WRITE_ERROR
    }
    transfer->body.append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    const QByteArray line(data, static_cast<qsizetype>(bytes));
    if (line.startsWith("HTTP/")) {
        // A new response (after a redirect or an interim 1xx): only the last one counts.
        transfer->headers.clear();
        return bytes;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        transfer->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    return bytes;
}

/// libcurl's progress callback: a non-zero return aborts the transfer (CURLE_ABORTED_BY_CALLBACK).
int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *transfer = static_cast<const Transfer *>(user);
    return (*transfer->cancelled)() ? 1 : 0;
}

/// "host:port" of a URL, for messages.
QString endpointOf(const QString &url)
{
    const QUrl parsed(url);
    if (parsed.host().isEmpty())
        return url;
    const int port = parsed.port(parsed.scheme() == u"http" ? 80 : 443);
    return parsed.host() + u':' + QString::number(port);
}

Error transportFailure(CURLcode code, const char *curlText, const QString &url, const HttpOptions &options,
                       bool tooLarge)
{
    const QString endpoint = endpointOf(url);
    QString detail =
        QString::fromUtf8(curlText && curlText[0] ? curlText : curl_easy_strerror(code)).trimmed();
    detail += QStringLiteral(" (curl error %1)").arg(static_cast<int>(code));
    switch (code) {
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return Error{tr("%1 is not a valid http:// or https:// URL; check the address").arg(url), detail,
                     ErrorCode::InvalidInput};
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return Error{
            tr("the host name in %1 could not be resolved; check the URL and the DNS settings").arg(url),
            detail};
    case CURLE_COULDNT_CONNECT:
        return Error{
            tr("could not connect to %1; check the URL and port, that the server is running, and that "
               "no firewall or proxy is in the way")
                .arg(endpoint),
            detail};
    case CURLE_OPERATION_TIMEDOUT:
        return Error{tr("%1 did not answer within %2 seconds; check the network connection and whether the "
                        "server is overloaded")
                         .arg(endpoint)
                         .arg(options.requestTimeoutMs / 1000.0, 0, 'g', 3),
                     detail};
    case CURLE_PEER_FAILED_VERIFICATION:
        if (options.caBundlePath.isEmpty()) {
            return Error{tr("the TLS certificate of %1 is not trusted; if the CA uses its own (private) root "
                            "certificate, set its CA bundle file")
                             .arg(endpoint),
                         detail};
        }
        return Error{
            tr("the TLS certificate of %1 is not trusted by the CA bundle file %2; check that the file "
               "holds the root certificate that issued the server's certificate")
                .arg(endpoint, options.caBundlePath),
            detail};
    case CURLE_SSL_CACERT_BADFILE:
        return Error{tr("the CA bundle file %1 could not be read; check the path and that it holds PEM "
                        "certificates")
                         .arg(options.caBundlePath),
                     detail, ErrorCode::InvalidInput};
    case CURLE_SSL_CONNECT_ERROR:
        return Error{tr("the TLS handshake with %1 failed; check that the server speaks HTTPS on this port")
                         .arg(endpoint),
                     detail};
    case CURLE_ABORTED_BY_CALLBACK:
        return Error{tr("the request to %1 was cancelled").arg(endpoint), detail, ErrorCode::Cancelled};
    case CURLE_WRITE_ERROR:
        if (tooLarge) {
            return Error{tr("the answer of %1 is larger than %2 MiB")
                             .arg(endpoint)
                             .arg(options.maxResponseBytes >> 20),
                         detail};
        }
        break;
    default:
        break;
    }
    return Error{tr("the request to %1 failed").arg(endpoint), detail};
}

} // namespace

QByteArray HttpResponse::header(QByteArrayView lowercaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowercaseName)
            return value;
    }
    return {};
}

QList<QByteArray> HttpResponse::headerValues(QByteArrayView lowercaseName) const
{
    QList<QByteArray> values;
    for (const auto &[name, value] : headers) {
        if (name == lowercaseName)
            values.append(value);
    }
    return values;
}

QByteArray HttpResponse::mediaType() const
{
    QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

struct HttpTransport::Impl
{
    HttpOptions options;
    CURLSH *share = nullptr;
    std::array<std::mutex, CURL_LOCK_DATA_LAST> shareLocks;
    mutable std::mutex poolMutex;
    mutable std::vector<CURL *> idle;

    static void lock(CURL *, curl_lock_data data, curl_lock_access, void *user)
    {
        static_cast<Impl *>(user)->shareLocks[data].lock();
    }
    static void unlock(CURL *, curl_lock_data data, void *user)
    {
        static_cast<Impl *>(user)->shareLocks[data].unlock();
    }

    CURL *acquire() const
    {
        {
            std::lock_guard guard(poolMutex);
            if (!idle.empty()) {
                CURL *handle = idle.back();
                idle.pop_back();
                // Keeps the handle's open connections; forgets every option.
                curl_easy_reset(handle);
                return handle;
            }
        }
        CURL *handle = curl_easy_init();
        if (handle && share)
            curl_easy_setopt(handle, CURLOPT_SHARE, share);
        return handle;
    }

    void release(CURL *handle) const
    {
        {
            std::lock_guard guard(poolMutex);
            if (idle.size() < MaxIdleHandles) {
                idle.push_back(handle);
                return;
            }
        }
        curl_easy_cleanup(handle);
    }
};

HttpTransport::HttpTransport(HttpOptions options) : m_impl(std::make_unique<Impl>())
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_impl->options = std::move(options);
    m_impl->share = curl_share_init();
    if (m_impl->share) {
        curl_share_setopt(m_impl->share, CURLSHOPT_LOCKFUNC, &Impl::lock);
        curl_share_setopt(m_impl->share, CURLSHOPT_UNLOCKFUNC, &Impl::unlock);
        curl_share_setopt(m_impl->share, CURLSHOPT_USERDATA, m_impl.get());
        curl_share_setopt(m_impl->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
        curl_share_setopt(m_impl->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
    }
}

HttpTransport::~HttpTransport()
{
    for (CURL *handle : m_impl->idle)
        curl_easy_cleanup(handle);
    if (m_impl->share)
        curl_share_cleanup(m_impl->share);
}

const HttpOptions &HttpTransport::options() const
{
    return m_impl->options;
}

Result<HttpResponse> HttpTransport::send(const HttpRequest &request) const
{
    const HttpOptions &options = m_impl->options;
    if (options.cancelled && options.cancelled())
        return transportFailure(CURLE_ABORTED_BY_CALLBACK, nullptr, request.url, options, false);
    CURL *curl = m_impl->acquire();
    if (!curl)
        return Error{tr("the HTTP library could not be initialised"),
                     QStringLiteral("curl_easy_init failed")};
    // Back to the pool however this function returns.
    struct Release
    {
        const Impl *impl;
        CURL *curl;
        ~Release() { impl->release(curl); }
    } release{m_impl.get(), curl};

    const QByteArray url = request.url.toUtf8();
    Transfer transfer;
    transfer.maxBytes = options.maxResponseBytes;
    char errorText[CURL_ERROR_SIZE] = {};
    const QByteArray caBundle = options.caBundlePath.toLocal8Bit();

    curl_slist *headerList = nullptr;
    auto addHeader = [&headerList](const QByteArray &line) {
        if (curl_slist *appended = curl_slist_append(headerList, line.constData()))
            headerList = appended;
    };
    if (!request.contentType.isEmpty())
        addHeader("Content-Type: " + request.contentType);
    if (!request.accept.isEmpty())
        addHeader("Accept: " + request.accept);
    addHeader("Expect:"); // no 100-continue round trip for JWS bodies
    CurlSlistPtr headers(headerList, &curl_slist_free_all);

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(options.requestTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, request.followRedirects ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caBundle.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caBundle.constData());
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "CertDesk/" CERTDESK_VERSION);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    if (options.cancelled) {
        transfer.cancelled = &options.cancelled;
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &onProgress);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    }
    switch (request.method) {
    case HttpRequest::Method::Get:
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
        break;
    case HttpRequest::Method::Head:
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
        break;
    case HttpRequest::Method::Post:
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
        break;
    }

    const CURLcode code = curl_easy_perform(curl);
    // The handle goes back to the pool: it must not keep pointers into this frame.
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 1L);
    if (code != CURLE_OK)
        return transportFailure(code, errorText, request.url, options, transfer.tooLarge);

    HttpResponse response;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    const char *effectiveUrl = nullptr;
    curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &effectiveUrl);
    response.url = effectiveUrl ? QString::fromUtf8(effectiveUrl) : request.url;
    response.headers = std::move(transfer.headers);
    response.body = std::move(transfer.body);
    return response;
}

} // namespace certdesk::issuer::acme
