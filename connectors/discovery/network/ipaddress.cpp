// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/ipaddress.h"

#include <arpa/inet.h>

namespace certdesk::discovery {

std::optional<IpAddress> IpAddress::parse(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(u'[') && t.endsWith(u']'))
        t = t.mid(1, t.size() - 2);
    const QByteArray latin = t.toLatin1();
    IpAddress address;
    if (inet_pton(AF_INET, latin.constData(), address.bytes.data()) == 1)
        return address;
    address.v6 = true;
    if (inet_pton(AF_INET6, latin.constData(), address.bytes.data()) == 1)
        return address;
    return std::nullopt;
}

QString IpAddress::toString() const
{
    char text[INET6_ADDRSTRLEN] = {};
    if (!inet_ntop(v6 ? AF_INET6 : AF_INET, bytes.data(), text, sizeof text))
        return {};
    return QString::fromLatin1(text);
}

IpAddress IpAddress::plus(quint32 offset) const
{
    IpAddress result = *this;
    quint64 carry = offset;
    for (int i = width() / 8 - 1; i >= 0 && carry != 0; --i) {
        carry += result.bytes[i];
        result.bytes[i] = static_cast<quint8>(carry & 0xff);
        carry >>= 8;
    }
    return result;
}

IpAddress IpAddress::masked(int prefixLength) const
{
    IpAddress result = *this;
    for (int i = 0; i < width() / 8; ++i) {
        const int keep = qBound(0, prefixLength - i * 8, 8);
        result.bytes[i] &= static_cast<quint8>(0xff00 >> keep);
    }
    return result;
}

} // namespace certdesk::discovery
