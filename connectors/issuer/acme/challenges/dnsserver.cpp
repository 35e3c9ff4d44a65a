// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/dnsserver.h"

#include "connectors/issuer/acme/challenges/socketaddress.h"

#include <QCoreApplication>
#include <QFile>

namespace certdesk::issuer::acme {
namespace {

constexpr char ResolvConfPath[] = "/etc/resolv.conf";

Error badServer(const QString &text)
{
    return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                             "\"%1\" is not a DNS server address: give an IP address, "
                                             "optionally with a port, such as 192.0.2.53:53 or "
                                             "[2001:db8::53]:53.")
                     .arg(text),
                 {},
                 ErrorCode::InvalidInput};
}

} // namespace

QString DnsServer::toString() const
{
    return address.contains(u':') ? QStringLiteral("[%1]:%2").arg(address, QString::number(port))
                                  : QStringLiteral("%1:%2").arg(address, QString::number(port));
}

Result<DnsServer> parseDnsServer(const QString &text)
{
    const QString trimmed = text.trimmed();
    DnsServer server;
    QString portText;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        if (close < 0)
            return badServer(text);
        server.address = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return badServer(text);
            portText = rest.mid(1);
        }
    } else if (trimmed.count(u':') == 1) {
        server.address = trimmed.section(u':', 0, 0);
        portText = trimmed.section(u':', 1);
    } else {
        server.address = trimmed;
    }
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return badServer(text);
        server.port = quint16(port);
    }
    if (server.address.isEmpty() || !SocketAddress::fromNumeric(server.address, server.port, SOCK_DGRAM))
        return badServer(text);
    return server;
}

Result<DnsServer> firstNameserver(const QByteArray &resolvConf)
{
    for (const QByteArray &rawLine : resolvConf.split('\n')) {
        const QList<QByteArray> words = rawLine.simplified().split(' ');
        if (words.size() < 2 || words.at(0) != "nameserver")
            continue;
        auto server = parseDnsServer(QString::fromLatin1(words.at(1)));
        if (server)
            return server; // the C library skips a line it cannot parse, too
    }
    return DnsServer{QStringLiteral("127.0.0.1"), 53};
}

Result<DnsServer> systemDnsServer()
{
    QFile file(QString::fromLatin1(ResolvConfPath));
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return DnsServer{QStringLiteral("127.0.0.1"), 53};
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "The DNS server of this machine could not be read from %1.")
                         .arg(QString::fromLatin1(ResolvConfPath)),
                     file.errorString()};
    }
    return firstNameserver(file.read(64 * 1024));
}

} // namespace certdesk::issuer::acme
