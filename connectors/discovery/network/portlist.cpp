// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/portlist.h"

#include "connectors/discovery/network/inputerror.h"
#include "connectors/discovery/network/scantarget.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

namespace certdesk::discovery {

Result<quint16> parsePort(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(text).hasMatch()) {
        return inputError(
            QCoreApplication::translate("certdesk::discovery", "'%1' is not a port number.").arg(text));
    }
    const int port = text.toInt();
    if (port < 1 || port > 65535) {
        return inputError(QCoreApplication::translate("certdesk::discovery",
                                                      "Port %1 is out of range: ports are 1 to 65535.")
                              .arg(text));
    }
    return static_cast<quint16>(port);
}

Result<QList<quint16>> parsePorts(const QString &text)
{
    QList<quint16> ports;
    std::vector<bool> seen(65536, false);
    for (const QString &entry : splitListField(text)) {
        const qsizetype dash = entry.indexOf(u'-');
        if (dash == 0 || dash == entry.size() - 1) {
            return inputError(QCoreApplication::translate(
                                  "certdesk::discovery", "'%1' is not a port or a port range like 9000-9010.")
                                  .arg(entry));
        }
        const auto low = parsePort(dash < 0 ? entry : entry.left(dash));
        if (!low)
            return low.error();
        quint16 high = *low;
        if (dash >= 0) {
            const auto end = parsePort(entry.mid(dash + 1));
            if (!end)
                return end.error();
            if (*end < *low) {
                return inputError(QCoreApplication::translate("certdesk::discovery",
                                                              "The port range %1 runs backwards; write "
                                                              "%2-%3.")
                                      .arg(entry)
                                      .arg(*end)
                                      .arg(*low));
            }
            high = *end;
        }
        for (int port = *low; port <= high; ++port) {
            if (!seen[port]) {
                seen[port] = true;
                ports.append(static_cast<quint16>(port));
            }
        }
    }
    if (ports.isEmpty()) {
        return inputError(QCoreApplication::translate("certdesk::discovery",
                                                      "No ports given: list ports like 443,8443,9000-9010."));
    }
    return ports;
}

} // namespace certdesk::discovery
