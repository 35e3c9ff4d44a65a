// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the HTTP channels and e-mail share of libcurl: the easy handle, the connection settings
// (timeouts, TLS verification, CA bundle, cancellation) and transport errors as user sentences.
// Private to connectors/notifier; the only header that includes curl.h.

#include "connectors/notifier/channel.h"
#include "connectors/notifier/httppost.h"

#include <QByteArray>
#include <QString>

#include <curl/curl.h>

#include <memory>

namespace certdesk::notifier {

using CurlHandle = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using CurlList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

/// A new easy handle (libcurl initialised once per process first); null when libcurl fails.
CurlHandle newCurlHandle();

/// `list` with `line` appended.
void appendTo(CurlList &list, const QByteArray &line);

/// One transfer's common settings; keeps the strings libcurl points to alive.
class CurlTransferSettings
{
public:
    /// `cancelled` must outlive the transfer.
    CurlTransferSettings(const ConnectionOptions &options, const CancelCheck &cancelled);

    /// No signals, the error buffer, the connect and total timeouts, TLS peer and host always
    /// verified (against the CA bundle when set), and `cancelled` asked at least once a second.
    void applyTo(CURL *handle);
    /// libcurl's error text of the last transfer.
    QString errorText() const { return QString::fromUtf8(m_errorText).trimmed(); }

private:
    ConnectionOptions m_options;
    QByteArray m_caBundle;
    const CancelCheck *m_cancelled;
    char m_errorText[CURL_ERROR_SIZE] = {};
};

/// A transfer that got no usable answer.
struct TransportFailure
{
    Error error;
    bool retryable = false; ///< timeouts and connection failures are; bad settings and TLS trust are not
};

/// What to tell the user about libcurl error `code` on the way to `endpoint` ("https://host:port",
/// no path). `curlText` is libcurl's error text with secrets already hidden.
TransportFailure transportFailure(CURLcode code, const QString &curlText, const QString &endpoint,
                                  const ConnectionOptions &options);

} // namespace certdesk::notifier
