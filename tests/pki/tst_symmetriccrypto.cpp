// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/securebytes.h"
#include "connectors/pki/symmetriccrypto.h"

#include <QRandomGenerator>
#include <QTest>

using namespace certdesk;
using namespace certdesk::pki;

namespace {

SecureBytes fixedKey(char fill)
{
    return SecureBytes(QByteArray(AeadKeyLength, fill));
}

QByteArray randomPayload(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (auto &c : out)
        c = static_cast<char>(gen.bounded(256));
    return out;
}

} // namespace

/// AES-256-GCM sealing, PBKDF2, SHA-256 and SecureBytes.
class TestSymmetricCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void nonceIsFresh();
    void wrongKeyFails();
    void wrongAadFails();
    void everyTamperedByteFails();
    void tooShortFails_data();
    void tooShortFails();
    void badKeyLength();
    void pbkdf2KnownAnswer_data();
    void pbkdf2KnownAnswer();
    void pbkdf2RejectsZeroIterations();
    void sha256KnownAnswer_data();
    void sha256KnownAnswer();
    void randomBytesLength();
    void secureBytesWipeAndClone();
};

void TestSymmetricCrypto::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("text") << QByteArray("private key bytes") << QByteArray();
    QTest::newRow("with aad") << QByteArray("private key bytes") << QByteArray("certificate:42");
    QTest::newRow("embedded NULs") << QByteArray("\0a\0b\0", 5) << QByteArray("\0", 1);
    QTest::newRow("1 MiB random") << randomPayload(1 << 20, 7) << QByteArray("aad");
}

void TestSymmetricCrypto::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    const SecureBytes key = randomBytes(AeadKeyLength);
    QCOMPARE(key.size(), AeadKeyLength);

    const auto sealed = aeadSeal(key, plaintext, aad);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error().fullText()));
    QCOMPARE(sealed->size(), 1 + 12 + plaintext.size() + 16);
    QCOMPARE(sealed->at(0), char(0x01));
    if (plaintext.size() >= 8)
        QVERIFY(!sealed->contains(plaintext));

    const auto opened = aeadOpen(key, *sealed, aad);
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    QCOMPARE(opened->bytes(), plaintext);
}

void TestSymmetricCrypto::nonceIsFresh()
{
    const SecureBytes key = fixedKey('k');
    const auto a = aeadSeal(key, "same");
    const auto b = aeadSeal(key, "same");
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a != *b);
    QVERIFY(a->mid(1, 12) != b->mid(1, 12));
}

void TestSymmetricCrypto::wrongKeyFails()
{
    const auto sealed = aeadSeal(fixedKey('a'), "secret");
    QVERIFY(sealed.ok());
    const auto opened = aeadOpen(fixedKey('b'), *sealed);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.contains(QLatin1String("key is wrong")));
}

void TestSymmetricCrypto::wrongAadFails()
{
    const SecureBytes key = fixedKey('a');
    const auto sealed = aeadSeal(key, "secret", "row:1");
    QVERIFY(sealed.ok());
    QVERIFY(!aeadOpen(key, *sealed, "row:2").ok());
    QVERIFY(!aeadOpen(key, *sealed).ok());
    const auto plain = aeadSeal(key, "secret");
    QVERIFY(plain.ok());
    QVERIFY(!aeadOpen(key, *plain, "row:1").ok());
}

void TestSymmetricCrypto::everyTamperedByteFails()
{
    const SecureBytes key = fixedKey('a');
    const auto sealed = aeadSeal(key, "hello", "aad");
    QVERIFY(sealed.ok());
    // Version byte, nonce, ciphertext and tag: flipping any single bit must be caught.
    for (qsizetype i = 0; i < sealed->size(); ++i) {
        QByteArray tampered = *sealed;
        tampered[i] = static_cast<char>(tampered.at(i) ^ 0x01);
        const auto opened = aeadOpen(key, tampered, "aad");
        QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1 not authenticated").arg(i)));
    }
    QVERIFY(aeadOpen(key, *sealed, "aad").ok());
}

void TestSymmetricCrypto::tooShortFails_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("empty") << 0;
    QTest::newRow("version only") << 1;
    QTest::newRow("one byte short of empty plaintext") << 28;
}

void TestSymmetricCrypto::tooShortFails()
{
    QFETCH(int, length);
    QByteArray data(length, '\0');
    if (length > 0)
        data[0] = 0x01;
    const auto opened = aeadOpen(fixedKey('a'), data);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.contains(QLatin1String("too short")));
}

void TestSymmetricCrypto::badKeyLength()
{
    const SecureBytes shortKey(QByteArray(16, 'x'));
    QVERIFY(!aeadSeal(shortKey, "x").ok());
    const auto sealed = aeadSeal(fixedKey('a'), "x");
    QVERIFY(sealed.ok());
    QVERIFY(!aeadOpen(shortKey, *sealed).ok());
    QVERIFY(!aeadSeal(SecureBytes(), "x").ok());
}

void TestSymmetricCrypto::pbkdf2KnownAnswer_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expected64");
    // RFC 7914 section 11, PBKDF2-HMAC-SHA256 with dkLen = 64; our API returns the first 32 bytes.
    QTest::newRow("RFC 7914 #1") << QByteArray("passwd") << QByteArray("salt") << 1
                                 << QByteArray::fromHex(
                                        "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                        "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    QTest::newRow("RFC 7914 #2") << QByteArray("Password") << QByteArray("NaCl") << 80000
                                 << QByteArray::fromHex(
                                        "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                                        "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

void TestSymmetricCrypto::pbkdf2KnownAnswer()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expected64);
    const auto key = deriveKeyPbkdf2(SecureBytes(password), salt, iterations);
    QVERIFY2(key.ok(), qPrintable(key.error().fullText()));
    QCOMPARE(key->size(), AeadKeyLength);
    QCOMPARE(key->bytes().toHex(), expected64.left(32).toHex());
}

void TestSymmetricCrypto::pbkdf2RejectsZeroIterations()
{
    QVERIFY(!deriveKeyPbkdf2(SecureBytes("pw"), "salt", 0).ok());
    QVERIFY(!deriveKeyPbkdf2(SecureBytes("pw"), "salt", -5).ok());
}

void TestSymmetricCrypto::sha256KnownAnswer_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    // FIPS 180-2 examples.
    QTest::newRow("empty") << QByteArray()
                           << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc")
                         << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
}

void TestSymmetricCrypto::sha256KnownAnswer()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QCOMPARE(sha256Hex(data), expected);
}

void TestSymmetricCrypto::randomBytesLength()
{
    QCOMPARE(randomBytes(32).size(), 32);
    QCOMPARE(randomBytes(1).size(), 1);
    QVERIFY(randomBytes(0).isEmpty());
    QVERIFY(randomBytes(-1).isEmpty());
    QVERIFY(randomBytes(32).bytes() != randomBytes(32).bytes());
}

void TestSymmetricCrypto::secureBytesWipeAndClone()
{
    SecureBytes a(QByteArray("top secret"));
    SecureBytes b = a.clone();
    QCOMPARE(b.bytes(), QByteArray("top secret"));
    QVERIFY(a.data() != b.data());

    a.wipe();
    QVERIFY(a.isEmpty());
    QCOMPARE(b.bytes(), QByteArray("top secret"));

    SecureBytes c(std::move(b));
    QCOMPARE(c.bytes(), QByteArray("top secret"));
    c = SecureBytes(QByteArray("other"));
    QCOMPARE(c.bytes(), QByteArray("other"));

    // A copy taken through bytes() keeps its own value when the SecureBytes goes away.
    QByteArray copy;
    {
        SecureBytes d(QByteArray("shared"));
        copy = d.bytes();
    }
    QCOMPARE(copy, QByteArray("shared"));
}

QTEST_GUILESS_MAIN(TestSymmetricCrypto)
#include "tst_symmetriccrypto.moc"
