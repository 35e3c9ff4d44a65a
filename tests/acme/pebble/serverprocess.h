// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QProcess;

namespace certdesk::testsupport {

/// Makes a server process that a test starts die with the test process (PR_SET_PDEATHSIG), so that
/// a test killed by ctest's timeout leaves no server behind. Call before QProcess::start. Best
/// effort: some sandbox kernels do not deliver the signal.
void dieWithParent(QProcess &process);

/// Stops a server process: SIGTERM, then SIGKILL when it has not exited within `graceMs`.
/// Does nothing when the process is not running.
void stopProcess(QProcess &process, int graceMs = 5000);

} // namespace certdesk::testsupport
