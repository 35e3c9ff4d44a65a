// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/jws.h"

#include "connectors/issuer/acme/protocol/acmetr.h"
#include "connectors/issuer/acme/protocol/base64url.h"
#include "connectors/pki/opensslerror.h"

#include <QJsonDocument>

#include <openssl/evp.h>

namespace certdesk::issuer::acme {
namespace {

/// A flattened JWS from its encoded parts.
QJsonObject flattened(const QByteArray &protectedPart, const QByteArray &payloadPart,
                      const QByteArray &signature)
{
    QJsonObject jws;
    jws.insert(u"protected", QString::fromLatin1(protectedPart));
    jws.insert(u"payload", QString::fromLatin1(payloadPart));
    jws.insert(u"signature", QString::fromLatin1(base64Url(signature)));
    return jws;
}

Error badEabKey()
{
    return Error{
        tr("The EAB HMAC key is not base64url text (letters, digits, '-' and '_', optionally with '=' "
           "at the end). Copy it again from the CA's account page, completely and without spaces."),
        {},
        ErrorCode::InvalidInput};
}

} // namespace

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject acmeProtectedHeader(const AccountKey &key, const QString &url, const QString &nonce,
                                const QString &kid)
{
    QJsonObject header;
    header.insert(u"alg", key.jwsAlgorithm());
    header.insert(u"nonce", nonce);
    header.insert(u"url", url);
    if (kid.isEmpty())
        header.insert(u"jwk", key.jwk());
    else
        header.insert(u"kid", kid);
    return header;
}

Result<QJsonObject> signJws(const AccountKey &key, QJsonObject protectedHeader,
                            const std::optional<QJsonObject> &payload)
{
    protectedHeader.insert(u"alg", key.jwsAlgorithm());
    const QByteArray protectedPart = base64Url(compactJson(protectedHeader));
    const QByteArray payloadPart = payload ? base64Url(compactJson(*payload)) : QByteArray();
    Result<QByteArray> signature = key.sign(protectedPart + '.' + payloadPart);
    if (!signature)
        return signature.error();
    return flattened(protectedPart, payloadPart, *signature);
}

Result<QJsonObject> externalAccountBindingJws(const ExternalAccountBinding &binding,
                                              const AccountKey &accountKey, const QString &newAccountUrl)
{
    if (binding.keyId.trimmed().isEmpty()) {
        return Error{tr("The EAB key ID is empty. Enter the key ID from the CA's account page."),
                     {},
                     ErrorCode::InvalidInput};
    }
    // Surrounding whitespace from copying is forgiven; anything else is not guessed at.
    const QByteArray &text = binding.hmacKey.bytes();
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && QChar::isSpace(static_cast<uchar>(text[begin])))
        ++begin;
    while (end > begin && QChar::isSpace(static_cast<uchar>(text[end - 1])))
        --end;
    if (begin == end)
        return Error{tr("The EAB HMAC key is empty. Enter the HMAC key from the CA's account page."),
                     {},
                     ErrorCode::InvalidInput};
    std::optional<QByteArray> decoded =
        decodeBase64Url(QByteArray::fromRawData(text.constData() + begin, end - begin));
    if (!decoded || decoded->isEmpty())
        return badEabKey();
    const pki::SecureBytes hmacKey(std::move(*decoded));

    QJsonObject header;
    header.insert(u"alg", QStringLiteral("HS256"));
    header.insert(u"kid", binding.keyId.trimmed());
    header.insert(u"url", newAccountUrl);
    const QByteArray protectedPart = base64Url(compactJson(header));
    const QByteArray payloadPart = base64Url(compactJson(accountKey.jwk()));
    const QByteArray signingInput = protectedPart + '.' + payloadPart;

    pki::ErrorQueueScope scope;
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t macLength = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, hmacKey.data(),
                   static_cast<size_t>(hmacKey.size()),
                   reinterpret_cast<const unsigned char *>(signingInput.constData()),
                   static_cast<size_t>(signingInput.size()), mac, sizeof mac, &macLength)) {
        return pki::openSslError(tr("The external account binding could not be signed."));
    }
    return flattened(protectedPart, payloadPart,
                     QByteArray(reinterpret_cast<const char *>(mac), static_cast<qsizetype>(macLength)));
}

Result<QJsonObject> keyChangeJws(const AccountKey &newKey, const AccountKey &oldKey,
                                 const QString &accountUrl, const QString &keyChangeUrl)
{
    QJsonObject header;
    header.insert(u"jwk", newKey.jwk());
    header.insert(u"url", keyChangeUrl);
    QJsonObject payload;
    payload.insert(u"account", accountUrl);
    payload.insert(u"oldKey", oldKey.jwk());
    return signJws(newKey, header, payload);
}

} // namespace certdesk::issuer::acme
