// SPDX-License-Identifier: GPL-3.0-or-later
// The store suite on PostgreSQL, when CERTDESK_TEST_PGURL names a server where the user may create
// databases (.ci/start-postgres.sh starts one); see PostgresBackend.

#include "tests/store/storebackends.h"
#include "tests/store/storetest.h"

#include <QTest>

namespace certdesk::store::test {

/// Runs StoreTest on a fresh PostgreSQL database per test function.
class PostgresStoreTest final : public PostgresBackend<StoreTest>
{
    Q_OBJECT
};

} // namespace certdesk::store::test

QTEST_GUILESS_MAIN(certdesk::store::test::PostgresStoreTest)
#include "tst_store_postgres.moc"
