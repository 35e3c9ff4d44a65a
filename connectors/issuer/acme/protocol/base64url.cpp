// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/base64url.h"

namespace certdesk::issuer::acme {
namespace {

bool isBase64UrlCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> decodeBase64Url(const QByteArray &text)
{
    qsizetype end = text.size();
    qsizetype padding = 0;
    while (end > 0 && text[end - 1] == '=' && padding < 2) {
        --end;
        ++padding;
    }
    const QByteArray body = QByteArray::fromRawData(text.constData(), end);
    for (const char c : body) {
        if (!isBase64UrlCharacter(c))
            return std::nullopt;
    }
    // One character left over carries fewer than 8 bits: no encoder writes that. With padding, the
    // padded length must be a multiple of 4.
    if (body.size() % 4 == 1 || (padding > 0 && (body.size() + padding) % 4 != 0))
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::Base64UrlEncoding |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace certdesk::issuer::acme
