// SPDX-License-Identifier: GPL-3.0-or-later
// The deployment target and deployment history repositories on a fresh SQLite file per test function.

#include "tests/store/deploymentrepositorytest.h"
#include "tests/store/storebackends.h"

#include <QTest>

namespace certdesk::store::test {

/// Runs DeploymentRepositoryTest on the Sqlite backend.
class SqliteDeploymentRepositoryTest final : public SqliteBackend<DeploymentRepositoryTest>
{
    Q_OBJECT
};

} // namespace certdesk::store::test

QTEST_GUILESS_MAIN(certdesk::store::test::SqliteDeploymentRepositoryTest)
#include "tst_deploymentrepository_sqlite.moc"
