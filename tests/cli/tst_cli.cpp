// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of certdeskctl, the headless CLI. Every test runs the real binary with QProcess in
// its own temporary folder (--db <tmp>/inv.sqlite, HOME and XDG folders inside it, a master passphrase
// file named by CERTDESK_MASTER_KEY_FILE) and checks exit codes, stdout (one JSON document where
// --json is given) and stderr. Covered: --version/--help and usage errors (exit 2); import of PEM, DER,
// PEM bundles, PKCS#7 and PKCS#12 (passwords, re-import without duplicates, bad files, mixed batches);
// `inventory list` fields, statuses and filters; `inventory show` fields for EC, RSA and Ed25519
// leaves; `inventory export` as PEM, DER, PEM chain and PKCS#12 with the key (read back with
// pki::parseContainer, mode 0600) and its errors; `inventory delete`; `audit list`; unusable SQLite
// files (left byte-identical) and newer schemas; a wrong or missing master passphrase; PostgreSQL
// through --pg (needs CERTDESK_TEST_PGURL, else skipped). After every test, no password or passphrase
// may appear in any output, nor in the database files, and the default inventory must not exist.

#include "connectors/pki/certificateparser.h"
#include "tests/cli/clitestsupport.h"
#include "tests/support/testcertificates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/x509.h>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <limits>
#include <memory>

using namespace certdesk;
using namespace certdesk::clitest;
using namespace certdesk::testsupport;

Q_DECLARE_METATYPE(certdesk::pki::KeyAlgorithm)

namespace {

QDateTime nowUtcSeconds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

/// ISO 8601 UTC with a Z, formatted here rather than with the product's helper.
QString isoZ(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString sha1Hex(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex());
}

/// The serial number as uppercase hex without leading zero bytes, read with OpenSSL directly.
QString serialHexOf(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
    if (!x)
        return {};
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), nullptr);
    char *hex = bn ? BN_bn2hex(bn) : nullptr;
    const QString out = hex ? QString::fromLatin1(hex) : QString();
    OPENSSL_free(hex);
    BN_free(bn);
    X509_free(x);
    return out;
}

/// The subjectPublicKey BIT STRING contents of a SubjectPublicKeyInfo DER (without the unused-bits byte).
QByteArray subjectPublicKeyBits(const QByteArray &spki)
{
    qsizetype pos = 0;
    auto header = [&](unsigned char tag, qsizetype &length) {
        if (pos + 2 > spki.size() || static_cast<unsigned char>(spki[pos]) != tag)
            return false;
        ++pos;
        qsizetype len = static_cast<unsigned char>(spki[pos++]);
        if (len & 0x80) {
            int bytes = int(len & 0x7f);
            len = 0;
            while (bytes-- > 0 && pos < spki.size())
                len = (len << 8) | static_cast<unsigned char>(spki[pos++]);
        }
        length = len;
        return true;
    };
    qsizetype len = 0;
    if (!header(0x30, len) || !header(0x30, len))
        return {};
    pos += len; // the AlgorithmIdentifier
    if (!header(0x03, len) || len < 1)
        return {};
    return spki.mid(pos + 1, len - 1);
}

/// RFC 5280 4.2.1.2 method 1 key identifier, in the "AB:CD:..." form `openssl x509 -text` prints.
QString keyIdentifier(const QByteArray &spki)
{
    const QByteArray bits = subjectPublicKeyBits(spki);
    if (bits.isEmpty())
        return QStringLiteral("<unreadable SPKI>");
    return QString::fromLatin1(QCryptographicHash::hash(bits, QCryptographicHash::Sha1).toHex(':').toUpper());
}

/// The private scalar of an EC PKCS#8 key (the OCTET STRING after "version 1"), else the whole DER.
QByteArray privateKeyCore(const pki::SecureBytes &pkcs8)
{
    const QByteArray der = pkcs8.bytes();
    const QByteArray marker("\x02\x01\x01\x04", 4);
    const qsizetype at = der.indexOf(marker);
    if (at >= 0 && at + 5 < der.size()) {
        const int len = static_cast<unsigned char>(der[at + 4]);
        if (len > 0 && len < 0x80 && at + 5 + len <= der.size())
            return der.mid(at + 5, len);
    }
    return der;
}

QString osUserName()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

QSet<QString> stringSet(const QJsonArray &certificates, const char *key)
{
    QSet<QString> out;
    for (const auto &c : certificates)
        out.insert(c.toObject().value(QLatin1String(key)).toString());
    return out;
}

QSet<qint64> idSet(const QJsonArray &ids)
{
    QSet<qint64> out;
    for (const auto &v : ids)
        out.insert(v.toInteger());
    return out;
}

QJsonObject findBySha(const QJsonArray &certificates, const QString &sha)
{
    for (const auto &c : certificates) {
        if (c.toObject().value(QStringLiteral("sha256")).toString() == sha)
            return c.toObject();
    }
    return {};
}

/// "Label:   value" lines of `inventory show` as label -> value.
QHash<QString, QString> fieldsOf(const QByteArray &text)
{
    QHash<QString, QString> out;
    for (const auto &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            out.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return out;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void version();
    void emptyDatabaseOption_data();
    void emptyDatabaseOption();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();

    void importFormats_data();
    void importFormats();
    void importPkcs12PasswordErrors_data();
    void importPkcs12PasswordErrors();
    void importBadInput_data();
    void importBadInput();
    void importMixedGoodAndBad();

    void listJsonFields();
    void listFilters_data();
    void listFilters();
    void listPlainText();

    void showJsonFields_data();
    void showJsonFields();
    void showPlainText();
    void showErrors_data();
    void showErrors();

    void exportFormats_data();
    void exportFormats();
    void exportPkcs12WithKey_data();
    void exportPkcs12WithKey();
    void exportErrors_data();
    void exportErrors();

    void deleteAndAudit();
    void wrongMasterPassphrase();

    void unusableDatabase_data();
    void unusableDatabase();
    void newerSchema();

    void postgresImportAndList();
    void postgresErrors_data();
    void postgresErrors();

private:
    /// `inventory list --json` plus `extra`: exit 0, one JSON document whose count matches its list.
    bool listJson(QJsonArray *certificates, const QStringList &extra = {});
    /// `inventory import --json` of `files`; true on exit 0 with nothing failed.
    bool importOk(const QStringList &files, QJsonObject *summary = nullptr, const QStringList &extra = {});
    /// The id `inventory list --json` shows for the certificate with this DER (0 when absent).
    qint64 idOf(const QByteArray &der);
    /// `inventory export id --format format --out out`, with `--with-key --password-file export.pass`
    /// when `withKey`.
    QStringList exportArgs(qint64 id, const QString &format, const QString &out, bool withKey = false) const;
    /// Replaces @DIR@, @IMPORT_PW@, @EXPORT_PW@, @WRONG_PW@ and @EMPTY_PW@ in data-driven arguments.
    QStringList expand(const QStringList &arguments) const;

    TestCa m_root;
    TestCa m_inter;
    TestCertificate m_leaf;     ///< valid, issued by m_inter, three SANs
    TestCertificate m_expiring; ///< ten days left
    TestCertificate m_expired;  ///< expired two days ago
    QDateTime m_leafNotBefore, m_leafNotAfter, m_expiringNotAfter, m_expiredNotAfter;
    QByteArray m_leafP12; ///< leaf + key + m_inter, protected by m_importPassword

    const QByteArray m_passphrase = "cli-Master-Passphrase-7F3A9C";
    const QByteArray m_importPassword = "p12-Import-Password-5E1B2D";
    const QByteArray m_exportPassword = "p12-Export-Password-91C4AA";
    const QByteArray m_wrongPassword = "p12-Wrong-Password-0D4E77";
    const QByteArray m_pgPassword = "pg-Url-Password-3B8F0C";
    const QByteArray m_otherPassphrase = "cli-Other-Passphrase-62D0E5";

    std::unique_ptr<CliSandbox> m_cli;
};

bool TestCli::listJson(QJsonArray *certificates, const QStringList &extra)
{
    const CliRun r = m_cli->run(
        QStringList{QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json")} + extra);
    if (r.exitCode != Ok || !r.err.isEmpty()) {
        qWarning("list failed: %s", qPrintable(r.describe()));
        return false;
    }
    const auto object = r.jsonObject();
    if (!object) {
        qWarning("list printed no JSON object: %s", qPrintable(r.describe()));
        return false;
    }
    const auto list = object->value(QStringLiteral("certificates"));
    const auto count = object->value(QStringLiteral("count"));
    if (!list.isArray() || !count.isDouble() || count.toInt() != list.toArray().size()) {
        qWarning("list JSON lacks certificates/count or they disagree: %s", qPrintable(r.describe()));
        return false;
    }
    *certificates = list.toArray();
    return true;
}

bool TestCli::importOk(const QStringList &files, QJsonObject *summary, const QStringList &extra)
{
    const CliRun r = m_cli->run(
        QStringList{QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("--json")} + extra +
        files);
    const auto object = r.jsonObject();
    if (r.exitCode != Ok || !object || object->value(QStringLiteral("failed")).toInt() != 0) {
        qWarning("import failed: %s", qPrintable(r.describe()));
        return false;
    }
    if (summary)
        *summary = *object;
    return true;
}

qint64 TestCli::idOf(const QByteArray &der)
{
    QJsonArray all;
    if (!listJson(&all))
        return 0;
    return findBySha(all, sha256Hex(der)).value(QStringLiteral("id")).toInteger();
}

QStringList TestCli::exportArgs(qint64 id, const QString &format, const QString &out, bool withKey) const
{
    QStringList args{QStringLiteral("inventory"),
                     QStringLiteral("export"),
                     QString::number(id),
                     QStringLiteral("--format"),
                     format,
                     QStringLiteral("--out"),
                     out};
    if (withKey)
        args << QStringLiteral("--with-key") << QStringLiteral("--password-file")
             << m_cli->path(QStringLiteral("export.pass"));
    return args;
}

QStringList TestCli::expand(const QStringList &arguments) const
{
    QStringList out;
    for (QString a : arguments) {
        a.replace(QLatin1String("@DIR@"), m_cli->dir());
        a.replace(QLatin1String("@IMPORT_PW@"), m_cli->path(QStringLiteral("import.pass")));
        a.replace(QLatin1String("@EXPORT_PW@"), m_cli->path(QStringLiteral("export.pass")));
        a.replace(QLatin1String("@WRONG_PW@"), m_cli->path(QStringLiteral("wrong.pass")));
        a.replace(QLatin1String("@EMPTY_PW@"), m_cli->path(QStringLiteral("empty.pass")));
        out << a;
    }
    return out;
}

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CERTDESKCTL_PATH)).isExecutable(), CERTDESKCTL_PATH " is not built");
    const QDateTime now = nowUtcSeconds();
    m_root = makeSelfSignedCa(QStringLiteral("CertDesk CLI Root"));
    m_inter = makeIntermediateCa(m_root, QStringLiteral("CertDesk CLI Issuing CA"));
    m_leafNotBefore = now.addSecs(-3600);
    m_leafNotAfter = now.addDays(90);
    m_leaf = makeLeaf(m_inter, QStringLiteral("www.certdesk.test"),
                      {QStringLiteral("DNS:www.certdesk.test"), QStringLiteral("DNS:api.certdesk.test"),
                       QStringLiteral("IP:192.0.2.10")},
                      pki::KeyAlgorithm::EcP256, m_leafNotBefore, m_leafNotAfter);
    m_expiringNotAfter = now.addDays(10);
    m_expiring = makeLeaf(m_inter, QStringLiteral("expiring.certdesk.test"),
                          {QStringLiteral("DNS:expiring.certdesk.test")}, pki::KeyAlgorithm::EcP256,
                          now.addDays(-80), m_expiringNotAfter);
    m_expiredNotAfter = now.addDays(-2);
    m_expired = makeLeaf(m_inter, QStringLiteral("expired.certdesk.test"),
                         {QStringLiteral("DNS:expired.certdesk.test")}, pki::KeyAlgorithm::EcP256,
                         now.addDays(-100), m_expiredNotAfter);
    m_leafP12 = toPkcs12(m_leaf, {m_inter.der}, QString::fromLatin1(m_importPassword));
    QVERIFY(!m_leafP12.isEmpty());
}

void TestCli::init()
{
    m_cli = std::make_unique<CliSandbox>(m_passphrase);
    QVERIFY2(m_cli->isValid(), qPrintable(m_cli->errorString()));
    writeFile(m_cli->dir(), QStringLiteral("import.pass"), m_importPassword + '\n');
    writeFile(m_cli->dir(), QStringLiteral("export.pass"), m_exportPassword + '\n');
    writeFile(m_cli->dir(), QStringLiteral("wrong.pass"), m_wrongPassword + '\n');
    writeFile(m_cli->dir(), QStringLiteral("empty.pass"), QByteArray());
    QVERIFY(QFileInfo(m_cli->path(QStringLiteral("home"))).isDir());
}

void TestCli::cleanup()
{
    // No secret in any output of this test, nor in the database files.
    CLI_EXPECT_NO_SECRETS(*m_cli,
                          {m_passphrase, m_importPassword, m_exportPassword, m_wrongPassword, m_pgPassword});
    const QByteArray scalar = privateKeyCore(m_leaf.keyPkcs8);
    QVERIFY2(!allDatabaseBytes(m_cli->db()).contains(scalar),
             "the leaf's private key appears unsealed in the database file");
    QVERIFY2(!m_cli->transcript().contains(scalar.toBase64()),
             "the leaf's private key appears in certdeskctl output");
    // --db was honoured: the default inventory in the (temporary) data folder was never created.
    QVERIFY2(!m_cli->defaultInventoryExists(),
             "certdeskctl created the default inventory although --db was given");
    m_cli.reset();
}

// ---------------------------------------------------------------------------------------------------
// Global options and usage errors

void TestCli::version()
{
    const CliRun r = m_cli->runRaw({QStringLiteral("--version")});
    CLI_EXPECT_EXIT(r, Ok);
    QCOMPARE(r.out, QByteArray("certdeskctl " CERTDESK_VERSION "\n"));
    QVERIFY(r.err.isEmpty());
    const CliRun shortForm = m_cli->runRaw({QStringLiteral("-V")});
    CLI_EXPECT_EXIT(shortForm, Ok);
    QCOMPARE(shortForm.out, r.out);
}

void TestCli::emptyDatabaseOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--db \"\"") << QStringList{QStringLiteral("--db"), QString()};
    QTest::newRow("--db=") << QStringList{QStringLiteral("--db=")};
    QTest::newRow("--pg \"\"") << QStringList{QStringLiteral("--pg"), QString()};
}

void TestCli::emptyDatabaseOption()
{
    // `certdeskctl --db "$INVENTORY" ...` with the variable unset must not fall back to the user's
    // own default inventory: an empty value is a usage error.
    QFETCH(QStringList, arguments);
    const QString cert = writeFile(m_cli->dir(), QStringLiteral("leaf.pem"), toPem(m_leaf.der));
    const CliRun r =
        m_cli->runRaw(arguments + QStringList{QStringLiteral("inventory"), QStringLiteral("import"), cert});
    const QString defaultInventory = m_cli->xdgDataHome() + QStringLiteral("/certdesk/inventory.sqlite");
    const bool defaultTouched = QFileInfo::exists(defaultInventory);
    QDir(m_cli->xdgDataHome()).removeRecursively(); // reported below; keeps cleanup()'s own check meaningful
    QVERIFY2(r.exitCode == Usage && !defaultTouched,
             qPrintable(r.describe() +
                        (defaultTouched ? QStringLiteral("\n  wrote ") + defaultInventory : QString())));
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mustContain");

    const QStringList commands{QStringLiteral("inventory import"),
                               QStringLiteral("inventory list"),
                               QStringLiteral("inventory show"),
                               QStringLiteral("inventory export"),
                               QStringLiteral("inventory delete"),
                               QStringLiteral("audit list"),
                               QStringLiteral("--db PATH"),
                               QStringLiteral("--pg URL"),
                               QStringLiteral("CERTDESK_MASTER_KEY_FILE")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << (QStringList{QStringLiteral("Usage:")} + commands);
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")}
                        << (QStringList{QStringLiteral("Usage:")} + commands);
    QTest::newRow("inventory show --help")
        << QStringList{QStringLiteral("inventory"), QStringLiteral("show"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("Usage: certdeskctl inventory show [options] ID"),
                       QStringLiteral("--json")};
    QTest::newRow("inventory import --help")
        << QStringList{QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("Usage: certdeskctl inventory import"), QStringLiteral("FILE..."),
                       QStringLiteral("--password-file"), QStringLiteral("--json")};
    QTest::newRow("inventory list -h")
        << QStringList{QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("-h")}
        << QStringList{QStringLiteral("Usage: certdeskctl inventory list"), QStringLiteral("--expiring"),
                       QStringLiteral("--status")};
    QTest::newRow("inventory export --help")
        << QStringList{QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("Usage: certdeskctl inventory export"),
                       QStringLiteral("--format"),
                       QStringLiteral("--out"),
                       QStringLiteral("--chain"),
                       QStringLiteral("--with-key"),
                       QStringLiteral("--password-file")};
    QTest::newRow("inventory delete --help")
        << QStringList{QStringLiteral("inventory"), QStringLiteral("delete"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("Usage: certdeskctl inventory delete [options] ID")};
    QTest::newRow("audit list --help")
        << QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("Usage: certdeskctl audit list"), QStringLiteral("--limit"),
                       QStringLiteral("--certificate")};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mustContain);
    const CliRun r = m_cli->run(arguments);
    CLI_EXPECT_EXIT(r, Ok);
    for (const auto &text : mustContain)
        CLI_EXPECT_CONTAINS(r.out, text);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!QFileInfo::exists(m_cli->db()), "help opened (created) the database");
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<bool>("withDb");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const auto args = [](const char *line) { return QString::fromLatin1(line).split(u' '); };
    QTest::newRow("no command") << true << QStringList{} << "Usage: certdeskctl";
    QTest::newRow("unknown command") << true << args("frobnicate now") << "unknown command 'frobnicate now'";
    QTest::newRow("unknown subcommand") << true << args("inventory frobnicate") << "unknown command";
    QTest::newRow("unknown global option")
        << true << args("--frob inventory list") << "unknown option --frob";
    QTest::newRow("unknown command option")
        << true << args("inventory list --frob") << "Unknown option 'frob'";
    QTest::newRow("--db without a value") << false << args("--db") << "--db needs a value";
    QTest::newRow("--expiring not a number")
        << true << args("inventory list --expiring x") << "--expiring takes a number of days";
    QTest::newRow("--expiring negative")
        << true << args("inventory list --expiring=-5") << "--expiring takes a number of days";
    QTest::newRow("--expiring without value") << true << args("inventory list --expiring") << "Missing value";
    QTest::newRow("--status unknown") << true << args("inventory list --status bogus")
                                      << "--status takes valid, expiring, expired or revoked";
    QTest::newRow("--limit zero") << true << args("audit list --limit 0")
                                  << "--limit takes a positive number";
    QTest::newRow("--limit not a number")
        << true << args("audit list --limit many") << "--limit takes a positive number";
    QTest::newRow("import without files")
        << true << args("inventory import --json") << "Name at least one file";
    QTest::newRow("show without id") << true << args("inventory show") << "Name one certificate id";
    QTest::newRow("show with two ids") << true << args("inventory show 1 2") << "Name one certificate id";
    QTest::newRow("delete without id") << true << args("inventory delete") << "Name one certificate id";
    QTest::newRow("export without --format")
        << true << args("inventory export 1 --out x.pem") << "--format and --out are required";
    QTest::newRow("export without --out")
        << true << args("inventory export 1 --format pem") << "--format and --out are required";
    QTest::newRow("export unknown format")
        << true << args("inventory export 1 --format jks --out x.jks") << "--format takes pem, der or p12";
}

void TestCli::usageErrors()
{
    QFETCH(bool, withDb);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun r = withDb ? m_cli->run(arguments) : m_cli->runRaw(arguments);
    CLI_EXPECT_EXIT(r, Usage);
    CLI_EXPECT_CONTAINS(r.err, message);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!QFileInfo::exists(m_cli->db()), "a usage error opened (created) the database");
}

// ---------------------------------------------------------------------------------------------------
// Import

void TestCli::importFormats_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("withPassword");
    QTest::addColumn<QStringList>("expectedSha256");
    QTest::addColumn<QString>("keySha256"); ///< the certificate that must get the private key, or empty

    const QString leaf = sha256Hex(m_leaf.der);
    const QString inter = sha256Hex(m_inter.der);
    const QString root = sha256Hex(m_root.der);
    QTest::newRow("PEM") << "leaf.pem" << toPem(m_leaf.der) << false << QStringList{leaf} << QString();
    QTest::newRow("DER") << "leaf.cer" << m_leaf.der << false << QStringList{leaf} << QString();
    QTest::newRow("PEM bundle") << "bundle.pem" << toPemBundle({m_leaf.der, m_inter.der, m_root.der}) << false
                                << QStringList{leaf, inter, root} << QString();
    QTest::newRow("P7B DER") << "chain.p7b" << toPkcs7({m_leaf.der, m_inter.der}, Pkcs7Encoding::Der) << false
                             << QStringList{leaf, inter} << QString();
    QTest::newRow("P7B PEM") << "chain-pem.p7b" << toPkcs7({m_leaf.der, m_root.der}, Pkcs7Encoding::Pem)
                             << false << QStringList{leaf, root} << QString();
    QTest::newRow("P12 with --password-file")
        << "leaf.p12" << m_leafP12 << true << QStringList{leaf, inter} << leaf;
    QTest::newRow("P12 with an empty password")
        << "nopass.pfx" << toPkcs12(m_leaf, {}, QString()) << false << QStringList{leaf} << leaf;
}

void TestCli::importFormats()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(bool, withPassword);
    QFETCH(QStringList, expectedSha256);
    QFETCH(QString, keySha256);

    const QString file = writeFile(m_cli->dir(), fileName, content);
    QStringList args{QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("--json"), file};
    if (withPassword)
        args << QStringLiteral("--password-file") << m_cli->path(QStringLiteral("import.pass"));
    const qsizetype n = expectedSha256.size();

    const CliRun first = m_cli->run(args);
    CLI_EXPECT_EXIT(first, Ok);
    QVERIFY2(first.err.isEmpty(), qPrintable(first.describe()));
    CLI_JSON(summary, first);
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(-1), int(n));
    QCOMPARE(summary.value(QStringLiteral("already_held")).toInt(-1), 0);
    QCOMPARE(summary.value(QStringLiteral("failed")).toInt(-1), 0);
    const auto files = summary.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 1);
    const auto f = files.first().toObject();
    QCOMPARE(f.value(QStringLiteral("path")).toString(), file);
    QCOMPARE(f.value(QStringLiteral("imported")).toArray().size(), n);
    QVERIFY(f.value(QStringLiteral("already_held")).isArray());
    QCOMPARE(f.value(QStringLiteral("already_held")).toArray().size(), 0);
    QVERIFY(f.value(QStringLiteral("private_key_stored")).isBool());
    QCOMPARE(f.value(QStringLiteral("private_key_stored")).toBool(), !keySha256.isEmpty());
    QVERIFY2(!f.contains(QStringLiteral("error")), qPrintable(first.describe()));
    const QSet<qint64> ids = idSet(f.value(QStringLiteral("imported")).toArray());

    QJsonArray listed;
    QVERIFY(listJson(&listed));
    QCOMPARE(stringSet(listed, "sha256"), QSet<QString>(expectedSha256.cbegin(), expectedSha256.cend()));
    QSet<qint64> listedIds;
    for (const auto &c : listed) {
        const auto o = c.toObject();
        listedIds.insert(o.value(QStringLiteral("id")).toInteger());
        const bool keyExpected = o.value(QStringLiteral("sha256")).toString() == keySha256;
        QCOMPARE(o.value(QStringLiteral("has_private_key")).toBool(), keyExpected);
    }
    QCOMPARE(listedIds, ids);

    // The same file again: everything is already held and nothing is duplicated.
    const CliRun again = m_cli->run(args);
    CLI_EXPECT_EXIT(again, Ok);
    CLI_JSON(second, again);
    QCOMPARE(second.value(QStringLiteral("imported")).toInt(-1), 0);
    QCOMPARE(second.value(QStringLiteral("already_held")).toInt(-1), int(n));
    QCOMPARE(second.value(QStringLiteral("failed")).toInt(-1), 0);
    const auto f2 = second.value(QStringLiteral("files")).toArray().first().toObject();
    QCOMPARE(f2.value(QStringLiteral("imported")).toArray().size(), 0);
    QCOMPARE(idSet(f2.value(QStringLiteral("already_held")).toArray()), ids);
    QCOMPARE(f2.value(QStringLiteral("private_key_stored")).toBool(), false);

    // And once more in plain text.
    QStringList plainArgs = args;
    plainArgs.removeOne(QStringLiteral("--json"));
    const CliRun plain = m_cli->run(plainArgs);
    CLI_EXPECT_EXIT(plain, Ok);
    QCOMPARE(QString::fromUtf8(plain.out),
             QStringLiteral("0 certificate(s) imported, %1 already held, 0 file(s) failed.\n").arg(n));

    QJsonArray after;
    QVERIFY(listJson(&after));
    QCOMPARE(after.size(), n);
    QCOMPARE(stringSet(after, "sha256"), stringSet(listed, "sha256"));
}

void TestCli::importPkcs12PasswordErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QStringList>("stderrMustContain");
    QTest::addColumn<QString>("jsonError");

    QTest::newRow("no password file") << QStringList{} << false
                                      << QStringList{QStringLiteral("leaf.p12"), QStringLiteral("password"),
                                                     QStringLiteral("--password-file")}
                                      << QString();
    QTest::newRow("wrong password")
        << QStringList{QStringLiteral("--password-file"), QStringLiteral("@WRONG_PW@")} << false
        << QStringList{QStringLiteral("leaf.p12"), QStringLiteral("password is wrong")} << QString();
    QTest::newRow("empty password file")
        << QStringList{QStringLiteral("--password-file"), QStringLiteral("@EMPTY_PW@")} << false
        << QStringList{QStringLiteral("leaf.p12"), QStringLiteral("password")} << QString();
    QTest::newRow("wrong password, JSON")
        << QStringList{QStringLiteral("--password-file"), QStringLiteral("@WRONG_PW@")} << true
        << QStringList{} << QStringLiteral("password is wrong");
    QTest::newRow("no password file, JSON")
        << QStringList{} << true << QStringList{} << QStringLiteral("protected by a password");
    QTest::newRow("password file missing")
        << QStringList{QStringLiteral("--password-file"), QStringLiteral("@DIR@/no-such.pass")} << false
        << QStringList{QStringLiteral("no-such.pass"), QStringLiteral("cannot be read")} << QString();
}

void TestCli::importPkcs12PasswordErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(bool, json);
    QFETCH(QStringList, stderrMustContain);
    QFETCH(QString, jsonError);

    const QString file = writeFile(m_cli->dir(), QStringLiteral("leaf.p12"), m_leafP12);
    QStringList args{QStringLiteral("inventory"), QStringLiteral("import"), file};
    if (json)
        args << QStringLiteral("--json");
    const CliRun r = m_cli->run(args + expand(extra));
    CLI_EXPECT_EXIT(r, Failed);
    for (const auto &text : stderrMustContain)
        CLI_EXPECT_CONTAINS(r.err, text);
    if (json) {
        CLI_JSON(summary, r);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(-1), 1);
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(-1), 0);
        const auto f = summary.value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(f.value(QStringLiteral("path")).toString(), file);
        QVERIFY2(f.value(QStringLiteral("error")).toString().contains(jsonError), qPrintable(r.describe()));
        QCOMPARE(f.value(QStringLiteral("imported")).toArray().size(), 0);
    }
    QJsonArray listed;
    QVERIFY(listJson(&listed));
    QCOMPARE(listed.size(), 0);
}

void TestCli::importBadInput_data()
{
    QTest::addColumn<QString>("kind"); // file, dir, missing
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    QByteArray noise(512, Qt::Uninitialized);
    QRandomGenerator generator(20261122);
    for (auto &c : noise)
        c = char(generator.bounded(256));
    noise[0] = char(0x5a); // not a DER SEQUENCE, not PEM, not base64

    const QByteArray pem = toPem(m_leaf.der);
    QTest::newRow("empty file") << "file"
                                << "empty.pem" << QByteArray() << "is empty";
    QTest::newRow("truncated PEM") << "file"
                                   << "truncated.pem" << pem.left(pem.size() / 2) << "truncated or corrupt";
    QTest::newRow("PEM without its END line")
        << "file"
        << "no-end.pem" << pem.left(pem.indexOf("-----END")) << "truncated or corrupt";
    QTest::newRow("directory") << "dir"
                               << "certs.d" << QByteArray() << "is a directory";
    QTest::newRow("missing path") << "missing"
                                  << "nowhere.pem" << QByteArray() << "does not exist";
    QTest::newRow("random bytes named .pem") << "file"
                                             << "random.pem" << noise << "not a certificate";
    QTest::newRow("a private key") << "file"
                                   << "key.pem" << privateKeyPem(m_expired) << "holds no certificate";
    QTest::newRow("a CSR") << "file"
                           << "request.pem" << csrPem(m_expired, QStringLiteral("csr.certdesk.test"))
                           << "holds no certificate";
}

void TestCli::importBadInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    const QString file = m_cli->path(fileName);
    if (kind == QLatin1String("file"))
        writeFile(m_cli->dir(), fileName, content);
    else if (kind == QLatin1String("dir"))
        QVERIFY(QDir().mkpath(file));

    const CliRun r = m_cli->run({QStringLiteral("inventory"), QStringLiteral("import"), file});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, file);
    CLI_EXPECT_CONTAINS(r.err, reason);
    CLI_EXPECT_CONTAINS(r.out,
                        QStringLiteral("0 certificate(s) imported, 0 already held, 1 file(s) failed."));
    if (fileName == QLatin1String("key.pem")) {
        const QByteArray body = privateKeyPem(m_expired).split('\n').value(1);
        QVERIFY2(!r.err.contains(body) && !r.out.contains(body), "the key file's content was echoed");
    }

    // With --json the same failure is in the document.
    const CliRun j =
        m_cli->run({QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("--json"), file});
    CLI_EXPECT_EXIT(j, Failed);
    CLI_JSON(summary, j);
    QCOMPARE(summary.value(QStringLiteral("failed")).toInt(-1), 1);
    const auto f = summary.value(QStringLiteral("files")).toArray().first().toObject();
    QVERIFY2(f.value(QStringLiteral("error")).toString().contains(reason), qPrintable(j.describe()));

    QJsonArray listed;
    QVERIFY(listJson(&listed));
    QCOMPARE(listed.size(), 0);
}

void TestCli::importMixedGoodAndBad()
{
    const QString good = writeFile(m_cli->dir(), QStringLiteral("good.pem"), toPem(m_leaf.der));
    const QString bad = writeFile(m_cli->dir(), QStringLiteral("bad.pem"), QByteArray("not a certificate\n"));
    const QString good2 = writeFile(m_cli->dir(), QStringLiteral("good2.der"), m_expired.der);

    const CliRun r = m_cli->run({QStringLiteral("inventory"), QStringLiteral("import"), good, bad, good2});
    CLI_EXPECT_EXIT(r, Failed);
    QCOMPARE(QString::fromUtf8(r.out),
             QStringLiteral("2 certificate(s) imported, 0 already held, 1 file(s) failed.\n"));
    CLI_EXPECT_CONTAINS(r.err, bad);
    QVERIFY2(!r.err.contains(good.toUtf8()) && !r.err.contains(good2.toUtf8()), qPrintable(r.describe()));

    QJsonArray listed;
    QVERIFY(listJson(&listed));
    QCOMPARE(stringSet(listed, "sha256"), (QSet<QString>{sha256Hex(m_leaf.der), sha256Hex(m_expired.der)}));

    // JSON: per-file results in order, the good one imported, the missing one failed.
    const QString root = writeFile(m_cli->dir(), QStringLiteral("root.pem"), toPem(m_root.der));
    const QString missing = m_cli->path(QStringLiteral("missing.crt"));
    const CliRun j = m_cli->run({QStringLiteral("inventory"), QStringLiteral("import"),
                                 QStringLiteral("--json"), root, missing, good});
    CLI_EXPECT_EXIT(j, Failed);
    CLI_JSON(summary, j);
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(-1), 1);
    QCOMPARE(summary.value(QStringLiteral("already_held")).toInt(-1), 1);
    QCOMPARE(summary.value(QStringLiteral("failed")).toInt(-1), 1);
    const auto files = summary.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 3);
    QCOMPARE(files[0].toObject().value(QStringLiteral("path")).toString(), root);
    QCOMPARE(files[0].toObject().value(QStringLiteral("imported")).toArray().size(), 1);
    QCOMPARE(files[1].toObject().value(QStringLiteral("path")).toString(), missing);
    QVERIFY(files[1]
                .toObject()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QStringLiteral("does not exist")));
    QCOMPARE(files[2].toObject().value(QStringLiteral("already_held")).toArray().size(), 1);
    QVERIFY(listJson(&listed));
    QCOMPARE(listed.size(), 3);
}

// ---------------------------------------------------------------------------------------------------
// List

void TestCli::listJsonFields()
{
    QStringList files;
    for (const auto *name : {"root.pem", "leaf.pem", "expiring.pem", "expired.pem"})
        files << m_cli->path(QString::fromLatin1(name));
    writeFile(m_cli->dir(), QStringLiteral("root.pem"), toPem(m_root.der));
    writeFile(m_cli->dir(), QStringLiteral("leaf.pem"), toPem(m_leaf.der));
    writeFile(m_cli->dir(), QStringLiteral("expiring.pem"), toPem(m_expiring.der));
    writeFile(m_cli->dir(), QStringLiteral("expired.pem"), toPem(m_expired.der));
    QVERIFY(importOk(files));

    QJsonArray listed;
    QVERIFY(listJson(&listed));
    QCOMPARE(listed.size(), 4);

    struct Expected
    {
        const QByteArray *der;
        QString commonName;
        QStringList sans;
        QString issuer;
        QString status;
    };
    const QList<Expected> expected{
        {&m_root.der,
         QStringLiteral("CertDesk CLI Root"),
         {},
         QStringLiteral("CertDesk CLI Root"),
         QStringLiteral("valid")},
        {&m_leaf.der,
         QStringLiteral("www.certdesk.test"),
         {QStringLiteral("www.certdesk.test"), QStringLiteral("api.certdesk.test"),
          QStringLiteral("192.0.2.10")},
         QStringLiteral("CertDesk CLI Issuing CA"),
         QStringLiteral("valid")},
        {&m_expiring.der,
         QStringLiteral("expiring.certdesk.test"),
         {QStringLiteral("expiring.certdesk.test")},
         QStringLiteral("CertDesk CLI Issuing CA"),
         QStringLiteral("expiring")},
        {&m_expired.der,
         QStringLiteral("expired.certdesk.test"),
         {QStringLiteral("expired.certdesk.test")},
         QStringLiteral("CertDesk CLI Issuing CA"),
         QStringLiteral("expired")},
    };
    static const QRegularExpression isoUtc(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    static const QRegularExpression lowerHex64(QStringLiteral("^[0-9a-f]{64}$"));
    QSet<qint64> ids;
    for (const auto &e : expected) {
        const QString sha = sha256Hex(*e.der);
        const QJsonObject c = findBySha(listed, sha);
        QVERIFY2(!c.isEmpty(),
                 qPrintable(QStringLiteral("%1 (SHA-256 %2) is not listed").arg(e.commonName, sha)));
        QVERIFY(c.value(QStringLiteral("id")).isDouble());
        QVERIFY(c.value(QStringLiteral("id")).toInteger() > 0);
        ids.insert(c.value(QStringLiteral("id")).toInteger());
        QCOMPARE(c.value(QStringLiteral("common_name")).toString(), e.commonName);
        QVERIFY(c.value(QStringLiteral("sans")).isArray());
        QCOMPARE(toStringList(c.value(QStringLiteral("sans"))), e.sans);
        QCOMPARE(c.value(QStringLiteral("issuer")).toString(), e.issuer);
        QCOMPARE(c.value(QStringLiteral("serial")).toString(), serialHexOf(*e.der));
        const QString notBefore = c.value(QStringLiteral("not_before")).toString();
        const QString notAfter = c.value(QStringLiteral("not_after")).toString();
        QVERIFY2(isoUtc.match(notBefore).hasMatch(), qPrintable(notBefore));
        QVERIFY2(isoUtc.match(notAfter).hasMatch(), qPrintable(notAfter));
        const QString shaJson = c.value(QStringLiteral("sha256")).toString();
        QVERIFY2(lowerHex64.match(shaJson).hasMatch(), qPrintable(shaJson));
        QCOMPARE(shaJson, sha);
        QCOMPARE(c.value(QStringLiteral("status")).toString(), e.status);
        QCOMPARE(c.value(QStringLiteral("has_private_key")).toBool(true), false);
    }
    QCOMPARE(ids.size(), 4);

    const auto leaf = findBySha(listed, sha256Hex(m_leaf.der));
    QCOMPARE(leaf.value(QStringLiteral("not_before")).toString(), isoZ(m_leafNotBefore));
    QCOMPARE(leaf.value(QStringLiteral("not_after")).toString(), isoZ(m_leafNotAfter));
    const auto expiring = findBySha(listed, sha256Hex(m_expiring.der));
    QCOMPARE(expiring.value(QStringLiteral("not_after")).toString(), isoZ(m_expiringNotAfter));
    const qint64 expiringDays = expiring.value(QStringLiteral("days_left")).toInteger();
    QVERIFY2(expiringDays == 9 || expiringDays == 10, qPrintable(QString::number(expiringDays)));
    const auto expired = findBySha(listed, sha256Hex(m_expired.der));
    QCOMPARE(expired.value(QStringLiteral("not_after")).toString(), isoZ(m_expiredNotAfter));
    QVERIFY(expired.value(QStringLiteral("days_left")).toInteger() < 0);

    // Soonest expiry first.
    QStringList order;
    for (const auto &c : listed)
        order << c.toObject().value(QStringLiteral("common_name")).toString();
    QCOMPARE(order,
             (QStringList{QStringLiteral("expired.certdesk.test"), QStringLiteral("expiring.certdesk.test"),
                          QStringLiteral("www.certdesk.test"), QStringLiteral("CertDesk CLI Root")}));
}

void TestCli::listFilters_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QStringList>("expected"); ///< common names

    const QString root = QStringLiteral("CertDesk CLI Root");
    const QString leaf = QStringLiteral("www.certdesk.test");
    const QString expiring = QStringLiteral("expiring.certdesk.test");
    const QString expired = QStringLiteral("expired.certdesk.test");
    const auto args = [](const char *line) { return QString::fromLatin1(line).split(u' '); };
    QTest::newRow("none") << QStringList{} << QStringList{root, leaf, expiring, expired};
    QTest::newRow("--expiring 30") << args("--expiring 30") << QStringList{expiring, expired};
    QTest::newRow("--expiring 0") << args("--expiring 0") << QStringList{expired};
    QTest::newRow("--expiring 100") << args("--expiring 100") << QStringList{leaf, expiring, expired};
    QTest::newRow("--status expired") << args("--status expired") << QStringList{expired};
    QTest::newRow("--status expiring") << args("--status expiring") << QStringList{expiring};
    QTest::newRow("--status valid") << args("--status valid") << QStringList{root, leaf};
    QTest::newRow("--status revoked") << args("--status revoked") << QStringList{};
    QTest::newRow("--expiring 30 --status expiring")
        << args("--expiring 30 --status expiring") << QStringList{expiring};
}

void TestCli::listFilters()
{
    QFETCH(QStringList, filter);
    QFETCH(QStringList, expected);
    const QString bundle =
        writeFile(m_cli->dir(), QStringLiteral("all.pem"),
                  toPemBundle({m_root.der, m_leaf.der, m_expiring.der, m_expired.der}, false));
    QVERIFY(importOk({bundle}));
    QJsonArray listed;
    QVERIFY(listJson(&listed, filter));
    QCOMPARE(stringSet(listed, "common_name"), QSet<QString>(expected.cbegin(), expected.cend()));
    QCOMPARE(listed.size(), expected.size());
}

void TestCli::listPlainText()
{
    const QString bundle =
        writeFile(m_cli->dir(), QStringLiteral("all.pem"),
                  toPemBundle({m_root.der, m_leaf.der, m_expiring.der, m_expired.der}, false));
    QVERIFY(importOk({bundle}));
    const CliRun r = m_cli->run({QStringLiteral("inventory"), QStringLiteral("list")});
    CLI_EXPECT_EXIT(r, Ok);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    for (const auto *heading : {"ID", "EXPIRES (UTC)", "DAYS", "STATUS", "COMMON NAME"})
        QVERIFY2(lines[0].contains(QLatin1String(heading)), qPrintable(lines[0]));
    const QList<QPair<QString, QString>> rows{
        {QStringLiteral("expired.certdesk.test"), QStringLiteral("expired")},
        {QStringLiteral("expiring.certdesk.test"), QStringLiteral("expiring")},
        {QStringLiteral("www.certdesk.test"), QStringLiteral("valid")},
        {QStringLiteral("CertDesk CLI Root"), QStringLiteral("valid")}};
    for (int i = 0; i < rows.size(); ++i) {
        QVERIFY2(lines[i + 1].endsWith(rows[i].first), qPrintable(lines[i + 1]));
        QVERIFY2(lines[i + 1].contains(QStringLiteral(" %1 ").arg(rows[i].second)), qPrintable(lines[i + 1]));
    }
    QVERIFY2(lines[3].contains(m_leafNotAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
             qPrintable(lines[3]));
}

// ---------------------------------------------------------------------------------------------------
// Show

void TestCli::showJsonFields_data()
{
    QTest::addColumn<pki::KeyAlgorithm>("algorithm");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<int>("keyBits");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<QStringList>("keyUsage");

    const QStringList ecKu{QStringLiteral("Digital Signature")};
    const QStringList rsaKu{QStringLiteral("Digital Signature"), QStringLiteral("Key Encipherment")};
    QTest::newRow("EC P-256") << pki::KeyAlgorithm::EcP256 << "EC" << 256 << "P-256" << ecKu;
    QTest::newRow("RSA 2048") << pki::KeyAlgorithm::Rsa2048 << "RSA" << 2048 << "" << rsaKu;
    QTest::newRow("Ed25519") << pki::KeyAlgorithm::Ed25519 << "Ed25519" << 256 << "" << ecKu;
}

void TestCli::showJsonFields()
{
    QFETCH(pki::KeyAlgorithm, algorithm);
    QFETCH(QString, keyType);
    QFETCH(int, keyBits);
    QFETCH(QString, curve);
    QFETCH(QStringList, keyUsage);

    const QDateTime notBefore = nowUtcSeconds().addSecs(-7200);
    const QDateTime notAfter = nowUtcSeconds().addDays(200);
    const TestCertificate leaf =
        makeLeaf(m_inter, QStringLiteral("show.certdesk.test"),
                 {QStringLiteral("DNS:show.certdesk.test"), QStringLiteral("DNS:alt.certdesk.test"),
                  QStringLiteral("IP:192.0.2.44"), QStringLiteral("IP:2001:db8::44")},
                 algorithm, notBefore, notAfter);
    const QString bundle = writeFile(m_cli->dir(), QStringLiteral("bundle.pem"),
                                     toPemBundle({leaf.der, m_inter.der, m_root.der}));
    QVERIFY(importOk({bundle}));
    const qint64 id = idOf(leaf.der);
    QVERIFY(id > 0);

    const CliRun r = m_cli->run(
        {QStringLiteral("inventory"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    CLI_EXPECT_EXIT(r, Ok);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    CLI_JSON(o, r);

    // The list fields.
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(o.value(QStringLiteral("common_name")).toString(), QStringLiteral("show.certdesk.test"));
    QCOMPARE(toStringList(o.value(QStringLiteral("sans"))),
             (QStringList{QStringLiteral("show.certdesk.test"), QStringLiteral("alt.certdesk.test"),
                          QStringLiteral("192.0.2.44"), QStringLiteral("2001:db8::44")}));
    QCOMPARE(o.value(QStringLiteral("issuer")).toString(), QStringLiteral("CertDesk CLI Issuing CA"));
    QCOMPARE(o.value(QStringLiteral("serial")).toString(), serialHexOf(leaf.der));
    QCOMPARE(o.value(QStringLiteral("not_before")).toString(), isoZ(notBefore));
    QCOMPARE(o.value(QStringLiteral("not_after")).toString(), isoZ(notAfter));
    QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha256Hex(leaf.der));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(o.value(QStringLiteral("has_private_key")).toBool(true), false);

    // The detailed fields.
    QCOMPARE(o.value(QStringLiteral("subject")).toString(),
             QStringLiteral("C=DE, O=CertDesk Test, CN=show.certdesk.test"));
    QCOMPARE(o.value(QStringLiteral("issuer_dn")).toString(),
             QStringLiteral("C=DE, O=CertDesk Test, CN=CertDesk CLI Issuing CA"));
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(toStringList(o.value(QStringLiteral("san_dns"))),
             (QStringList{QStringLiteral("show.certdesk.test"), QStringLiteral("alt.certdesk.test")}));
    QCOMPARE(toStringList(o.value(QStringLiteral("san_ip"))),
             (QStringList{QStringLiteral("192.0.2.44"), QStringLiteral("2001:db8::44")}));
    QCOMPARE(o.value(QStringLiteral("sha1")).toString(), sha1Hex(leaf.der));
    QCOMPARE(o.value(QStringLiteral("key_type")).toString(), keyType);
    QCOMPARE(o.value(QStringLiteral("key_bits")).toInt(), keyBits);
    QCOMPARE(o.value(QStringLiteral("curve")).toString(), curve);
    // Signed by the issuing CA, whose key is EC P-256, whatever the leaf's own key.
    QCOMPARE(o.value(QStringLiteral("signature_algorithm")).toString(), QStringLiteral("ecdsa-with-SHA256"));
    QCOMPARE(toStringList(o.value(QStringLiteral("key_usage"))), keyUsage);
    QCOMPARE(toStringList(o.value(QStringLiteral("extended_key_usage"))),
             (QStringList{QStringLiteral("TLS Web Server Authentication"),
                          QStringLiteral("TLS Web Client Authentication")}));
    const auto bc = o.value(QStringLiteral("basic_constraints"));
    QVERIFY2(bc.isObject(), "basic_constraints is not an object");
    QCOMPARE(bc.toObject().value(QStringLiteral("ca")).toBool(true), false);
    QVERIFY(bc.toObject().value(QStringLiteral("path_length")).isNull());
    QCOMPARE(o.value(QStringLiteral("subject_key_id")).toString(), keyIdentifier(leaf.publicKeyDer));
    QCOMPARE(o.value(QStringLiteral("authority_key_id")).toString(), keyIdentifier(m_inter.publicKeyDer));
    QCOMPARE(toStringList(o.value(QStringLiteral("crl_distribution_points"))),
             QStringList{QLatin1String(TestCrlUrl)});
    QCOMPARE(toStringList(o.value(QStringLiteral("ocsp_urls"))), QStringList{QLatin1String(TestOcspUrl)});
    QCOMPARE(toStringList(o.value(QStringLiteral("ca_issuers"))),
             QStringList{QLatin1String(TestCaIssuersUrl)});
    QCOMPARE(o.value(QStringLiteral("pem")).toString().toLatin1(), toPem(leaf.der));

    // The chain: the issuing CA, then the root.
    const auto chain = o.value(QStringLiteral("chain")).toArray();
    QCOMPARE(chain.size(), 2);
    const auto issuing = chain[0].toObject();
    QCOMPARE(issuing.value(QStringLiteral("subject")).toString(),
             QStringLiteral("C=DE, O=CertDesk Test, CN=CertDesk CLI Issuing CA"));
    QCOMPARE(issuing.value(QStringLiteral("issuer")).toString(),
             QStringLiteral("C=DE, O=CertDesk Test, CN=CertDesk CLI Root"));
    QCOMPARE(issuing.value(QStringLiteral("serial")).toString(), serialHexOf(m_inter.der));
    QCOMPARE(issuing.value(QStringLiteral("sha256")).toString(), sha256Hex(m_inter.der));
    QCOMPARE(chain[1].toObject().value(QStringLiteral("sha256")).toString(), sha256Hex(m_root.der));
}

void TestCli::showPlainText()
{
    const QString bundle =
        writeFile(m_cli->dir(), QStringLiteral("bundle.pem"), toPemBundle({m_leaf.der, m_inter.der}));
    QVERIFY(importOk({bundle}));
    const qint64 id = idOf(m_leaf.der);
    QVERIFY(id > 0);
    const CliRun r = m_cli->run({QStringLiteral("inventory"), QStringLiteral("show"), QString::number(id)});
    CLI_EXPECT_EXIT(r, Ok);
    QVERIFY2(QJsonDocument::fromJson(r.out).isNull(), "plain show printed JSON");
    const auto f = fieldsOf(r.out);
    QCOMPARE(f.value(QStringLiteral("ID")), QString::number(id));
    QCOMPARE(f.value(QStringLiteral("Status")), QStringLiteral("valid"));
    QCOMPARE(f.value(QStringLiteral("Subject")),
             QStringLiteral("C=DE, O=CertDesk Test, CN=www.certdesk.test"));
    QCOMPARE(f.value(QStringLiteral("Issuer")),
             QStringLiteral("C=DE, O=CertDesk Test, CN=CertDesk CLI Issuing CA"));
    QCOMPARE(f.value(QStringLiteral("Subject alternative names")),
             QStringLiteral("DNS:www.certdesk.test, DNS:api.certdesk.test, IP:192.0.2.10"));
    QCOMPARE(f.value(QStringLiteral("Not after")), isoZ(m_leafNotAfter));
    QCOMPARE(f.value(QStringLiteral("Key")), QStringLiteral("EC P-256"));
    QCOMPARE(f.value(QStringLiteral("SHA-256")),
             QString::fromLatin1(
                 QCryptographicHash::hash(m_leaf.der, QCryptographicHash::Sha256).toHex(':').toUpper()));
    QCOMPARE(f.value(QStringLiteral("Basic constraints")), QStringLiteral("not a CA"));
    QCOMPARE(f.value(QStringLiteral("Extended key usage")),
             QStringLiteral("TLS Web Server Authentication, TLS Web Client Authentication"));
    QCOMPARE(f.value(QStringLiteral("OCSP")), QLatin1String(TestOcspUrl));
    QCOMPARE(f.value(QStringLiteral("Private key held")), QStringLiteral("no"));
    QCOMPARE(f.value(QStringLiteral("Chain 1")),
             QStringLiteral("C=DE, O=CertDesk Test, CN=CertDesk CLI Issuing CA"));
    // Labels line up in one column.
    const auto lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 10);
    const qsizetype column = lines[0].indexOf(QString::number(id));
    for (const auto &line : lines)
        QVERIFY2(line.size() > column && line[column - 1] == u' ' && line[column] != u' ', qPrintable(line));
}

void TestCli::showErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << "999"
                                << "999 is not in the inventory";
    QTest::newRow("not a number") << "abc"
                                  << "'abc' is not a certificate id";
    QTest::newRow("zero") << "0"
                          << "'0' is not a certificate id";
    QTest::newRow("number with junk") << "1x"
                                      << "'1x' is not a certificate id";
}

void TestCli::showErrors()
{
    QFETCH(QString, id);
    QFETCH(QString, message);
    QVERIFY(importOk({writeFile(m_cli->dir(), QStringLiteral("leaf.pem"), toPem(m_leaf.der))}));
    for (const bool json : {false, true}) {
        QStringList args{QStringLiteral("inventory"), QStringLiteral("show"), id};
        if (json)
            args << QStringLiteral("--json");
        const CliRun r = m_cli->run(args);
        CLI_EXPECT_EXIT(r, Failed);
        CLI_EXPECT_CONTAINS(r.err, QStringLiteral("certdeskctl: error: "));
        CLI_EXPECT_CONTAINS(r.err, message);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    }
}

// ---------------------------------------------------------------------------------------------------
// Export

void TestCli::exportFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("chain");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("pem") << "pem" << false << toPem(m_leaf.der);
    QTest::newRow("PEM upper case") << "PEM" << false << toPem(m_leaf.der);
    QTest::newRow("der") << "der" << false << m_leaf.der;
    QTest::newRow("pem --chain") << "pem" << true
                                 << toPem(m_leaf.der) + toPem(m_inter.der) + toPem(m_root.der);
    QTest::newRow("der --chain (one certificate only)") << "der" << true << m_leaf.der;
}

void TestCli::exportFormats()
{
    QFETCH(QString, format);
    QFETCH(bool, chain);
    QFETCH(QByteArray, expected);

    const QString bundle = writeFile(m_cli->dir(), QStringLiteral("bundle.pem"),
                                     toPemBundle({m_leaf.der, m_inter.der, m_root.der}));
    QVERIFY(importOk({bundle}));
    const qint64 id = idOf(m_leaf.der);
    QVERIFY(id > 0);
    const QString out = m_cli->path(QStringLiteral("out/leaf.") + format.toLower());
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    QStringList args = exportArgs(id, format, out);
    if (chain)
        args << QStringLiteral("--chain");
    const CliRun r = m_cli->run(args);
    CLI_EXPECT_EXIT(r, Ok);
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Wrote %1\n").arg(out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(fileBytes(out), expected);
    const auto mode = QFileInfo(out).permissions();
    QVERIFY(mode & QFile::ReadOwner);
    QVERIFY2(!(mode & (QFile::WriteGroup | QFile::WriteOther)),
             "an exported certificate is writable by others");
    // Nothing else was left in the folder (no temporary files).
    QCOMPARE(QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(out).fileName()});

    // Exporting over the existing file replaces it.
    const CliRun again = m_cli->run(args);
    CLI_EXPECT_EXIT(again, Ok);
    QCOMPARE(fileBytes(out), expected);
}

void TestCli::exportPkcs12WithKey_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("chain");
    QTest::newRow("p12") << "p12" << false;
    QTest::newRow("p12 --chain") << "p12" << true;
    QTest::newRow("pfx") << "pfx" << false;
}

void TestCli::exportPkcs12WithKey()
{
    QFETCH(QString, format);
    QFETCH(bool, chain);

    const QString p12 = writeFile(m_cli->dir(), QStringLiteral("leaf.p12"), m_leafP12);
    QVERIFY(importOk({p12}, nullptr,
                     {QStringLiteral("--password-file"), m_cli->path(QStringLiteral("import.pass"))}));
    const qint64 id = idOf(m_leaf.der);
    QVERIFY(id > 0);

    const QString out = m_cli->path(QStringLiteral("export.") + format);
    // A world-readable file already there must not keep its mode once it holds a key.
    writeFile(m_cli->dir(), QStringLiteral("export.") + format, "old");
    QVERIFY(QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                           QFile::ReadOther));
    QStringList args = exportArgs(id, format, out, true);
    if (chain)
        args << QStringLiteral("--chain");
    const CliRun r = m_cli->run(args);
    CLI_EXPECT_EXIT(r, Ok);
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Wrote %1\n").arg(out));

    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));

    const QByteArray bytes = fileBytes(out);
    auto parsed = pki::parseContainer(bytes, QString::fromLatin1(m_exportPassword));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().fullText()));
    QCOMPARE(parsed->format, pki::ContainerFormat::Pkcs12);
    QVERIFY(parsed->privateKey.has_value());
    QCOMPARE(parsed->privateKey->pkcs8Der.bytes(), m_leaf.keyPkcs8.bytes());
    QVERIFY(!parsed->certificates.isEmpty());
    QCOMPARE(parsed->certificates.first().sha256, sha256Hex(m_leaf.der));
    QStringList shas;
    for (const auto &c : parsed->certificates)
        shas << c.sha256;
    QCOMPARE(shas.size(), chain ? 2 : 1);
    if (chain)
        QVERIFY(shas.contains(sha256Hex(m_inter.der)));

    auto wrong = pki::parseContainer(bytes, QString::fromLatin1(m_wrongPassword));
    QVERIFY2(!wrong, "the exported PKCS#12 opens with a wrong password");
    auto none = pki::parseContainer(bytes);
    QVERIFY2(!none, "the exported PKCS#12 opens without a password");

    // The key export is audited.
    const CliRun audit =
        m_cli->run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--certificate"), QString::number(id)});
    CLI_EXPECT_EXIT(audit, Ok);
    CLI_JSON(events, audit);
    const auto first = events.value(QStringLiteral("events")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("certificate.export_key"));
    QVERIFY(first.value(QStringLiteral("details")).toString().contains(out));
}

void TestCli::exportErrors_data()
{
    QTest::addColumn<QString>("which"); // keyed, keyless or an id
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const auto args = [](const char *line) { return QString::fromLatin1(line).split(u' '); };
    QTest::newRow("--with-key without --password-file")
        << "keyed" << args("--format p12 --with-key --out @DIR@/x.p12") << int(Usage) << "--password-file";
    QTest::newRow("--with-key, no key held")
        << "keyless" << args("--format p12 --with-key --password-file @EXPORT_PW@ --out @DIR@/x.p12")
        << int(Failed) << "holds no private key";
    QTest::newRow("--with-key, empty password")
        << "keyed" << args("--format p12 --with-key --password-file @EMPTY_PW@ --out @DIR@/x.p12")
        << int(Failed) << "needs a password";
    QTest::newRow("--with-key, password file missing")
        << "keyed" << args("--format p12 --with-key --password-file @DIR@/none.pass --out @DIR@/x.p12")
        << int(Failed) << "cannot be read";
    QTest::newRow("pem --with-key")
        << "keyed" << args("--format pem --with-key --password-file @EXPORT_PW@ --out @DIR@/x.pem")
        << int(Failed) << "PKCS#12";
    QTest::newRow("der --with-key")
        << "keyed" << args("--format der --with-key --password-file @EXPORT_PW@ --out @DIR@/x.der")
        << int(Failed) << "PKCS#12";
    QTest::newRow("unknown id") << "999" << args("--format pem --out @DIR@/x.pem") << int(Failed)
                                << "999 is not in the inventory";
    QTest::newRow("not an id") << "abc" << args("--format pem --out @DIR@/x.pem") << int(Failed)
                               << "'abc' is not a certificate id";
    QTest::newRow("folder missing") << "keyless" << args("--format pem --out @DIR@/no/such/folder/x.pem")
                                    << int(Failed) << "could not be written";
}

void TestCli::exportErrors()
{
    QFETCH(QString, which);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const QString p12 = writeFile(m_cli->dir(), QStringLiteral("leaf.p12"), m_leafP12);
    QVERIFY(importOk({p12}, nullptr,
                     {QStringLiteral("--password-file"), m_cli->path(QStringLiteral("import.pass"))}));
    QVERIFY(importOk({writeFile(m_cli->dir(), QStringLiteral("expired.pem"), toPem(m_expired.der))}));
    QString id = which;
    if (which == QLatin1String("keyed"))
        id = QString::number(idOf(m_leaf.der));
    else if (which == QLatin1String("keyless"))
        id = QString::number(idOf(m_expired.der));
    QVERIFY(id != QLatin1String("0"));
    const QStringList before =
        QDir(m_cli->dir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QByteArray auditBefore =
        m_cli->run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")}).out;

    const CliRun r = m_cli->run(QStringList{QStringLiteral("inventory"), QStringLiteral("export"), id} +
                                expand(arguments));
    CLI_EXPECT_EXIT(r, exitCode);
    CLI_EXPECT_CONTAINS(r.err, message);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    // Nothing written, nothing audited.
    const QStringList after =
        QDir(m_cli->dir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(after, before);
    QCOMPARE(m_cli->run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")}).out,
             auditBefore);
}

// ---------------------------------------------------------------------------------------------------
// Delete and audit

void TestCli::deleteAndAudit()
{
    const QString p12 = writeFile(m_cli->dir(), QStringLiteral("leaf.p12"), m_leafP12);
    QJsonObject summary;
    QVERIFY(importOk({p12}, &summary,
                     {QStringLiteral("--password-file"), m_cli->path(QStringLiteral("import.pass"))}));
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 2);
    const qint64 leafId = idOf(m_leaf.der);
    const qint64 interId = idOf(m_inter.der);
    QVERIFY(leafId > 0 && interId > 0);

    const CliRun exported = m_cli->run(
        exportArgs(leafId, QStringLiteral("p12"), m_cli->path(QStringLiteral("leaf-out.p12")), true));
    CLI_EXPECT_EXIT(exported, Ok);

    for (const qint64 id : {leafId, interId}) {
        const CliRun r =
            m_cli->run({QStringLiteral("inventory"), QStringLiteral("delete"), QString::number(id)});
        CLI_EXPECT_EXIT(r, Ok);
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Deleted certificate %1\n").arg(id));
    }
    QJsonArray listed;
    QVERIFY(listJson(&listed));
    QCOMPARE(listed.size(), 0);
    const CliRun gone =
        m_cli->run({QStringLiteral("inventory"), QStringLiteral("show"), QString::number(leafId)});
    CLI_EXPECT_EXIT(gone, Failed);
    const CliRun again =
        m_cli->run({QStringLiteral("inventory"), QStringLiteral("delete"), QString::number(leafId)});
    CLI_EXPECT_EXIT(again, Failed);
    CLI_EXPECT_CONTAINS(again.err, QStringLiteral("not in the inventory"));

    // The audit log, newest first.
    const CliRun r = m_cli->run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_JSON(o, r);
    const auto events = o.value(QStringLiteral("events")).toArray();
    QStringList actions;
    for (const auto &e : events)
        actions << e.toObject().value(QStringLiteral("action")).toString() + u'/' +
                       e.toObject().value(QStringLiteral("object_id")).toString();
    const QString leaf = QString::number(leafId), inter = QString::number(interId);
    QCOMPARE(actions, (QStringList{QStringLiteral("certificate.delete/") + inter,
                                   QStringLiteral("certificate.delete/") + leaf,
                                   QStringLiteral("certificate.export_key/") + leaf,
                                   QStringLiteral("certificate.import/") + inter,
                                   QStringLiteral("certificate.import/") + leaf}));
    static const QRegularExpression isoUtc(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    qint64 previousId = std::numeric_limits<qint64>::max();
    for (const auto &value : events) {
        const auto e = value.toObject();
        QCOMPARE(e.value(QStringLiteral("actor")).toString(), osUserName());
        QCOMPARE(e.value(QStringLiteral("host")).toString(), QSysInfo::machineHostName());
        QCOMPARE(e.value(QStringLiteral("object_type")).toString(), QStringLiteral("certificate"));
        QVERIFY(isoUtc.match(e.value(QStringLiteral("at")).toString()).hasMatch());
        const qint64 eventId = e.value(QStringLiteral("id")).toInteger();
        QVERIFY(eventId < previousId);
        previousId = eventId;
    }
    const auto leafImport = events[4].toObject().value(QStringLiteral("details")).toString();
    QVERIFY2(leafImport.contains(p12) && leafImport.contains(sha256Hex(m_leaf.der)), qPrintable(leafImport));

    // --limit and --certificate.
    const CliRun limited =
        m_cli->run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--limit"), QStringLiteral("2")});
    CLI_EXPECT_EXIT(limited, Ok);
    CLI_JSON(lo, limited);
    QCOMPARE(lo.value(QStringLiteral("events")).toArray().size(), 2);
    const CliRun forLeaf = m_cli->run({QStringLiteral("audit"), QStringLiteral("list"),
                                       QStringLiteral("--json"), QStringLiteral("--certificate"), leaf});
    CLI_EXPECT_EXIT(forLeaf, Ok);
    CLI_JSON(fo, forLeaf);
    const auto leafEvents = fo.value(QStringLiteral("events")).toArray();
    QCOMPARE(leafEvents.size(), 3);
    for (const auto &e : leafEvents)
        QCOMPARE(e.toObject().value(QStringLiteral("object_id")).toString(), leaf);

    // Plain text: one line per event.
    const CliRun plain = m_cli->run({QStringLiteral("audit"), QStringLiteral("list")});
    CLI_EXPECT_EXIT(plain, Ok);
    const auto lines = QString::fromUtf8(plain.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    CLI_EXPECT_CONTAINS(lines[0].toUtf8(), osUserName() + u'@' + QSysInfo::machineHostName() +
                                               QStringLiteral(" certificate.delete certificate/") + inter);

    // The secret checks of cleanup() cover this test's outputs and the database; check the database
    // here too, after the key was stored, exported and deleted.
    const QByteArray db = allDatabaseBytes(m_cli->db());
    QVERIFY(!db.isEmpty());
    QVERIFY(!db.contains(m_passphrase));
    QVERIFY(!db.contains(m_importPassword));
    QVERIFY(!db.contains(m_exportPassword));
}

void TestCli::wrongMasterPassphrase()
{
    const QString p12 = writeFile(m_cli->dir(), QStringLiteral("leaf.p12"), m_leafP12);
    QVERIFY(importOk({p12}, nullptr,
                     {QStringLiteral("--password-file"), m_cli->path(QStringLiteral("import.pass"))}));
    const qint64 id = idOf(m_leaf.der);
    QVERIFY(id > 0);

    const QString other = writeFile(m_cli->dir(), QStringLiteral("other.pass"), m_otherPassphrase + '\n');
    m_cli->environment().insert(QStringLiteral("CERTDESK_MASTER_KEY_FILE"), other);
    const QString out = m_cli->path(QStringLiteral("stolen.p12"));
    const CliRun r = m_cli->run(exportArgs(id, QStringLiteral("p12"), out, true));
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, QStringLiteral("master passphrase"));
    CLI_EXPECT_CONTAINS(r.err, other);
    QVERIFY(!QFileInfo::exists(out));

    // A missing passphrase file is named too; listing needs no key and still works.
    m_cli->environment().insert(QStringLiteral("CERTDESK_MASTER_KEY_FILE"),
                                m_cli->path(QStringLiteral("none.pass")));
    const CliRun missing =
        m_cli->run({QStringLiteral("inventory"), QStringLiteral("import"), p12,
                    QStringLiteral("--password-file"), m_cli->path(QStringLiteral("import.pass"))});
    CLI_EXPECT_EXIT(missing, Failed);
    CLI_EXPECT_CONTAINS(missing.err, QStringLiteral("CERTDESK_MASTER_KEY_FILE"));
    QJsonArray listed;
    QVERIFY(listJson(&listed));
    QCOMPARE(listed.size(), 2);
}

// ---------------------------------------------------------------------------------------------------
// Unusable databases

void TestCli::unusableDatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("random bytes") << "random"
                                  << "is not a CertDesk database";
    QTest::newRow("SQLite header, then garbage") << "header"
                                                 << "is not a CertDesk database";
    QTest::newRow("another program's SQLite database")
        << "foreign"
        << "is not a CertDesk database (it holds other tables)";
}

void TestCli::unusableDatabase()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);

    if (kind == QLatin1String("foreign")) {
        const QString name = QStringLiteral("tst_cli_foreign");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_cli->db());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (name) VALUES ('Alice')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    } else {
        QByteArray bytes(16384, Qt::Uninitialized);
        QRandomGenerator generator(4711);
        for (auto &c : bytes)
            c = char(generator.bounded(256));
        if (kind == QLatin1String("header"))
            bytes.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        writeFile(m_cli->dir(), QStringLiteral("inv.sqlite"), bytes);
    }
    const QByteArray original = fileBytes(m_cli->db());
    QVERIFY(!original.isEmpty());
    const QStringList entries =
        QDir(m_cli->dir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QString cert = writeFile(m_cli->dir(), QStringLiteral("leaf.pem"), toPem(m_leaf.der));

    const QList<QStringList> commands{
        {QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("inventory"), QStringLiteral("import"), cert},
        {QStringLiteral("audit"), QStringLiteral("list")},
    };
    for (const auto &command : commands) {
        const CliRun r = m_cli->run(command);
        CLI_EXPECT_EXIT(r, Failed);
        CLI_EXPECT_CONTAINS(r.err, QStringLiteral("certdeskctl: error: "));
        CLI_EXPECT_CONTAINS(r.err, m_cli->db());
        CLI_EXPECT_CONTAINS(r.err, message);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QVERIFY2(fileBytes(m_cli->db()) == original, "the database file was changed");
    }
    QStringList after = QDir(m_cli->dir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    after.removeOne(QStringLiteral("leaf.pem"));
    QCOMPARE(after, entries); // no -wal, -shm or journal left behind
}

void TestCli::newerSchema()
{
    QJsonArray listed;
    QVERIFY(listJson(&listed)); // creates the inventory
    QVERIFY(importOk({writeFile(m_cli->dir(), QStringLiteral("leaf.pem"), toPem(m_leaf.der))}));
    const QString name = QStringLiteral("tst_cli_schema");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_cli->db());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (9999, 0)")),
                 qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QByteArray before = fileBytes(m_cli->db());

    for (const auto &command :
         QList<QStringList>{{QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json")},
                            {QStringLiteral("inventory"), QStringLiteral("show"), QStringLiteral("1")},
                            {QStringLiteral("inventory"), QStringLiteral("import"),
                             m_cli->path(QStringLiteral("leaf.pem"))}}) {
        const CliRun r = m_cli->run(command);
        CLI_EXPECT_EXIT(r, Failed);
        CLI_EXPECT_CONTAINS(r.err, QStringLiteral("newer CertDesk"));
        CLI_EXPECT_CONTAINS(r.err, QStringLiteral("9999"));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    }
    QVERIFY2(fileBytes(m_cli->db()) == before, "a refused database was changed");
}

// ---------------------------------------------------------------------------------------------------
// PostgreSQL

namespace {
/// A database with a random name on the server of CERTDESK_TEST_PGURL, dropped on destruction.
class ScratchPostgres
{
public:
    explicit ScratchPostgres(const QUrl &server)
    {
        m_name = QStringLiteral("certdesk_cli_%1")
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnection());
        admin.setHostName(server.host());
        admin.setPort(server.port(5432));
        admin.setUserName(server.userName(QUrl::FullyDecoded));
        admin.setPassword(server.password(QUrl::FullyDecoded));
        admin.setDatabaseName(server.path(QUrl::FullyDecoded).mid(1));
        if (!admin.open()) {
            m_error = QStringLiteral("cannot connect to CERTDESK_TEST_PGURL: ") + admin.lastError().text();
            return;
        }
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
            m_error = QStringLiteral("CREATE DATABASE failed: ") + q.lastError().text();
            return;
        }
        m_created = true;
        m_url = server;
        m_url.setPath(u'/' + m_name);
    }
    ~ScratchPostgres()
    {
        if (m_created) {
            QSqlQuery q(QSqlDatabase::database(adminConnection(), false));
            if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)))
                qWarning("DROP DATABASE %s: %s", qPrintable(m_name), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::database(adminConnection(), false).close();
        QSqlDatabase::removeDatabase(adminConnection());
    }
    ScratchPostgres(const ScratchPostgres &) = delete;
    ScratchPostgres &operator=(const ScratchPostgres &) = delete;

    bool isValid() const { return m_created; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    QString url() const { return m_url.toString(); }
    /// Counts rows of `table` in the scratch database, through a connection of its own.
    int count(const QString &table) const
    {
        int n = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::cloneDatabase(adminConnection(), QStringLiteral("tst_cli_pg_count"));
            db.setDatabaseName(m_name);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next())
                    n = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst_cli_pg_count"));
        return n;
    }

private:
    static QString adminConnection() { return QStringLiteral("tst_cli_pg_admin"); }
    QString m_name;
    QUrl m_url;
    QString m_error;
    bool m_created = false;
};
} // namespace

void TestCli::postgresImportAndList()
{
    const QString serverUrl = qEnvironmentVariable("CERTDESK_TEST_PGURL");
    if (serverUrl.isEmpty())
        QSKIP("PostgreSQL variant not run: set CERTDESK_TEST_PGURL, e.g. "
              "CERTDESK_TEST_PGURL=$(.ci/start-postgres.sh | tail -n1)");
    const QUrl server(serverUrl);
    QVERIFY2(server.isValid() && server.scheme().startsWith(QLatin1String("postgres")),
             qPrintable(serverUrl));
    ScratchPostgres scratch(server);
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));

    const QString p12 = writeFile(m_cli->dir(), QStringLiteral("leaf.p12"), m_leafP12);
    const QStringList pg{QStringLiteral("--pg"), scratch.url()};
    const CliRun imported = m_cli->runRaw(
        pg + QStringList{QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("--json"), p12,
                         QStringLiteral("--password-file"), m_cli->path(QStringLiteral("import.pass"))});
    CLI_EXPECT_EXIT(imported, Ok);
    CLI_JSON(summary, imported);
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(-1), 2);
    QCOMPARE(summary.value(QStringLiteral("files"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("private_key_stored"))
                 .toBool(),
             true);

    const CliRun list = m_cli->runRaw(
        pg + QStringList{QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXPECT_EXIT(list, Ok);
    CLI_JSON(o, list);
    QCOMPARE(o.value(QStringLiteral("count")).toInt(-1), 2);
    const auto certificates = o.value(QStringLiteral("certificates")).toArray();
    QCOMPARE(stringSet(certificates, "sha256"),
             (QSet<QString>{sha256Hex(m_leaf.der), sha256Hex(m_inter.der)}));
    const auto leaf = findBySha(certificates, sha256Hex(m_leaf.der));
    QCOMPARE(leaf.value(QStringLiteral("has_private_key")).toBool(), true);
    QCOMPARE(leaf.value(QStringLiteral("not_after")).toString(), isoZ(m_leafNotAfter));

    // The data went to the scratch database, not to a SQLite file.
    QCOMPARE(scratch.count(QStringLiteral("certificates")), 2);
    QCOMPARE(scratch.count(QStringLiteral("private_keys")), 1);
    QVERIFY(!QFileInfo::exists(m_cli->db()));

    // Export with the key works against the server too.
    const QString out = m_cli->path(QStringLiteral("pg.p12"));
    const CliRun exported = m_cli->runRaw(
        pg + exportArgs(leaf.value(QStringLiteral("id")).toInteger(), QStringLiteral("p12"), out, true));
    CLI_EXPECT_EXIT(exported, Ok);
    auto parsed = pki::parseContainer(fileBytes(out), QString::fromLatin1(m_exportPassword));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().fullText()));
    QVERIFY(parsed->privateKey.has_value());
    QCOMPARE(parsed->privateKey->pkcs8Der.bytes(), m_leaf.keyPkcs8.bytes());
}

void TestCli::postgresErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("closed port") << QStringLiteral("postgresql://certdesk:%1@127.0.0.1:1/certdesk_test")
                                        .arg(QString::fromLatin1(m_pgPassword))
                                 << "Cannot connect to the PostgreSQL server at 127.0.0.1:1";
    QTest::newRow("not a PostgreSQL URL") << "mysql://certdesk@127.0.0.1/certdesk"
                                          << "must start with postgresql://";
    QTest::newRow("no database name") << "postgresql://certdesk@127.0.0.1:5432/"
                                      << "the database name is missing";
    QTest::newRow("bad port") << "postgresql://certdesk@127.0.0.1:99999/x"
                              << "PostgreSQL address is not valid";
}

void TestCli::postgresErrors()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const CliRun r = m_cli->runRaw({QStringLiteral("--pg"), url, QStringLiteral("inventory"),
                                    QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, QStringLiteral("certdeskctl: error: "));
    CLI_EXPECT_CONTAINS(r.err, message);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(m_cli->db()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
