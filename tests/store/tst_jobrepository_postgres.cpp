// SPDX-License-Identifier: GPL-3.0-or-later
// The job queue suite on PostgreSQL (skipped unless CERTDESK_TEST_PGURL is set).

#include "tests/store/jobrepositorytest.h"
#include "tests/store/storebackends.h"

#include <QTest>

namespace certdesk::store::test {

/// Runs JobRepositoryTest on a fresh PostgreSQL database per test function.
class PostgresJobRepositoryTest final : public PostgresBackend<JobRepositoryTest>
{
    Q_OBJECT
};

} // namespace certdesk::store::test

QTEST_GUILESS_MAIN(certdesk::store::test::PostgresJobRepositoryTest)
#include "tst_jobrepository_postgres.moc"
