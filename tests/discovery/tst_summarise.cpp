// SPDX-License-Identifier: GPL-3.0-or-later
// summarise() against pki::parseCertificateDer: every field summarise() fills must be what the full
// OpenSSL parse gives, for every key type, name encoding, time form and serial number form.
#include "connectors/discovery/certificatereader.h"
#include "connectors/pki/certificateparser.h"
#include "tests/discovery/customcertificate.h"
#include "tests/discovery/opensslcorpus.h"
#include "tests/support/testcertificates.h"

#include <openssl/asn1.h>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::testsupport;
using domain::CertificateDetails;

Q_DECLARE_METATYPE(certdesk::pki::KeyAlgorithm)
Q_DECLARE_METATYPE(QList<certdesk::testsupport::NameAttribute>)

Q_DECLARE_METATYPE(certdesk::testsupport::CustomCertificateSpec)

namespace {

/// The fields summarise() promises, each as "name: summarise | parseCertificateDer" when they differ.
QStringList differences(const CertificateDetails &s, const CertificateDetails &p)
{
    QStringList out;
    const auto check = [&](const char *field, const auto &a, const auto &b) {
        if (!(a == b))
            out << QStringLiteral("%1: [%2] | [%3]")
                       .arg(QLatin1String(field), QVariant::fromValue(a).toString(),
                            QVariant::fromValue(b).toString());
    };
    check("der", s.der, p.der);
    check("version", s.version, p.version);
    check("subject", s.subject, p.subject);
    check("issuer", s.issuer, p.issuer);
    check("commonName", s.commonName, p.commonName);
    check("issuerCommonName", s.issuerCommonName, p.issuerCommonName);
    check("serialHex", s.serialHex, p.serialHex);
    check("notBefore", s.notBefore, p.notBefore);
    check("notAfter", s.notAfter, p.notAfter);
    check("keyType", s.keyType, p.keyType);
    check("keyBits", s.keyBits, p.keyBits);
    check("curve", s.curve, p.curve);
    check("signatureAlgorithm", s.signatureAlgorithm, p.signatureAlgorithm);
    check("sha256", s.sha256, p.sha256);
    check("selfIssued", s.selfIssued, p.selfIssued);
    return out;
}

/// Fails the test when summarise() and parseCertificateDer disagree on `der`; when the full parse
/// refuses the certificate, summarise() may do either but must not crash.
void compareWithParser(const QByteArray &der, const QString &what)
{
    const auto full = pki::parseCertificateDer(der);
    const auto quick = discovery::summarise(der);
    if (!full) {
        // Allowed (summarise() does not decode extensions, for one), but worth a look.
        if (quick)
            qInfo("%s: summarise() reads what parseCertificateDer refuses (%s)", qPrintable(what),
                  qPrintable(full.error().fullText()));
        return;
    }
    QVERIFY2(quick.ok(), qPrintable(what + u": " + quick.error().fullText()));
    const QStringList diff = differences(*quick, *full);
    QVERIFY2(diff.isEmpty(), qPrintable(what + u'\n' + diff.join(u'\n')));
    QVERIFY2(quick->sha1.isEmpty(), "summarise leaves sha1 empty");
}

NameAttribute attribute(const char *type, int stringType, const QByteArray &value, bool join = false)
{
    return NameAttribute{type, stringType, value, join};
}

/// A certificate whose subject O value is `content` with tag `tag`: built with a placeholder and
/// patched, for values the builder refuses to write (the signature no longer matches, which
/// neither parser checks).
QByteArray withPatchedValue(std::uint8_t tag, const QByteArray &content)
{
    const QByteArray placeholder(content.size(), 'Q');
    CustomCertificateSpec spec;
    spec.subject = {NameAttribute{"O", V_ASN1_UTF8STRING, placeholder},
                    NameAttribute{"CN", V_ASN1_UTF8STRING, "x"}};
    QByteArray der = makeCustomCertificate(spec);
    const QByteArray encoded = QByteArray(1, char(V_ASN1_UTF8STRING)) + char(content.size()) + placeholder;
    const qsizetype at = der.indexOf(encoded);
    if (at < 0 || content.size() > 100)
        qFatal("placeholder not found");
    const QByteArray replacement = QByteArray(1, char(tag)) + char(content.size()) + content;
    der.replace(at, encoded.size(), replacement);
    return der;
}

/// compareWithParser, and summarise() and the reader agree on whether it is a certificate.
void checkPatched(const QByteArray &der, const QString &what)
{
    compareWithParser(der, what);
    const bool summarised = discovery::summarise(der).ok();
    const auto read = discovery::readCertificates(der, discovery::ReadStrictness::Expected);
    QVERIFY2(summarised == (read.certificates.size() == 1), qPrintable(what + u' ' + read.problem));
}

QByteArray utf16be(const QString &text)
{
    QByteArray out;
    for (const QChar c : text)
        out += char(c.unicode() >> 8), out += char(c.unicode() & 0xff);
    return out;
}

QByteArray ucs4be(const QList<char32_t> &text)
{
    QByteArray out;
    for (const char32_t c : text) {
        for (int shift = 24; shift >= 0; shift -= 8)
            out += char((c >> shift) & 0xff);
    }
    return out;
}

} // namespace

class TestSummarise : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCliKeyTypeAndName();
    void testSupportChains_data();
    void testSupportChains();
    void everyAsciiCharacterInNames_data();
    void everyAsciiCharacterInNames();
    void valueTagsLeftToOpenssl();
    void nameStructures_data();
    void nameStructures();
    void timesAndSerials_data();
    void timesAndSerials();
    void keyFieldsByType();
    void malformedTimeIsAnError();
    void truncatedAndCorruptedDerNeverCrash();
    void trailingBytesAreAnError();

private:
    QTemporaryDir m_dir;
    QList<CliCertificate> m_zoo;
};

void TestSummarise::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_zoo = cliCertificateZoo(m_dir.path());
}

void TestSummarise::everyCliKeyTypeAndName()
{
    for (const CliCertificate &cert : std::as_const(m_zoo)) {
        compareWithParser(cert.der, cert.name);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(pki::parseCertificateDer(cert.der).ok(), qPrintable(cert.name));
    }
}

void TestSummarise::testSupportChains_data()
{
    QTest::addColumn<pki::KeyAlgorithm>("algorithm");
    QTest::newRow("rsa2048") << pki::KeyAlgorithm::Rsa2048;
    QTest::newRow("rsa3072") << pki::KeyAlgorithm::Rsa3072;
    QTest::newRow("p256") << pki::KeyAlgorithm::EcP256;
    QTest::newRow("p384") << pki::KeyAlgorithm::EcP384;
    QTest::newRow("ed25519") << pki::KeyAlgorithm::Ed25519;
}

void TestSummarise::testSupportChains()
{
    QFETCH(pki::KeyAlgorithm, algorithm);
    const TestCa root = makeSelfSignedCa(QStringLiteral("Summary Root"), algorithm);
    const TestCa sub = makeIntermediateCa(root, QStringLiteral("Summary Sub"), algorithm);
    const TestCertificate leaf =
        makeLeaf(sub, QStringLiteral("leaf.example"), {QStringLiteral("DNS:leaf.example")}, algorithm);
    compareWithParser(root.der, QStringLiteral("root"));
    compareWithParser(sub.der, QStringLiteral("intermediate"));
    compareWithParser(leaf.der, QStringLiteral("leaf"));
    QVERIFY(discovery::summarise(root.der)->selfIssued);
    QVERIFY(!discovery::summarise(leaf.der)->selfIssued);
    QCOMPARE(discovery::summarise(leaf.der)->issuerCommonName, QStringLiteral("Summary Sub"));
}

void TestSummarise::everyAsciiCharacterInNames_data()
{
    QTest::addColumn<int>("stringType");
    QTest::newRow("UTF8String") << int(V_ASN1_UTF8STRING);
    QTest::newRow("PrintableString") << int(V_ASN1_PRINTABLESTRING);
    QTest::newRow("IA5String") << int(V_ASN1_IA5STRING);
    QTest::newRow("T61String") << int(V_ASN1_T61STRING);
    QTest::newRow("NumericString") << int(V_ASN1_NUMERICSTRING);
    QTest::newRow("BMPString") << int(V_ASN1_BMPSTRING);
}

void TestSummarise::everyAsciiCharacterInNames()
{
    QFETCH(int, stringType);
    const auto encode = [&](const QByteArray &latin1) {
        return stringType == V_ASN1_BMPSTRING ? utf16be(QString::fromLatin1(latin1)) : latin1;
    };
    // Each character alone, first, last and in the middle: the escaping rules differ for each.
    for (int c = 0; c < 128; ++c) {
        const QByteArray ch(1, char(c));
        CustomCertificateSpec spec;
        spec.subject = {attribute("ST", stringType, encode(ch)),
                        attribute("O", stringType, encode(ch + "ab")),
                        attribute("OU", stringType, encode("ab" + ch)),
                        attribute("L", stringType, encode("a" + ch + "b")),
                        attribute("CN", stringType, encode(ch + ch + "x" + ch + ch))};
        spec.issuer = {attribute("CN", stringType, encode("A" + ch)),
                       attribute("O", stringType, encode(ch + ch)),
                       attribute("OU", stringType, encode(ch), true)};
        compareWithParser(makeCustomCertificate(spec),
                          QStringLiteral("character 0x%1").arg(c, 2, 16, QChar(u'0')));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestSummarise::valueTagsLeftToOpenssl()
{
    // Whatever OpenSSL makes of these, summarise() and the reader agree with each other, and with
    // parseCertificateDer when that accepts the name.
    for (const int tag : {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0a, 0x10, 0x12, 0x13, 0x14, 0x15, 0x16,
                          0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x30, 0x31, 0x2c, 0x80, 0xa0}) {
        checkPatched(withPatchedValue(std::uint8_t(tag), "patchme!"),
                     QStringLiteral("tag 0x%1").arg(tag, 2, 16, QChar(u'0')));
        if (QTest::currentTestFailed())
            return;
    }
    const QList<QPair<int, QByteArray>> odd{
        {V_ASN1_BMPSTRING, "abc"},
        {V_ASN1_UNIVERSALSTRING, "abcdef"},
        {V_ASN1_UNIVERSALSTRING, QByteArray("\x00\x11\x00\x00", 4)},
        {V_ASN1_UTF8STRING, "bad \xff\xfe"},
        {V_ASN1_UTF8STRING, "\xc0\xaf"},
        {V_ASN1_UTF8STRING, "\xed\xa0\x80"},
        {V_ASN1_UTF8STRING, "\xf4\x90\x80\x80"},
        {V_ASN1_UTF8STRING, "\xf8\x88\x80\x80\x80"},
        {V_ASN1_UTF8STRING, "ab\xe2\x82"},
        {V_ASN1_PRINTABLESTRING, "\xff\x00"},
    };
    for (const auto &[tag, content] : odd) {
        checkPatched(withPatchedValue(std::uint8_t(tag), content),
                     QStringLiteral("tag %1 %2").arg(tag).arg(QString::fromLatin1(content.toHex())));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestSummarise::nameStructures_data()
{
    QTest::addColumn<QList<NameAttribute>>("subject");
    QTest::addColumn<QList<NameAttribute>>("issuer");
    // Subject and issuer the same: texts, common names and selfIssued for unusual strings.
    const auto same = [](const char *tag, const QList<NameAttribute> &name) {
        QTest::newRow(tag) << name << name;
    };
    same("utf8", {attribute("CN", V_ASN1_UTF8STRING, "Jürgen Ωmega 日本 😀")});
    same("latin1 t61", {attribute("CN", V_ASN1_T61STRING, "M\xfcller \xc4\xff")});
    same("latin1 printable", {attribute("O", V_ASN1_PRINTABLESTRING, "\xe9t\xe9")});
    same("latin1 ia5", {attribute("CN", V_ASN1_IA5STRING, "caf\xe9 ")});
    same("bmp", {attribute("CN", V_ASN1_BMPSTRING, utf16be(QStringLiteral("Ωmega 日本")))});
    same("universal",
         {attribute("CN", V_ASN1_UNIVERSALSTRING, ucs4be({U'a', U'\u00e9', U'\u65e5', U'\U0001F600'}))});
    same("utf8 quoting", {attribute("CN", V_ASN1_UTF8STRING, "Ä, \"x\" ü ")});
    same("utf8 noncharacters", {attribute("CN", V_ASN1_UTF8STRING, "\xef\xbf\xbe\xef\xbf\xbf")});
    same("utf8 nul", {attribute("CN", V_ASN1_UTF8STRING, QByteArray("a\0b", 3))});
    const QList<NameAttribute> plain{attribute("C", V_ASN1_PRINTABLESTRING, "DE"),
                                     attribute("CN", V_ASN1_UTF8STRING, "x")};
    QTest::newRow("empty subject") << QList<NameAttribute>{} << plain;
    QTest::newRow("both empty") << QList<NameAttribute>{} << QList<NameAttribute>{};
    QTest::newRow("empty value") << QList<NameAttribute>{attribute("CN", V_ASN1_UTF8STRING, "")} << plain;
    QTest::newRow("unknown oid") << QList<NameAttribute>{attribute("1.2.3.4.5", V_ASN1_UTF8STRING, "v"),
                                                         attribute("CN", V_ASN1_UTF8STRING, "x")}
                                 << plain;
    QTest::newRow("multi-valued rdn") << QList<NameAttribute>{attribute("O", V_ASN1_UTF8STRING, "o"),
                                                              attribute("OU", V_ASN1_UTF8STRING, "u", true),
                                                              attribute("CN", V_ASN1_UTF8STRING, "c", true)}
                                      << plain;
    QTest::newRow("many attributes")
        << QList<NameAttribute>{attribute("DC", V_ASN1_IA5STRING, "org"),
                                attribute("DC", V_ASN1_IA5STRING, "example"),
                                attribute("UID", V_ASN1_UTF8STRING, "42"),
                                attribute("emailAddress", V_ASN1_IA5STRING, "a@b.c"),
                                attribute("serialNumber", V_ASN1_PRINTABLESTRING, "123"),
                                attribute("street", V_ASN1_UTF8STRING, "Main St. 1"),
                                attribute("title", V_ASN1_UTF8STRING, "Dr"),
                                attribute("CN", V_ASN1_UTF8STRING, "first"),
                                attribute("CN", V_ASN1_UTF8STRING, "last")}
        << plain;
    // Names that differ in string type, case or spaces are the same name to X509_NAME_cmp.
    QTest::newRow("same name other type")
        << QList<NameAttribute>{attribute("C", V_ASN1_UTF8STRING, "DE"),
                                attribute("CN", V_ASN1_PRINTABLESTRING, "x")}
        << plain;
    QTest::newRow("same name other case and spaces")
        << QList<NameAttribute>{attribute("C", V_ASN1_PRINTABLESTRING, "de"),
                                attribute("CN", V_ASN1_UTF8STRING, "  X  ")}
        << plain;
    QTest::newRow("inner spaces collapse")
        << QList<NameAttribute>{attribute("CN", V_ASN1_UTF8STRING, "a \t\n b")}
        << QList<NameAttribute>{attribute("CN", V_ASN1_IA5STRING, "A B")};
    QTest::newRow("numeric is not canonicalised")
        << QList<NameAttribute>{attribute("serialNumber", V_ASN1_NUMERICSTRING, "1 2")}
        << QList<NameAttribute>{attribute("serialNumber", V_ASN1_NUMERICSTRING, "1  2")};
    QTest::newRow("latin1 vs utf8") << QList<NameAttribute>{attribute("CN", V_ASN1_T61STRING, "\xc4")}
                                    << QList<NameAttribute>{attribute("CN", V_ASN1_UTF8STRING, "\xc3\x84")};
    QTest::newRow("rdn order within a set")
        << QList<NameAttribute>{attribute("O", V_ASN1_UTF8STRING, "o"),
                                attribute("OU", V_ASN1_UTF8STRING, "u", true)}
        << QList<NameAttribute>{attribute("OU", V_ASN1_UTF8STRING, "u"),
                                attribute("O", V_ASN1_UTF8STRING, "o", true)};
    QTest::newRow("rdn split differently")
        << QList<NameAttribute>{attribute("O", V_ASN1_UTF8STRING, "o"),
                                attribute("OU", V_ASN1_UTF8STRING, "u")}
        << QList<NameAttribute>{attribute("O", V_ASN1_UTF8STRING, "o"),
                                attribute("OU", V_ASN1_UTF8STRING, "u", true)};
    QTest::newRow("different value") << QList<NameAttribute>{attribute("CN", V_ASN1_UTF8STRING, "a")}
                                     << QList<NameAttribute>{attribute("CN", V_ASN1_UTF8STRING, "b")};
    QTest::newRow("bmp vs utf8") << QList<NameAttribute>{attribute("CN", V_ASN1_BMPSTRING,
                                                                   utf16be(QStringLiteral("Ab")))}
                                 << QList<NameAttribute>{attribute("CN", V_ASN1_UTF8STRING, "aB")};
}

void TestSummarise::nameStructures()
{
    QFETCH(QList<NameAttribute>, subject);
    QFETCH(QList<NameAttribute>, issuer);
    CustomCertificateSpec spec;
    spec.subject = subject;
    spec.issuer = issuer;
    compareWithParser(makeCustomCertificate(spec), QString::fromLatin1(QTest::currentDataTag()));
}

void TestSummarise::timesAndSerials_data()
{
    QTest::addColumn<CustomCertificateSpec>("spec");
    const auto row = [](const char *tag, int beforeType, const char *before, int afterType, const char *after,
                        const char *serial, long version) {
        QTest::newRow(tag) << CustomCertificateSpec{.version = version,
                                                    .serialHex = serial,
                                                    .notBeforeType = beforeType,
                                                    .notBefore = before,
                                                    .notAfterType = afterType,
                                                    .notAfter = after};
    };
    const int utc = V_ASN1_UTCTIME;
    const int gen = V_ASN1_GENERALIZEDTIME;
    row("utc 1950 and 2049", utc, "500101000000Z", utc, "491231235959Z", "1", 2);
    row("generalized", gen, "19000101120000Z", gen, "99991231235959Z", "00", 2);
    row("utc without seconds", utc, "2401011230Z", gen, "205001011230Z", "-1", 2);
    row("offsets", utc, "240101000000+0130", gen, "20600101000000-1200", "-FF", 0);
    row("fraction", gen, "20240229235959.999Z", gen, "20240301000000.5Z", "80", 1);
    row("long serial", utc, "240101000000Z", utc, "340101000000Z", "7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
        2);
    row("negative long serial", utc, "240101000000Z", utc, "340101000000Z",
        "-800000000000000000000000000000000001", 2);
}

void TestSummarise::timesAndSerials()
{
    QFETCH(CustomCertificateSpec, spec);
    const QByteArray der = makeCustomCertificate(spec);
    compareWithParser(der, QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(discovery::summarise(der)->notBefore.isValid());
    QCOMPARE(discovery::summarise(der)->version, int(spec.version) + 1);
}

void TestSummarise::keyFieldsByType()
{
    // The expected values spelled out once, so that a change in both parsers is noticed too.
    const QMap<QString, QString> expected{
        {QStringLiteral("rsa1024"), QStringLiteral("RSA 1024 ")},
        {QStringLiteral("rsa2048"), QStringLiteral("RSA 2048 ")},
        {QStringLiteral("p256"), QStringLiteral("EC 256 P-256")},
        {QStringLiteral("p384"), QStringLiteral("EC 384 P-384")},
        {QStringLiteral("p521"), QStringLiteral("EC 521 P-521")},
        {QStringLiteral("secp256k1"), QStringLiteral("EC 256 secp256k1")},
        {QStringLiteral("ed25519"), QStringLiteral("Ed25519 256 ")},
        {QStringLiteral("ed448"), QStringLiteral("Ed448 456 ")},
        {QStringLiteral("rsapss"), QStringLiteral("RSA-PSS 2048 ")},
        {QStringLiteral("dsa"), QStringLiteral("DSA 2048 ")},
        {QStringLiteral("x25519"), QStringLiteral("X25519 253 ")},
    };
    for (const CliCertificate &cert : std::as_const(m_zoo)) {
        if (!expected.contains(cert.name))
            continue;
        const auto s = discovery::summarise(cert.der);
        QVERIFY2(s.ok(), qPrintable(cert.name));
        QCOMPARE(QStringLiteral("%1 %2 %3").arg(s->keyType).arg(s->keyBits).arg(s->curve),
                 expected.value(cert.name));
    }
}

void TestSummarise::malformedTimeIsAnError()
{
    for (const QByteArray &bad :
         {QByteArray("241301000000Z"), QByteArray("240230000000Z"), QByteArray("2401010000"),
          QByteArray("24010100000Z"), QByteArray("240101250000Z"), QByteArray("240101000000+1300"),
          QByteArray("240101000000Zjunk"), QByteArray("")}) {
        CustomCertificateSpec spec;
        spec.notBefore = bad;
        const auto s = discovery::summarise(makeCustomCertificate(spec));
        QVERIFY2(!s.ok(), bad.constData());
        QVERIFY(!s.error().message.isEmpty());
    }
}

void TestSummarise::truncatedAndCorruptedDerNeverCrash()
{
    const QByteArray der = m_zoo.at(1).der;
    for (qsizetype n = 0; n < der.size(); ++n)
        QVERIFY(!discovery::summarise(der.left(n)).ok());
    // Every byte changed once: anything may come out, but it must come out without a crash, and
    // what summarise() accepts the reader accepts as the same certificate.
    QRandomGenerator random(42);
    for (qsizetype i = 0; i < der.size(); ++i) {
        QByteArray changed = der;
        changed[i] = char(changed[i] ^ (1 + random.bounded(255)));
        const auto s = discovery::summarise(changed);
        const auto read = discovery::readCertificates(changed, discovery::ReadStrictness::Sniffed);
        QCOMPARE(s.ok(), read.certificates.size() == 1);
        if (s.ok())
            QCOMPARE(s->sha256, read.certificates.first().sha256);
    }
}

void TestSummarise::trailingBytesAreAnError()
{
    const QByteArray der = m_zoo.first().der;
    QVERIFY(!discovery::summarise(der + '\0').ok());
    QVERIFY(!discovery::summarise(der + der).ok());
    QVERIFY(!discovery::summarise(QByteArray()).ok());
    QVERIFY(discovery::summarise(der).ok());
}

QTEST_GUILESS_MAIN(TestSummarise)
#include "tst_summarise.moc"
