// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/socketaddress.h"

#include <netdb.h>

#include <cstring>

namespace certdesk::issuer::acme {

std::optional<SocketAddress> SocketAddress::fromNumeric(const QString &address, quint16 port, int socketType)
{
    addrinfo hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = socketType;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
    addrinfo *list = nullptr;
    const QByteArray service = QByteArray::number(port);
    if (getaddrinfo(address.toLatin1().constData(), service.constData(), &hints, &list) != 0 || !list)
        return std::nullopt;
    SocketAddress result;
    if (list->ai_addrlen <= sizeof(result.storage)) {
        std::memcpy(&result.storage, list->ai_addr, list->ai_addrlen);
        result.length = list->ai_addrlen;
    }
    freeaddrinfo(list);
    if (result.length == 0)
        return std::nullopt;
    return result;
}

QString SocketAddress::host() const
{
    char text[NI_MAXHOST] = {};
    if (getnameinfo(get(), length, text, sizeof text, nullptr, 0, NI_NUMERICHOST) != 0)
        return {};
    return QString::fromLatin1(text);
}

} // namespace certdesk::issuer::acme
