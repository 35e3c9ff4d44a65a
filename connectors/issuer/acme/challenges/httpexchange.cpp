// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/httpexchange.h"

#include <QList>

namespace certdesk::issuer::acme::http {
namespace {

constexpr QByteArrayView ChallengePrefix = "/.well-known/acme-challenge/";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

QByteArray response(int status, QByteArrayView contentType, QByteArrayView body, bool withBody)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType.toByteArray() + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    if (withBody)
        out += body;
    return out;
}

/// The path of an origin-form ("/a/b") or absolute-form ("http://host:port/a/b") request target.
QByteArrayView pathOf(QByteArrayView target)
{
    if (target.startsWith("/"))
        return target;
    const QByteArray lower = target.first(std::min<qsizetype>(target.size(), 7)).toByteArray().toLower();
    if (!lower.startsWith("http://"))
        return {};
    const QByteArrayView rest = target.sliced(7);
    const qsizetype slash = rest.indexOf('/');
    return slash < 0 ? QByteArrayView("/") : rest.sliced(slash);
}

/// base64url characters only: a token never holds anything else (RFC 8555 section 8.1).
bool isToken(QByteArrayView token)
{
    if (token.isEmpty())
        return false;
    for (const char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

std::optional<qsizetype> requestHeadLength(QByteArrayView received)
{
    for (qsizetype i = 0; i < received.size(); ++i) {
        if (received[i] != '\n')
            continue;
        // An empty line: LF right after the previous LF, or after CR LF.
        if (i >= 1 && received[i - 1] == '\n')
            return i + 1;
        if (i >= 2 && received[i - 1] == '\r' && received[i - 2] == '\n')
            return i + 1;
    }
    return std::nullopt;
}

QByteArray respond(QByteArrayView head, const TokenLookup &lookup)
{
    qsizetype lineEnd = head.indexOf('\n');
    if (lineEnd < 0)
        return statusResponse(400);
    QByteArrayView line = head.first(lineEnd);
    if (line.endsWith('\r'))
        line.chop(1);
    const QList<QByteArray> parts = line.toByteArray().split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return statusResponse(400);
    const QByteArray &method = parts.at(0);
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.0" && version != "HTTP/1.1")
        return statusResponse(400);
    const bool isHead = method == "HEAD";
    if (method != "GET" && !isHead)
        return statusResponse(404);
    const QByteArrayView path = pathOf(parts.at(1));
    if (!path.startsWith(ChallengePrefix))
        return statusResponse(404);
    const QByteArrayView token = path.sliced(ChallengePrefix.size());
    if (!isToken(token))
        return statusResponse(404);
    const std::optional<QByteArray> keyAuthorization = lookup(token.toByteArray());
    if (!keyAuthorization)
        return statusResponse(404);
    return response(200, "text/plain", *keyAuthorization, !isHead);
}

QByteArray statusResponse(int status)
{
    const QByteArray body = reasonPhrase(status) + '\n';
    return response(status, "text/plain", body, true);
}

} // namespace certdesk::issuer::acme::http
