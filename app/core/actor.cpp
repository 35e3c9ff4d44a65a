// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/actor.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace certdesk::core {

namespace {
QString osUserName()
{
    // The password database is the truth; $USER can be unset (cron, systemd) or spoofed by habit.
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const auto env = qEnvironmentVariable("USER");
    return env.isEmpty() ? QStringLiteral("uid-%1").arg(geteuid()) : env;
}
} // namespace

const Actor &Actor::current()
{
    static const Actor actor{osUserName(), QSysInfo::machineHostName()};
    return actor;
}

} // namespace certdesk::core
