// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/httpget.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace certdesk::discovery {
namespace {

using CurlPtr = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;

struct Transfer
{
    const HttpGetOptions *options;
    QByteArray body;
    bool tooLarge = false;
};

size_t onData(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    if (transfer->body.size() + static_cast<qint64>(bytes) > transfer->options->maxBytes) {
        transfer->tooLarge = true;
        return 0; // makes libcurl stop with CURLE_WRITE_ERROR
    }
    transfer->body.append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *transfer = static_cast<const Transfer *>(user);
    return transfer->options->cancel && transfer->options->cancel->load() ? 1 : 0;
}

HttpFailure failureOf(CURLcode code, bool tooLarge)
{
    switch (code) {
    case CURLE_OK:
        return HttpFailure::None;
    case CURLE_OPERATION_TIMEDOUT:
        return HttpFailure::Timeout;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return HttpFailure::Connect;
    case CURLE_PEER_FAILED_VERIFICATION:
        return HttpFailure::TlsUntrusted;
    case CURLE_SSL_CONNECT_ERROR:
        return HttpFailure::Tls;
    case CURLE_ABORTED_BY_CALLBACK:
        return HttpFailure::Cancelled;
    case CURLE_WRITE_ERROR:
        return tooLarge ? HttpFailure::TooLarge : HttpFailure::Other;
    default:
        return HttpFailure::Other;
    }
}

/// "application/x-x509-ca-cert" from "Application/X-X509-CA-Cert; charset=binary".
QByteArray bareContentType(const char *header)
{
    QByteArray type(header ? header : "");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

} // namespace

HttpGetResult httpGet(const QByteArray &url, const HttpGetOptions &options)
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    HttpGetResult result;
    CurlPtr curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) {
        result.failure = HttpFailure::Other;
        result.detail = QStringLiteral("curl_easy_init failed");
        return result;
    }
    Transfer transfer{&options, {}, false};
    char errorText[CURL_ERROR_SIZE] = {};
    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(options.timeoutMs));
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(handle, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, options.verifyTls ? 1L : 0L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, options.verifyTls ? 2L : 0L);
    curl_easy_setopt(handle, CURLOPT_USERAGENT, "CertDesk/" CERTDESK_VERSION);
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &onData);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);

    const CURLcode code = curl_easy_perform(handle);
    result.failure = failureOf(code, transfer.tooLarge);
    if (result.failure != HttpFailure::None) {
        result.detail = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code)).trimmed();
        return result;
    }
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &result.status);
    const char *contentType = nullptr;
    curl_easy_getinfo(handle, CURLINFO_CONTENT_TYPE, &contentType);
    result.contentType = bareContentType(contentType);
    result.body = std::move(transfer.body);
    return result;
}

} // namespace certdesk::discovery
