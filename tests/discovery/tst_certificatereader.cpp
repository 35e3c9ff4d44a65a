// SPDX-License-Identifier: GPL-3.0-or-later
// readCertificates(): every container format, every kind of bad input, and fingerprints checked
// against the `openssl` command line tool.
#include "connectors/discovery/certificatereader.h"
#include "tests/discovery/opensslcorpus.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::discovery;
using namespace certdesk::testsupport;

namespace {

QStringList fingerprints(const ReadOutcome &outcome)
{
    QStringList out;
    for (const CertificateBlob &blob : outcome.certificates)
        out << blob.sha256;
    return out;
}

ReadOutcome expected(const QByteArray &bytes)
{
    return readCertificates(bytes, ReadStrictness::Expected);
}

ReadOutcome sniffed(const QByteArray &bytes)
{
    return readCertificates(bytes, ReadStrictness::Sniffed);
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}

/// Every certificate must be hashed correctly and be one summarise() reads.
void checkBlobs(const ReadOutcome &outcome)
{
    for (const CertificateBlob &blob : outcome.certificates) {
        QCOMPARE(blob.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(blob.der, QCryptographicHash::Sha256).toHex()));
        const auto summary = summarise(blob.der);
        QVERIFY2(summary.ok(), qPrintable(summary.error().fullText()));
    }
}

} // namespace

class TestCertificateReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pemBundleMatchesOpenssl();
    void derMatchesOpenssl();
    void otherCertificateLabels();
    void pkcs7MatchesOpenssl_data();
    void pkcs7MatchesOpenssl();
    void berPkcs7FromCms();
    void pkcs12IsFlaggedNotOpened();
    void duplicatesWithinOneInputKeptOnce();
    void garbageBetweenBlocksIsIgnored();
    void crlfAndWhitespaceInBase64();
    void truncatedPemKeepsEarlierBlocks();
    void corruptBase64IsAProblem();
    void inputsWithoutCertificates_data();
    void inputsWithoutCertificates();
    void keyNextToCertificateIsSkipped();
    void certificateBlockWithOtherDer();
    void randomMutationsNeverCrash();
    void pathologicalInputsStayFast();

private:
    QTemporaryDir m_dir;
    QList<CliCertificate> m_zoo;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestCertificateReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_zoo = cliCertificateZoo(m_dir.path());
}

void TestCertificateReader::pemBundleMatchesOpenssl()
{
    QList<QByteArray> ders;
    for (const CliCertificate &cert : std::as_const(m_zoo))
        ders << cert.der;
    const QString bundle = writeFile(m_dir.path(), QStringLiteral("bundle.pem"), toPemBundle(ders, true));
    const ReadOutcome outcome = expected(readWholeFile(bundle));
    QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
    QCOMPARE(fingerprints(outcome), cliPemBundleFingerprints(bundle));
    QCOMPARE(outcome.certificates.size(), m_zoo.size());
    QVERIFY(!outcome.needsPassword);
    checkBlobs(outcome);
}

void TestCertificateReader::derMatchesOpenssl()
{
    for (const CliCertificate &cert : std::as_const(m_zoo)) {
        const QString der = cliToDer(path(cert.name + QStringLiteral(".der")), cert);
        const ReadOutcome outcome = expected(readWholeFile(der));
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
        QCOMPARE(fingerprints(outcome), QStringList{cliFingerprint(der, true)});
        QCOMPARE(outcome.certificates.first().der, cert.der);
    }
}

void TestCertificateReader::otherCertificateLabels()
{
    const CliCertificate &cert = m_zoo.at(2);
    const QString fingerprint = cliFingerprint(cert.pemPath, false);
    const ReadOutcome old = expected(pemBlock("X509 CERTIFICATE", cert.der));
    QCOMPARE(fingerprints(old), QStringList{fingerprint});
    // A TRUSTED CERTIFICATE is the certificate and OpenSSL's trust settings: only the first is hashed.
    const QByteArray trusted = readWholeFile(cliTrusted(path(QStringLiteral("trusted.pem")), cert));
    QVERIFY(trusted.startsWith("-----BEGIN TRUSTED CERTIFICATE-----"));
    const ReadOutcome t = expected(trusted);
    QVERIFY2(t.problem.isEmpty(), qPrintable(t.problem));
    QCOMPARE(fingerprints(t), QStringList{fingerprint});
    QCOMPARE(t.certificates.first().der, cert.der);
}

void TestCertificateReader::pkcs7MatchesOpenssl_data()
{
    QTest::addColumn<bool>("der");
    QTest::newRow("der") << true;
    QTest::newRow("pem") << false;
}

void TestCertificateReader::pkcs7MatchesOpenssl()
{
    QFETCH(bool, der);
    const QStringList pems{m_zoo.at(0).pemPath, m_zoo.at(6).pemPath, m_zoo.at(3).pemPath};
    const QString p7 =
        cliPkcs7(path(der ? QStringLiteral("chain.p7b") : QStringLiteral("chain-pem.p7c")), pems, der);
    const ReadOutcome outcome = expected(readWholeFile(p7));
    QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
    QCOMPARE(fingerprints(outcome), cliPkcs7Fingerprints(p7, der));
    QCOMPARE(outcome.certificates.size(), 3);
    checkBlobs(outcome);

    // The pki test support writes PKCS#7 its own way; the result must be the same certificates.
    const QList<QByteArray> ders{m_zoo.at(0).der, m_zoo.at(6).der, m_zoo.at(3).der};
    const ReadOutcome own = expected(toPkcs7(ders, der ? Pkcs7Encoding::Der : Pkcs7Encoding::Pem));
    QCOMPARE(fingerprints(own), fingerprints(outcome));

    // A PKCS#7 without certificates holds nothing to find.
    const QString empty = cliPkcs7(path(QStringLiteral("empty.p7b")), {}, der);
    QVERIFY(expected(readWholeFile(empty)).problem.contains(QStringLiteral("no certificate")));
    QVERIFY(sniffed(readWholeFile(empty)).problem.isEmpty());
}

void TestCertificateReader::berPkcs7FromCms()
{
    // `openssl cms -stream` writes indefinite-length BER, as streaming tools do.
    const QString data = writeFile(m_dir.path(), QStringLiteral("data.txt"), "signed content\n");
    const QString out = path(QStringLiteral("streamed.p7b"));
    const OpensslRun run = runOpenssl(
        {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"), QStringLiteral("-stream"),
         QStringLiteral("-in"), data, QStringLiteral("-signer"), m_zoo.at(2).pemPath,
         QStringLiteral("-inkey"), m_zoo.at(2).keyPath, QStringLiteral("-certfile"), m_zoo.at(0).pemPath,
         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), out});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QByteArray bytes = readWholeFile(out);
    QCOMPARE(quint8(bytes.at(1)), quint8(0x80)); // indefinite length indeed
    const ReadOutcome outcome = expected(bytes);
    QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
    const QStringList found = fingerprints(outcome);
    QCOMPARE(QSet<QString>(found.cbegin(), found.cend()),
             QSet<QString>(
                 {cliFingerprint(m_zoo.at(2).pemPath, false), cliFingerprint(m_zoo.at(0).pemPath, false)}));
    QCOMPARE(fingerprints(outcome), cliPkcs7Fingerprints(out, true));

    // The same as PEM: `openssl cms` labels it CMS.
    const QString pem = path(QStringLiteral("streamed.pem"));
    const OpensslRun toPem =
        runOpenssl({QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-inform"),
                    QStringLiteral("DER"), QStringLiteral("-in"), out, QStringLiteral("-outform"),
                    QStringLiteral("PEM"), QStringLiteral("-out"), pem});
    QVERIFY2(toPem.exitCode == 0, toPem.describe().constData());
    QVERIFY(readWholeFile(pem).startsWith("-----BEGIN CMS-----"));
    QCOMPARE(fingerprints(expected(readWholeFile(pem))), found);
}

void TestCertificateReader::pkcs12IsFlaggedNotOpened()
{
    const QString p12 = cliPkcs12(path(QStringLiteral("id.p12")), m_zoo.at(2));
    const TestCa ca = makeSelfSignedCa(QStringLiteral("P12 CA"));
    const TestCertificate leaf = makeLeaf(ca, QStringLiteral("p12.example"));
    QList<QByteArray> inputs{readWholeFile(p12), toPkcs12(leaf, {ca.der}, QStringLiteral("pw")),
                             toPkcs12(leaf, {}, QString())};
    if (const QByteArray legacy = toLegacyPkcs12(leaf, QStringLiteral("pw")); !legacy.isEmpty())
        inputs << legacy;
    for (const QByteArray &bytes : std::as_const(inputs)) {
        for (const ReadOutcome &outcome : {expected(bytes), sniffed(bytes)}) {
            QVERIFY(outcome.needsPassword);
            QVERIFY(outcome.certificates.isEmpty());
            QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
        }
    }
}

void TestCertificateReader::duplicatesWithinOneInputKeptOnce()
{
    const QByteArray a = m_zoo.at(0).der;
    const QByteArray b = m_zoo.at(1).der;
    const ReadOutcome pem = expected(toPemBundle({a, b, a, b, a}));
    QCOMPARE(pem.certificates.size(), 2);
    QCOMPARE(pem.certificates.at(0).der, a);
    QCOMPARE(pem.certificates.at(1).der, b);
    const ReadOutcome p7 = expected(toPkcs7({b, b, a}, Pkcs7Encoding::Der));
    QCOMPARE(p7.certificates.size(), 2);
    QCOMPARE(p7.certificates.at(0).der, b);
}

void TestCertificateReader::garbageBetweenBlocksIsIgnored()
{
    const QByteArray bytes = "Bag Attributes\n    friendlyName: x\n" + toPem(m_zoo.at(0).der) +
                             randomBytes(300, 7).replace('-', '_') + "\n----- not a marker\n-----BEGIN \n" +
                             toPem(m_zoo.at(1).der) + "trailing words";
    const ReadOutcome outcome = expected(bytes);
    QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
    QCOMPARE(outcome.certificates.size(), 2);
}

void TestCertificateReader::crlfAndWhitespaceInBase64()
{
    QByteArray pem = toPem(m_zoo.at(4).der);
    pem.replace("\n", "\r\n");
    pem.replace("\r\nM", "\r\n  \tM");
    const ReadOutcome crlf = expected("\xef\xbb\xbf" + pem + "\r\n");
    QVERIFY2(crlf.problem.isEmpty(), qPrintable(crlf.problem));
    QCOMPARE(crlf.certificates.size(), 1);
    QCOMPARE(crlf.certificates.first().der, m_zoo.at(4).der);
    // One long line and no padding line breaks at all work too.
    const QByteArray oneLine =
        "-----BEGIN CERTIFICATE-----\n" + m_zoo.at(4).der.toBase64() + "\n-----END CERTIFICATE-----\n";
    QCOMPARE(expected(oneLine).certificates.size(), 1);
}

void TestCertificateReader::truncatedPemKeepsEarlierBlocks()
{
    const QByteArray first = toPem(m_zoo.at(0).der);
    const QByteArray second = toPem(m_zoo.at(1).der);
    const ReadOutcome atEnd = expected(first + second.left(second.size() / 2));
    QCOMPARE(atEnd.certificates.size(), 1);
    QCOMPARE(atEnd.certificates.first().der, m_zoo.at(0).der);
    QVERIFY2(atEnd.problem.startsWith(QStringLiteral("truncated PEM block")), qPrintable(atEnd.problem));
    // A block cut off before the next BEGIN: the blocks around it still count.
    const ReadOutcome inMiddle =
        expected(first + second.left(second.size() / 2) + "\n" + toPem(m_zoo.at(2).der));
    QCOMPARE(inMiddle.certificates.size(), 2);
    QVERIFY(inMiddle.problem.startsWith(QStringLiteral("truncated PEM block")));
    // Sniffed: a file that still gave certificates keeps its problem.
    QVERIFY(!sniffed(first + second.left(100)).problem.isEmpty());
    QVERIFY(sniffed(second.left(100)).problem.isEmpty());
}

void TestCertificateReader::corruptBase64IsAProblem()
{
    QByteArray bad = toPem(m_zoo.at(1).der);
    bad[40] = '*';
    const ReadOutcome outcome = expected(toPem(m_zoo.at(0).der) + bad + toPem(m_zoo.at(2).der));
    QCOMPARE(outcome.certificates.size(), 2);
    QVERIFY2(outcome.problem.contains(QStringLiteral("corrupt PEM block 2")), qPrintable(outcome.problem));

    QByteArray wrongPadding = toPem(m_zoo.at(1).der);
    wrongPadding.insert(wrongPadding.indexOf("-----END"), "=\n");
    QVERIFY(!expected(wrongPadding).problem.isEmpty());
    QVERIFY(expected(wrongPadding).certificates.isEmpty());

    const ReadOutcome mismatched = expected("-----BEGIN CERTIFICATE-----\n" + m_zoo.at(1).der.toBase64() +
                                            "\n-----END PRIVATE KEY-----\n");
    QVERIFY(mismatched.certificates.isEmpty());
    QVERIFY(mismatched.problem.contains(QStringLiteral("corrupt PEM block 1")));
}

void TestCertificateReader::inputsWithoutCertificates_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    const TestCa ca = makeSelfSignedCa(QStringLiteral("Key CA"));
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("binary") << randomBytes(4096, 1) << QStringLiteral("no certificate");
    QTest::newRow("binary starting like DER") << QByteArray("\x30\x82\x01\x00") + randomBytes(256, 2)
                                              << QStringLiteral("no certificate: the DER data");
    QTest::newRow("text") << QByteArray("just some notes\nno certificate here\n")
                          << QStringLiteral("no certificate");
    QTest::newRow("private key") << privateKeyPem(ca)
                                 << QStringLiteral("no certificate: the file holds a PEM PRIVATE KEY");
    QTest::newRow("csr") << csrPem(ca, QStringLiteral("csr"))
                         << QStringLiteral("no certificate: the file holds a PEM CERTIFICATE REQUEST");
    QTest::newRow("der with trailing junk") << ca.der + "\n"
                                            << QStringLiteral("no certificate: the DER data");
    QTest::newRow("der cut short") << ca.der.left(ca.der.size() - 1)
                                   << QStringLiteral("no certificate: the DER data");
    QTest::newRow("truncated only block")
        << toPem(ca.der).left(200) << QStringLiteral("truncated PEM block 1");
    QTest::newRow("begin line only") << QByteArray("-----BEGIN ") << QStringLiteral("no certificate");
}

void TestCertificateReader::inputsWithoutCertificates()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const ReadOutcome strict = expected(bytes);
    QVERIFY(strict.certificates.isEmpty());
    QVERIFY(!strict.needsPassword);
    QVERIFY2(strict.problem.startsWith(problem), qPrintable(strict.problem));
    const ReadOutcome loose = sniffed(bytes);
    QVERIFY(loose.certificates.isEmpty());
    QVERIFY2(loose.problem.isEmpty(), qPrintable(loose.problem));
}

void TestCertificateReader::keyNextToCertificateIsSkipped()
{
    const TestCa ca = makeSelfSignedCa(QStringLiteral("Key and cert"));
    const ReadOutcome outcome = expected(privateKeyPem(ca) + toPem(ca.der) + csrPem(ca, QStringLiteral("x")));
    QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
    QCOMPARE(outcome.certificates.size(), 1);
}

void TestCertificateReader::certificateBlockWithOtherDer()
{
    const TestCa ca = makeSelfSignedCa(QStringLiteral("Not a cert"));
    const ReadOutcome outcome = expected(pemBlock("CERTIFICATE", ca.publicKeyDer));
    QVERIFY(outcome.certificates.isEmpty());
    QVERIFY2(outcome.problem.startsWith(QStringLiteral("PEM block 1 is not a valid certificate")),
             qPrintable(outcome.problem));
}

void TestCertificateReader::randomMutationsNeverCrash()
{
    const QList<QByteArray> seeds{m_zoo.at(0).der, toPemBundle({m_zoo.at(1).der, m_zoo.at(2).der}),
                                  toPkcs7({m_zoo.at(3).der, m_zoo.at(4).der}, Pkcs7Encoding::Der),
                                  toPkcs7({m_zoo.at(5).der}, Pkcs7Encoding::Pem)};
    QRandomGenerator random(1234);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = seeds.at(round % seeds.size());
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
            const qsizetype at = random.bounded(bytes.size());
            switch (random.bounded(4)) {
            case 0:
                bytes[at] = char(random.bounded(256));
                break;
            case 1:
                bytes.truncate(at);
                break;
            case 2:
                bytes.remove(at, 1 + random.bounded(16));
                break;
            default:
                bytes.insert(at, randomBytes(1 + random.bounded(8), quint32(round)));
                break;
            }
        }
        checkBlobs(expected(bytes));
        checkBlobs(sniffed(bytes));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCertificateReader::pathologicalInputsStayFast()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY(expected(QByteArray("-----BEGIN CERTIFICATE-----").repeated(200000)).certificates.isEmpty());
    QVERIFY(expected(QByteArray("-----BEGIN ").repeated(400000)).certificates.isEmpty());
    QVERIFY(
        expected(QByteArray("-----BEGIN X-----\n-----END Y-----\n").repeated(100000)).certificates.isEmpty());
    QVERIFY(expected(QByteArray(4 << 20, '\x30')).certificates.isEmpty());
    QByteArray nested;
    for (int i = 0; i < 100000; ++i)
        nested += "\x30\x80";
    QVERIFY(expected(nested).certificates.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestCertificateReader)
#include "tst_certificatereader.moc"
