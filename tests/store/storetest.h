// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/connectionspec.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QTest>

#include <memory>

namespace certdesk::store {
class Database;
}

namespace certdesk::store::test {

/// Opens (and migrates) `spec`; null, with a warning saying why, when that fails.
std::shared_ptr<Database> openOrFail(const ConnectionSpec &spec);
/// The first column of the first row of `sql` (-1, with a warning, when the query fails).
qint64 scalar(QSqlDatabase db, const QString &sql);

#define OPEN_OR_FAIL(var, spec)                                                                              \
    auto var = openOrFail(spec);                                                                             \
    QVERIFY2(var, "Database::open failed")

#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &verifyResult_ = (expr);                                                                  \
        QVERIFY2(verifyResult_.ok(), qPrintable(verifyResult_.error().fullText()));                          \
    } while (false)

/// A test object whose test functions each get a fresh, empty database (m_spec). A backend
/// (SqliteBackend, PostgresBackend in storebackends.h) says how to make one; a suite deriving from
/// this class (StoreTest, JobRepositoryTest) holds the test functions, the same for every backend.
class BackendTest : public QObject
{
    Q_OBJECT

protected:
    virtual bool isPostgres() const = 0;
    /// Why this backend cannot run here (the whole suite is then skipped), or empty.
    virtual QString setUpBackend() = 0;
    virtual void tearDownBackend() = 0;
    /// A new, empty database that no other test function uses.
    virtual ConnectionSpec freshSpec() = 0;
    /// Disposes of the database made by freshSpec() once the test function is done.
    virtual void releaseSpec(const ConnectionSpec &spec) = 0;

    /// A plain Qt connection to `spec`, bypassing Database (to look at a database it refused).
    QSqlDatabase rawConnection(const ConnectionSpec &spec, const QString &name);

    ConnectionSpec m_spec;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
};

/// The store test body (database, migrations, repositories), the same for every backend.
class StoreTest : public BackendTest
{
    Q_OBJECT

private Q_SLOTS:
    // Pure functions.
    void migrationsAreBuiltIn();
    void splitsStatements();
    void parsesPostgresUrls();
    void convertsTimes();

    // Opening and migrating.
    void migratesEmptyDatabase();
    void reopenIsNoOp();
    void refusesNewerSchema();
    void refusesGarbageFile();
    void refusesForeignTables();
    void walModeAndPragmas();
    void failingMigrationRollsBack();
    void concurrentOpenMigratesOnce();
    void connectionErrorsAreClear();

    // Certificates.
    void createAndFindRoundTrip();
    void findBySha256AcrossVersions();
    void addVersionAndVersions();
    void duplicateSha256Rejected();
    void summariesShowCurrentVersion();
    void summariesLoad100kFast();
    void updateMetadata();
    void attachPrivateKey();
    void setRevoked();
    void removeCascadesAndCleansKeys();

    // Transactions and threads.
    void transactionRollsBackWithoutCommit();
    void nestedTransactionIsSavepoint();
    void threadConnectionsAreDistinct();

    // Keys, audit, settings.
    void privateKeysRoundTrip();
    void auditAppendAndRecent();
    void settingsValues();
    void settingsInsertIfAbsentRace();
};

} // namespace certdesk::store::test
