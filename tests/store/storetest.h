// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/connectionspec.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace certdesk::store::test {

/// The store test body, the same for every backend. A subclass says how to make a fresh, empty
/// database for each test function; every test function gets its own.
class StoreTest : public QObject
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
