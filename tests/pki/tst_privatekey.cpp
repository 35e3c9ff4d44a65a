// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/keygenerator.h"
#include "connectors/pki/privatekey.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"

#include <openssl/err.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::pki;
using namespace certdesk::testsupport;

namespace {

const QString Passphrase = QStringLiteral("Corr3ct-h0rse-bättery");
const QString WrongPassphrase = QStringLiteral("wrong-passphrase-42");

} // namespace

/// readPrivateKey for every format `openssl` writes, keyMatchesCertificate and publicKeyOf.
class TestPrivateKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsFormats_data();
    void readsFormats();
    void passwordRequired_data();
    void passwordRequired();
    void wrongPassword_data();
    void wrongPassword();
    void keyAfterCertificate();
    void notAKey();
    void keyMatchesCertificateTrueFalse();
    void publicKey();

private:
    /// Runs `openssl args` and returns the file it wrote to `out` (a name in the temporary directory).
    QByteArray opensslFile(const QStringList &args, const QString &out);
    void addEncryptedRows();

    QTemporaryDir m_dir;
    GeneratedKey m_rsa;
    GeneratedKey m_ec;
    GeneratedKey m_ed;
    /// Name -> (file bytes, public key it must yield, key type, encrypted).
    struct Variant
    {
        QByteArray bytes;
        QByteArray publicKeyDer;
        QString keyType;
        bool encrypted = false;
    };
    QMap<QString, Variant> m_variants;
};

QByteArray TestPrivateKey::opensslFile(const QStringList &args, const QString &out)
{
    const QString path = m_dir.filePath(out);
    // "-out" right after the command: genrsa wants the key size last.
    const auto run =
        runOpenssl(QStringList{args.first(), QStringLiteral("-out"), path} + args.mid(1), m_dir.path());
    if (run.exitCode != 0)
        qFatal("openssl %s failed: %s", qPrintable(args.join(u' ')), run.describe().constData());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void TestPrivateKey::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (auto [algorithm, target] :
         {std::pair{KeyAlgorithm::Rsa2048, &m_rsa}, std::pair{KeyAlgorithm::EcP256, &m_ec},
          std::pair{KeyAlgorithm::Ed25519, &m_ed}}) {
        auto key = generateKey(algorithm);
        QVERIFY2(key.ok(), qPrintable(key.error().fullText()));
        *target = std::move(key).value();
    }
    const QString pass = QStringLiteral("pass:") + Passphrase;
    const auto plainFile = [this](const QString &name, const GeneratedKey &key) {
        return writeFile(m_dir.path(), name, pemBlock("PRIVATE KEY", key.pkcs8Der.bytes()));
    };
    const QString rsaPlain = plainFile(QStringLiteral("rsa.pem"), m_rsa);
    const QString ecPlain = plainFile(QStringLiteral("ec.pem"), m_ec);
    const QString edPlain = plainFile(QStringLiteral("ed.pem"), m_ed);
    const QStringList topk8 = {QStringLiteral("pkcs8"),    QStringLiteral("-topk8"),
                               QStringLiteral("-v2"),      QStringLiteral("aes-256-cbc"),
                               QStringLiteral("-passout"), pass};

    // PKCS#8, plain and encrypted, PEM and DER.
    m_variants[QStringLiteral("RSA PKCS#8 PEM")] = {pemBlock("PRIVATE KEY", m_rsa.pkcs8Der.bytes()),
                                                    m_rsa.publicKeyDer, QStringLiteral("RSA"), false};
    m_variants[QStringLiteral("EC PKCS#8 PEM")] = {pemBlock("PRIVATE KEY", m_ec.pkcs8Der.bytes()),
                                                   m_ec.publicKeyDer, QStringLiteral("EC"), false};
    m_variants[QStringLiteral("Ed25519 PKCS#8 PEM")] = {pemBlock("PRIVATE KEY", m_ed.pkcs8Der.bytes()),
                                                        m_ed.publicKeyDer, QStringLiteral("Ed25519"), false};
    m_variants[QStringLiteral("EC PKCS#8 DER")] = {m_ec.pkcs8Der.bytes(), m_ec.publicKeyDer,
                                                   QStringLiteral("EC"), false};
    m_variants[QStringLiteral("RSA PKCS#8 DER (openssl)")] = {
        opensslFile({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-nocrypt"),
                     QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-in"), rsaPlain},
                    QStringLiteral("rsa.p8.der")),
        m_rsa.publicKeyDer, QStringLiteral("RSA"), false};
    m_variants[QStringLiteral("RSA encrypted PKCS#8 PEM")] = {
        opensslFile(topk8 + QStringList{QStringLiteral("-in"), rsaPlain}, QStringLiteral("rsa.enc.p8.pem")),
        m_rsa.publicKeyDer, QStringLiteral("RSA"), true};
    m_variants[QStringLiteral("EC encrypted PKCS#8 PEM")] = {
        opensslFile(topk8 + QStringList{QStringLiteral("-in"), ecPlain}, QStringLiteral("ec.enc.p8.pem")),
        m_ec.publicKeyDer, QStringLiteral("EC"), true};
    m_variants[QStringLiteral("Ed25519 encrypted PKCS#8 PEM")] = {
        opensslFile(topk8 + QStringList{QStringLiteral("-in"), edPlain}, QStringLiteral("ed.enc.p8.pem")),
        m_ed.publicKeyDer, QStringLiteral("Ed25519"), true};
    m_variants[QStringLiteral("EC encrypted PKCS#8 DER")] = {
        opensslFile(topk8 + QStringList{QStringLiteral("-outform"), QStringLiteral("DER"),
                                        QStringLiteral("-in"), ecPlain},
                    QStringLiteral("ec.enc.p8.der")),
        m_ec.publicKeyDer, QStringLiteral("EC"), true};

    // Traditional forms ("RSA PRIVATE KEY", "EC PRIVATE KEY"), plain and with DEK-Info encryption.
    m_variants[QStringLiteral("RSA traditional PEM")] = {
        opensslFile({QStringLiteral("rsa"), QStringLiteral("-traditional"), QStringLiteral("-in"), rsaPlain},
                    QStringLiteral("rsa.trad.pem")),
        m_rsa.publicKeyDer, QStringLiteral("RSA"), false};
    m_variants[QStringLiteral("RSA traditional AES-256 PEM")] = {
        opensslFile({QStringLiteral("rsa"), QStringLiteral("-traditional"), QStringLiteral("-aes256"),
                     QStringLiteral("-passout"), pass, QStringLiteral("-in"), rsaPlain},
                    QStringLiteral("rsa.trad.enc.pem")),
        m_rsa.publicKeyDer, QStringLiteral("RSA"), true};
    m_variants[QStringLiteral("EC traditional PEM")] = {
        opensslFile({QStringLiteral("ec"), QStringLiteral("-in"), ecPlain}, QStringLiteral("ec.trad.pem")),
        m_ec.publicKeyDer, QStringLiteral("EC"), false};
    m_variants[QStringLiteral("EC traditional AES-256 PEM")] = {
        opensslFile({QStringLiteral("ec"), QStringLiteral("-aes256"), QStringLiteral("-passout"), pass,
                     QStringLiteral("-in"), ecPlain},
                    QStringLiteral("ec.trad.enc.pem")),
        m_ec.publicKeyDer, QStringLiteral("EC"), true};
    m_variants[QStringLiteral("EC traditional DER")] = {
        opensslFile({QStringLiteral("ec"), QStringLiteral("-outform"), QStringLiteral("DER"),
                     QStringLiteral("-in"), ecPlain},
                    QStringLiteral("ec.trad.der")),
        m_ec.publicKeyDer, QStringLiteral("EC"), false};

    // A key made by `openssl genrsa -traditional`, whose public key comes from openssl as well.
    const QByteArray genrsa =
        opensslFile({QStringLiteral("genrsa"), QStringLiteral("-traditional"), QStringLiteral("-aes256"),
                     QStringLiteral("-passout"), pass, QStringLiteral("2048")},
                    QStringLiteral("genrsa.pem"));
    const QByteArray genrsaPub =
        opensslFile({QStringLiteral("pkey"), QStringLiteral("-in"),
                     m_dir.filePath(QStringLiteral("genrsa.pem")), QStringLiteral("-passin"), pass,
                     QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER")},
                    QStringLiteral("genrsa.pub.der"));
    m_variants[QStringLiteral("RSA genrsa -traditional -aes256")] = {genrsa, genrsaPub, QStringLiteral("RSA"),
                                                                     true};

    // The files really have the forms the rows are named after.
    QVERIFY(m_variants[QStringLiteral("RSA encrypted PKCS#8 PEM")].bytes.startsWith(
        "-----BEGIN ENCRYPTED PRIVATE KEY"));
    for (const char *name :
         {"RSA traditional AES-256 PEM", "EC traditional AES-256 PEM", "RSA genrsa -traditional -aes256"}) {
        const QByteArray &bytes = m_variants[QLatin1String(name)].bytes;
        QVERIFY2(bytes.contains("Proc-Type: 4,ENCRYPTED") && bytes.contains("DEK-Info: AES-256-CBC"), name);
    }
    QVERIFY(m_variants[QStringLiteral("RSA traditional PEM")].bytes.startsWith("-----BEGIN RSA PRIVATE KEY"));
    QVERIFY(m_variants[QStringLiteral("EC traditional AES-256 PEM")].bytes.startsWith(
        "-----BEGIN EC PRIVATE KEY"));
}

void TestPrivateKey::readsFormats_data()
{
    QTest::addColumn<QString>("variant");
    for (auto it = m_variants.cbegin(); it != m_variants.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestPrivateKey::readsFormats()
{
    QFETCH(QString, variant);
    const Variant &v = m_variants[variant];
    const auto key = readPrivateKey(v.bytes, v.encrypted ? std::optional<QString>(Passphrase) : std::nullopt);
    QVERIFY2(key.ok(), qPrintable(key.error().fullText()));
    QCOMPARE(key->publicKeyDer, v.publicKeyDer);
    QCOMPARE(key->keyType, v.keyType);
    // The result is unencrypted PKCS#8 whose public half is the same key.
    const auto pub = publicKeyOf(key->pkcs8Der);
    QVERIFY2(pub.ok(), qPrintable(pub.error().fullText()));
    QCOMPARE(*pub, v.publicKeyDer);
    QCOMPARE(ERR_peek_error(), 0UL);

    // A passphrase given for a key that has none is not used, not an error.
    if (!v.encrypted) {
        const auto again = readPrivateKey(v.bytes, WrongPassphrase);
        QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
        QCOMPARE(again->publicKeyDer, v.publicKeyDer);
    }
}

void TestPrivateKey::addEncryptedRows()
{
    QTest::addColumn<QString>("variant");
    for (auto it = m_variants.cbegin(); it != m_variants.cend(); ++it) {
        if (it->encrypted)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }
}

void TestPrivateKey::passwordRequired_data()
{
    addEncryptedRows();
}

void TestPrivateKey::passwordRequired()
{
    QFETCH(QString, variant);
    const auto key = readPrivateKey(m_variants[variant].bytes);
    QVERIFY2(!key.ok(), "an encrypted key was read without a passphrase");
    QCOMPARE(key.error().code, ErrorCode::PasswordRequired);
    QVERIFY(!key.error().message.isEmpty());
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestPrivateKey::wrongPassword_data()
{
    addEncryptedRows();
}

void TestPrivateKey::wrongPassword()
{
    QFETCH(QString, variant);
    const auto key = readPrivateKey(m_variants[variant].bytes, WrongPassphrase);
    QVERIFY2(!key.ok(), "an encrypted key was read with a wrong passphrase");
    QCOMPARE(key.error().code, ErrorCode::WrongPassword);
    QVERIFY2(!key.error().fullText().contains(WrongPassphrase), qPrintable(key.error().fullText()));
    QVERIFY2(!key.error().fullText().contains(Passphrase), qPrintable(key.error().fullText()));
    QCOMPARE(ERR_peek_error(), 0UL);

    // An empty passphrase is a wrong one too, not a missing one.
    const auto empty = readPrivateKey(m_variants[variant].bytes, QString());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::WrongPassword);
}

void TestPrivateKey::keyAfterCertificate()
{
    const TestCertificate cert = makeSelfSignedCa(QStringLiteral("Key Bundle CA"));
    const QByteArray bundle =
        toPem(cert.der) + "\n" + m_variants[QStringLiteral("EC encrypted PKCS#8 PEM")].bytes;
    const auto key = readPrivateKey(bundle, Passphrase);
    QVERIFY2(key.ok(), qPrintable(key.error().fullText()));
    QCOMPARE(key->publicKeyDer, m_ec.publicKeyDer);

    const auto own = readPrivateKey(toPem(cert.der) + privateKeyPem(cert));
    QVERIFY2(own.ok(), qPrintable(own.error().fullText()));
    QVERIFY(keyMatchesCertificate(own->pkcs8Der, cert.der));
}

void TestPrivateKey::notAKey()
{
    const TestCertificate cert = makeSelfSignedCa(QStringLiteral("No Key CA"));
    for (const QByteArray &input :
         QList<QByteArray>{QByteArray(), "   \n", "garbage", toPem(cert.der), cert.der, m_ec.publicKeyDer,
                           pemBlock("PUBLIC KEY", m_ec.publicKeyDer), m_ec.pkcs8Der.bytes().left(20)}) {
        const auto key = readPrivateKey(input);
        QVERIFY2(!key.ok(), input.left(40).toHex().constData());
        QCOMPARE(key.error().code, ErrorCode::Generic);
        QVERIFY(!key.error().message.isEmpty());
        QCOMPARE(ERR_peek_error(), 0UL);
    }
    // A PEM block that is cut off.
    const QByteArray pem = pemBlock("PRIVATE KEY", m_ec.pkcs8Der.bytes());
    QVERIFY(!readPrivateKey(pem.left(pem.size() - 30)).ok());
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestPrivateKey::keyMatchesCertificateTrueFalse()
{
    const TestCa ca = makeSelfSignedCa(QStringLiteral("Match CA"));
    const TestCertificate leaf =
        makeLeaf(ca, QStringLiteral("match.example.test"), {}, KeyAlgorithm::Rsa2048);
    QVERIFY(keyMatchesCertificate(ca.keyPkcs8, ca.der));
    QVERIFY(keyMatchesCertificate(leaf.keyPkcs8, leaf.der));
    QVERIFY(!keyMatchesCertificate(leaf.keyPkcs8, ca.der));
    QVERIFY(!keyMatchesCertificate(ca.keyPkcs8, leaf.der));
    QVERIFY(!keyMatchesCertificate(m_ec.pkcs8Der, ca.der)); // same algorithm, other key
    QVERIFY(!keyMatchesCertificate(SecureBytes(QByteArray("junk")), ca.der));
    QVERIFY(!keyMatchesCertificate(ca.keyPkcs8, "junk"));
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestPrivateKey::publicKey()
{
    for (const GeneratedKey *key : {&m_rsa, &m_ec, &m_ed}) {
        const auto pub = publicKeyOf(key->pkcs8Der);
        QVERIFY2(pub.ok(), qPrintable(pub.error().fullText()));
        QCOMPARE(*pub, key->publicKeyDer);
    }
    QVERIFY(!publicKeyOf(SecureBytes(QByteArray("junk"))).ok());
    QVERIFY(!publicKeyOf(SecureBytes()).ok());
    QCOMPARE(ERR_peek_error(), 0UL);
}

QTEST_GUILESS_MAIN(TestPrivateKey)
#include "tst_privatekey.moc"
