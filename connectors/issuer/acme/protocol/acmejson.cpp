// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/acmejson.h"

#include "connectors/issuer/acme/protocol/acmetr.h"
#include "connectors/issuer/acme/protocol/problemdocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace certdesk::issuer::acme {
namespace {

/// The body as a JSON object, or an Error naming what the answer should have been.
Result<QJsonObject> jsonObject(const QByteArray &body, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{tr("the CA's answer is not a valid %1 (it is not a JSON object)").arg(what),
                     bodySnippet(body)};
    }
    return document.object();
}

Error missingMember(const QString &what, const char *member, const QByteArray &body)
{
    return Error{tr("the CA's answer is not a valid %1 (\"%2\" is missing)").arg(what, QLatin1String(member)),
                 bodySnippet(body)};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        if (entry.isString())
            list.append(entry.toString());
    }
    return list;
}

AcmeIdentifier identifierOf(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(u"type").toString(), object.value(u"value").toString()};
}

AcmeAccount::Status accountStatus(const QString &text)
{
    if (text == u"valid")
        return AcmeAccount::Status::Valid;
    if (text == u"deactivated")
        return AcmeAccount::Status::Deactivated;
    if (text == u"revoked")
        return AcmeAccount::Status::Revoked;
    return AcmeAccount::Status::Unknown;
}

AcmeOrder::Status orderStatus(const QString &text)
{
    if (text == u"pending")
        return AcmeOrder::Status::Pending;
    if (text == u"ready")
        return AcmeOrder::Status::Ready;
    if (text == u"processing")
        return AcmeOrder::Status::Processing;
    if (text == u"valid")
        return AcmeOrder::Status::Valid;
    if (text == u"invalid")
        return AcmeOrder::Status::Invalid;
    return AcmeOrder::Status::Unknown;
}

AcmeAuthorization::Status authorizationStatus(const QString &text)
{
    if (text == u"pending")
        return AcmeAuthorization::Status::Pending;
    if (text == u"valid")
        return AcmeAuthorization::Status::Valid;
    if (text == u"invalid")
        return AcmeAuthorization::Status::Invalid;
    if (text == u"deactivated")
        return AcmeAuthorization::Status::Deactivated;
    if (text == u"expired")
        return AcmeAuthorization::Status::Expired;
    if (text == u"revoked")
        return AcmeAuthorization::Status::Revoked;
    return AcmeAuthorization::Status::Unknown;
}

AcmeChallenge::Status challengeStatus(const QString &text)
{
    if (text == u"pending")
        return AcmeChallenge::Status::Pending;
    if (text == u"processing")
        return AcmeChallenge::Status::Processing;
    if (text == u"valid")
        return AcmeChallenge::Status::Valid;
    if (text == u"invalid")
        return AcmeChallenge::Status::Invalid;
    return AcmeChallenge::Status::Unknown;
}

AcmeChallenge challengeOf(const QJsonObject &object)
{
    AcmeChallenge challenge;
    challenge.type = object.value(u"type").toString();
    challenge.url = object.value(u"url").toString();
    challenge.token = object.value(u"token").toString();
    challenge.status = challengeStatus(object.value(u"status").toString());
    challenge.validated = parseRfc3339(object.value(u"validated").toString());
    challenge.issuerDomainNames = stringList(object.value(u"issuer-domain-names"));
    challenge.error = parseProblem(object.value(u"error"));
    return challenge;
}

} // namespace

QDateTime parseRfc3339(const QString &text)
{
    // Qt reads at most milliseconds; Go servers (pebble, boulder) write nanoseconds.
    static const QRegularExpression longFraction(QStringLiteral("(\\.\\d{3})\\d+"));
    QString normalised = text.trimmed();
    normalised.replace(longFraction, QStringLiteral("\\1"));
    QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return {};
    return parsed.toTimeZone(QTimeZone::utc());
}

Result<AcmeDirectory> parseDirectory(const QByteArray &body, const QByteArray &mediaType, const QString &url)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        const QString kind = mediaType.contains("html") ? tr("a web page") : tr("data that is not JSON");
        return Error{
            tr("%1 is not an ACME directory: it answered with %2. Check the directory URL (for Let's "
               "Encrypt it is https://acme-v02.api.letsencrypt.org/directory)")
                .arg(url, kind),
            QStringLiteral("Content-Type: %1; %2")
                .arg(QString::fromLatin1(mediaType.isEmpty() ? QByteArray("(none)") : mediaType),
                     bodySnippet(body)),
            ErrorCode::InvalidInput};
    }
    const QJsonObject object = document.object();
    AcmeDirectory directory;
    directory.url = url;
    directory.newNonce = object.value(u"newNonce").toString();
    directory.newAccount = object.value(u"newAccount").toString();
    directory.newOrder = object.value(u"newOrder").toString();
    directory.revokeCert = object.value(u"revokeCert").toString();
    directory.keyChange = object.value(u"keyChange").toString();
    directory.renewalInfo = object.value(u"renewalInfo").toString();
    if (directory.newNonce.isEmpty() || directory.newAccount.isEmpty() || directory.newOrder.isEmpty()) {
        return Error{
            tr("%1 answered with JSON that is not an ACME directory (it lacks newNonce, newAccount or "
               "newOrder). Check the directory URL")
                .arg(url),
            bodySnippet(body), ErrorCode::InvalidInput};
    }
    const QJsonObject meta = object.value(u"meta").toObject();
    directory.termsOfService = meta.value(u"termsOfService").toString();
    directory.website = meta.value(u"website").toString();
    directory.caaIdentities = stringList(meta.value(u"caaIdentities"));
    directory.externalAccountRequired = meta.value(u"externalAccountRequired").toBool();
    const QJsonObject profiles = meta.value(u"profiles").toObject();
    for (auto it = profiles.begin(); it != profiles.end(); ++it)
        directory.profiles.insert(it.key(), it.value().toString());
    return directory;
}

Result<AcmeAccount> parseAccount(const QByteArray &body, const QString &url)
{
    const QString what = tr("account object");
    Result<QJsonObject> object = jsonObject(body, what);
    if (!object)
        return object.error();
    AcmeAccount account;
    account.url = url;
    account.status = accountStatus(object->value(u"status").toString());
    account.contact = stringList(object->value(u"contact"));
    account.ordersUrl = object->value(u"orders").toString();
    if (!object->contains(u"status"))
        return missingMember(what, "status", body);
    return account;
}

Result<AcmeOrder> parseOrder(const QByteArray &body, const QString &url)
{
    const QString what = tr("order object");
    Result<QJsonObject> object = jsonObject(body, what);
    if (!object)
        return object.error();
    AcmeOrder order;
    order.url = url;
    order.status = orderStatus(object->value(u"status").toString());
    order.expires = parseRfc3339(object->value(u"expires").toString());
    const QJsonArray identifiers = object->value(u"identifiers").toArray();
    for (const QJsonValue &identifier : identifiers)
        order.identifiers.append(identifierOf(identifier));
    order.authorizationUrls = stringList(object->value(u"authorizations"));
    order.finalizeUrl = object->value(u"finalize").toString();
    order.certificateUrl = object->value(u"certificate").toString();
    order.profile = object->value(u"profile").toString();
    order.replaces = object->value(u"replaces").toString();
    order.error = parseProblem(object->value(u"error"));
    if (!object->contains(u"status"))
        return missingMember(what, "status", body);
    if (order.finalizeUrl.isEmpty())
        return missingMember(what, "finalize", body);
    return order;
}

Result<AcmeAuthorization> parseAuthorization(const QByteArray &body, const QString &url)
{
    const QString what = tr("authorization object");
    Result<QJsonObject> object = jsonObject(body, what);
    if (!object)
        return object.error();
    AcmeAuthorization authorization;
    authorization.url = url;
    authorization.identifier = identifierOf(object->value(u"identifier"));
    authorization.status = authorizationStatus(object->value(u"status").toString());
    authorization.expires = parseRfc3339(object->value(u"expires").toString());
    authorization.wildcard = object->value(u"wildcard").toBool();
    const QJsonArray challenges = object->value(u"challenges").toArray();
    for (const QJsonValue &challenge : challenges)
        authorization.challenges.append(challengeOf(challenge.toObject()));
    if (!object->contains(u"status"))
        return missingMember(what, "status", body);
    if (authorization.identifier.value.isEmpty())
        return missingMember(what, "identifier", body);
    return authorization;
}

Result<AcmeChallenge> parseChallenge(const QByteArray &body)
{
    const QString what = tr("challenge object");
    Result<QJsonObject> object = jsonObject(body, what);
    if (!object)
        return object.error();
    if (!object->contains(u"status"))
        return missingMember(what, "status", body);
    return challengeOf(*object);
}

Result<RenewalInfo> parseRenewalInfo(const QByteArray &body)
{
    const QString what = tr("renewal information object");
    Result<QJsonObject> object = jsonObject(body, what);
    if (!object)
        return object.error();
    const QJsonObject window = object->value(u"suggestedWindow").toObject();
    RenewalInfo info;
    info.windowStart = parseRfc3339(window.value(u"start").toString());
    info.windowEnd = parseRfc3339(window.value(u"end").toString());
    info.explanationUrl = object->value(u"explanationURL").toString();
    if (!info.windowStart.isValid() || !info.windowEnd.isValid())
        return missingMember(what, "suggestedWindow", body);
    if (info.windowEnd <= info.windowStart) {
        return Error{tr("the CA's suggested renewal window ends before it starts"),
                     QStringLiteral("start %1, end %2")
                         .arg(info.windowStart.toString(Qt::ISODate), info.windowEnd.toString(Qt::ISODate))};
    }
    return info;
}

} // namespace certdesk::issuer::acme
