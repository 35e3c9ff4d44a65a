// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/store/storetest.h"

namespace certdesk::store::test {

/// Network scan targets and the SCEP probe history (ScanTargetRepository, ScepProbeRepository),
/// the same for every backend (storebackends.h).
class ScanTargetRepositoryTest : public BackendTest
{
    Q_OBJECT

private Q_SLOTS:
    void insertFindListUpdateRemove();
    void dueTargets();
    void recordRunAndLinkScan();
    void scepProbeHistory();
};

} // namespace certdesk::store::test
