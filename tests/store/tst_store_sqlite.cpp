// SPDX-License-Identifier: GPL-3.0-or-later
// The store suite on SQLite: each test function gets a new file in a temporary folder.

#include "tests/store/storetest.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace certdesk::store::test {

/// Runs StoreTest on a fresh SQLite file per test function.
class SqliteStoreTest final : public StoreTest
{
    Q_OBJECT

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

} // namespace certdesk::store::test

QTEST_GUILESS_MAIN(certdesk::store::test::SqliteStoreTest)
#include "tst_store_sqlite.moc"
