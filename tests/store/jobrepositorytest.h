// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/store/storetest.h"

namespace certdesk::store::test {

/// The job queue's test body (JobRepository), the same for every backend (storebackends.h).
class JobRepositoryTest : public BackendTest
{
    Q_OBJECT

private Q_SLOTS:
    void migrationAddsJobLogs();
    void enqueueFindRecent();
    void enqueueJoinsTheCallersTransaction();
    void claimOrderAndRunAfter();
    void claimFiltersKinds();
    void racingClaimersTakeEachJobOnce();
    void expiredLeaseIsClaimedAgain();
    void ownerMismatchChangesNothing();
    void expiredJobOutOfAttemptsFails();
    void progressAndLogs();
    void resultsMergeAndSurviveRetries();
    void markFailedRetriesThenFails();
    void permanentFailure();
    void requestCancel();
    void releaseRequeues();
    void retryRequeues();
    void dedupeKeyBindsWhileActive();
};

} // namespace certdesk::store::test
