// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/notifier/httppost.h"

#include "connectors/notifier/curlsupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

namespace certdesk::notifier {
namespace {

constexpr qsizetype MaxBodyBytes = 64 * 1024;
constexpr qsizetype MinHiddenSecretLength = 6;

struct Transfer
{
    QByteArray body;
    QByteArray retryAfter;
    QByteArray contentType;
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const qsizetype room = MaxBodyBytes - transfer->body.size();
    // A longer body is cut, not refused: only its start goes into an error message.
    if (room > 0)
        transfer->body.append(data, std::min<qsizetype>(room, qsizetype(size * count)));
    return size * count;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new response (after a 100 Continue): forget the previous one's headers.
        transfer->retryAfter.clear();
        transfer->contentType.clear();
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "retry-after")
            transfer->retryAfter = value;
        else if (name == "content-type")
            transfer->contentType = value.split(';').value(0).trimmed().toLower();
    }
    return size * count;
}

std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    // RFC 9110 has senders write IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"; the day name is
    // redundant and skipped.
    const QString text = QString::fromLatin1(value).simplified();
    const QString withoutDay = text.mid(text.indexOf(u',') + 1).trimmed();
    QDateTime date = QLocale::c().toDateTime(withoutDay, QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    return date;
}

} // namespace

QString redactUrl(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return QStringLiteral("…");
    QString shown = parsed.scheme() + QStringLiteral("://") + parsed.host(QUrl::FullyEncoded);
    if (parsed.host().contains(u':'))
        shown = parsed.scheme() + QStringLiteral("://[") + parsed.host(QUrl::FullyEncoded) + u']';
    if (parsed.port() > 0)
        shown += u':' + QString::number(parsed.port());
    return shown + QStringLiteral("/…");
}

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool numeric = false;
    const qlonglong seconds = trimmed.toLongLong(&numeric);
    if (numeric)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    const std::optional<QDateTime> date = parseHttpDate(trimmed);
    if (!date)
        return std::nullopt;
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(*date)));
}

QString hideSecrets(QString text, const QList<QByteArray> &secrets)
{
    for (const QByteArray &secret : secrets) {
        // Very short values would blank out ordinary words; no real key or token is that short.
        if (secret.size() >= MinHiddenSecretLength)
            text.replace(QString::fromUtf8(secret), QStringLiteral("…"));
    }
    return text;
}

HttpAnswer httpPost(const HttpPost &post, const ConnectionOptions &options, const CancelCheck &cancelled)
{
    HttpAnswer answer;
    CurlHandle curl = newCurlHandle();
    if (!curl) {
        answer.error =
            Error{QCoreApplication::translate("certdesk::notifier", "libcurl could not be set up.")};
        answer.retryable = true;
        return answer;
    }
    CurlList headers(nullptr, &curl_slist_free_all);
    for (const QByteArray &header : post.headers)
        appendTo(headers, header);
    // libcurl would send "Expect: 100-continue" for larger bodies; some receivers mishandle it.
    appendTo(headers, "Expect:");

    Transfer transfer;
    CurlTransferSettings settings(options, cancelled);
    const QByteArray url = post.url.toUtf8();
    CURL *handle = curl.get();
    settings.applyTo(handle);
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(handle, CURLOPT_USERAGENT, "CertDesk/" CERTDESK_VERSION);
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(handle, CURLOPT_POST, 1L);
    curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(post.body.size()));
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, post.body.constData());
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(handle, CURLOPT_HEADERDATA, &transfer);

    const CURLcode code = curl_easy_perform(handle);
    if (code != CURLE_OK) {
        TransportFailure failure = transportFailure(
            code, hideSecrets(settings.errorText(), post.secrets + QList{url}), redactUrl(post.url), options);
        answer.error = std::move(failure.error);
        answer.retryable = failure.retryable;
        return answer;
    }
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    answer.answered = true;
    answer.status = int(status);
    answer.body = std::move(transfer.body);
    answer.contentType = std::move(transfer.contentType);
    answer.retryAfter = parseRetryAfter(transfer.retryAfter, QDateTime::currentDateTimeUtc());
    return answer;
}

} // namespace certdesk::notifier
