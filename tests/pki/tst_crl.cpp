// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/crl.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace certdesk;
using namespace certdesk::pki;
using namespace certdesk::testsupport;

Q_DECLARE_METATYPE(certdesk::pki::KeyAlgorithm)

namespace {

struct CrlFree
{
    void operator()(X509_CRL *crl) const { X509_CRL_free(crl); }
};
using CrlOwner = std::unique_ptr<X509_CRL, CrlFree>;

CrlOwner decodeCrl(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return CrlOwner(d2i_X509_CRL(nullptr, &p, static_cast<long>(der.size())));
}

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

QDateTime asn1ToUtc(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

/// The revoked entries the main test lists: three reasons and one unspecified.
QList<RevokedEntry> sampleEntries()
{
    return {
        {QByteArray::fromHex("0a1b2c"), utc(2026, 3, 1, 12, 30), RevocationReason::Superseded},
        {QByteArray::fromHex("01"), utc(2026, 2, 1), RevocationReason::KeyCompromise},
        // A leading zero byte, as a DER INTEGER with the high bit set carries it: the serial is FF00.
        {QByteArray::fromHex("00ff00"), utc(2026, 4, 1), RevocationReason::CessationOfOperation},
        {QByteArray::fromHex("7777"), utc(2026, 5, 1), RevocationReason::Unspecified},
    };
}

/// The `openssl crl -text` lines of the entry with serial `hex`, up to the next entry.
QByteArray entryText(const QByteArray &text, const QByteArray &hex)
{
    const QByteArray marker = "Serial Number: " + hex + "\n";
    const auto start = text.indexOf(marker);
    if (start < 0)
        return {};
    const auto next = text.indexOf("Serial Number: ", start + marker.size());
    const auto sig = text.indexOf("Signature Algorithm:", start + marker.size());
    auto end = next < 0 ? sig : (sig < 0 ? next : std::min(next, sig));
    return text.mid(start, end < 0 ? -1 : end - start);
}

} // namespace

/// createCrl checked with `openssl crl`, and the reason names.
class TestCrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reasonNames();
    void opensslVerifies_data();
    void opensslVerifies();
    void emptyCrl();
    void badInputs();
    void derToPemBlocks();

private:
    QTemporaryDir m_dir;
};

void TestCrl::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCrl::reasonNames()
{
    const QStringList names = revocationReasonNames();
    QCOMPARE(names, QStringList({"unspecified", "keyCompromise", "cACompromise", "affiliationChanged",
                                 "superseded", "cessationOfOperation", "certificateHold", "removeFromCRL",
                                 "privilegeWithdrawn", "aACompromise"}));
    for (const auto &name : names) {
        const auto reason = revocationReasonFromName(name);
        QVERIFY2(reason.has_value(), qPrintable(name));
        QCOMPARE(revocationReasonName(*reason), name);
        QCOMPARE(revocationReasonFromName(name.toUpper()), reason);
    }
    QCOMPARE(revocationReasonFromName(QStringLiteral("caCompromise")), RevocationReason::CaCompromise);
    QCOMPARE(revocationReasonFromName(QStringLiteral("aaCompromise")), RevocationReason::AaCompromise);
    QCOMPARE(revocationReasonFromName(QStringLiteral(" superseded ")), RevocationReason::Superseded);
    QCOMPARE(static_cast<int>(*revocationReasonFromName(QStringLiteral("removeFromCRL"))), 8);
    QCOMPARE(revocationReasonName(RevocationReason::KeyCompromise), QStringLiteral("keyCompromise"));
    QVERIFY(!revocationReasonFromName(QStringLiteral("compromised")).has_value());
    QVERIFY(!revocationReasonFromName(QString()).has_value());
    QVERIFY(!revocationReasonFromName(QStringLiteral("1")).has_value());
}

void TestCrl::opensslVerifies_data()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::addColumn<QString>("signatureAlgorithm");
    QTest::newRow("EC P-256") << KeyAlgorithm::EcP256 << "ecdsa-with-SHA256";
    QTest::newRow("EC P-384") << KeyAlgorithm::EcP384 << "ecdsa-with-SHA256";
    QTest::newRow("RSA 2048") << KeyAlgorithm::Rsa2048 << "sha256WithRSAEncryption";
    QTest::newRow("Ed25519") << KeyAlgorithm::Ed25519 << "ED25519";
}

void TestCrl::opensslVerifies()
{
    QFETCH(KeyAlgorithm, algorithm);
    QFETCH(QString, signatureAlgorithm);
    const TestCa ca = makeSelfSignedCa(QStringLiteral("CRL CA"), algorithm);
    const QDateTime thisUpdate = utc(2026, 6, 1, 8);
    const QDateTime nextUpdate = utc(2030, 6, 8, 9, 15);
    const auto crl = createCrl(ca.der, ca.keyPkcs8, sampleEntries(), thisUpdate, nextUpdate, 42);
    QVERIFY2(crl.ok(), qPrintable(crl.error().fullText()));
    QCOMPARE(ERR_peek_error(), 0UL);

    const QString caFile = writeFile(m_dir.path(), QStringLiteral("ca.pem"), toPem(ca.der));
    const QString crlFile = writeFile(m_dir.path(), QStringLiteral("crl.der"), *crl);
    auto run = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                           QStringLiteral("-in"), crlFile, QStringLiteral("-CAfile"), caFile,
                           QStringLiteral("-noout")});
    QVERIFY2(run.exitCode == 0 && run.all().contains("verify OK"), run.describe().constData());
    // The PEM form verifies as well.
    const QString pemFile = writeFile(m_dir.path(), QStringLiteral("crl.pem"), derToPem(*crl, "X509 CRL"));
    run = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), pemFile, QStringLiteral("-CAfile"),
                      caFile, QStringLiteral("-noout")});
    QVERIFY2(run.exitCode == 0 && run.all().contains("verify OK"), run.describe().constData());
    // A CA that did not sign it does not verify it.
    const TestCa other = makeSelfSignedCa(QStringLiteral("CRL CA"), algorithm);
    const QString otherFile = writeFile(m_dir.path(), QStringLiteral("other.pem"), toPem(other.der));
    run = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), pemFile, QStringLiteral("-CAfile"),
                      otherFile, QStringLiteral("-noout")});
    QVERIFY2(!run.all().contains("verify OK"), run.describe().constData());

    run = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                      QStringLiteral("-in"), crlFile, QStringLiteral("-text"), QStringLiteral("-noout")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QByteArray text = run.out;
    QVERIFY2(text.contains("Version 2 (0x1)"), text.constData());
    QVERIFY2(text.contains("Issuer: C = DE, O = CertDesk Test, CN = CRL CA"), text.constData());
    QVERIFY2(text.contains(QByteArray("Signature Algorithm: " + signatureAlgorithm.toLatin1())),
             text.constData());
    QVERIFY2(text.contains("Last Update: Jun  1 08:00:00 2026 GMT"), text.constData());
    QVERIFY2(text.contains("Next Update: Jun  8 09:15:00 2030 GMT"), text.constData());
    QVERIFY2(text.contains("X509v3 CRL Number: \n                42"), text.constData());
    QVERIFY2(text.contains("X509v3 Authority Key Identifier:"), text.constData());
    const struct
    {
        QByteArray serial;
        QByteArray reason;
        QByteArray date;
    } expected[] = {
        // In numeric order, as X509_CRL_sort leaves them.
        {"01", "Key Compromise", "Feb  1 00:00:00 2026 GMT"},
        {"7777", {}, "May  1 00:00:00 2026 GMT"},
        {"FF00", "Cessation Of Operation", "Apr  1 00:00:00 2026 GMT"},
        {"0A1B2C", "Superseded", "Mar  1 12:30:00 2026 GMT"},
    };
    qsizetype lastPos = -1;
    for (const auto &e : expected) {
        const QByteArray entry = entryText(text, e.serial);
        QVERIFY2(!entry.isEmpty(), QByteArray("serial " + e.serial + " missing:\n" + text).constData());
        QVERIFY2(entry.contains(QByteArray("Revocation Date: " + e.date)), entry.constData());
        if (e.reason.isEmpty()) {
            QVERIFY2(!entry.contains("CRL Reason Code"), entry.constData()); // unspecified is left out
        } else {
            QVERIFY2(entry.contains("X509v3 CRL Reason Code:"), entry.constData());
            QVERIFY2(entry.contains(e.reason), entry.constData());
        }
        // Sorted by serial number, not in the order given.
        const auto pos = text.indexOf(QByteArray("Serial Number: " + e.serial + "\n"));
        QVERIFY2(pos > lastPos, text.constData());
        lastPos = pos;
    }

    // The same through the OpenSSL API: AKI is the CA's SKI, CRL number and times as given.
    const CrlOwner parsed = decodeCrl(*crl);
    QVERIFY(parsed);
    QCOMPARE(X509_CRL_get_version(parsed.get()), 1L);
    QCOMPARE(asn1ToUtc(X509_CRL_get0_lastUpdate(parsed.get())), thisUpdate);
    QCOMPARE(asn1ToUtc(X509_CRL_get0_nextUpdate(parsed.get())), nextUpdate);
    int critical = -1;
    auto *number =
        static_cast<ASN1_INTEGER *>(X509_CRL_get_ext_d2i(parsed.get(), NID_crl_number, &critical, nullptr));
    QVERIFY(number);
    QCOMPARE(ASN1_INTEGER_get(number), 42L);
    QCOMPARE(critical, 0);
    ASN1_INTEGER_free(number);
    auto *aki = static_cast<AUTHORITY_KEYID *>(
        X509_CRL_get_ext_d2i(parsed.get(), NID_authority_key_identifier, &critical, nullptr));
    QVERIFY(aki && aki->keyid);
    const auto *p = reinterpret_cast<const unsigned char *>(ca.der.constData());
    X509 *caCert = d2i_X509(nullptr, &p, static_cast<long>(ca.der.size()));
    QVERIFY(caCert);
    QCOMPARE(ASN1_OCTET_STRING_cmp(aki->keyid, X509_get0_subject_key_id(caCert)), 0);
    QCOMPARE(X509_CRL_verify(parsed.get(), X509_get0_pubkey(caCert)), 1);
    AUTHORITY_KEYID_free(aki);
    X509_free(caCert);
    QCOMPARE(sk_X509_REVOKED_num(X509_CRL_get_REVOKED(parsed.get())), 4);
    ERR_clear_error();
}

void TestCrl::emptyCrl()
{
    const TestCa ca = makeSelfSignedCa(QStringLiteral("Empty CRL CA"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto crl = createCrl(ca.der, ca.keyPkcs8, {}, now, now.addDays(7), 0);
    QVERIFY2(crl.ok(), qPrintable(crl.error().fullText()));
    const QString caFile = writeFile(m_dir.path(), QStringLiteral("empty-ca.pem"), toPem(ca.der));
    const QString crlFile = writeFile(m_dir.path(), QStringLiteral("empty.crl"), *crl);
    const auto run = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                 QStringLiteral("-in"), crlFile, QStringLiteral("-CAfile"), caFile,
                                 QStringLiteral("-text"), QStringLiteral("-noout")});
    QVERIFY2(run.exitCode == 0 && run.all().contains("verify OK"), run.describe().constData());
    QVERIFY2(run.out.contains("No Revoked Certificates."), run.out.constData());
    QVERIFY2(run.out.contains("X509v3 CRL Number: \n                0"), run.out.constData());
}

void TestCrl::badInputs()
{
    const TestCa ca = makeSelfSignedCa(QStringLiteral("Bad Input CA"));
    const TestCa other = makeSelfSignedCa(QStringLiteral("Other CA"));
    const QDateTime t = utc(2026, 1, 1);
    const QDateTime n = utc(2026, 1, 8);
    const auto entries = sampleEntries();
    const auto fails = [&](const Result<QByteArray> &r, const char *messagePart) {
        if (r.ok())
            return QByteArray("accepted");
        if (!r.error().message.contains(QLatin1String(messagePart)))
            return r.error().fullText().toUtf8();
        if (ERR_peek_error() != 0)
            return QByteArray("error queue not empty");
        return QByteArray();
    };
    QByteArray why;
    QVERIFY2((why = fails(createCrl(ca.der, other.keyPkcs8, entries, t, n, 1), "does not belong")).isEmpty(),
             why.constData());
    QVERIFY2((why = fails(createCrl("junk", ca.keyPkcs8, entries, t, n, 1), "certificate")).isEmpty(),
             why.constData());
    QVERIFY2(
        (why = fails(createCrl(ca.der, SecureBytes(QByteArray("junk")), entries, t, n, 1), "key")).isEmpty(),
        why.constData());
    QVERIFY2((why = fails(createCrl(ca.der, ca.keyPkcs8, entries, n, t, 1), "next update")).isEmpty(),
             why.constData());
    QVERIFY2((why = fails(createCrl(ca.der, ca.keyPkcs8, entries, t, QDateTime(), 1), "update")).isEmpty(),
             why.constData());
    QVERIFY2((why = fails(createCrl(ca.der, ca.keyPkcs8, entries, t, n, -1), "negative")).isEmpty(),
             why.constData());
    QVERIFY2((why = fails(
                  createCrl(ca.der, ca.keyPkcs8, {{QByteArray(), t, RevocationReason::Superseded}}, t, n, 1),
                  "empty"))
                 .isEmpty(),
             why.constData());
    QVERIFY2((why = fails(createCrl(ca.der, ca.keyPkcs8,
                                    {{QByteArray(21, '\x11'), t, RevocationReason::Superseded}}, t, n, 1),
                          "20 bytes"))
                 .isEmpty(),
             why.constData());
    QVERIFY2(
        (why = fails(createCrl(ca.der, ca.keyPkcs8, {{QByteArray::fromHex("05"), QDateTime(), {}}}, t, n, 1),
                     "05"))
            .isEmpty(),
        why.constData());
    QVERIFY2(
        (why = fails(createCrl(ca.der, ca.keyPkcs8,
                               {{QByteArray::fromHex("05"), t, {}}, {QByteArray::fromHex("0005"), t, {}}}, t,
                               n, 1),
                     "twice"))
            .isEmpty(),
        why.constData());

    // A CA whose keyUsage lacks cRLSign may not sign CRLs.
    CertificateRequest req;
    req.subject = testSubject(QStringLiteral("No CRL Sign CA"));
    req.notBefore = t;
    req.notAfter = utc(2036, 1, 1);
    req.isCa = true;
    req.keyUsage = {QStringLiteral("keyCertSign")};
    const TestCa noCrlSign = issue(nullptr, req, KeyAlgorithm::EcP256);
    QVERIFY2(
        (why = fails(createCrl(noCrlSign.der, noCrlSign.keyPkcs8, entries, t, n, 1), "cRLSign")).isEmpty(),
        why.constData());
}

void TestCrl::derToPemBlocks()
{
    const QByteArray der(100, '\x5a');
    const QByteArray pem = derToPem(der, "X509 CRL");
    QVERIFY(pem.startsWith("-----BEGIN X509 CRL-----\n"));
    QVERIFY(pem.endsWith("-----END X509 CRL-----\n"));
    const QList<QByteArray> lines = pem.split('\n');
    QCOMPARE(lines.at(1).size(), 64);
    QCOMPARE(QByteArray::fromBase64(lines.at(1) + lines.at(2) + lines.at(3)), der);
    QCOMPARE(derToPem(QByteArray(), "CERTIFICATE"),
             QByteArray("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"));
}

QTEST_GUILESS_MAIN(TestCrl)
#include "tst_crl.moc"
