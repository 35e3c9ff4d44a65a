// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/dertime.h"

namespace certdesk::discovery {

namespace {

/// A cursor over the characters of a time string.
struct TimeText
{
    const std::uint8_t *p;
    const std::uint8_t *end;

    bool atEnd() const { return p == end; }
    bool startsTimeZone() const { return !atEnd() && (*p == 'Z' || *p == '+' || *p == '-'); }

    /// Reads `count` decimal digits into `value`; false when they are not all there.
    bool digits(int count, int &value)
    {
        if (end - p < count)
            return false;
        value = 0;
        for (int i = 0; i < count; ++i, ++p) {
            if (*p < '0' || *p > '9')
                return false;
            value = value * 10 + (*p - '0');
        }
        return true;
    }
};

/// The signed offset from UTC in seconds after a 'Z', '+hhmm' or '-hhmm'; nullopt when malformed.
std::optional<int> readTimeZone(TimeText &t)
{
    if (t.atEnd())
        return std::nullopt;
    const std::uint8_t sign = *t.p++;
    if (sign == 'Z')
        return t.atEnd() ? std::optional<int>(0) : std::nullopt;
    int hours = 0;
    int minutes = 0;
    if (!t.digits(2, hours) || !t.digits(2, minutes) || !t.atEnd() || hours > 12 || minutes > 59)
        return std::nullopt;
    const int offset = hours * 3600 + minutes * 60;
    return sign == '+' ? offset : -offset;
}

} // namespace

std::optional<QDateTime> readDerTime(const DerElement &element)
{
    const bool utc = element.tag == DerTag::UtcTime;
    if (!utc && element.tag != DerTag::GeneralizedTime)
        return std::nullopt;
    TimeText t{element.content, element.content + element.length};
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!t.digits(utc ? 2 : 4, year) || !t.digits(2, month) || !t.digits(2, day) || !t.digits(2, hour) ||
        !t.digits(2, minute))
        return std::nullopt;
    if (utc)
        year += year < 50 ? 2000 : 1900;
    if (!t.startsTimeZone() && !t.digits(2, second))
        return std::nullopt;
    if (!utc && !t.atEnd() && *t.p == '.') {
        ++t.p;
        int fraction = 0;
        if (!t.digits(1, fraction))
            return std::nullopt;
        while (!t.atEnd() && *t.p >= '0' && *t.p <= '9')
            ++t.p;
    }
    const auto offset = readTimeZone(t);
    const QDate date(year, month, day);
    if (!offset || !date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return QDateTime(date, QTime(hour, minute, second), Qt::UTC).addSecs(-*offset);
}

} // namespace certdesk::discovery
