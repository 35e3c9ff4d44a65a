// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/httpheaders.h"

#include <QLocale>
#include <QTimeZone>
#include <QUrl>

namespace certdesk::issuer::acme {
namespace {

/// RFC 9110's preferred IMF-fixdate, and the two obsolete forms recipients must still read. The
/// day name is dropped first: it is redundant, and QLocale would reject an RFC 850 date whose
/// two-digit year it places in the wrong century because the weekday then does not match.
std::optional<QDateTime> parseHttpDate(const QString &text)
{
    struct Format
    {
        const char *pattern;
        bool twoDigitYear;
    };
    static constexpr Format formats[] = {
        {"dd MMM yyyy HH:mm:ss 'GMT'", false}, // IMF-fixdate without "Sun, "
        {"dd-MMM-yy HH:mm:ss 'GMT'", true},    // RFC 850 without "Sunday, "
        {"MMM d HH:mm:ss yyyy", false},        // asctime without "Sun "
    };
    const QString simplified = text.simplified();
    const qsizetype comma = simplified.indexOf(u',');
    const qsizetype space = simplified.indexOf(u' ');
    const QString withoutDay = comma >= 0 ? simplified.mid(comma + 1).trimmed() : simplified.mid(space + 1);
    const QLocale c = QLocale::c();
    for (const Format &format : formats) {
        QDateTime parsed = c.toDateTime(withoutDay, QLatin1String(format.pattern));
        if (!parsed.isValid())
            continue;
        parsed.setTimeZone(QTimeZone::utc());
        // QLocale reads two-digit years as 19xx; a server today means 20xx.
        if (format.twoDigitYear && parsed.date().year() < 1970)
            parsed = parsed.addYears(100);
        return parsed;
    }
    return std::nullopt;
}

/// Splits a Link header value at the commas that separate links (not those inside <...> or
/// quoted parameter values).
QList<QByteArray> splitLinks(const QByteArray &value)
{
    QList<QByteArray> links;
    QByteArray current;
    bool inUrl = false;
    bool inQuotes = false;
    for (const char c : value) {
        if (c == '<' && !inQuotes)
            inUrl = true;
        else if (c == '>' && !inQuotes)
            inUrl = false;
        else if (c == '"' && !inUrl)
            inQuotes = !inQuotes;
        if (c == ',' && !inUrl && !inQuotes) {
            links.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (!current.trimmed().isEmpty())
        links.append(current.trimmed());
    return links;
}

/// True when the link's parameters include rel=<rel> (quoted or not; rel may list several
/// space-separated relation types).
bool hasRelation(const QByteArray &parameters, const QByteArray &rel)
{
    for (const QByteArray &rawParameter : parameters.split(';')) {
        const QByteArray parameter = rawParameter.trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0 || parameter.left(equals).trimmed().toLower() != "rel")
            continue;
        QByteArray relations = parameter.mid(equals + 1).trimmed();
        if (relations.size() >= 2 && relations.startsWith('"') && relations.endsWith('"'))
            relations = relations.mid(1, relations.size() - 2);
        for (const QByteArray &relation : relations.simplified().split(' ')) {
            if (relation.toLower() == rel.toLower())
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    const std::optional<QDateTime> when = parseHttpDate(QString::fromLatin1(trimmed));
    if (!when)
        return std::nullopt;
    return std::max<qint64>(0, now.secsTo(*when));
}

QStringList linkTargets(const QList<QByteArray> &linkValues, const QByteArray &rel, const QString &baseUrl)
{
    QStringList targets;
    const QUrl base(baseUrl);
    for (const QByteArray &value : linkValues) {
        for (const QByteArray &link : splitLinks(value)) {
            const qsizetype open = link.indexOf('<');
            const qsizetype close = link.indexOf('>', open + 1);
            if (open != 0 || close < 0)
                continue;
            if (!hasRelation(link.mid(close + 1), rel))
                continue;
            const QUrl target(QString::fromUtf8(link.mid(open + 1, close - open - 1).trimmed()));
            targets.append(base.resolved(target).toString());
        }
    }
    return targets;
}

} // namespace certdesk::issuer::acme
