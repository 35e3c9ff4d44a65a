// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/network/scantarget.h"

#include "connectors/discovery/network/inputerror.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace certdesk::discovery {
namespace {

/// "16,777,216" in the user's locale for counts that fit 64 bits, "2^64" beyond.
QString addressCountText(int hostBits)
{
    if (hostBits < 64)
        return QLocale().toString(static_cast<qulonglong>(1) << hostBits);
    return QStringLiteral("2^%1").arg(hostBits);
}

bool isAllDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

/// The ASCII (punycode) form of a host name without a trailing dot, lowercased; empty when it is
/// not a valid DNS host name (labels of 1-63 letters, digits, '-' or '_', not starting or ending
/// with '-', at most 253 characters, the last label not all digits).
QString normalisedHostName(const QString &text)
{
    QString name = text.endsWith(u'.') ? text.chopped(1) : text;
    const QByteArray ace = QUrl::toAce(name);
    if (ace.isEmpty() || ace.size() > 253)
        return {};
    name = QString::fromLatin1(ace).toLower();
    static const QRegularExpression label(QStringLiteral("^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$"));
    const QStringList labels = name.split(u'.');
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return {};
    }
    return isAllDigits(labels.last()) ? QString() : name;
}

Result<ScanTarget> parseRange(const QString &text)
{
    const qsizetype slash = text.lastIndexOf(u'/');
    const auto address = IpAddress::parse(text.left(slash));
    if (!address) {
        return inputError(QCoreApplication::translate(
                              "certdesk::discovery",
                              "%1 is not a valid range: write a range as an IP address and a prefix "
                              "length, like 10.0.0.0/24")
                              .arg(text));
    }
    const QString prefixText = text.mid(slash + 1);
    bool ok = false;
    const int prefix = prefixText.toInt(&ok);
    if (!isAllDigits(prefixText) || !ok || prefix > address->width()) {
        return inputError(QCoreApplication::translate("certdesk::discovery",
                                                      "%1 has an invalid prefix length: it must be 0 to %2")
                              .arg(text)
                              .arg(address->width()));
    }
    const int hostBits = address->width() - prefix;
    if (hostBits > 12) {
        return inputError(
            QCoreApplication::translate("certdesk::discovery",
                                        "%1 has %2 addresses; split it into ranges of at most "
                                        "%3 (/%4)")
                .arg(text, addressCountText(hostBits), QLocale().toString(MaxAddressesPerTarget))
                .arg(address->width() - 12));
    }
    ScanTarget target;
    target.text = text;
    target.first = address->masked(prefix);
    target.addressCount = 1u << hostBits;
    return target;
}

} // namespace

QStringList splitListField(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

Result<ScanTarget> parseTarget(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return inputError(QCoreApplication::translate("certdesk::discovery", "A target is empty."));
    if (text.contains(u'/'))
        return parseRange(text);
    if (const auto address = IpAddress::parse(text)) {
        ScanTarget target;
        target.text = text;
        target.first = *address;
        target.addressCount = 1;
        return target;
    }
    static const QRegularExpression dottedNumbers(QStringLiteral("^[0-9.]+$"));
    if (dottedNumbers.match(text).hasMatch()) {
        return inputError(QCoreApplication::translate("certdesk::discovery",
                                                      "%1 is not a valid IPv4 address: it must be four "
                                                      "numbers from 0 to 255, like 192.0.2.10")
                              .arg(text));
    }
    static const QRegularExpression hostWithPort(QStringLiteral("^[^:]+:[0-9]*$"));
    if (hostWithPort.match(text).hasMatch()) {
        return inputError(QCoreApplication::translate("certdesk::discovery",
                                                      "%1: give the ports in the port list, not with the "
                                                      "target")
                              .arg(text));
    }
    if (text.contains(u':')) {
        return inputError(
            QCoreApplication::translate("certdesk::discovery", "%1 is not a valid IPv6 address.").arg(text));
    }
    const QString hostName = normalisedHostName(text);
    if (hostName.isEmpty()) {
        return inputError(QCoreApplication::translate("certdesk::discovery",
                                                      "%1 is not a valid host name, IP address or range.")
                              .arg(text));
    }
    ScanTarget target;
    target.text = text;
    target.hostName = hostName;
    return target;
}

Result<QList<ScanTarget>> parseTargets(const QString &text)
{
    QList<ScanTarget> targets;
    QStringList seen;
    for (const QString &entry : splitListField(text)) {
        if (seen.contains(entry))
            continue;
        seen.append(entry);
        auto target = parseTarget(entry);
        if (!target)
            return target.error();
        targets.append(std::move(target).value());
    }
    if (targets.isEmpty()) {
        return inputError(QCoreApplication::translate("certdesk::discovery",
                                                      "No targets given: enter IP addresses, ranges like "
                                                      "10.0.0.0/24, or host names."));
    }
    return targets;
}

Result<QStringList> parseSniNames(const QString &text)
{
    QStringList names;
    for (const QString &entry : splitListField(text)) {
        const QString name = IpAddress::parse(entry) ? QString() : normalisedHostName(entry);
        if (name.isEmpty()) {
            return inputError(QCoreApplication::translate("certdesk::discovery",
                                                          "%1 is not a valid SNI name: give a host name "
                                                          "like www.example.com (no address, no wildcard).")
                                  .arg(entry));
        }
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace certdesk::discovery
