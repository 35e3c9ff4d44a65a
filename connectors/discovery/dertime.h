// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// UTCTime and GeneralizedTime of a certificate's validity. Private to connectors/discovery.

#include "connectors/discovery/derreader.h"

#include <QDateTime>

#include <optional>

namespace certdesk::discovery {

/// The instant a UTCTime or GeneralizedTime element holds, as UTC, in the forms OpenSSL's
/// ASN1_TIME_to_tm accepts for certificates: YYMMDDHHMM[SS] (UTCTime, 1950-2049) or
/// YYYYMMDDHHMM[SS[.fff]] (GeneralizedTime), then 'Z' or an offset +hhmm / -hhmm. Fractions of
/// a second are dropped. nullopt for any other tag or a malformed or impossible date.
std::optional<QDateTime> readDerTime(const DerElement &element);

} // namespace certdesk::discovery
