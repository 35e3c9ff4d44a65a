// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain key source against a real Secret Service: ctest runs this suite inside its own D-Bus
// session with a freshly unlocked gnome-keyring (tests/core/with-keyring.sh), so the data key
// really goes through QtKeychain into a keyring and back.
#include "app/core/datakeysource.h"
#include "app/core/secretstore.h"
#include "coretestsupport.h"
#include "models/store/database.h"
#include "models/store/settingsrepository.h"

#include <QUuid>
#include <QtTest>

using namespace certdesk;

class TestKeychainKeySource final : public QObject
{
    Q_OBJECT

    QString m_service = QStringLiteral("CertDesk-test-") + QUuid::createUuid().toString(QUuid::Id128);

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty())
            QSKIP("no D-Bus session: run through tests/core/with-keyring.sh (ctest does)");
    }

    void createsOnFirstUseAndReadsBack()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("k.sqlite"))));
        QVERIFY(db.ok());
        store::SettingsRepository settings((*db)->connection());
        core::KeychainKeySource source(m_service);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);

        auto missing = source.obtain({id, false, &settings});
        QVERIFY(!missing.ok()); // not first use and no entry: never a silently new key
        QVERIFY2(missing.error().message.contains(QLatin1String("holds no data key")),
                 qPrintable(missing.error().fullText()));

        auto created = source.obtain({id, true, &settings});
        QVERIFY2(created.ok(), qPrintable(created.error().fullText()));
        QCOMPARE(created->size(), 32);
        auto again = source.obtain({id, false, &settings});
        QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
        QCOMPARE(again->bytes(), created->bytes());
        auto other = source.obtain({QUuid::createUuid().toString(QUuid::WithoutBraces), true, &settings});
        QVERIFY(other.ok());
        QVERIFY(other->bytes() != created->bytes());
    }

    void secretStoreSealsUnderTheKeychainKey()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("s.sqlite"));
        QByteArray sealed;
        {
            auto ctx = core::AppContext::open(store::ConnectionSpec::sqlite(path),
                                              std::make_unique<core::KeychainKeySource>(m_service));
            QVERIFY(ctx.ok());
            auto s = (*ctx)->secrets().seal("keychain-protected", "x");
            QVERIFY2(s.ok(), qPrintable(s.error().fullText()));
            sealed = *s;
        }
        auto ctx = core::AppContext::open(store::ConnectionSpec::sqlite(path),
                                          std::make_unique<core::KeychainKeySource>(m_service));
        QVERIFY(ctx.ok());
        auto opened = (*ctx)->secrets().open(sealed, "x");
        QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
        QCOMPARE(opened->bytes(), QByteArray("keychain-protected"));
        // The same inventory opened with a passphrase instead is refused with a clear message.
        const auto file = dir.filePath(QStringLiteral("pass"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x\n");
        f.close();
        auto viaPassphrase = core::AppContext::open(store::ConnectionSpec::sqlite(path),
                                                    std::make_unique<core::PassphraseKeySource>(file, 1000));
        QVERIFY(viaPassphrase.ok());
        const auto status = (*viaPassphrase)->secrets().unlock();
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QLatin1String("keychain")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainKeySource)
#include "tst_keychainkeysource.moc"
