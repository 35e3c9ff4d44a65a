// SPDX-License-Identifier: GPL-3.0-or-later
// The scan target and SCEP probe repositories on PostgreSQL (skipped unless CERTDESK_TEST_PGURL is set).

#include "tests/store/scantargetrepositorytest.h"
#include "tests/store/storebackends.h"

#include <QTest>

namespace certdesk::store::test {

/// Runs ScanTargetRepositoryTest on the Postgres backend.
class PostgresScanTargetRepositoryTest final : public PostgresBackend<ScanTargetRepositoryTest>
{
    Q_OBJECT
};

} // namespace certdesk::store::test

QTEST_GUILESS_MAIN(certdesk::store::test::PostgresScanTargetRepositoryTest)
#include "tst_scantargetrepository_postgres.moc"
