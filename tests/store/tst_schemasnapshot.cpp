// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite schema snapshot (models/store/schemasnapshot.h) that new inventories are created from:
// the one compiled into certdesk_core must be exactly what the migrations produce, step by step, and
// a database created from it must be indistinguishable from a migrated one.
#include "models/store/database.h"
#include "models/store/migrations.h"
#include "models/store/schemasnapshot.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::store;

namespace {

/// A raw connection to a new SQLite file, without the Database class (which would use the snapshot).
QSqlDatabase rawConnection(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
    db.setDatabaseName(path);
    db.open();
    return db;
}

/// Every schema object and every table's columns, as SQLite describes them.
QStringList describe(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery objects(db);
    objects.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
    QStringList tables;
    while (objects.next()) {
        out << QStringList{objects.value(0).toString(), objects.value(1).toString(),
                           objects.value(2).toString(), objects.value(3).toString()}
                   .join(u'|');
        if (objects.value(0).toString() == QLatin1String("table"))
            tables << objects.value(1).toString();
    }
    for (const auto &table : std::as_const(tables)) {
        QSqlQuery columns(db);
        columns.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        while (columns.next()) {
            QStringList column{table};
            for (int i = 0; i < 6; ++i)
                column << columns.value(i).toString();
            out << column.join(u'|');
        }
    }
    return out;
}

QList<int> versions(QSqlDatabase db)
{
    QList<int> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version"));
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

QList<int> builtInVersions()
{
    QList<int> out;
    for (const auto &step : detail::builtInMigrations())
        out << step.version;
    return out;
}

} // namespace

class TestSchemaSnapshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInSnapshotIsWhatTheMigrationsMake()
    {
        const auto &builtIn = detail::builtInSqliteSnapshot();
        QVERIFY2(builtIn.has_value(), "certdesk_core holds no schema snapshot");
        QCOMPARE(builtIn->version, latestSchemaVersion());

        QTemporaryDir dir;
        QSqlDatabase migrated = rawConnection(dir.filePath(QStringLiteral("migrated.sqlite")));
        QVERIFY(detail::migrate(migrated, false, detail::builtInMigrations(), QStringLiteral("test")).ok());
        const auto fromMigrations = detail::readSqliteSchema(migrated);
        QVERIFY2(fromMigrations.ok(), qPrintable(fromMigrations.error().fullText()));
        QCOMPARE(fromMigrations->version, builtIn->version);
        QCOMPARE(fromMigrations->statements, builtIn->statements);
    }

    void createdFromTheSnapshotEqualsMigrated()
    {
        QTemporaryDir dir;
        QSqlDatabase migrated = rawConnection(dir.filePath(QStringLiteral("migrated.sqlite")));
        QVERIFY(detail::migrate(migrated, false, detail::builtInMigrations(), QStringLiteral("test")).ok());
        QSqlDatabase created = rawConnection(dir.filePath(QStringLiteral("created.sqlite")));
        const auto status =
            detail::createFromSnapshot(created, *detail::builtInSqliteSnapshot(), builtInVersions());
        QVERIFY2(status.ok(), qPrintable(status.error().fullText()));

        QCOMPARE(describe(created), describe(migrated));
        QCOMPARE(versions(created), versions(migrated));
        QCOMPARE(versions(created), builtInVersions());
        // Done twice (another program was first): nothing changes.
        QVERIFY(
            detail::createFromSnapshot(created, *detail::builtInSqliteSnapshot(), builtInVersions()).ok());
        QCOMPARE(versions(created), builtInVersions());
    }

    void databaseOpenCreatesANewFileFromTheSnapshot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        auto db = Database::open(ConnectionSpec::sqlite(path));
        QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
        QSqlQuery q((*db)->connection());
        // One transaction wrote every version row, so they share one time; step-by-step migration
        // would also pass this on a fast machine, so check the schema itself as well.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT applied_at) FROM schema_version")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), builtInVersions().size());
        QCOMPARE(q.value(1).toInt(), 1);
        QSqlDatabase migrated = rawConnection(dir.filePath(QStringLiteral("migrated.sqlite")));
        QVERIFY(detail::migrate(migrated, false, detail::builtInMigrations(), QStringLiteral("test")).ok());
        QCOMPARE(describe((*db)->connection()), describe(migrated));
        db->reset();
        auto again = Database::open(ConnectionSpec::sqlite(path));
        QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
    }

    void aMigrationThatWritesRowsIsRefused()
    {
        QTemporaryDir dir;
        QSqlDatabase db = rawConnection(dir.filePath(QStringLiteral("rows.sqlite")));
        QVERIFY(detail::migrate(db, false, detail::builtInMigrations(), QStringLiteral("test")).ok());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
        const auto snapshot = detail::readSqliteSchema(db);
        QVERIFY(!snapshot.ok());
        QVERIFY(snapshot.error().message.contains(QLatin1String("settings")));
    }

    void damagedScriptsAreRefused()
    {
        QVERIFY(!detail::parseSnapshot(QStringLiteral("CREATE TABLE x (a);\n")).ok());
        QVERIFY(!detail::parseSnapshot(QStringLiteral("-- version: 3\n")).ok());
        const auto parsed = detail::parseSnapshot(
            detail::formatSnapshot({7, {QStringLiteral("CREATE TABLE x (a TEXT DEFAULT ';')")}}));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->version, 7);
        QCOMPARE(parsed->statements, QStringList{QStringLiteral("CREATE TABLE x (a TEXT DEFAULT ';')")});
    }
};

QTEST_GUILESS_MAIN(TestSchemaSnapshot)
#include "tst_schemasnapshot.moc"
