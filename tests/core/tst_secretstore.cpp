// SPDX-License-Identifier: GPL-3.0-or-later
// The secret store on a real SQLite inventory: sealing under a passphrase-derived data key, the key
// check that turns a wrong or missing passphrase into a clear error, and no secret in the file.
#include "app/core/importservice.h"
#include "app/core/keyringcache.h"
#include "app/core/secretstore.h"
#include "coretestsupport.h"
#include "models/store/database.h"
#include "models/store/settingsrepository.h"
#include "tests/support/testcertificates.h"

#include <QFile>
#include <QtTest>

using namespace certdesk;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealsAndOpens()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto &secrets = inv.context->secrets();
        QVERIFY(!secrets.isUnlocked());
        const QByteArray secret = "-----BEGIN PRIVATE KEY----- not really";
        auto sealed = secrets.seal(secret, "private_key");
        QVERIFY2(sealed.ok(), qPrintable(sealed.error().fullText()));
        QVERIFY(secrets.isUnlocked());
        QVERIFY(!sealed->contains(secret));
        auto opened = secrets.open(*sealed, "private_key");
        QVERIFY(opened.ok());
        QCOMPARE(opened->bytes(), secret);
        // Bound to its purpose: the same blob does not open as another kind of secret.
        QVERIFY(!secrets.open(*sealed, "issuer_credential").ok());
    }

    void samePassphraseOpensAfterRestart()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open("s3cret"));
        auto sealed = inv.context->secrets().seal("payload", "x");
        QVERIFY(sealed.ok());
        inv.context.reset();
        auto again = inv.reopen("s3cret");
        QVERIFY(again.ok());
        auto opened = (*again)->secrets().open(*sealed, "x");
        QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
        QCOMPARE(opened->bytes(), QByteArray("payload"));
    }

    void wrongPassphraseIsAClearErrorNotANewKey()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open("right"));
        QVERIFY(inv.context->secrets().unlock().ok());
        auto other = inv.reopen("not-the-right-one-123");
        QVERIFY(other.ok()); // the inventory itself opens; only its secrets stay closed
        const auto status = (*other)->secrets().unlock();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::WrongPassword);
        QVERIFY(status.error().message.contains(inv.passphraseFile));
        QVERIFY(!status.error().fullText().contains(QLatin1String("not-the-right-one-123")));
        QVERIFY(!(*other)->secrets().seal("x", "y").ok());
        // The stored check value is unchanged, so the right passphrase still works.
        auto right = inv.reopen("right");
        QVERIFY(right.ok());
        QVERIFY((*right)->secrets().unlock().ok());
    }

    void missingOrEmptyPassphraseFile()
    {
        QTemporaryDir dir;
        auto ctx = core::AppContext::open(
            store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("db.sqlite"))),
            std::make_unique<core::PassphraseKeySource>(dir.filePath(QStringLiteral("nope"))));
        QVERIFY(ctx.ok());
        auto status = (*ctx)->secrets().unlock();
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QLatin1String("CERTDESK_MASTER_KEY_FILE")));

        const auto empty = testsupport::writeFile(dir.path(), QStringLiteral("empty"), "\n");
        auto ctx2 =
            core::AppContext::open(store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("db.sqlite"))),
                                   std::make_unique<core::PassphraseKeySource>(empty));
        QVERIFY(ctx2.ok());
        status = (*ctx2)->secrets().unlock();
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QLatin1String("empty")));
        // No key check was written by the failed attempts: a later right passphrase sets it up.
        auto settings = store::SettingsRepository((*ctx2)->database()->connection());
        auto check = settings.value(QStringLiteral("secrets.key_check"));
        QVERIFY(check.ok());
        QVERIFY(!check->has_value());
    }

    // The derived key is kept in the kernel's user keyring (tests run with caching off unless they
    // turn it on, as here), under the inventory and its KDF parameters, next to a check of the
    // passphrase; a changed passphrase misses the cache and is refused as before.
    void derivedKeyIsRememberedInTheUserKeyring()
    {
        qputenv("CERTDESK_KEY_CACHE_SECONDS", "60");
        const auto restore = qScopeGuard([] { qputenv("CERTDESK_KEY_CACHE_SECONDS", "0"); });
        testsupport::TestInventory inv;
        QVERIFY(inv.open("cached passphrase"));
        QVERIFY(inv.context->secrets().unlock().ok());
        auto settings = store::SettingsRepository(inv.context->database()->connection());
        const auto text = [&](const char *key) {
            return settings.value(QLatin1String(key))->value_or(QString());
        };
        const QString entry =
            QStringLiteral("certdesk:datakey:v1:%1:%2:%3")
                .arg(text("database.id"), text("secrets.kdf_salt"), text("secrets.kdf_iterations"));
        const core::KeyringCache cache(60);
        const auto cached = cache.lookup(entry);
        if (!cached && qEnvironmentVariable("CI") != QLatin1String("true"))
            QSKIP("this kernel or sandbox refuses keyrings; caching falls back to deriving every time");
        QVERIFY2(cached.has_value(), "the derived key was not kept in the user keyring");
        QCOMPARE(cached->size(), 64 + 32); // the passphrase check (hex SHA-256) and the 32-byte key
        QVERIFY(!cached->bytes().contains("cached passphrase"));

        auto again = inv.reopen("cached passphrase");
        QVERIFY(again.ok());
        QVERIFY((*again)->secrets().unlock().ok());
        auto wrong = inv.reopen("another passphrase");
        QVERIFY(wrong.ok());
        QCOMPARE((*wrong)->secrets().unlock().error().code, ErrorCode::WrongPassword);

        cache.forget(entry);
        QVERIFY(!cache.lookup(entry).has_value());
        qputenv("CERTDESK_KEY_CACHE_SECONDS", "0");
        QVERIFY(inv.reopen("cached passphrase").value()->secrets().unlock().ok());
        QVERIFY2(!cache.lookup(entry).has_value(), "CERTDESK_KEY_CACHE_SECONDS=0 must not cache");
    }

    void keychainInventoryRefusesPassphrase()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto settings = store::SettingsRepository(inv.context->database()->connection());
        QVERIFY(settings.setValue(QStringLiteral("secrets.key_source"), QStringLiteral("keychain")).ok());
        QVERIFY(settings.setValue(QStringLiteral("secrets.key_check"), QStringLiteral("AAAA")).ok());
        const auto status = inv.context->secrets().unlock();
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QLatin1String("keychain")));
    }

    void nothingSecretInTheDatabaseFile()
    {
        testsupport::TestInventory inv;
        const QByteArray passphrase = "passphrase-that-must-not-leak";
        QVERIFY(inv.open(passphrase));
        const auto ca = testsupport::makeSelfSignedCa(QStringLiteral("Leak Test CA"));
        const auto leaf = testsupport::makeLeaf(ca, QStringLiteral("leak.example"));
        const auto p12 = testsupport::toPkcs12(leaf, {ca.der}, QStringLiteral("p12-password-xyz"));
        const auto file = testsupport::writeFile(inv.dir.path(), QStringLiteral("leaf.p12"), p12);
        const auto results = inv.context->imports().importFiles({file}, QStringLiteral("p12-password-xyz"));
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().status.ok(), qPrintable(results.first().status.error().fullText()));
        QVERIFY(results.first().privateKeyStored);
        inv.context->database()->releaseThreadConnection();
        const QByteArray bytes = testsupport::allDatabaseBytes(inv.dbPath);
        QVERIFY(bytes.size() > 0);
        QVERIFY(bytes.contains(leaf.der)); // the certificate is there, in the clear, as it should be
        QVERIFY(!bytes.contains(leaf.keyPkcs8.bytes()));
        QVERIFY(!bytes.contains(leaf.keyPkcs8.bytes().toBase64()));
        QVERIFY(!bytes.contains(passphrase));
        QVERIFY(!bytes.contains("p12-password-xyz"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
