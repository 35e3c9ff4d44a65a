// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/pebble/serverprocess.h"

#include <QProcess>

#include <sys/prctl.h>

#include <csignal>

namespace certdesk::testsupport {

void dieWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

void stopProcess(QProcess &process, int graceMs)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(graceMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace certdesk::testsupport
