// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/curlsupport.h"

#include <QCoreApplication>

#include <mutex>

namespace certdesk::notifier {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("certdesk::notifier", text);
}

constexpr long MaxConnectSeconds = 15;

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancelled = static_cast<const CancelCheck *>(user);
    return *cancelled && (*cancelled)() ? 1 : 0;
}

} // namespace

CurlHandle newCurlHandle()
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    return CurlHandle(curl_easy_init(), &curl_easy_cleanup);
}

void appendTo(CurlList &list, const QByteArray &line)
{
    list.reset(curl_slist_append(list.release(), line.constData()));
}

CurlTransferSettings::CurlTransferSettings(const ConnectionOptions &options, const CancelCheck &cancelled)
    : m_options(options), m_caBundle(options.caBundlePath.toLocal8Bit()), m_cancelled(&cancelled)
{}

void CurlTransferSettings::applyTo(CURL *handle)
{
    const long timeout = std::max(1, m_options.timeoutSeconds);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, m_errorText);
    // For SMTP the connect phase includes the greeting, STARTTLS and AUTH.
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, std::min(timeout, MaxConnectSeconds));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, timeout);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_caBundle.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, m_caBundle.constData());
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, m_cancelled);
}

TransportFailure transportFailure(CURLcode code, const QString &curlText, const QString &endpoint,
                                  const ConnectionOptions &options)
{
    const int curlCode = int(code);
    const int timeoutSeconds = options.timeoutSeconds;
    const QString &caBundlePath = options.caBundlePath;
    const QString detail =
        QStringLiteral("%1 (curl error %2)")
            .arg(curlText.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : curlText)
            .arg(curlCode);
    auto permanent = [&detail](const QString &message) {
        return TransportFailure{Error{message, detail, ErrorCode::InvalidInput}, false};
    };
    auto transient = [&detail](const QString &message) {
        return TransportFailure{Error{message, detail}, true};
    };
    switch (code) {
    case CURLE_ABORTED_BY_CALLBACK:
        return TransportFailure{
            Error{tr("The delivery to %1 was cancelled.").arg(endpoint), detail, ErrorCode::Cancelled},
            false};
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return permanent(
            tr("The address %1 is not valid; check the URL in the channel's settings.").arg(endpoint));
    case CURLE_COULDNT_RESOLVE_HOST:
        return transient(tr("The host name of %1 could not be resolved; check the address in the channel's "
                            "settings and the DNS settings.")
                             .arg(endpoint));
    case CURLE_COULDNT_CONNECT:
        return transient(tr("Could not connect to %1; check the address and port, that the server is running "
                            "and that no firewall is in the way. The alert will be sent again later.")
                             .arg(endpoint));
    case CURLE_OPERATION_TIMEDOUT:
        return transient(
            tr("%1 did not answer within %2 seconds; the alert will be sent again later. If this "
               "keeps happening, check the network or raise the timeout.")
                .arg(endpoint)
                .arg(timeoutSeconds));
    case CURLE_PEER_FAILED_VERIFICATION:
        if (caBundlePath.isEmpty())
            return permanent(
                tr("The TLS certificate of %1 is not trusted; if the server uses a private CA, set "
                   "its CA bundle file in the channel's settings.")
                    .arg(endpoint));
        return permanent(
            tr("The TLS certificate of %1 is not trusted by the CA bundle %2; check that the file "
               "holds the root certificate that issued the server's certificate.")
                .arg(endpoint, caBundlePath));
    case CURLE_SSL_CACERT_BADFILE:
        return permanent(tr("The CA bundle file %1 could not be read; check the path and that it holds PEM "
                            "certificates.")
                             .arg(caBundlePath));
    case CURLE_SSL_CONNECT_ERROR:
        return transient(
            tr("The TLS handshake with %1 failed; check that the server speaks TLS on this port.")
                .arg(endpoint));
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
        return transient(
            tr("The connection to %1 broke off; the alert will be sent again later.").arg(endpoint));
    default:
        break;
    }
    return transient(tr("The delivery to %1 failed; the alert will be sent again later.").arg(endpoint));
}

} // namespace certdesk::notifier
