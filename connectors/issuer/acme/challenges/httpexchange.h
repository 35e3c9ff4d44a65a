// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to connectors/issuer/acme/challenges: what the HTTP-01 server answers, as pure functions
// of the bytes received.

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

namespace certdesk::issuer::acme::http {

/// The most a request head (request line and header fields) may take; a longer one gets 431.
inline constexpr qsizetype MaxRequestHeadBytes = 8192;

/// The length of the request head at the start of `received` (through the empty line that ends it,
/// CRLF or bare LF), or nullopt while it is incomplete.
std::optional<qsizetype> requestHeadLength(QByteArrayView received);

/// Looks up the key authorization of a token; nullopt for a token not being served.
using TokenLookup = std::function<std::optional<QByteArray>(const QByteArray &token)>;

/// The whole response to the request head `head`: 200 with the key authorization as text/plain for
/// GET (or HEAD) /.well-known/acme-challenge/<token> of a served token, in origin or absolute form;
/// 404 for every other path, method or token; 400 for a malformed request line or a version other
/// than HTTP/1.0 or HTTP/1.1. Every response closes the connection.
QByteArray respond(QByteArrayView head, const TokenLookup &lookup);

/// A response with `status` and no content (431 for an oversized head, 408 for a slow client).
QByteArray statusResponse(int status);

} // namespace certdesk::issuer::acme::http
