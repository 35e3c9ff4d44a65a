// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/store/storetest.h"

namespace certdesk::store::test {

/// Deployment targets, bindings and the deployment history (TargetRepository,
/// DeploymentRepository), the same for every backend (storebackends.h).
class DeploymentRepositoryTest : public BackendTest
{
    Q_OBJECT

private Q_SLOTS:
    void targetsInsertFindListUpdateRemove();
    void bindAndUnbind();
    void historyPerJobAndFilters();
    void removingTargetOrCertificateDropsItsRows();
};

} // namespace certdesk::store::test
