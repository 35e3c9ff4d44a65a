// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The backends a store suite runs on. Each is a template over the suite (a BackendTest subclass),
// so that every suite runs on both: `class SqliteStoreTest final : public SqliteBackend<StoreTest>`.

#include "tests/store/storetest.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace certdesk::store::test {

/// Runs `Suite` on a fresh SQLite file per test function, in a temporary folder.
template <typename Suite> class SqliteBackend : public Suite
{
protected:
    bool isPostgres() const override { return false; }

    QString setUpBackend() override
    {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid() ? QString() : QStringLiteral("cannot make a temporary folder");
    }

    void tearDownBackend() override { m_dir.reset(); }

    ConnectionSpec freshSpec() override
    {
        // A folder that does not exist yet: open() must create it.
        return ConnectionSpec::sqlite(
            m_dir->filePath(QStringLiteral("case-%1/inventory.sqlite").arg(++m_count)));
    }

    void releaseSpec(const ConnectionSpec &) override {}

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_count = 0;
};

/// Runs `Suite` on PostgreSQL, when CERTDESK_TEST_PGURL names a server where the user may create
/// databases (.ci/start-postgres.sh starts one); skipped otherwise. Each test function gets a new
/// database with a random name, dropped afterwards, so parallel runs on one server don't collide.
template <typename Suite> class PostgresBackend : public Suite
{
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
        QSqlDatabase admin = this->rawConnection(m_base, adminName());
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
