// SPDX-License-Identifier: GPL-3.0-or-later
// The store suite on PostgreSQL, when CERTDESK_TEST_PGURL names a server where the user may create
// databases (.ci/start-postgres.sh starts one). Each test function gets a new database with a random
// name, dropped afterwards, so parallel runs on one server don't collide.

#include "tests/store/storetest.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace certdesk::store::test {

/// Runs StoreTest on a fresh PostgreSQL database per test function.
class PostgresStoreTest final : public StoreTest
{
    Q_OBJECT

protected:
    bool isPostgres() const override { return true; }

    QString setUpBackend() override
    {
        const QString url = qEnvironmentVariable("CERTDESK_TEST_PGURL");
        if (url.isEmpty()) {
            return QStringLiteral("PostgreSQL variant not run: set CERTDESK_TEST_PGURL, e.g. "
                                  "CERTDESK_TEST_PGURL=$(.ci/start-postgres.sh | tail -n1)");
        }
        auto spec = ConnectionSpec::fromPostgresUrl(url);
        if (!spec)
            qFatal("CERTDESK_TEST_PGURL: %s", qPrintable(spec.error().message));
        m_base = *spec;
        m_prefix = QStringLiteral("certdesk_t_%1")
                       .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QSqlDatabase admin = rawConnection(m_base, adminName());
        if (!admin.isOpen())
            qFatal("CERTDESK_TEST_PGURL: cannot connect: %s", qPrintable(admin.lastError().text()));
        return {};
    }

    void tearDownBackend() override
    {
        for (const auto &name : std::as_const(m_created))
            drop(name);
        m_created.clear();
        if (QSqlDatabase::contains(adminName())) {
            QSqlDatabase::database(adminName(), false).close();
            QSqlDatabase::removeDatabase(adminName());
        }
    }

    ConnectionSpec freshSpec() override
    {
        const QString name = m_prefix + u'_' + QString::number(++m_count);
        QSqlQuery q(QSqlDatabase::database(adminName(), false));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            qWarning("CREATE DATABASE %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
            return {};
        }
        m_created << name;
        ConnectionSpec spec = m_base;
        spec.databaseName = name;
        return spec;
    }

    void releaseSpec(const ConnectionSpec &spec) override
    {
        if (!spec.databaseName.isEmpty() && m_created.removeOne(spec.databaseName))
            drop(spec.databaseName);
    }

private:
    static QString adminName() { return QStringLiteral("certdesk-test-admin"); }

    void drop(const QString &name)
    {
        QSqlQuery q(QSqlDatabase::database(adminName(), false));
        // FORCE ends connections a failed test may have left open.
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)))
            qWarning("DROP DATABASE %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
    }

    ConnectionSpec m_base;
    QString m_prefix;
    QStringList m_created;
    int m_count = 0;
};

} // namespace certdesk::store::test

QTEST_GUILESS_MAIN(certdesk::store::test::PostgresStoreTest)
#include "tst_store_postgres.moc"
