// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/result.h"

#include <QList>
#include <QString>

namespace certdesk::discovery {

/// Reads one TCP port number, 1 to 65535. The Error says what is wrong ("port 70000 is out of
/// range").
Result<quint16> parsePort(const QString &text);

/// Reads a port list such as "443,8443,9000-9010": ports and inclusive ranges separated by commas,
/// spaces or line breaks. Ports come back in the order written, each once. Refuses an empty list,
/// ports outside 1-65535, and ranges written backwards ("9010-9000").
Result<QList<quint16>> parsePorts(const QString &text);

} // namespace certdesk::discovery
