// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Problem documents (RFC 7807, RFC 8555 section 6.7) and the Errors made of them. Private to the
// ACME protocol library.

#include "connectors/issuer/acme/protocol/acmestep.h"
#include "connectors/issuer/acme/protocol/acmetypes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace certdesk::issuer::acme {

/// The ACME error namespace, "urn:ietf:params:acme:error:".
inline constexpr char AcmeErrorPrefix[] = "urn:ietf:params:acme:error:";

/// Reads a problem object (an "error" member or a whole response body); nullopt when `value` is
/// not an object.
std::optional<AcmeProblem> parseProblem(const QJsonValue &value);

/// The problem an error response carries. A response that is not a problem document (an HTML
/// error page from a proxy, say) becomes a problem without a type whose detail quotes the start of
/// the body.
AcmeProblem problemFromResponse(long httpStatus, const QByteArray &body);

/// True when the problem has type urn:ietf:params:acme:error:<shortType>.
bool isProblem(const AcmeProblem &problem, const char *shortType);

/// One readable sentence: the CA's detail (or title, or a description of the type) and the
/// subproblems with their identifiers.
QString describeProblem(const AcmeProblem &problem);

/// An Error for a refused step: "<The CA refused the new order>: <describeProblem>", a hint for
/// problem types an administrator can act on, and the type, HTTP status and subproblems in the
/// detail (it starts with "problem type: <type>", which acmeProblemType() reads back).
Error problemError(Step step, const AcmeProblem &problem, std::optional<qint64> retryAfterSeconds = {});

/// The same with another beginning than a step's ("The CA could not validate www.example.org").
Error problemError(const QString &prefix, const AcmeProblem &problem,
                   std::optional<qint64> retryAfterSeconds = {});

/// The start of a response body, printable and on one line, for an Error detail (an HTML page's
/// title when it has one).
QString bodySnippet(const QByteArray &body);

} // namespace certdesk::issuer::acme
