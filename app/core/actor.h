// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace certdesk::core {

/// Who is acting, for audit records: the operating-system user and this machine's host name.
struct Actor
{
    QString user;
    QString host;

    /// The current process's user and host (read once, then cached).
    static const Actor &current();
};

} // namespace certdesk::core
