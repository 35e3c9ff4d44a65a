// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/jwk.h"

#include "connectors/issuer/acme/protocol/base64url.h"

#include <QCryptographicHash>

namespace certdesk::issuer::acme {

namespace {

/// base64url values and curve names ("P-256"): nothing that would need JSON escaping.
bool isPlainToken(const QByteArray &value)
{
    for (const char c : value) {
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                           c == '-' || c == '_';
        if (!plain)
            return false;
    }
    return !value.isEmpty();
}

} // namespace

QByteArray jwkThumbprint(const QJsonObject &jwk)
{
    auto member = [&jwk](const char *name) {
        const QByteArray value = jwk.value(QLatin1String(name)).toString().toUtf8();
        return isPlainToken(value) ? value : QByteArray();
    };
    const QByteArray kty = member("kty");
    QByteArray canonical;
    if (kty == "EC") {
        const QByteArray crv = member("crv"), x = member("x"), y = member("y");
        if (crv.isEmpty() || x.isEmpty() || y.isEmpty())
            return {};
        canonical = R"({"crv":")" + crv + R"(","kty":"EC","x":")" + x + R"(","y":")" + y + R"("})";
    } else if (kty == "RSA") {
        const QByteArray e = member("e"), n = member("n");
        if (e.isEmpty() || n.isEmpty())
            return {};
        canonical = R"({"e":")" + e + R"(","kty":"RSA","n":")" + n + R"("})";
    } else {
        return {};
    }
    return base64Url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256));
}

QString dns01TxtValue(const QString &keyAuthorization)
{
    return QString::fromLatin1(
        base64Url(QCryptographicHash::hash(keyAuthorization.toUtf8(), QCryptographicHash::Sha256)));
}

} // namespace certdesk::issuer::acme
