// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/problemdocument.h"

#include "connectors/issuer/acme/protocol/acmeclient.h"
#include "connectors/issuer/acme/protocol/acmetr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace certdesk::issuer::acme {
namespace {

/// How an Error's detail begins when it came from a problem document; acmeProblemType() reads it.
const QString ProblemTypeLabel = QStringLiteral("problem type: ");

QString shortTypeOf(const QString &type)
{
    return type.startsWith(QLatin1String(AcmeErrorPrefix)) ? type.mid(qstrlen(AcmeErrorPrefix)) : QString();
}

/// What a problem type means, for problems the CA sent without a detail.
QString typeDescription(const QString &shortType)
{
    if (shortType == u"accountDoesNotExist")
        return tr("no account exists for this account key");
    if (shortType == u"badCSR")
        return tr("the certificate signing request is unacceptable");
    if (shortType == u"badNonce")
        return tr("the replay nonce was rejected");
    if (shortType == u"badRevocationReason")
        return tr("the revocation reason is not allowed");
    if (shortType == u"badSignatureAlgorithm")
        return tr("the account key's signature algorithm is not supported");
    if (shortType == u"caa")
        return tr("a CAA record forbids issuance");
    if (shortType == u"connection")
        return tr("the CA could not connect to the server being validated");
    if (shortType == u"dns")
        return tr("the CA could not resolve the name");
    if (shortType == u"externalAccountRequired")
        return tr("the CA requires an external account binding");
    if (shortType == u"incorrectResponse")
        return tr("the challenge answer was wrong");
    if (shortType == u"invalidContact")
        return tr("a contact address is invalid");
    if (shortType == u"malformed")
        return tr("the request was malformed");
    if (shortType == u"orderNotReady")
        return tr("the order is not ready to be finalized");
    if (shortType == u"rateLimited")
        return tr("a rate limit was reached");
    if (shortType == u"rejectedIdentifier")
        return tr("the CA will not issue for this identifier");
    if (shortType == u"serverInternal")
        return tr("the CA had an internal error");
    if (shortType == u"tls")
        return tr("the TLS connection for validation failed");
    if (shortType == u"unauthorized")
        return tr("the client lacks authorization");
    if (shortType == u"unsupportedContact")
        return tr("a contact URL type is not supported");
    if (shortType == u"unsupportedIdentifier")
        return tr("the identifier type is not supported");
    if (shortType == u"userActionRequired")
        return tr("the CA needs you to act on its web site");
    if (shortType == u"alreadyReplaced")
        return tr("the certificate was already replaced by another order");
    if (shortType == u"alreadyRevoked")
        return tr("the certificate is already revoked");
    return {};
}

/// What an administrator can do about a problem, where there is something specific.
QString hintFor(const AcmeProblem &problem, std::optional<qint64> retryAfterSeconds)
{
    const QString type = shortTypeOf(problem.type);
    if (type == u"externalAccountRequired")
        return tr("Enter the EAB key ID and HMAC key from the CA's account page.");
    if (type == u"accountDoesNotExist")
        return tr("Register an account with this key first.");
    if (type == u"userActionRequired" && !problem.instance.isEmpty())
        return tr("Open %1 and follow the CA's instructions (new terms of service, say).")
            .arg(problem.instance);
    if (type == u"rateLimited") {
        if (retryAfterSeconds)
            return tr("Try again in %1 seconds or later.").arg(*retryAfterSeconds);
        return tr("Try again later.");
    }
    if (type == u"caa")
        return tr("Check the domain's CAA DNS records: they must allow this CA.");
    if (type == u"badNonce")
        return tr("The CA kept rejecting replay nonces; try again.");
    return {};
}

ErrorCode errorCodeFor(const AcmeProblem &problem)
{
    static const QStringList inputProblems = {
        QStringLiteral("malformed"),
        QStringLiteral("rejectedIdentifier"),
        QStringLiteral("unsupportedIdentifier"),
        QStringLiteral("badCSR"),
        QStringLiteral("invalidContact"),
        QStringLiteral("unsupportedContact"),
        QStringLiteral("externalAccountRequired"),
        QStringLiteral("unauthorized"),
        QStringLiteral("badRevocationReason"),
        QStringLiteral("alreadyRevoked"),
        QStringLiteral("alreadyReplaced"),
        QStringLiteral("caa"),
        QStringLiteral("userActionRequired"),
        QStringLiteral("badSignatureAlgorithm"),
        QStringLiteral("badPublicKey"),
        QStringLiteral("invalidProfile"),
    };
    const QString type = shortTypeOf(problem.type);
    if (type == u"accountDoesNotExist")
        return ErrorCode::NotFound;
    return inputProblems.contains(type) ? ErrorCode::InvalidInput : ErrorCode::Generic;
}

QString identifierText(const AcmeIdentifier &identifier)
{
    if (identifier.value.isEmpty())
        return {};
    return identifier.type.isEmpty() || identifier.type == u"dns" ? identifier.value
                                                                  : identifier.type + u':' + identifier.value;
}

} // namespace

std::optional<AcmeProblem> parseProblem(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    AcmeProblem problem;
    problem.type = object.value(u"type").toString();
    problem.title = object.value(u"title").toString();
    problem.detail = object.value(u"detail").toString();
    problem.instance = object.value(u"instance").toString();
    problem.httpStatus = object.value(u"status").toInt();
    const QJsonArray subproblems = object.value(u"subproblems").toArray();
    for (const QJsonValue &entry : subproblems) {
        const QJsonObject sub = entry.toObject();
        const QJsonObject identifier = sub.value(u"identifier").toObject();
        problem.subproblems.append(
            {sub.value(u"type").toString(),
             sub.value(u"detail").toString(),
             {identifier.value(u"type").toString(), identifier.value(u"value").toString()}});
    }
    return problem;
}

AcmeProblem problemFromResponse(long httpStatus, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    std::optional<AcmeProblem> problem = parseProblem(document.object());
    if (!document.isObject() || !problem || (problem->type.isEmpty() && problem->detail.isEmpty())) {
        problem = AcmeProblem{};
        problem->detail = body.trimmed().isEmpty()
                              ? tr("HTTP status %1 without an explanation").arg(httpStatus)
                              : tr("HTTP status %1: %2").arg(httpStatus).arg(bodySnippet(body));
    }
    if (problem->httpStatus == 0)
        problem->httpStatus = static_cast<int>(httpStatus);
    return *problem;
}

bool isProblem(const AcmeProblem &problem, const char *shortType)
{
    return shortTypeOf(problem.type) == QLatin1String(shortType);
}

QString describeProblem(const AcmeProblem &problem)
{
    QString text = problem.detail.trimmed();
    if (text.isEmpty())
        text = typeDescription(shortTypeOf(problem.type));
    if (text.isEmpty())
        text = problem.title.trimmed();
    if (text.isEmpty())
        text = problem.type.isEmpty() ? tr("no reason given") : problem.type;
    QStringList subTexts;
    for (const AcmeProblem::Subproblem &sub : problem.subproblems) {
        QString subText = sub.detail.trimmed();
        if (subText.isEmpty())
            subText = typeDescription(shortTypeOf(sub.type));
        if (subText.isEmpty())
            subText = sub.type;
        const QString name = identifierText(sub.identifier);
        subTexts.append(name.isEmpty() ? subText : name + QStringLiteral(": ") + subText);
    }
    if (!subTexts.isEmpty())
        text += QStringLiteral(" (") + subTexts.join(QStringLiteral("; ")) + u')';
    return text;
}

Error problemError(Step step, const AcmeProblem &problem, std::optional<qint64> retryAfterSeconds)
{
    return problemError(stepRefusedText(step), problem, retryAfterSeconds);
}

Error problemError(const QString &prefix, const AcmeProblem &problem, std::optional<qint64> retryAfterSeconds)
{
    QString message = prefix + QStringLiteral(": ") + describeProblem(problem);
    if (!message.endsWith(u'.'))
        message += u'.';
    const QString hint = hintFor(problem, retryAfterSeconds);
    if (!hint.isEmpty())
        message += u' ' + hint;

    QStringList detail;
    detail.append(ProblemTypeLabel + (problem.type.isEmpty() ? QStringLiteral("(none)") : problem.type));
    if (problem.httpStatus)
        detail.append(QStringLiteral("HTTP %1").arg(problem.httpStatus));
    if (!problem.instance.isEmpty())
        detail.append(QStringLiteral("instance: ") + problem.instance);
    if (retryAfterSeconds)
        detail.append(QStringLiteral("Retry-After: %1 s").arg(*retryAfterSeconds));
    for (const AcmeProblem::Subproblem &sub : problem.subproblems) {
        detail.append(
            QStringLiteral("subproblem %1 %2: %3").arg(identifierText(sub.identifier), sub.type, sub.detail));
    }
    return Error{message, detail.join(QStringLiteral("; ")), errorCodeFor(problem)};
}

QString bodySnippet(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromUtf8(body.left(4096));
    const QRegularExpressionMatch match = title.match(text);
    if (match.hasMatch() && !match.captured(1).trimmed().isEmpty())
        text = match.captured(1);
    QString printable;
    for (const QChar c : std::as_const(text)) {
        printable += c.isPrint() ? c : QChar(u' ');
        if (printable.size() >= 160)
            break;
    }
    printable = printable.simplified();
    return printable.size() >= 160 ? printable + QStringLiteral("...") : printable;
}

QString acmeProblemType(const Error &error)
{
    if (!error.detail.startsWith(ProblemTypeLabel))
        return {};
    QString type = error.detail.mid(ProblemTypeLabel.size());
    const qsizetype end = type.indexOf(u';');
    if (end >= 0)
        type.truncate(end);
    return type == u"(none)" ? QString() : type;
}

} // namespace certdesk::issuer::acme
