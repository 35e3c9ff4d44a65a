// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/challenges/txtlookup.h"

#include "connectors/issuer/acme/challenges/dnsmessage.h"
#include "connectors/issuer/acme/challenges/dnstransport.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace certdesk::issuer::acme {
namespace {

Error exchangeError(const dns::Exchange &exchange, const QString &name, const DnsServer &server,
                    int timeoutMs)
{
    switch (exchange.failure) {
    case dns::ExchangeFailure::Cancelled:
        return Error{
            QCoreApplication::translate("certdesk::issuer::acme", "The DNS lookup of %1 was cancelled.")
                .arg(name),
            {},
            ErrorCode::Cancelled};
    case dns::ExchangeFailure::Timeout:
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "The DNS server %1 did not answer the TXT question for %2 "
                                                 "within %3 ms.")
                         .arg(server.toString(), name, QString::number(timeoutMs)),
                     {}};
    case dns::ExchangeFailure::Refused:
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "The DNS server %1 refused the connection: check the "
                                                 "address and port of the DNS server.")
                         .arg(server.toString()),
                     exchange.detail};
    default:
        return Error{
            QCoreApplication::translate("certdesk::issuer::acme",
                                        "The TXT record of %1 could not be asked of the DNS server %2.")
                .arg(name, server.toString()),
            exchange.detail};
    }
}

} // namespace

Result<QList<QByteArray>> lookupTxt(const QString &name, const DnsServer &server, int timeoutMs,
                                    const CancelCheck &cancelled)
{
    const auto wireName = dns::encodeName(name);
    if (!wireName)
        return Error{QCoreApplication::translate("certdesk::issuer::acme", "\"%1\" is not a valid DNS name.")
                         .arg(name),
                     {},
                     ErrorCode::InvalidInput};
    const auto address = SocketAddress::fromNumeric(server.address, server.port, SOCK_DGRAM);
    if (!address)
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "\"%1\" is not the IP address of a DNS server.")
                         .arg(server.address),
                     {},
                     ErrorCode::InvalidInput};

    const QDeadlineTimer deadline(timeoutMs);
    const auto id = quint16(QRandomGenerator::system()->generate());
    const QByteArray query = dns::txtQuery(id, *wireName);
    dns::Exchange exchange = dns::exchangeUdp(*address, query, id, deadline, cancelled);
    QString problem;
    std::optional<dns::TxtResponse> response;
    if (exchange.failure == dns::ExchangeFailure::None)
        response = dns::parseTxtResponse(exchange.message, id, *wireName, &problem);
    if (response && response->truncated) {
        exchange = dns::exchangeTcp(*address, query, deadline, cancelled);
        if (exchange.failure == dns::ExchangeFailure::None)
            response = dns::parseTxtResponse(exchange.message, id, *wireName, &problem);
        if (response && response->truncated) {
            problem = QStringLiteral("the answer over TCP is truncated");
            response.reset();
        }
    }
    if (exchange.failure != dns::ExchangeFailure::None)
        return exchangeError(exchange, name, server, timeoutMs);
    if (!response)
        return Error{QCoreApplication::translate("certdesk::issuer::acme",
                                                 "The DNS server %1 sent a malformed answer for %2.")
                         .arg(server.toString(), name),
                     problem};
    if (response->rcode == 3) // NXDOMAIN: no such name, so no record
        return QList<QByteArray>();
    if (response->rcode != 0)
        return Error{
            QCoreApplication::translate("certdesk::issuer::acme",
                                        "The DNS server %1 answered the TXT question for %2 with %3.")
                .arg(server.toString(), name, dns::rcodeName(response->rcode)),
            {}};
    return response->texts;
}

} // namespace certdesk::issuer::acme
