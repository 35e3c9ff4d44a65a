// SPDX-License-Identifier: GPL-3.0-or-later
// The deployment target and deployment history repositories on PostgreSQL (skipped unless CERTDESK_TEST_PGURL
// is set).

#include "tests/store/deploymentrepositorytest.h"
#include "tests/store/storebackends.h"

#include <QTest>

namespace certdesk::store::test {

/// Runs DeploymentRepositoryTest on the Postgres backend.
class PostgresDeploymentRepositoryTest final : public PostgresBackend<DeploymentRepositoryTest>
{
    Q_OBJECT
};

} // namespace certdesk::store::test

QTEST_GUILESS_MAIN(certdesk::store::test::PostgresDeploymentRepositoryTest)
#include "tst_deploymentrepository_postgres.moc"
