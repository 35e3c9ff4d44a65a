// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/store/storetest.h"

#include "models/store/auditrepository.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/migrations.h"
#include "models/store/privatekeyrepository.h"
#include "models/store/settingsrepository.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QtConcurrent>

#include <atomic>

namespace certdesk::store::test {

namespace {

const QStringList ExpectedTables = {
    QStringLiteral("schema_version"),
    QStringLiteral("settings"),
    QStringLiteral("secrets"),
    QStringLiteral("issuers"),
    QStringLiteral("certificate_profiles"),
    QStringLiteral("private_keys"),
    QStringLiteral("certificates"),
    QStringLiteral("certificate_versions"),
    QStringLiteral("deployment_targets"),
    QStringLiteral("certificate_targets"),
    QStringLiteral("deployments"),
    QStringLiteral("discovered_certificates"),
    QStringLiteral("discovery_locations"),
    QStringLiteral("discovery_scans"),
    QStringLiteral("scan_targets"),
    QStringLiteral("jobs"),
    QStringLiteral("job_logs"),
    QStringLiteral("alert_channels"),
    QStringLiteral("alerts"),
    QStringLiteral("audit_events"),
};

QDateTime utc(int year, int month, int day, int h = 12, int m = 0, int s = 0)
{
    return QDateTime(QDate(year, month, day), QTime(h, m, s), QTimeZone::utc());
}

QString hexHash(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, algorithm).toHex());
}

/// A certificate with every field filled; `n` makes the DER and so the fingerprints unique.
domain::CertificateDetails makeDetails(int n, const QString &cn = QStringLiteral("www.example.org"))
{
    domain::CertificateDetails d;
    d.der = QByteArray("\x30\x82\x01\x00\x00\xff", 6) + QByteArray::number(n) + QByteArray(3, '\0');
    d.version = 3;
    d.subject = QStringLiteral("C=DE, O=Example Org, CN=") + cn;
    d.issuer = QStringLiteral("C=DE, O=Test CA, CN=Test Issuing CA");
    d.commonName = cn;
    d.issuerCommonName = QStringLiteral("Test Issuing CA");
    d.sans.dns = {cn, QStringLiteral("alt-%1.example.org").arg(n)};
    d.sans.ip = {QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1")};
    d.sans.email = {QStringLiteral("hostmaster@example.org")};
    d.sans.uri = {QStringLiteral("https://example.org/id/%1").arg(n)};
    d.serialHex = QStringLiteral("0A1B%1").arg(n, 6, 16, QLatin1Char('0')).toUpper();
    d.notBefore = utc(2024, 1, 1).addDays(n % 300);
    d.notAfter = d.notBefore.addYears(1);
    d.keyType = QStringLiteral("EC");
    d.keyBits = 256;
    d.curve = QStringLiteral("P-256");
    d.signatureAlgorithm = QStringLiteral("ecdsa-with-SHA256");
    d.sha256 = hexHash(d.der, QCryptographicHash::Sha256);
    d.sha1 = hexHash(d.der, QCryptographicHash::Sha1);
    d.keyUsage = {QStringLiteral("Digital Signature"), QStringLiteral("Key Agreement")};
    d.extendedKeyUsage = {QStringLiteral("TLS Web Server Authentication"),
                          QStringLiteral("TLS Web Client Authentication")};
    d.hasBasicConstraints = true;
    d.isCa = n % 2 == 1;
    d.pathLength = n % 2 == 1 ? 0 : -1;
    d.subjectKeyId = QStringLiteral("AB:CD:EF:01:%1").arg(n % 100, 2, 10, QLatin1Char('0'));
    d.authorityKeyId = QStringLiteral("12:34:56:78");
    d.crlDistributionPoints = {QStringLiteral("http://crl.example.org/ca.crl")};
    d.ocspUrls = {QStringLiteral("http://ocsp.example.org")};
    d.caIssuerUrls = {QStringLiteral("http://ca.example.org/ca.crt")};
    d.selfIssued = false;
    return d;
}

void compareDetails(const domain::CertificateDetails &a, const domain::CertificateDetails &b)
{
    QCOMPARE(a.der, b.der);
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.subject, b.subject);
    QCOMPARE(a.issuer, b.issuer);
    QCOMPARE(a.commonName, b.commonName);
    QCOMPARE(a.issuerCommonName, b.issuerCommonName);
    QCOMPARE(a.sans.dns, b.sans.dns);
    QCOMPARE(a.sans.ip, b.sans.ip);
    QCOMPARE(a.sans.email, b.sans.email);
    QCOMPARE(a.sans.uri, b.sans.uri);
    QCOMPARE(a.serialHex, b.serialHex);
    QCOMPARE(a.notBefore, b.notBefore);
    QCOMPARE(a.notAfter, b.notAfter);
    if (a.notBefore.isValid())
        QCOMPARE(a.notBefore.timeSpec(), Qt::UTC);
    if (a.notAfter.isValid())
        QCOMPARE(a.notAfter.timeSpec(), Qt::UTC);
    QCOMPARE(a.keyType, b.keyType);
    QCOMPARE(a.keyBits, b.keyBits);
    QCOMPARE(a.curve, b.curve);
    QCOMPARE(a.signatureAlgorithm, b.signatureAlgorithm);
    QCOMPARE(a.sha256, b.sha256);
    QCOMPARE(a.sha1, b.sha1);
    QCOMPARE(a.keyUsage, b.keyUsage);
    QCOMPARE(a.extendedKeyUsage, b.extendedKeyUsage);
    QCOMPARE(a.hasBasicConstraints, b.hasBasicConstraints);
    QCOMPARE(a.isCa, b.isCa);
    QCOMPARE(a.pathLength, b.pathLength);
    QCOMPARE(a.subjectKeyId, b.subjectKeyId);
    QCOMPARE(a.authorityKeyId, b.authorityKeyId);
    QCOMPARE(a.crlDistributionPoints, b.crlDistributionPoints);
    QCOMPARE(a.ocspUrls, b.ocspUrls);
    QCOMPARE(a.caIssuerUrls, b.caIssuerUrls);
    QCOMPARE(a.selfIssued, b.selfIssued);
}

} // namespace

std::shared_ptr<Database> openOrFail(const ConnectionSpec &spec)
{
    auto opened = Database::open(spec);
    if (!opened) {
        qWarning("open failed: %s", qPrintable(opened.error().fullText()));
        return nullptr;
    }
    return *opened;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

NewManagedCertificate newCertificate(int n, const QString &cn = QStringLiteral("www.example.org"))
{
    NewManagedCertificate c;
    c.details = makeDetails(n, cn);
    c.chainPem = QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    c.metadata.owner = QStringLiteral("Team Web");
    c.metadata.tags = {QStringLiteral("prod"), QStringLiteral("web")};
    c.metadata.notes = QStringLiteral("Renew via the portal");
    return c;
}

} // namespace

QSqlDatabase BackendTest::rawConnection(const ConnectionSpec &spec, const QString &name)
{
    QSqlDatabase db;
    if (spec.backend == ConnectionSpec::Backend::Postgres) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setDatabaseName(spec.databaseName);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setConnectOptions(spec.options);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(spec.sqlitePath);
    }
    if (!db.open())
        qWarning("raw open failed: %s", qPrintable(db.lastError().text()));
    return db;
}

void BackendTest::initTestCase()
{
    if (const QString reason = setUpBackend(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
}

void BackendTest::cleanupTestCase()
{
    tearDownBackend();
}

void BackendTest::init()
{
    m_spec = freshSpec();
    if (m_spec.backend == ConnectionSpec::Backend::Postgres)
        QVERIFY2(!m_spec.databaseName.isEmpty(), "could not create a fresh PostgreSQL database");
    else
        QVERIFY(!m_spec.sqlitePath.isEmpty());
}

void BackendTest::cleanup()
{
    releaseSpec(m_spec);
    m_spec = {};
}

// ---------------------------------------------------------------------------------------------------------------
// Pure functions

void StoreTest::migrationsAreBuiltIn()
{
    const auto &steps = detail::builtInMigrations();
    QVERIFY2(!steps.isEmpty(), "the migrations resource is not linked into this executable");
    QCOMPARE(steps.first().version, 1);
    QCOMPARE(steps.first().name, QStringLiteral("0001_initial.sql"));
    QVERIFY(steps.first().sql.contains(QLatin1String("CREATE TABLE certificate_versions")));
    QCOMPARE(latestSchemaVersion(), steps.last().version);
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(steps[i].version, int(i + 1));
    const auto sqlite = detail::applyDialect(steps.first().sql, false);
    const auto pg = detail::applyDialect(steps.first().sql, true);
    QVERIFY(!sqlite.contains(QLatin1String("{{")));
    QVERIFY(!pg.contains(QLatin1String("{{")));
    QVERIFY(sqlite.contains(QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")));
    QVERIFY(pg.contains(QLatin1String("BIGSERIAL PRIMARY KEY")));
    QVERIFY(pg.contains(QLatin1String("BYTEA")));
}

void StoreTest::splitsStatements()
{
    const auto statements =
        detail::splitStatements(QStringLiteral("-- a comment; with 'quote\n"
                                               "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
                                               "\n  ;  \n"
                                               "INSERT INTO a VALUES ('it''s'); -- tail;\n"
                                               "SELECT 1"));
    QCOMPARE(statements.size(), 3);
    QCOMPARE(statements[0], QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b')"));
    QCOMPARE(statements[1], QStringLiteral("INSERT INTO a VALUES ('it''s')"));
    QCOMPARE(statements[2], QStringLiteral("SELECT 1"));
}

void StoreTest::parsesPostgresUrls()
{
    auto full = ConnectionSpec::fromPostgresUrl(QStringLiteral(
        "postgresql://ops%40corp:s%3Acret@db.example.org:6543/inv_entory?sslmode=require&connect_timeout=5"));
    VERIFY_OK(full);
    QCOMPARE(full->backend, ConnectionSpec::Backend::Postgres);
    QCOMPARE(full->user, QStringLiteral("ops@corp"));
    QCOMPARE(full->password, QStringLiteral("s:cret"));
    QCOMPARE(full->host, QStringLiteral("db.example.org"));
    QCOMPARE(full->port, 6543);
    QCOMPARE(full->databaseName, QStringLiteral("inv_entory"));
    QCOMPARE(full->options, QStringLiteral("sslmode=require;connect_timeout=5"));
    QCOMPARE(full->displayName(), QStringLiteral("ops@corp@db.example.org:6543/inv_entory"));
    QVERIFY(!full->displayName().contains(QLatin1String("cret")));

    auto minimal = ConnectionSpec::fromPostgresUrl(QStringLiteral("postgres://127.0.0.1/certdesk"));
    VERIFY_OK(minimal);
    QCOMPARE(minimal->port, 5432);
    QVERIFY(minimal->user.isEmpty());
    QVERIFY(minimal->options.isEmpty());
    QCOMPARE(minimal->displayName(), QStringLiteral("127.0.0.1:5432/certdesk"));

    auto v6 = ConnectionSpec::fromPostgresUrl(QStringLiteral("postgresql://u@[::1]:5433/d"));
    VERIFY_OK(v6);
    QCOMPARE(v6->host, QStringLiteral("::1"));
    QCOMPARE(v6->displayName(), QStringLiteral("u@[::1]:5433/d"));

    auto passwordParam =
        ConnectionSpec::fromPostgresUrl(QStringLiteral("postgresql://u@h/d?password=topsecret"));
    VERIFY_OK(passwordParam);
    QCOMPARE(passwordParam->password, QStringLiteral("topsecret"));
    QVERIFY(passwordParam->options.isEmpty());

    const QStringList bad = {
        QString(),
        QStringLiteral("mysql://u@h/d"),
        QStringLiteral("postgresql://u:hunter22@/d"),
        QStringLiteral("postgresql://u:hunter22@h:99999/d"),
        QStringLiteral("postgresql://u:hunter22@h"),
        QStringLiteral("postgresql://u:hunter22@h/d/e"),
        QStringLiteral("postgresql://u:hunter22@h/d?bad-key=1"),
        QStringLiteral("postgresql://u:hunter22@h/d?sslmode=a%20b"),
    };
    for (const auto &url : bad) {
        auto parsed = ConnectionSpec::fromPostgresUrl(url);
        QVERIFY2(!parsed.ok(), qPrintable(url));
        QVERIFY(parsed.error().message.startsWith(QLatin1String("The PostgreSQL address is not valid: ")));
        QVERIFY(!parsed.error().fullText().contains(QLatin1String("hunter22")));
    }

    const auto file = ConnectionSpec::sqlite(QStringLiteral("/tmp/x/inventory.sqlite"));
    QCOMPARE(file.backend, ConnectionSpec::Backend::Sqlite);
    QCOMPARE(file.displayName(), QStringLiteral("/tmp/x/inventory.sqlite"));
}

void StoreTest::convertsTimes()
{
    QVERIFY(toDbTime(QDateTime()).isNull());
    QVERIFY(!fromDbTime(QVariant()).isValid());
    QVERIFY(!fromDbTime(QVariant(QMetaType::fromType<qlonglong>())).isValid());
    const QDateTime berlin(QDate(2025, 6, 30), QTime(23, 30, 15), QTimeZone(3600 * 2));
    const QVariant stored = toDbTime(berlin);
    QCOMPARE(stored.toLongLong(), berlin.toSecsSinceEpoch());
    const QDateTime back = fromDbTime(stored);
    QCOMPARE(back, berlin);
    QCOMPARE(back.timeSpec(), Qt::UTC);
    QCOMPARE(back.time(), QTime(21, 30, 15));
    QCOMPARE(fromDbTime(QVariant(qlonglong(0))), utc(1970, 1, 1, 0, 0, 0));
}

// ---------------------------------------------------------------------------------------------------------------
// Opening and migrating

void StoreTest::migratesEmptyDatabase()
{
    OPEN_OR_FAIL(db, m_spec);
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QCOMPARE(db->isPostgres(), isPostgres());
    auto conn = db->connection();
    QVERIFY(conn.isOpen());
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM schema_version")),
             qint64(latestSchemaVersion()));
    const qint64 appliedAt =
        scalar(conn, QStringLiteral("SELECT applied_at FROM schema_version WHERE version = 1"));
    QVERIFY(qAbs(appliedAt - QDateTime::currentSecsSinceEpoch()) < 120);
    for (const auto &table : ExpectedTables) {
        const qint64 expected = table == QLatin1String("schema_version") ? latestSchemaVersion() : 0;
        QVERIFY2(scalar(conn, QStringLiteral("SELECT count(*) FROM ") + table) == expected,
                 qPrintable(table));
    }
}

void StoreTest::reopenIsNoOp()
{
    qint64 appliedAt = 0;
    {
        OPEN_OR_FAIL(db, m_spec);
        appliedAt = scalar(db->connection(),
                           QStringLiteral("SELECT applied_at FROM schema_version WHERE version = 1"));
        VERIFY_OK(SettingsRepository(db->connection()).setValue(QStringLiteral("k"), QStringLiteral("v")));
    }
    QTest::qWait(1100); // a second migration would record a later applied_at
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM schema_version")),
             qint64(latestSchemaVersion()));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT applied_at FROM schema_version WHERE version = 1")),
             appliedAt);
    auto value = SettingsRepository(conn).value(QStringLiteral("k"));
    VERIFY_OK(value);
    QCOMPARE(value->value_or(QString()), QStringLiteral("v"));
}

void StoreTest::refusesNewerSchema()
{
    const int future = latestSchemaVersion() + 98;
    {
        OPEN_OR_FAIL(db, m_spec);
        VERIFY_OK(runQuery(db->connection(), QStringLiteral("INSERT INTO schema_version VALUES (?, ?)"),
                           {future, qlonglong(1)}, QStringLiteral("pretend a newer version")));
        VERIFY_OK(SettingsRepository(db->connection())
                      .setValue(QStringLiteral("written.by"), QStringLiteral("future")));
    }
    const QByteArray before = isPostgres() ? QByteArray() : fileBytes(m_spec.sqlitePath);
    if (!isPostgres())
        QVERIFY(!before.isEmpty());

    auto refused = Database::open(m_spec);
    QVERIFY(!refused.ok());
    const QString expected =
        QStringLiteral("%1 was written by a newer CertDesk (schema %2, this version knows %3): "
                       "update CertDesk")
            .arg(m_spec.displayName())
            .arg(future)
            .arg(latestSchemaVersion());
    QCOMPARE(refused.error().message, expected);

    if (!isPostgres())
        QCOMPARE(fileBytes(m_spec.sqlitePath), before);
    {
        auto raw = rawConnection(m_spec, QStringLiteral("newer-check"));
        QVERIFY(raw.isOpen());
        QCOMPARE(scalar(raw, QStringLiteral("SELECT MAX(version) FROM schema_version")), qint64(future));
        QCOMPARE(scalar(raw, QStringLiteral("SELECT count(*) FROM schema_version")),
                 qint64(latestSchemaVersion() + 1));
        QCOMPARE(scalar(raw, QStringLiteral("SELECT count(*) FROM settings")), qint64(1));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer-check"));
}

void StoreTest::refusesGarbageFile()
{
    if (isPostgres())
        QSKIP("SQLite files only");
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage += char((i * 7919 + 13) % 251);
    const QString path = m_spec.sqlitePath;
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(garbage), qint64(garbage.size()));
    }
    auto refused = Database::open(m_spec);
    QVERIFY(!refused.ok());
    QCOMPARE(
        refused.error().message,
        QStringLiteral("%1 is not a CertDesk database (file is not a database): choose another file or move "
                       "it away")
            .arg(QDir::toNativeSeparators(path)));
    QCOMPARE(fileBytes(path), garbage);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    // A short text file is refused the same way.
    const QString text = QFileInfo(path).absolutePath() + QStringLiteral("/notes.txt");
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello, this is not a database\n");
    }
    auto refusedText = Database::open(ConnectionSpec::sqlite(text));
    QVERIFY(!refusedText.ok());
    QVERIFY(refusedText.error().message.contains(QLatin1String("is not a CertDesk database")));
    QCOMPARE(fileBytes(text), QByteArray("hello, this is not a database\n"));
}

void StoreTest::refusesForeignTables()
{
    if (!isPostgres())
        QVERIFY(QDir().mkpath(QFileInfo(m_spec.sqlitePath).absolutePath()));
    {
        auto raw = rawConnection(m_spec, QStringLiteral("foreign"));
        QVERIFY(raw.isOpen());
        QSqlQuery q(raw);
        QVERIFY2(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")),
                 qPrintable(q.lastError().text()));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    auto refused = Database::open(m_spec);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("not CertDesk's")) ||
                 refused.error().message.contains(QLatin1String("is not a CertDesk database")),
             qPrintable(refused.error().message));
    {
        auto raw = rawConnection(m_spec, QStringLiteral("foreign"));
        QCOMPARE(scalar(raw, QStringLiteral("SELECT count(*) FROM customers")), qint64(0));
        QSqlQuery q(raw);
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM certificates")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

void StoreTest::walModeAndPragmas()
{
    if (isPostgres())
        QSKIP("SQLite files only");
    OPEN_OR_FAIL(db, m_spec);
    auto check = [&](QSqlDatabase conn) {
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(conn, QStringLiteral("PRAGMA foreign_keys")), qint64(1));
        QCOMPARE(scalar(conn, QStringLiteral("PRAGMA busy_timeout")), qint64(5000));
    };
    check(db->connection());
    if (QTest::currentTestFailed())
        return;
    // Another thread's connection gets the same pragmas. (pool.waitForDone(), unlike
    // QFuture::waitForFinished(), never runs the task in this thread.)
    QThreadPool pool;
    QThread *mainThread = QThread::currentThread();
    bool elsewhere = false;
    auto done = QtConcurrent::run(&pool, [&] {
        elsewhere = QThread::currentThread() != mainThread;
        check(db->connection());
        db->releaseThreadConnection();
    });
    pool.waitForDone();
    QVERIFY(done.isFinished());
    QVERIFY(elsewhere);
}

void StoreTest::failingMigrationRollsBack()
{
    OPEN_OR_FAIL(db, m_spec);
    auto steps = detail::builtInMigrations();
    const int broken = latestSchemaVersion() + 1;
    steps << detail::Migration{broken, QStringLiteral("9999_broken.sql"),
                               QStringLiteral("CREATE TABLE half_done (id {{ID}}, payload {{BLOB}});\n"
                                              "INSERT INTO settings (key, value) VALUES ('half', 'done');\n"
                                              "ALTER TABLE certificates ADD COLUMN extra TEXT;\n"
                                              "SELECT no_such_column FROM no_such_table;\n")};
    auto conn = db->connection();
    auto migrated = detail::migrate(conn, isPostgres(), steps, m_spec.displayName());
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.error().message.contains(QLatin1String("9999_broken.sql")),
             qPrintable(migrated.error().message));
    QVERIFY(!migrated.error().detail.isEmpty());
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QSqlQuery q(conn);
    QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM half_done")));
    QVERIFY(!q.exec(QStringLiteral("SELECT extra FROM certificates")));
    q.finish();
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM settings")), qint64(0));
    // The connection is usable afterwards (no transaction left open).
    VERIFY_OK(SettingsRepository(conn).setValue(QStringLiteral("after"), QStringLiteral("ok")));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM settings")), qint64(1));
}

void StoreTest::concurrentOpenMigratesOnce()
{
    constexpr int Openers = 4;
    QThreadPool pool; // enough threads for every opener to start at once
    pool.setMaxThreadCount(Openers);
    std::atomic<int> ready{0};
    QList<QFuture<QString>> futures;
    for (int i = 0; i < Openers; ++i) {
        futures << QtConcurrent::run(&pool, [&]() -> QString {
            ready.fetch_add(1);
            while (ready.load() < Openers)
                QThread::yieldCurrentThread();
            auto opened = Database::open(m_spec);
            if (!opened)
                return opened.error().fullText();
            const int version = (*opened)->schemaVersion();
            (*opened)->releaseThreadConnection();
            return version == latestSchemaVersion() ? QString() : QStringLiteral("wrong version");
        });
    }
    pool.waitForDone();
    for (auto &f : futures)
        QVERIFY2(f.result().isEmpty(), qPrintable(f.result()));
    OPEN_OR_FAIL(db, m_spec);
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM schema_version")),
             qint64(latestSchemaVersion()));
}

void StoreTest::connectionErrorsAreClear()
{
    if (!isPostgres()) {
        // The folder cannot be made: its parent is a file.
        const QString blocker = QFileInfo(m_spec.sqlitePath).absolutePath() + QStringLiteral("-file");
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto refused =
            Database::open(ConnectionSpec::sqlite(blocker + QStringLiteral("/sub/inventory.sqlite")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(QLatin1String("Cannot create the folder")),
                 qPrintable(refused.error().message));
        auto folder = Database::open(ConnectionSpec::sqlite(QFileInfo(blocker).absolutePath()));
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().message.contains(QLatin1String("is a folder")));
        return;
    }
    const QString secret = QStringLiteral("Sup3r-Secret-Pw");
    ConnectionSpec nobody = m_spec;
    nobody.user = QStringLiteral("certdesk_no_such_role");
    nobody.password = secret;
    auto refused = Database::open(nobody);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("refused the login")),
             qPrintable(refused.error().message));
    QVERIFY(!refused.error().detail.isEmpty());
    QVERIFY(!refused.error().fullText().contains(secret));

    ConnectionSpec missing = m_spec;
    missing.databaseName = m_spec.databaseName + QStringLiteral("_missing");
    auto noDatabase = Database::open(missing);
    QVERIFY(!noDatabase.ok());
    QVERIFY2(noDatabase.error().message.contains(QLatin1String("does not exist")),
             qPrintable(noDatabase.error().message));

    ConnectionSpec closed = m_spec;
    closed.port = 1; // nothing listens there
    closed.password = secret;
    auto unreachable = Database::open(closed);
    QVERIFY(!unreachable.ok());
    QVERIFY2(
        unreachable.error().message.startsWith(QLatin1String("Cannot connect to the PostgreSQL server at")),
        qPrintable(unreachable.error().message));
    QVERIFY(!unreachable.error().fullText().contains(secret));
}

// ---------------------------------------------------------------------------------------------------------------
// Certificates

void StoreTest::createAndFindRoundTrip()
{
    OPEN_OR_FAIL(db, m_spec);
    CertificateRepository repo(db->connection());
    PrivateKeyRepository keys(db->connection());
    auto keyId = keys.insert(QStringLiteral("EC"), QStringLiteral("ab12"), QByteArray("sealed\0key", 10));
    VERIFY_OK(keyId);

    auto fresh = newCertificate(1, QStringLiteral("bücher-Ωmega.例え.jp"));
    fresh.privateKeyId = *keyId;
    fresh.metadata.owner = QStringLiteral("Zoë Ångström");
    fresh.metadata.notes = QStringLiteral("Line one\nLine two ✓");
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    auto id = repo.create(fresh);
    VERIFY_OK(id);
    QVERIFY(*id > 0);

    auto found = repo.find(*id);
    VERIFY_OK(found);
    QCOMPARE(found->id, *id);
    QCOMPARE(found->commonName, fresh.details.commonName);
    QCOMPARE(found->owner, fresh.metadata.owner);
    QCOMPARE(found->tags, fresh.metadata.tags);
    QCOMPARE(found->notes, fresh.metadata.notes);
    QCOMPARE(found->revoked, false);
    QVERIFY(found->createdAt.isValid());
    QCOMPARE(found->createdAt.timeSpec(), Qt::UTC);
    QVERIFY(found->createdAt.toSecsSinceEpoch() >= before);
    QCOMPARE(found->updatedAt, found->createdAt);
    QCOMPARE(found->current.certificateId, *id);
    QCOMPARE(found->current.versionNo, 1);
    QVERIFY(found->current.id > 0);
    QCOMPARE(found->current.chainPem, fresh.chainPem);
    QCOMPARE(found->current.privateKeyId, std::optional<qint64>(*keyId));
    QCOMPARE(found->current.createdAt, found->createdAt);
    compareDetails(found->current.details, fresh.details);
    if (QTest::currentTestFailed())
        return;

    // The least a certificate can have: only DER and fingerprint; every other field default.
    domain::CertificateDetails bare;
    bare.der = QByteArray("\x00\x01\x02", 3);
    bare.sha256 = hexHash(bare.der, QCryptographicHash::Sha256);
    auto bareId = repo.create(NewManagedCertificate{bare, {}, std::nullopt, {}});
    VERIFY_OK(bareId);
    auto bareFound = repo.find(*bareId);
    VERIFY_OK(bareFound);
    compareDetails(bareFound->current.details, bare);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!bareFound->current.details.notAfter.isValid());
    QVERIFY(!bareFound->current.privateKeyId.has_value());
    QVERIFY(bareFound->current.chainPem.isEmpty());
    QVERIFY(bareFound->tags.isEmpty());

    auto missing = repo.find(*bareId + 1000);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(repo.count().value(), qint64(2));
}

void StoreTest::findBySha256AcrossVersions()
{
    OPEN_OR_FAIL(db, m_spec);
    CertificateRepository repo(db->connection());
    auto first = repo.create(newCertificate(1));
    auto second = repo.create(newCertificate(2, QStringLiteral("other.example.org")));
    VERIFY_OK(first);
    VERIFY_OK(second);
    const auto renewed = makeDetails(3);
    VERIFY_OK(repo.addVersion(*first, renewed, {}, std::nullopt));

    auto byOld = repo.findBySha256(makeDetails(1).sha256);
    VERIFY_OK(byOld);
    QCOMPARE(byOld->value_or(-1), *first);
    auto byNew = repo.findBySha256(renewed.sha256);
    VERIFY_OK(byNew);
    QCOMPARE(byNew->value_or(-1), *first);
    auto bySecond = repo.findBySha256(makeDetails(2).sha256.toUpper());
    VERIFY_OK(bySecond);
    QCOMPARE(bySecond->value_or(-1), *second);
    auto none = repo.findBySha256(QString(64, u'0'));
    VERIFY_OK(none);
    QVERIFY(!none->has_value());
}

void StoreTest::addVersionAndVersions()
{
    OPEN_OR_FAIL(db, m_spec);
    CertificateRepository repo(db->connection());
    auto id = repo.create(newCertificate(1, QStringLiteral("old.example.org")));
    VERIFY_OK(id);
    auto v2 = repo.addVersion(*id, makeDetails(2, QStringLiteral("new.example.org")), QByteArray("chain-2\n"),
                              std::nullopt);
    VERIFY_OK(v2);
    auto v3details = makeDetails(3, QStringLiteral("new.example.org"));
    auto v3 = repo.addVersion(*id, v3details, QByteArray("chain-3\n"), std::nullopt);
    VERIFY_OK(v3);
    QVERIFY(*v3 != *v2);

    auto all = repo.versions(*id);
    VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).versionNo, 3);
    QCOMPARE(all->at(1).versionNo, 2);
    QCOMPARE(all->at(2).versionNo, 1);
    QCOMPARE(all->at(0).id, *v3);
    QCOMPARE(all->at(1).id, *v2);
    QCOMPARE(all->at(1).chainPem, QByteArray("chain-2\n"));
    for (const auto &v : *all)
        QCOMPARE(v.certificateId, *id);

    auto found = repo.find(*id);
    VERIFY_OK(found);
    QCOMPARE(found->current.id, *v3);
    QCOMPARE(found->current.versionNo, 3);
    QCOMPARE(found->commonName, QStringLiteral("new.example.org"));
    QCOMPARE(found->owner, QStringLiteral("Team Web")); // metadata survives a renewal
    compareDetails(found->current.details, v3details);
    if (QTest::currentTestFailed())
        return;

    auto missing = repo.addVersion(*id + 99, makeDetails(4), {}, std::nullopt);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    auto none = repo.versions(*id + 99);
    VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

void StoreTest::duplicateSha256Rejected()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    CertificateRepository repo(conn);
    auto id = repo.create(newCertificate(1));
    VERIFY_OK(id);
    auto again = repo.create(newCertificate(1));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QLatin1String("already in the inventory")),
             qPrintable(again.error().message));
    auto other = repo.create(newCertificate(2));
    VERIFY_OK(other);
    auto asVersion = repo.addVersion(*other, makeDetails(1), {}, std::nullopt);
    QVERIFY(!asVersion.ok());
    QVERIFY(asVersion.error().message.contains(QLatin1String("already in the inventory")));
    QCOMPARE(repo.count().value(), qint64(2));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM certificate_versions")), qint64(2));

    // The database itself refuses it too, whatever the code path.
    auto raw =
        runQuery(conn,
                 QStringLiteral("INSERT INTO certificate_versions (certificate_id, version_no, der, sha256, "
                                "created_at) VALUES (?, 5, ?, ?, 0)"),
                 {*other, QByteArray("x"), makeDetails(1).sha256}, QStringLiteral("insert a duplicate"));
    QVERIFY(!raw.ok());
    QVERIFY(!raw.error().detail.isEmpty());
}

void StoreTest::summariesShowCurrentVersion()
{
    OPEN_OR_FAIL(db, m_spec);
    CertificateRepository repo(db->connection());
    PrivateKeyRepository keys(db->connection());
    auto key = keys.insert(QStringLiteral("RSA"), QStringLiteral("cd34"), QByteArray("k"));
    VERIFY_OK(key);

    auto a = repo.create(newCertificate(1, QStringLiteral("a.example.org")));
    VERIFY_OK(a);
    auto renewed = makeDetails(2, QStringLiteral("a.example.org"));
    renewed.issuerCommonName.clear(); // the summary then shows the issuer's DN
    VERIFY_OK(repo.addVersion(*a, renewed, {}, *key));

    auto bFresh = newCertificate(3, QStringLiteral("b.example.org"));
    bFresh.metadata.tags = {QStringLiteral("lab")};
    auto b = repo.create(bFresh);
    VERIFY_OK(b);
    VERIFY_OK(repo.setRevoked(*b, true));

    auto rows = repo.summaries();
    VERIFY_OK(rows);
    QCOMPARE(rows->size(), 2);
    const auto &ra = rows->at(0);
    QCOMPARE(ra.id, *a);
    QCOMPARE(ra.commonName, QStringLiteral("a.example.org"));
    QCOMPARE(ra.sans, renewed.sans.values());
    QCOMPARE(ra.issuer, renewed.issuer);
    QCOMPARE(ra.serialHex, renewed.serialHex);
    QCOMPARE(ra.notBefore, renewed.notBefore);
    QCOMPARE(ra.notAfter, renewed.notAfter);
    QCOMPARE(ra.sha256, renewed.sha256);
    QCOMPARE(ra.owner, QStringLiteral("Team Web"));
    QCOMPARE(ra.tags, (QStringList{QStringLiteral("prod"), QStringLiteral("web")}));
    QCOMPARE(ra.revoked, false);
    QCOMPARE(ra.hasPrivateKey, true);
    const auto &rb = rows->at(1);
    QCOMPARE(rb.id, *b);
    QCOMPARE(rb.issuer, QStringLiteral("Test Issuing CA"));
    QCOMPARE(rb.tags, QStringList{QStringLiteral("lab")});
    QCOMPARE(rb.revoked, true);
    QCOMPARE(rb.hasPrivateKey, false);
    QCOMPARE(rb.sha256, bFresh.details.sha256);
}

void StoreTest::summariesLoad100kFast()
{
    constexpr int Count = 100000;
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    {
        Transaction tx(conn);
        QVERIFY2(tx.isActive(), qPrintable(tx.error().fullText()));
        const QString der = isPostgres() ? QStringLiteral("'\\x3082'::bytea") : QStringLiteral("X'3082'");
        VERIFY_OK(runQuery(
            conn,
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                           "INSERT INTO certificates (common_name, owner, tags, notes, revoked, "
                           "created_at, updated_at) SELECT 'host-' || i || '.example.org', 'ops', "
                           "'prod,web', '', 0, 0, 0 FROM n")
                .arg(Count),
            {}, QStringLiteral("fill certificates")));
        for (int version = 1; version <= 2; ++version) {
            // Every tenth certificate has a second version; the summary must show that one.
            VERIFY_OK(runQuery(
                conn,
                QStringLiteral("INSERT INTO certificate_versions (certificate_id, version_no, der, "
                               "serial_hex, sha256, subject, issuer_dn, issuer_cn, sans, not_before, "
                               "not_after, created_at) SELECT id, %1, %2, 'S%1', 'v%1-' || id, "
                               "'CN=x', 'CN=Issuer', 'Issuer', 'DNS:host.example.org', 0, "
                               "1700000000 + %1, 0 FROM certificates WHERE %1 = 1 OR id % 10 = 0")
                    .arg(version)
                    .arg(der),
                {}, QStringLiteral("fill versions")));
        }
        VERIFY_OK(tx.commit());
    }
    if (isPostgres())
        VERIFY_OK(runQuery(conn, QStringLiteral("ANALYZE certificates, certificate_versions"), {},
                           QStringLiteral("analyze")));
    CertificateRepository repo(conn);
    QCOMPARE(repo.count().value(), qint64(Count));
    QElapsedTimer timer;
    timer.start();
    auto rows = repo.summaries();
    const qint64 ms = timer.elapsed();
    VERIFY_OK(rows);
    qInfo("summaries() of %d certificates took %lld ms", Count, ms);
    QCOMPARE(rows->size(), Count);
    int renewed = 0;
    for (const auto &row : *rows) {
        const bool hasSecond = row.id % 10 == 0;
        if (hasSecond)
            ++renewed;
        if (row.serialHex != (hasSecond ? QLatin1String("S2") : QLatin1String("S1")))
            QFAIL(qPrintable(QStringLiteral("row %1 shows serial %2").arg(row.id).arg(row.serialHex)));
    }
    QCOMPARE(renewed, Count / 10);
    QCOMPARE(rows->first().sans, QStringList{QStringLiteral("host.example.org")});
    QCOMPARE(rows->first().tags, (QStringList{QStringLiteral("prod"), QStringLiteral("web")}));
    // Generous for a debug build on a small CI machine; typically well under a second.
    QVERIFY2(ms < 8000, qPrintable(QStringLiteral("summaries() took %1 ms").arg(ms)));
}

void StoreTest::updateMetadata()
{
    OPEN_OR_FAIL(db, m_spec);
    CertificateRepository repo(db->connection());
    auto id = repo.create(newCertificate(1));
    VERIFY_OK(id);
    domain::CertificateMetadata meta;
    meta.owner = QStringLiteral("Équipe Réseau");
    meta.tags = {QStringLiteral(" dmz "), QStringLiteral("dmz"), QStringLiteral("edge"), QString()};
    meta.notes = QStringLiteral("moved to 🔒 vault");
    VERIFY_OK(repo.updateMetadata(*id, meta));
    auto found = repo.find(*id);
    VERIFY_OK(found);
    QCOMPARE(found->owner, meta.owner);
    QCOMPARE(found->tags, (QStringList{QStringLiteral("dmz"), QStringLiteral("edge")}));
    QCOMPARE(found->notes, meta.notes);
    QVERIFY(found->updatedAt >= found->createdAt);

    VERIFY_OK(repo.updateMetadata(*id, {}));
    found = repo.find(*id);
    VERIFY_OK(found);
    QVERIFY(found->owner.isEmpty());
    QVERIFY(found->tags.isEmpty());

    auto missing = repo.updateMetadata(*id + 1, meta);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void StoreTest::attachPrivateKey()
{
    OPEN_OR_FAIL(db, m_spec);
    CertificateRepository repo(db->connection());
    PrivateKeyRepository keys(db->connection());
    auto id = repo.create(newCertificate(1));
    VERIFY_OK(id);
    auto found = repo.find(*id);
    VERIFY_OK(found);
    QVERIFY(!found->current.privateKeyId.has_value());
    auto key = keys.insert(QStringLiteral("EC"), QStringLiteral("ef56"), QByteArray("sealed"));
    VERIFY_OK(key);
    VERIFY_OK(repo.attachPrivateKey(found->current.id, *key));
    auto after = repo.find(*id);
    VERIFY_OK(after);
    QCOMPARE(after->current.privateKeyId, std::optional<qint64>(*key));
    QCOMPARE(repo.summaries().value().first().hasPrivateKey, true);

    auto other = keys.insert(QStringLiteral("EC"), QStringLiteral("ef57"), QByteArray("sealed2"));
    VERIFY_OK(other);
    auto twice = repo.attachPrivateKey(found->current.id, *other);
    QVERIFY(!twice.ok());
    QCOMPARE(repo.find(*id).value().current.privateKeyId, std::optional<qint64>(*key));

    auto missing = repo.attachPrivateKey(found->current.id + 100, *key);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);

    auto second = repo.create(newCertificate(2));
    VERIFY_OK(second);
    auto noSuchKey = repo.attachPrivateKey(repo.find(*second).value().current.id, *other + 100);
    QVERIFY(!noSuchKey.ok()); // the foreign key refuses it
}

void StoreTest::setRevoked()
{
    OPEN_OR_FAIL(db, m_spec);
    CertificateRepository repo(db->connection());
    auto id = repo.create(newCertificate(1));
    VERIFY_OK(id);
    VERIFY_OK(repo.setRevoked(*id, true));
    QCOMPARE(repo.find(*id).value().revoked, true);
    VERIFY_OK(repo.setRevoked(*id, false));
    QCOMPARE(repo.find(*id).value().revoked, false);
    auto missing = repo.setRevoked(*id + 1, true);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void StoreTest::removeCascadesAndCleansKeys()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    CertificateRepository repo(conn);
    PrivateKeyRepository keys(conn);
    auto onlyA = keys.insert(QStringLiteral("EC"), QStringLiteral("aa"), QByteArray("key-a"));
    auto shared = keys.insert(QStringLiteral("EC"), QStringLiteral("bb"), QByteArray("key-shared"));
    auto unused = keys.insert(QStringLiteral("EC"), QStringLiteral("cc"), QByteArray("key-unused"));
    VERIFY_OK(onlyA);
    VERIFY_OK(shared);
    VERIFY_OK(unused);

    auto a = newCertificate(1);
    a.privateKeyId = *onlyA;
    auto aId = repo.create(a);
    VERIFY_OK(aId);
    VERIFY_OK(repo.addVersion(*aId, makeDetails(2), {}, *shared));
    VERIFY_OK(repo.addVersion(*aId, makeDetails(3), {}, *shared));
    auto b = newCertificate(4);
    b.privateKeyId = *shared;
    auto bId = repo.create(b);
    VERIFY_OK(bId);
    VERIFY_OK(AuditRepository(conn).append({0,
                                            {},
                                            QStringLiteral("u"),
                                            QStringLiteral("h"),
                                            QStringLiteral("certificate.import"),
                                            QStringLiteral("certificate"),
                                            QString::number(*aId),
                                            {}}));

    VERIFY_OK(repo.remove(*aId));
    QVERIFY(!repo.find(*aId).ok());
    QCOMPARE(
        scalar(
            conn,
            QStringLiteral("SELECT count(*) FROM certificate_versions WHERE certificate_id = %1").arg(*aId)),
        qint64(0));
    QCOMPARE(keys.find(*onlyA).error().code, ErrorCode::NotFound);
    VERIFY_OK(keys.find(*shared)); // still used by b
    VERIFY_OK(keys.find(*unused)); // never linked to a certificate: not this call's business
    QVERIFY(!repo.findBySha256(makeDetails(2).sha256).value().has_value());
    QCOMPARE(repo.count().value(), qint64(1));
    // The audit log keeps its record of the deleted certificate.
    QCOMPARE(AuditRepository(conn).recent(10).value().size(), qsizetype(1));

    auto again = repo.remove(*aId);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::NotFound);

    VERIFY_OK(repo.remove(*bId));
    QCOMPARE(keys.find(*shared).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.count().value(), qint64(0));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM certificate_versions")), qint64(0));
}

// ---------------------------------------------------------------------------------------------------------------
// Transactions and threads

void StoreTest::transactionRollsBackWithoutCommit()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    CertificateRepository repo(conn);
    {
        Transaction tx(conn);
        QVERIFY2(tx.isActive(), qPrintable(tx.error().fullText()));
        VERIFY_OK(repo.create(newCertificate(1)));
        VERIFY_OK(
            PrivateKeyRepository(conn).insert(QStringLiteral("EC"), QStringLiteral("aa"), QByteArray("k")));
        VERIFY_OK(SettingsRepository(conn).setValue(QStringLiteral("inside"), QStringLiteral("tx")));
        VERIFY_OK(AuditRepository(conn).append({0, {}, {}, {}, QStringLiteral("x"), {}, {}, {}}));
        QCOMPARE(repo.count().value(), qint64(1)); // visible inside
    }
    QCOMPARE(repo.count().value(), qint64(0));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM certificate_versions")), qint64(0));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM private_keys")), qint64(0));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM settings")), qint64(0));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM audit_events")), qint64(0));

    {
        Transaction tx(conn);
        QVERIFY(tx.isActive());
        VERIFY_OK(repo.create(newCertificate(2)));
        VERIFY_OK(tx.commit());
        QVERIFY(!tx.commit().ok()); // only once
    }
    QCOMPARE(repo.count().value(), qint64(1));
}

void StoreTest::nestedTransactionIsSavepoint()
{
    OPEN_OR_FAIL(db, m_spec);
    auto conn = db->connection();
    CertificateRepository repo(conn);
    Transaction outer(conn);
    QVERIFY(outer.isActive());
    auto first = repo.create(newCertificate(1));
    VERIFY_OK(first);
    // A failing repository call inside the caller's transaction undoes only its own work ...
    auto duplicate = repo.create(newCertificate(1));
    QVERIFY(!duplicate.ok());
    auto badKey = repo.create([] {
        auto c = newCertificate(2);
        c.privateKeyId = 424242; // violates the foreign key after the certificates row was written
        return c;
    }());
    QVERIFY(!badKey.ok());
    {
        Transaction inner(conn);
        QVERIFY(inner.isActive());
        VERIFY_OK(SettingsRepository(conn).setValue(QStringLiteral("dropped"), QStringLiteral("1")));
    }
    {
        Transaction inner(conn);
        VERIFY_OK(SettingsRepository(conn).setValue(QStringLiteral("kept"), QStringLiteral("1")));
        VERIFY_OK(inner.commit());
    }
    // ... and the outer transaction is still usable and commits the rest.
    VERIFY_OK(repo.create(newCertificate(3)));
    VERIFY_OK(outer.commit());
    QCOMPARE(repo.count().value(), qint64(2));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM certificate_versions")), qint64(2));
    QCOMPARE(SettingsRepository(conn).value(QStringLiteral("kept")).value(),
             std::optional<QString>(QStringLiteral("1")));
    QVERIFY(!SettingsRepository(conn).value(QStringLiteral("dropped")).value().has_value());
}

void StoreTest::threadConnectionsAreDistinct()
{
    OPEN_OR_FAIL(db, m_spec);
    auto main = db->connection();
    QCOMPARE(db->connection().connectionName(), main.connectionName()); // same thread, same connection
    VERIFY_OK(CertificateRepository(main).create(newCertificate(1)));

    struct Seen
    {
        QString name;
        bool open = false;
        qint64 count = -1;
        QString error;
    };
    auto work = [&db](int n) {
        Seen seen;
        auto conn = db->connection();
        seen.name = conn.connectionName();
        seen.open = conn.isOpen();
        CertificateRepository repo(conn);
        if (auto created = repo.create(newCertificate(100 + n)); !created)
            seen.error = created.error().fullText();
        seen.count = repo.count().ok() ? repo.count().value() : -1;
        return seen;
    };

    // A plain QThread, which releases its connection before it ends ...
    Seen fromThread;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        fromThread = work(1);
        db->releaseThreadConnection();
    }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QVERIFY2(fromThread.error.isEmpty(), qPrintable(fromThread.error));
    QVERIFY(fromThread.open);
    QCOMPARE(fromThread.count, qint64(2));
    QVERIFY(fromThread.name != main.connectionName());
    QVERIFY(!QSqlDatabase::contains(fromThread.name));

    // ... and a pool thread that keeps it: the Database destructor removes it.
    auto pooledFuture = QtConcurrent::run(QThreadPool::globalInstance(), [&] { return work(2); });
    QThreadPool::globalInstance()->waitForDone();
    const Seen pooled = pooledFuture.result();
    QVERIFY2(pooled.error.isEmpty(), qPrintable(pooled.error));
    QVERIFY(pooled.open);
    QVERIFY(pooled.name != main.connectionName());
    QVERIFY(pooled.name != fromThread.name);
    QVERIFY(QSqlDatabase::contains(pooled.name));

    // The main thread sees what the others committed.
    QCOMPARE(CertificateRepository(main).count().value(), qint64(3));
    QVERIFY(main.connectionName().contains(QLatin1String("certdesk-")));

    const QString mainName = main.connectionName();
    main = QSqlDatabase();
    db.reset();
    QVERIFY(!QSqlDatabase::contains(mainName));
    QVERIFY(!QSqlDatabase::contains(pooled.name));
}

// ---------------------------------------------------------------------------------------------------------------
// Keys, audit, settings

void StoreTest::privateKeysRoundTrip()
{
    OPEN_OR_FAIL(db, m_spec);
    PrivateKeyRepository keys(db->connection());
    QByteArray sealed;
    for (int i = 0; i < 512; ++i)
        sealed += char(i % 256); // every byte value, NULs and quotes included
    auto id = keys.insert(QStringLiteral("RSA"), QStringLiteral("ABCDEF0123"), sealed);
    VERIFY_OK(id);
    auto found = keys.find(*id);
    VERIFY_OK(found);
    QCOMPARE(found->id, *id);
    QCOMPARE(found->algorithm, QStringLiteral("RSA"));
    QCOMPARE(found->publicKeySha256, QStringLiteral("abcdef0123"));
    QCOMPARE(found->sealedPkcs8, sealed);
    auto byPublic = keys.findByPublicKey(QStringLiteral("abcdef0123"));
    VERIFY_OK(byPublic);
    QCOMPARE(byPublic->value_or(-1), *id);
    QVERIFY(!keys.findByPublicKey(QStringLiteral("ffff")).value().has_value());
    auto missing = keys.find(*id + 7);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(!keys.insert(QStringLiteral("RSA"), QStringLiteral("00"), {}).ok());
}

void StoreTest::auditAppendAndRecent()
{
    OPEN_OR_FAIL(db, m_spec);
    AuditRepository audit(db->connection());
    const QDateTime t0 = utc(2025, 3, 1, 8, 0, 0);
    domain::AuditEvent e;
    e.actor = QStringLiteral("jürgen");
    e.host = QStringLiteral("ws-01");
    e.objectType = QStringLiteral("certificate");
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        e.at = t0.addSecs(i * 60);
        e.action = i % 2 ? QStringLiteral("certificate.export") : QStringLiteral("certificate.import");
        e.objectId = QString::number(i % 2 ? 7 : 8);
        e.details = QStringLiteral("event %1 — ✓").arg(i);
        auto id = audit.append(e);
        VERIFY_OK(id);
        ids << *id;
    }
    domain::AuditEvent setting;
    setting.at = t0.addSecs(10 * 60);
    setting.action = QStringLiteral("settings.change");
    setting.objectType = QStringLiteral("setting");
    setting.objectId = QStringLiteral("7");
    VERIFY_OK(audit.append(setting));

    auto all = audit.recent(100);
    VERIFY_OK(all);
    QCOMPARE(all->size(), 6);
    QCOMPARE(all->first().action, QStringLiteral("settings.change"));
    QCOMPARE(all->at(1).id, ids.last());
    QCOMPARE(all->at(1).at, t0.addSecs(4 * 60));
    QCOMPARE(all->at(1).at.timeSpec(), Qt::UTC);
    QCOMPARE(all->at(1).actor, QStringLiteral("jürgen"));
    QCOMPARE(all->at(1).host, QStringLiteral("ws-01"));
    QCOMPARE(all->at(1).details, QStringLiteral("event 4 — ✓"));
    QVERIFY(all->first().actor.isEmpty());

    auto limited = audit.recent(2);
    VERIFY_OK(limited);
    QCOMPARE(limited->size(), 2);

    auto certs = audit.recent(100, QStringLiteral("certificate"));
    VERIFY_OK(certs);
    QCOMPARE(certs->size(), 5);
    auto seven = audit.recent(100, QStringLiteral("certificate"), QStringLiteral("7"));
    VERIFY_OK(seven);
    QCOMPARE(seven->size(), 2);
    for (const auto &row : *seven) {
        QCOMPARE(row.objectId, QStringLiteral("7"));
        QCOMPARE(row.action, QStringLiteral("certificate.export"));
    }
    QVERIFY(seven->at(0).at > seven->at(1).at);

    domain::AuditEvent undated;
    undated.action = QStringLiteral("x");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    VERIFY_OK(audit.append(undated));
    auto newest = audit.recent(1);
    VERIFY_OK(newest);
    QVERIFY(qAbs(newest->first().at.toSecsSinceEpoch() - now) < 60);
    QVERIFY(!audit.append(domain::AuditEvent{}).ok()); // an action is required
}

void StoreTest::settingsValues()
{
    OPEN_OR_FAIL(db, m_spec);
    SettingsRepository settings(db->connection());
    auto absent = settings.value(QStringLiteral("ui.theme"));
    VERIFY_OK(absent);
    QVERIFY(!absent->has_value());
    VERIFY_OK(settings.setValue(QStringLiteral("ui.theme"), QStringLiteral("dark")));
    QCOMPARE(settings.value(QStringLiteral("ui.theme")).value(),
             std::optional<QString>(QStringLiteral("dark")));
    VERIFY_OK(settings.setValue(QStringLiteral("ui.theme"), QStringLiteral("licht – ☀")));
    QCOMPARE(settings.value(QStringLiteral("ui.theme")).value(),
             std::optional<QString>(QStringLiteral("licht – ☀")));
    VERIFY_OK(settings.setValue(QStringLiteral("empty"), QString()));
    QCOMPARE(settings.value(QStringLiteral("empty")).value(), std::optional<QString>(QString()));

    auto inserted = settings.insertIfAbsent(QStringLiteral("database.id"), QStringLiteral("first"));
    VERIFY_OK(inserted);
    QCOMPARE(*inserted, QStringLiteral("first"));
    auto kept = settings.insertIfAbsent(QStringLiteral("database.id"), QStringLiteral("second"));
    VERIFY_OK(kept);
    QCOMPARE(*kept, QStringLiteral("first"));
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM settings")), qint64(3));
}

void StoreTest::settingsInsertIfAbsentRace()
{
    OPEN_OR_FAIL(db, m_spec);
    constexpr int Racers = 4;
    QThreadPool pool; // enough threads for every racer to start at once
    pool.setMaxThreadCount(Racers);
    std::atomic<int> ready{0};
    QList<QFuture<QString>> futures;
    for (int i = 0; i < Racers; ++i) {
        futures << QtConcurrent::run(&pool, [&, i]() -> QString {
            auto conn = db->connection();
            ready.fetch_add(1);
            while (ready.load() < Racers)
                QThread::yieldCurrentThread();
            auto stored = SettingsRepository(conn).insertIfAbsent(QStringLiteral("database.id"),
                                                                  QStringLiteral("racer-%1").arg(i));
            conn = QSqlDatabase();
            db->releaseThreadConnection();
            return stored ? *stored : QStringLiteral("error: ") + stored.error().fullText();
        });
    }
    pool.waitForDone();
    QStringList results;
    for (auto &f : futures)
        results << f.result();
    const auto stored = SettingsRepository(db->connection()).value(QStringLiteral("database.id")).value();
    QVERIFY(stored.has_value());
    for (const auto &r : results)
        QCOMPARE(r, *stored);
}

} // namespace certdesk::store::test
