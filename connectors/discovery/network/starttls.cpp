// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/starttls.h"

#include "connectors/discovery/network/inputerror.h"
#include "connectors/discovery/network/portlist.h"
#include "connectors/discovery/network/scantarget.h"

#include <QCoreApplication>

namespace certdesk::discovery {
namespace {

struct NamedProtocol
{
    StartTlsProtocol protocol;
    const char *name;
};

constexpr NamedProtocol Protocols[] = {
    {StartTlsProtocol::Smtp, "smtp"},         {StartTlsProtocol::Imap, "imap"},
    {StartTlsProtocol::Pop3, "pop3"},         {StartTlsProtocol::Ldap, "ldap"},
    {StartTlsProtocol::Postgres, "postgres"},
};

} // namespace

QString startTlsProtocolName(StartTlsProtocol protocol)
{
    for (const NamedProtocol &entry : Protocols) {
        if (entry.protocol == protocol)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<StartTlsProtocol> startTlsProtocolFromName(const QString &name)
{
    for (const NamedProtocol &entry : Protocols) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.protocol;
    }
    return std::nullopt;
}

Result<QHash<quint16, StartTlsProtocol>> parseStartTlsPorts(const QString &text)
{
    QHash<quint16, StartTlsProtocol> ports;
    for (const QString &entry : splitListField(text)) {
        const qsizetype colon = entry.indexOf(u':');
        if (colon < 0) {
            return inputError(QCoreApplication::translate("certdesk::discovery",
                                                          "'%1': write STARTTLS ports as PORT:PROTOCOL, like "
                                                          "25:smtp.")
                                  .arg(entry));
        }
        const auto port = parsePort(entry.left(colon));
        if (!port)
            return port.error();
        const auto protocol = startTlsProtocolFromName(entry.mid(colon + 1));
        if (!protocol) {
            return inputError(QCoreApplication::translate("certdesk::discovery",
                                                          "'%1' is not a STARTTLS protocol CertDesk speaks "
                                                          "(smtp, imap, pop3, ldap, postgres).")
                                  .arg(entry.mid(colon + 1)));
        }
        if (ports.contains(*port) && ports.value(*port) != *protocol) {
            return inputError(
                QCoreApplication::translate("certdesk::discovery", "Port %1 is given two STARTTLS protocols.")
                    .arg(*port));
        }
        ports.insert(*port, *protocol);
    }
    return ports;
}

} // namespace certdesk::discovery
