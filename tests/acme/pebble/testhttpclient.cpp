// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/pebble/testhttpclient.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace certdesk::testsupport {
namespace {

size_t appendBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

size_t appendHeader(char *data, size_t size, size_t count, void *user)
{
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * count)).trimmed();
    if (!line.isEmpty())
        static_cast<QList<QByteArray> *>(user)->append(line);
    return size * count;
}

} // namespace

Result<TestHttpResponse> testHttpRequest(const QByteArray &method, const QString &url, const QByteArray &body,
                                         const QString &caBundlePath, int timeoutMs)
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return Error{QStringLiteral("curl_easy_init failed")};
    TestHttpResponse response;
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray caBundle = caBundlePath.toLocal8Bit();
    char errorText[CURL_ERROR_SIZE] = {};
    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutMs));
    if (!caBundle.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, caBundle.constData());
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, &appendHeader);
    curl_easy_setopt(handle, CURLOPT_HEADERDATA, &response.headerLines);
    if (method == "POST") {
        curl_easy_setopt(handle, CURLOPT_POST, 1L);
        curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
        curl_easy_setopt(handle, CURLOPT_POSTFIELDS, body.constData());
    }
    const CURLcode code = curl_easy_perform(handle);
    if (code != CURLE_OK)
        return Error{QStringLiteral("%1 %2: %3")
                         .arg(QString::fromLatin1(method), url,
                              QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code)))};
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

} // namespace certdesk::testsupport
