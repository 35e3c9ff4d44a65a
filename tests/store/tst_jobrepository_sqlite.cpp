// SPDX-License-Identifier: GPL-3.0-or-later
// The job queue suite on Sqlite.

#include "tests/store/jobrepositorytest.h"
#include "tests/store/storebackends.h"

#include <QTest>

namespace certdesk::store::test {

/// Runs JobRepositoryTest on a fresh Sqlite database per test function.
class SqliteJobRepositoryTest final : public SqliteBackend<JobRepositoryTest>
{
    Q_OBJECT
};

} // namespace certdesk::store::test

QTEST_GUILESS_MAIN(certdesk::store::test::SqliteJobRepositoryTest)
#include "tst_jobrepository_sqlite.moc"
