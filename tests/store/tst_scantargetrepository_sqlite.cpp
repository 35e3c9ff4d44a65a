// SPDX-License-Identifier: GPL-3.0-or-later
// The scan target and SCEP probe repositories on a fresh SQLite file per test function.

#include "tests/store/scantargetrepositorytest.h"
#include "tests/store/storebackends.h"

#include <QTest>

namespace certdesk::store::test {

/// Runs ScanTargetRepositoryTest on the Sqlite backend.
class SqliteScanTargetRepositoryTest final : public SqliteBackend<ScanTargetRepositoryTest>
{
    Q_OBJECT
};

} // namespace certdesk::store::test

QTEST_GUILESS_MAIN(certdesk::store::test::SqliteScanTargetRepositoryTest)
#include "tst_scantargetrepository_sqlite.moc"
