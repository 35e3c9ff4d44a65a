// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers that several command files share: working the job queue, a job's outcome, and reading
// a certificate id.

#include "app/cli/commandparser.h"
#include "app/core/appcontext.h"
#include "models/domain/result.h"

namespace certdesk::cli {

/// Works the job queue until nothing is due, with up to `parallel` jobs at once, with every job
/// handler (issuance, renewal, deployment): a renewal's deployments to bound targets run too.
void runQueue(core::AppContext &app, int parallel = 2);

/// The outcome of a job the queue worked: the number its result holds under `resultKey`, or why it
/// has none (failed for good, or failed and waiting for a retry by a console or the daemon).
Result<qint64> jobResult(core::AppContext &app, qint64 jobId, const QString &resultKey);

/// The one positional argument as a certificate id; an Error whose message says what to give.
Result<qint64> certificateId(const CommandParser &p);

} // namespace certdesk::cli
