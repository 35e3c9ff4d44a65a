// SPDX-License-Identifier: GPL-3.0-or-later
// The store suite on SQLite: each test function gets a new file in a temporary folder.

#include "tests/store/storebackends.h"
#include "tests/store/storetest.h"

#include <QTest>

namespace certdesk::store::test {

/// Runs StoreTest on a fresh SQLite file per test function.
class SqliteStoreTest final : public SqliteBackend<StoreTest>
{
    Q_OBJECT
};

} // namespace certdesk::store::test

QTEST_GUILESS_MAIN(certdesk::store::test::SqliteStoreTest)
#include "tst_store_sqlite.moc"
