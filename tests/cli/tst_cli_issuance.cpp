// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the issuance commands of certdeskctl. Every test runs the real binary with
// QProcess in its own temporary folder (--db <tmp>/inv.sqlite, HOME and XDG folders inside it, a
// master passphrase file named by CERTDESK_MASTER_KEY_FILE), and what it writes is checked with the
// real `openssl` command line tool. Covered:
// - `issuer add local` self-signed (ec256, rsa2048 and ed25519 CA and leaf keys, --default-days,
//   --crl-url, --ocsp-url, --json) and `issuer list --json` (mode self_signed); `issue` with DNS, IP,
//   e-mail and URI SANs and --days: the --json fields, `openssl verify` against `ca-cert`, and the
//   extensions as `openssl x509 -text` reads them;
// - sub-CAs from a root and intermediate made by testsupport, the key encrypted by `openssl pkcs8
//   -v2 aes-256-cbc` or `openssl rsa -aes256 -traditional`: no passphrase, a wrong one, the right
//   one via --ca-key-pass-file; the key read from its file or sealed with --import-key; leaves
//   verified with `openssl verify -CAfile root -untrusted inter`; a non-CA certificate, a key of
//   another CA, a missing pass file and --ca-cert without --ca-key are refused;
// - bad issue input (CN of 65 characters, a bad IP SAN, unknown key type, --days beyond the
//   profile, unknown issuer or profile, --days x/0, no --cn): non-zero exit with a clear message,
//   the inventory unchanged, and a job failed after one attempt for input that reached the queue;
// - `revoke` (reasons, bad reason, twice, unknown id, removeFromCRL), `crl` (DER and --pem, verified
//   and read by `openssl crl`, rising CRL numbers, reason codes), `ocsp` (good, revoked, unknown and
//   malformed requests made and verified by `openssl ocsp`);
// - `renew` (new serial and key, version_no, --reuse-key keeps the public key) and its refusals
//   (revoked, imported, unknown certificates);
// - `jobs list/cancel/retry` (results, limits, errors; a failed job cancelled and retried once its
//   issuer exists, then run by the next command that works the queue);
// - `daemon`: start, "running", SIGTERM and SIGINT stop it with exit 0 and "stopped"; two daemons on
//   one inventory run a retried job exactly once.
// After every test no passphrase appears in any output or in the database files, no CA key is
// stored unsealed, and the default inventory was never created.

#include "tests/cli/clitestsupport.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <memory>
#include <signal.h>
#include <sys/types.h>
#include <vector>

using namespace certdesk;
using namespace certdesk::clitest;
using namespace certdesk::testsupport;

Q_DECLARE_METATYPE(certdesk::pki::KeyAlgorithm)

namespace {

QJsonObject findById(const QJsonArray &list, qint64 id)
{
    for (const auto &v : list) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            return v.toObject();
    }
    return {};
}

QJsonObject findByName(const QJsonArray &list, const QString &name)
{
    for (const auto &v : list) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

/// "crlNumber=0x1A" as `openssl crl -crlnumber` prints it; -1 when absent.
qint64 crlNumberOf(const QByteArray &opensslOutput)
{
    static const QRegularExpression re(QStringLiteral("crlNumber=0x([0-9A-Fa-f]+)"));
    const auto m = re.match(QString::fromLatin1(opensslOutput));
    bool ok = false;
    const qint64 n = m.hasMatch() ? m.captured(1).toLongLong(&ok, 16) : -1;
    return ok ? n : -1;
}

} // namespace

/// Fails the test (and returns) when an openssl run did not exit with 0.
#define OPENSSL_EXPECT_OK(run) QVERIFY2((run).exitCode == 0, (run).describe().constData())

class TestCliIssuance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void selfSignedIssue_data();
    void selfSignedIssue();

    void subCa_data();
    void subCa();
    void subCaRejected_data();
    void subCaRejected();

    void badIssueInput_data();
    void badIssueInput();

    void revokeAndCrl();
    void ocspResponses();

    void renew();
    void renewRejected_data();
    void renewRejected();

    void jobsCommands();

    void daemonStartStop();
    void daemonsRunRetriedJobOnce();

private:
    OpensslRun openssl(const QStringList &arguments) const { return runOpenssl(arguments, m_cli->dir()); }

    /// `issuer add local --name name` plus `extra`; true on exit 0.
    bool addIssuer(const QString &name, const QStringList &extra = {});
    /// `issue --issuer issuer --cn cn --json` plus `extra`; the new id (0 on failure, with a warning).
    qint64 issue(const QString &issuer, const QString &cn, const QStringList &extra = {},
                 QJsonObject *json = nullptr);
    /// `inventory export id --format pem --out name`; the path, empty on failure.
    QString exportPem(qint64 id, const QString &name);
    /// `ca-cert --issuer issuer --out name`; the path, empty on failure.
    QString caCert(const QString &issuer, const QString &name);
    /// `inventory show id --json`; empty on failure.
    QJsonObject show(qint64 id);
    /// The number of certificates `inventory list --json` shows; -1 on failure.
    int inventoryCount();
    /// `command --json`: its array `key` into `list`; false on failure.
    bool listed(const QStringList &command, const QString &key, QJsonArray *list);
    /// `jobs list --json`, newest first; false on failure.
    bool jobs(QJsonArray *list)
    {
        return listed({QStringLiteral("jobs"), QStringLiteral("list")}, QStringLiteral("jobs"), list);
    }
    /// `issuer list --json`; false on failure.
    bool issuers(QJsonArray *list)
    {
        return listed({QStringLiteral("issuer"), QStringLiteral("list")}, QStringLiteral("issuers"), list);
    }
    /// `openssl x509 -noout -serial` as "ABCD..."; empty on failure.
    QString opensslSerial(const QString &pemPath) const;
    /// `openssl x509 -noout -pubkey`; empty on failure.
    QByteArray opensslPublicKey(const QString &pemPath) const;

    TestCa m_root;
    TestCa m_inter;         ///< EC P-256, issued by m_root
    TestCa m_interRsa;      ///< RSA 2048, issued by m_root
    TestCertificate m_leaf; ///< issued by m_inter: not a CA

    const QByteArray m_passphrase = "issuance-Master-Passphrase-8D21F0";
    const QByteArray m_keyPassphrase = "inter-Key-Passphrase-4C9E7B";
    const QByteArray m_wrongPassphrase = "inter-Wrong-Passphrase-15A3D6";

    std::unique_ptr<CliSandbox> m_cli;
};

bool TestCliIssuance::addIssuer(const QString &name, const QStringList &extra)
{
    const CliRun r = m_cli->run(QStringList{QStringLiteral("issuer"), QStringLiteral("add"),
                                            QStringLiteral("local"), QStringLiteral("--name"), name} +
                                extra);
    if (r.exitCode != Ok) {
        qWarning("issuer add failed: %s", qPrintable(r.describe()));
        return false;
    }
    return true;
}

qint64 TestCliIssuance::issue(const QString &issuer, const QString &cn, const QStringList &extra,
                              QJsonObject *json)
{
    const CliRun r = m_cli->run(QStringList{QStringLiteral("issue"), QStringLiteral("--issuer"), issuer,
                                            QStringLiteral("--cn"), cn, QStringLiteral("--json")} +
                                extra);
    const auto object = r.jsonObject();
    if (r.exitCode != Ok || !object || object->value(QStringLiteral("id")).toInteger() <= 0) {
        qWarning("issue failed: %s", qPrintable(r.describe()));
        return 0;
    }
    if (json)
        *json = *object;
    return object->value(QStringLiteral("id")).toInteger();
}

QString TestCliIssuance::exportPem(qint64 id, const QString &name)
{
    const CliRun r = m_cli->run({QStringLiteral("inventory"), QStringLiteral("export"), QString::number(id),
                                 QStringLiteral("--format"), QStringLiteral("pem"), QStringLiteral("--out"),
                                 m_cli->path(name)});
    if (r.exitCode != Ok || !fileBytes(m_cli->path(name)).startsWith("-----BEGIN CERTIFICATE-----")) {
        qWarning("export failed: %s", qPrintable(r.describe()));
        return {};
    }
    return m_cli->path(name);
}

QString TestCliIssuance::caCert(const QString &issuer, const QString &name)
{
    const CliRun r = m_cli->run({QStringLiteral("ca-cert"), QStringLiteral("--issuer"), issuer,
                                 QStringLiteral("--out"), m_cli->path(name)});
    if (r.exitCode != Ok || !fileBytes(m_cli->path(name)).startsWith("-----BEGIN CERTIFICATE-----")) {
        qWarning("ca-cert failed: %s", qPrintable(r.describe()));
        return {};
    }
    return m_cli->path(name);
}

QJsonObject TestCliIssuance::show(qint64 id)
{
    const CliRun r = m_cli->run(
        {QStringLiteral("inventory"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    const auto object = r.jsonObject();
    if (r.exitCode != Ok || !object) {
        qWarning("show failed: %s", qPrintable(r.describe()));
        return {};
    }
    return *object;
}

int TestCliIssuance::inventoryCount()
{
    const CliRun r =
        m_cli->run({QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--json")});
    const auto object = r.jsonObject();
    if (r.exitCode != Ok || !object ||
        object->value(QStringLiteral("count")).toInt(-1) !=
            object->value(QStringLiteral("certificates")).toArray().size()) {
        qWarning("list failed: %s", qPrintable(r.describe()));
        return -1;
    }
    return object->value(QStringLiteral("count")).toInt();
}

bool TestCliIssuance::listed(const QStringList &command, const QString &key, QJsonArray *list)
{
    const CliRun r = m_cli->run(command + QStringList{QStringLiteral("--json")});
    const auto object = r.jsonObject();
    if (r.exitCode != Ok || !object || !object->value(key).isArray()) {
        qWarning("%s failed: %s", qPrintable(command.join(u' ')), qPrintable(r.describe()));
        return false;
    }
    *list = object->value(key).toArray();
    return true;
}

QString TestCliIssuance::opensslSerial(const QString &pemPath) const
{
    const auto r = openssl({QStringLiteral("x509"), QStringLiteral("-in"), pemPath, QStringLiteral("-noout"),
                            QStringLiteral("-serial")});
    const QString out = QString::fromLatin1(r.out).trimmed();
    if (r.exitCode != 0 || !out.startsWith(QLatin1String("serial="))) {
        qWarning("openssl x509 -serial failed: %s", r.describe().constData());
        return {};
    }
    return out.mid(7).toUpper();
}

QByteArray TestCliIssuance::opensslPublicKey(const QString &pemPath) const
{
    const auto r = openssl({QStringLiteral("x509"), QStringLiteral("-in"), pemPath, QStringLiteral("-noout"),
                            QStringLiteral("-pubkey")});
    if (r.exitCode != 0 || !r.out.contains("BEGIN PUBLIC KEY")) {
        qWarning("openssl x509 -pubkey failed: %s", r.describe().constData());
        return {};
    }
    return r.out;
}

void TestCliIssuance::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CERTDESKCTL_PATH)).isExecutable(), CERTDESKCTL_PATH " is not built");
    const auto version = runOpenssl({QStringLiteral("version")});
    QVERIFY2(version.exitCode == 0 && version.out.startsWith("OpenSSL 3"),
             QByteArray("the openssl command line tool (3.x) is needed: " + version.describe()).constData());
    m_root = makeSelfSignedCa(QStringLiteral("CertDesk Issuance Test Root"));
    m_inter = makeIntermediateCa(m_root, QStringLiteral("CertDesk Issuance Test Sub-CA"));
    m_interRsa = makeIntermediateCa(m_root, QStringLiteral("CertDesk Issuance Test RSA Sub-CA"),
                                    pki::KeyAlgorithm::Rsa2048);
    m_leaf = makeLeaf(m_inter, QStringLiteral("imported.certdesk.test"),
                      {QStringLiteral("DNS:imported.certdesk.test")});
}

void TestCliIssuance::init()
{
    m_cli = std::make_unique<CliSandbox>(m_passphrase);
    QVERIFY2(m_cli->isValid(), qPrintable(m_cli->errorString()));
    writeFile(m_cli->dir(), QStringLiteral("key.pass"), m_keyPassphrase + '\n');
    writeFile(m_cli->dir(), QStringLiteral("wrong.pass"), m_wrongPassphrase + '\n');
}

void TestCliIssuance::cleanup()
{
    m_cli->killDaemons();
    CLI_EXPECT_NO_SECRETS(*m_cli, {m_passphrase, m_keyPassphrase, m_wrongPassphrase});
    const QByteArray dbBytes = allDatabaseBytes(m_cli->db());
    for (const auto *ca : {&m_inter, &m_interRsa}) {
        const QByteArray key = ca->keyPkcs8.bytes();
        QVERIFY2(!dbBytes.contains(key), "a sub-CA key is stored unsealed in the database");
        QVERIFY2(!dbBytes.contains(key.toBase64()),
                 "a sub-CA key is stored unsealed (base64) in the database");
        QVERIFY2(!m_cli->transcript().contains(key.toBase64()), "a sub-CA key appears in certdeskctl output");
    }
    QVERIFY2(!m_cli->defaultInventoryExists(),
             "certdeskctl created the default inventory although --db was given");
    m_cli.reset();
}

// ---------------------------------------------------------------------------------------------------
// Self-signed local CA

void TestCliIssuance::selfSignedIssue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<int>("keyBits");
    QTest::addColumn<QString>("keyUsage"); ///< as `openssl x509 -text` prints it

    QTest::newRow("ec256") << QStringLiteral("ec256") << QStringLiteral("EC") << 256
                           << QStringLiteral("Digital Signature");
    QTest::newRow("rsa2048") << QStringLiteral("rsa2048") << QStringLiteral("RSA") << 2048
                             << QStringLiteral("Digital Signature, Key Encipherment");
    QTest::newRow("ed25519") << QStringLiteral("ed25519") << QStringLiteral("Ed25519") << 256
                             << QStringLiteral("Digital Signature");
}

void TestCliIssuance::selfSignedIssue()
{
    QFETCH(QString, key);
    QFETCH(QString, keyType);
    QFETCH(int, keyBits);
    QFETCH(QString, keyUsage);
    const QString name = QStringLiteral("Test CA ") + key;
    const QString crlUrl = QStringLiteral("http://pki.example.test/ca.crl");
    const QString ocspUrl = QStringLiteral("http://ocsp.example.test");

    const CliRun added = m_cli->run(
        {QStringLiteral("issuer"), QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("--name"),
         name, QStringLiteral("--cn"), QStringLiteral("CertDesk Test Root ") + key, QStringLiteral("--key"),
         key, QStringLiteral("--ca-days"), QStringLiteral("700"), QStringLiteral("--default-days"),
         QStringLiteral("45"), QStringLiteral("--crl-url"), crlUrl, QStringLiteral("--ocsp-url"), ocspUrl,
         QStringLiteral("--json")});
    CLI_EXPECT_EXIT(added, Ok);
    CLI_JSON(addedJson, added);
    QCOMPARE(addedJson.value(QStringLiteral("name")).toString(), name);
    const qint64 issuerId = addedJson.value(QStringLiteral("id")).toInteger();
    QVERIFY(issuerId > 0);

    QJsonArray list;
    QVERIFY(issuers(&list));
    QCOMPARE(list.size(), 1);
    const QJsonObject listed = findByName(list, name);
    QCOMPARE(listed.value(QStringLiteral("id")).toInteger(), issuerId);
    QCOMPARE(listed.value(QStringLiteral("mode")).toString(), QStringLiteral("self_signed"));
    QCOMPARE(listed.value(QStringLiteral("type")).toString(), QStringLiteral("local"));
    QCOMPARE(listed.value(QStringLiteral("enabled")).toBool(), true);

    // The same name twice is refused, and leaves one issuer.
    const CliRun again = m_cli->run({QStringLiteral("issuer"), QStringLiteral("add"), QStringLiteral("local"),
                                     QStringLiteral("--name"), name});
    CLI_EXPECT_EXIT(again, Failed);
    CLI_EXPECT_CONTAINS(again.err, QStringLiteral("exists already"));
    QVERIFY(issuers(&list));
    QCOMPARE(list.size(), 1);

    // The CA certificate as openssl reads it.
    const QString ca = caCert(name, QStringLiteral("ca.pem"));
    QVERIFY(!ca.isEmpty());
    const auto caText = openssl({QStringLiteral("x509"), QStringLiteral("-in"), ca, QStringLiteral("-noout"),
                                 QStringLiteral("-subject"), QStringLiteral("-text")});
    OPENSSL_EXPECT_OK(caText);
    CLI_EXPECT_CONTAINS(caText.out, QStringLiteral("CN = CertDesk Test Root ") + key);
    CLI_EXPECT_CONTAINS(caText.out, QStringLiteral("CA:TRUE"));
    CLI_EXPECT_CONTAINS(caText.out, QStringLiteral("Certificate Sign, CRL Sign"));

    // A leaf with every kind of SAN and the issuer's default validity.
    const QStringList sans{QStringLiteral("DNS:www.example.test"), QStringLiteral("IP:192.0.2.7"),
                           QStringLiteral("email:admin@example.test"),
                           QStringLiteral("URI:https://example.test/app")};
    QStringList extra{QStringLiteral("--key"), key};
    for (const auto &san : sans)
        extra << QStringLiteral("--san") << san;
    QJsonObject leaf;
    const qint64 id = issue(name, QStringLiteral("www.example.test"), extra, &leaf);
    QVERIFY(id > 0);
    QCOMPARE(leaf.value(QStringLiteral("common_name")).toString(), QStringLiteral("www.example.test"));
    QCOMPARE(toStringList(leaf.value(QStringLiteral("san_dns"))),
             QStringList{QStringLiteral("www.example.test")});
    QCOMPARE(toStringList(leaf.value(QStringLiteral("san_ip"))), QStringList{QStringLiteral("192.0.2.7")});
    QCOMPARE(toStringList(leaf.value(QStringLiteral("san_email"))),
             QStringList{QStringLiteral("admin@example.test")});
    QCOMPARE(toStringList(leaf.value(QStringLiteral("san_uri"))),
             QStringList{QStringLiteral("https://example.test/app")});
    QCOMPARE(leaf.value(QStringLiteral("key_type")).toString(), keyType);
    QCOMPARE(leaf.value(QStringLiteral("key_bits")).toInt(), keyBits);
    QCOMPARE(leaf.value(QStringLiteral("has_private_key")).toBool(), true);
    QCOMPARE(leaf.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(leaf.value(QStringLiteral("version_no")).toInt(), 1);
    QCOMPARE(leaf.value(QStringLiteral("issuer")).toString(), QStringLiteral("CertDesk Test Root ") + key);
    const int daysLeft = leaf.value(QStringLiteral("days_left")).toInt(-1);
    QVERIFY2(daysLeft == 44 || daysLeft == 45,
             qPrintable(QStringLiteral("days_left %1, not 45").arg(daysLeft)));
    QCOMPARE(toStringList(leaf.value(QStringLiteral("crl_distribution_points"))), QStringList{crlUrl});
    QCOMPARE(toStringList(leaf.value(QStringLiteral("ocsp_urls"))), QStringList{ocspUrl});
    // The same document as `inventory show --json`, apart from the clock-dependent days_left.
    QJsonObject shown = show(id);
    QVERIFY(!shown.isEmpty());
    shown.remove(QStringLiteral("days_left"));
    leaf.remove(QStringLiteral("days_left"));
    QCOMPARE(shown, leaf);

    // openssl verifies the exported leaf against the CA and reads the same names and extensions.
    const QString leafPem = exportPem(id, QStringLiteral("leaf.pem"));
    QVERIFY(!leafPem.isEmpty());
    const auto verified = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, leafPem});
    OPENSSL_EXPECT_OK(verified);
    CLI_EXPECT_CONTAINS(verified.out, QStringLiteral("leaf.pem: OK"));
    const auto text = openssl({QStringLiteral("x509"), QStringLiteral("-in"), leafPem,
                               QStringLiteral("-noout"), QStringLiteral("-text")});
    OPENSSL_EXPECT_OK(text);
    CLI_EXPECT_CONTAINS(text.out, QStringLiteral("DNS:www.example.test, IP Address:192.0.2.7, "
                                                 "email:admin@example.test, URI:https://example.test/app"));
    CLI_EXPECT_CONTAINS(text.out, QStringLiteral("Subject: CN = www.example.test"));
    CLI_EXPECT_CONTAINS(text.out, QStringLiteral("CA:FALSE"));
    CLI_EXPECT_CONTAINS(text.out, keyUsage);
    CLI_EXPECT_CONTAINS(text.out,
                        QStringLiteral("TLS Web Server Authentication, TLS Web Client Authentication"));
    CLI_EXPECT_CONTAINS(text.out, QStringLiteral("URI:") + crlUrl);
    CLI_EXPECT_CONTAINS(text.out, QStringLiteral("OCSP - URI:") + ocspUrl);

    // --days overrides the issuer's default; a CN without SANs becomes the DNS SAN.
    QJsonObject shortLeaf;
    const qint64 shortId =
        issue(name, QStringLiteral("short.example.test"),
              {QStringLiteral("--key"), key, QStringLiteral("--days"), QStringLiteral("10")}, &shortLeaf);
    QVERIFY(shortId > 0 && shortId != id);
    const int shortDays = shortLeaf.value(QStringLiteral("days_left")).toInt(-1);
    QVERIFY2(shortDays == 9 || shortDays == 10,
             qPrintable(QStringLiteral("days_left %1, not 10").arg(shortDays)));
    QCOMPARE(toStringList(shortLeaf.value(QStringLiteral("san_dns"))),
             QStringList{QStringLiteral("short.example.test")});
    const QString shortPem = exportPem(shortId, QStringLiteral("short.pem"));
    QVERIFY(!shortPem.isEmpty());
    OPENSSL_EXPECT_OK(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, shortPem}));
    QCOMPARE(inventoryCount(), 2);
}

// ---------------------------------------------------------------------------------------------------
// Sub-CA

void TestCliIssuance::subCa_data()
{
    QTest::addColumn<bool>("rsa"); ///< m_interRsa with `openssl rsa -traditional`, else m_inter with pkcs8
    QTest::addColumn<bool>("importKey");

    QTest::newRow("EC key, PKCS#8 aes-256-cbc, key file") << false << false;
    QTest::newRow("RSA key, traditional aes256, --import-key") << true << true;
}

void TestCliIssuance::subCa()
{
    QFETCH(bool, rsa);
    QFETCH(bool, importKey);
    const TestCa &inter = rsa ? m_interRsa : m_inter;
    const QString root = writeFile(m_cli->dir(), QStringLiteral("root.pem"), toPem(m_root.der));
    const QString interPem = writeFile(m_cli->dir(), QStringLiteral("inter.pem"), toPem(inter.der));
    const QString plainKey = writeFile(m_cli->dir(), QStringLiteral("plain.key"), privateKeyPem(inter));
    const QString key = m_cli->path(QStringLiteral("inter.key"));
    const QString passIn = QStringLiteral("file:") + m_cli->path(QStringLiteral("key.pass"));
    const auto encrypted =
        rsa ? openssl({QStringLiteral("rsa"), QStringLiteral("-in"), plainKey, QStringLiteral("-aes256"),
                       QStringLiteral("-traditional"), QStringLiteral("-passout"), passIn,
                       QStringLiteral("-out"), key})
            : openssl({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-v2"),
                       QStringLiteral("aes-256-cbc"), QStringLiteral("-in"), plainKey,
                       QStringLiteral("-passout"), passIn, QStringLiteral("-out"), key});
    OPENSSL_EXPECT_OK(encrypted);
    QVERIFY(QFile::remove(plainKey));
    QVERIFY2(fileBytes(key).contains(rsa ? "Proc-Type: 4,ENCRYPTED" : "BEGIN ENCRYPTED PRIVATE KEY"),
             fileBytes(key).constData());

    const QStringList add{QStringLiteral("issuer"),
                          QStringLiteral("add"),
                          QStringLiteral("local"),
                          QStringLiteral("--name"),
                          QStringLiteral("Sub CA"),
                          QStringLiteral("--ca-cert"),
                          interPem,
                          QStringLiteral("--ca-key"),
                          key};
    const QStringList withImport = importKey ? QStringList{QStringLiteral("--import-key")} : QStringList{};

    // No passphrase, then a wrong one: refused with a message about the passphrase, nothing saved.
    const CliRun noPass = m_cli->run(add + withImport);
    CLI_EXPECT_EXIT(noPass, Failed);
    CLI_EXPECT_CONTAINS(noPass.err, QStringLiteral("encrypted"));
    CLI_EXPECT_CONTAINS(noPass.err, QStringLiteral("passphrase"));
    const CliRun wrong = m_cli->run(
        add + withImport +
        QStringList{QStringLiteral("--ca-key-pass-file"), m_cli->path(QStringLiteral("wrong.pass"))});
    CLI_EXPECT_EXIT(wrong, Failed);
    CLI_EXPECT_CONTAINS(wrong.err, QStringLiteral("passphrase does not open"));
    QJsonArray list;
    QVERIFY(issuers(&list));
    QCOMPARE(list.size(), 0);

    const CliRun added = m_cli->run(
        add + withImport +
        QStringList{QStringLiteral("--ca-key-pass-file"), m_cli->path(QStringLiteral("key.pass"))});
    CLI_EXPECT_EXIT(added, Ok);
    CLI_EXPECT_CONTAINS(added.out, QStringLiteral("Sub CA"));
    QVERIFY(issuers(&list));
    QCOMPARE(list.size(), 1);
    QCOMPARE(findByName(list, QStringLiteral("Sub CA")).value(QStringLiteral("mode")).toString(),
             QStringLiteral("sub_ca"));

    // ca-cert writes the intermediate; leaves chain through it to the root.
    const QString chain = caCert(QStringLiteral("Sub CA"), QStringLiteral("chain.pem"));
    QVERIFY(!chain.isEmpty());
    QCOMPARE(fileBytes(chain).left(toPem(inter.der).size()), toPem(inter.der));
    QJsonObject leafJson;
    const qint64 id = issue(QStringLiteral("Sub CA"), QStringLiteral("sub.example.test"), {}, &leafJson);
    QVERIFY(id > 0);
    CLI_EXPECT_CONTAINS(leafJson.value(QStringLiteral("issuer_dn")).toString().toUtf8(),
                        inter.subject.section(u'=', -1));
    const QString leaf = exportPem(id, QStringLiteral("leaf.pem"));
    QVERIFY(!leaf.isEmpty());
    const auto verified = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), root,
                                   QStringLiteral("-untrusted"), interPem, leaf});
    OPENSSL_EXPECT_OK(verified);
    CLI_EXPECT_CONTAINS(verified.out, QStringLiteral("leaf.pem: OK"));
    // Without the intermediate the leaf does not verify: it really was signed by the sub-CA.
    QVERIFY(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), root, leaf}).exitCode != 0);

    // With --import-key the key is sealed in the inventory; else the file is read for every use.
    QVERIFY(QFile::rename(key, m_cli->path(QStringLiteral("moved.key"))));
    const CliRun withoutFile =
        m_cli->run({QStringLiteral("issue"), QStringLiteral("--issuer"), QStringLiteral("Sub CA"),
                    QStringLiteral("--cn"), QStringLiteral("second.example.test")});
    if (importKey) {
        CLI_EXPECT_EXIT(withoutFile, Ok);
        CLI_EXPECT_CONTAINS(withoutFile.out, QStringLiteral("Issued certificate"));
        QCOMPARE(inventoryCount(), 2);
    } else {
        CLI_EXPECT_EXIT(withoutFile, Failed);
        CLI_EXPECT_CONTAINS(withoutFile.err, QStringLiteral("inter.key"));
        QCOMPARE(inventoryCount(), 1);
    }
}

void TestCliIssuance::subCaRejected_data()
{
    QTest::addColumn<QString>("certificate"); ///< "leaf" or "inter"
    QTest::addColumn<QString>("key");         ///< "leaf", "root" or "" (none given)
    QTest::addColumn<bool>("missingPassFile");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("a leaf as the CA") << QStringLiteral("leaf") << QStringLiteral("leaf") << false
                                      << int(Failed) << QStringLiteral("not a CA");
    QTest::newRow("the key of another CA")
        << QStringLiteral("inter") << QStringLiteral("root") << false << int(Failed)
        << QStringLiteral("does not belong to the CA certificate");
    QTest::newRow("--ca-cert without --ca-key") << QStringLiteral("inter") << QString() << false << int(Usage)
                                                << QStringLiteral("both --ca-cert and --ca-key");
    QTest::newRow("a missing --ca-key-pass-file") << QStringLiteral("inter") << QStringLiteral("root") << true
                                                  << int(Failed) << QStringLiteral("cannot be read");
}

void TestCliIssuance::subCaRejected()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(bool, missingPassFile);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString cert = writeFile(m_cli->dir(), QStringLiteral("ca.pem"),
                                   toPem(certificate == QLatin1String("leaf") ? m_leaf.der : m_inter.der));
    QStringList args{QStringLiteral("issuer"),
                     QStringLiteral("add"),
                     QStringLiteral("local"),
                     QStringLiteral("--name"),
                     QStringLiteral("Refused"),
                     QStringLiteral("--ca-cert"),
                     cert};
    if (!key.isEmpty()) {
        args << QStringLiteral("--ca-key")
             << writeFile(m_cli->dir(), QStringLiteral("ca.key"),
                          privateKeyPem(key == QLatin1String("leaf") ? m_leaf : m_root));
    }
    if (missingPassFile)
        args << QStringLiteral("--ca-key-pass-file") << m_cli->path(QStringLiteral("no-such.pass"));
    const CliRun r = m_cli->run(args);
    CLI_EXPECT_EXIT(r, exitCode);
    CLI_EXPECT_CONTAINS(r.err, message);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    if (QFileInfo::exists(m_cli->db())) {
        QJsonArray list;
        QVERIFY(issuers(&list));
        QCOMPARE(list.size(), 0);
    }
}

// ---------------------------------------------------------------------------------------------------
// Bad issue input

void TestCliIssuance::badIssueInput_data()
{
    QTest::addColumn<QStringList>("arguments"); ///< after `issue`
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("queued"); ///< the request reached the job queue

    const QString ca = QStringLiteral("Input CA");
    const QStringList base{QStringLiteral("--issuer"), ca, QStringLiteral("--cn")};
    QTest::newRow("CN of 65 characters")
        << (base + QStringList{QString(65, u'a')}) << int(Failed) << QStringLiteral("at most 64") << true;
    QTest::newRow("--san IP:999.1.1.1")
        << (base + QStringList{QStringLiteral("bad-ip.example.test"), QStringLiteral("--san"),
                               QStringLiteral("IP:999.1.1.1")})
        << int(Failed) << QStringLiteral("999.1.1.1") << true;
    QTest::newRow("--key dsa") << (base + QStringList{QStringLiteral("dsa.example.test"),
                                                      QStringLiteral("--key"), QStringLiteral("dsa")})
                               << int(Failed) << QStringLiteral("dsa is not a key type") << true;
    QTest::newRow("--days 9999") << (base + QStringList{QStringLiteral("long.example.test"),
                                                        QStringLiteral("--days"), QStringLiteral("9999")})
                                 << int(Failed) << QStringLiteral("398 days") << true;
    QTest::newRow("unknown issuer") << QStringList{QStringLiteral("--issuer"), QStringLiteral("No Such CA"),
                                                   QStringLiteral("--cn"), QStringLiteral("x.example.test")}
                                    << int(Failed) << QStringLiteral("no issuer named No Such CA") << true;
    QTest::newRow("unknown profile") << (base + QStringList{QStringLiteral("p.example.test"),
                                                            QStringLiteral("--profile"),
                                                            QStringLiteral("no-such-profile")})
                                     << int(Failed) << QStringLiteral("no-such-profile") << true;
    QTest::newRow("--days x") << (base + QStringList{QStringLiteral("x.example.test"),
                                                     QStringLiteral("--days"), QStringLiteral("x")})
                              << int(Usage) << QStringLiteral("--days takes a positive number") << false;
    QTest::newRow("--days 0") << (base + QStringList{QStringLiteral("x.example.test"),
                                                     QStringLiteral("--days"), QStringLiteral("0")})
                              << int(Usage) << QStringLiteral("--days takes a positive number") << false;
    QTest::newRow("no --cn") << QStringList{QStringLiteral("--issuer"), ca} << int(Usage)
                             << QStringLiteral("--issuer and one of --cn or --names-file are required")
                             << false;
}

void TestCliIssuance::badIssueInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(bool, queued);
    QVERIFY(addIssuer(QStringLiteral("Input CA")));
    QVERIFY(issue(QStringLiteral("Input CA"), QStringLiteral("good.example.test")) > 0);
    QJsonArray before;
    QVERIFY(jobs(&before));
    QCOMPARE(before.size(), 1);

    const CliRun r = m_cli->run(QStringList{QStringLiteral("issue")} + arguments);
    CLI_EXPECT_EXIT(r, exitCode);
    CLI_EXPECT_CONTAINS(r.err, message);
    QVERIFY2(!r.err.contains("will be retried"), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(inventoryCount(), 1);

    QJsonArray after;
    QVERIFY(jobs(&after));
    if (!queued) {
        QCOMPARE(after, before);
        return;
    }
    QCOMPARE(after.size(), 2);
    const QJsonObject job = after.first().toObject();
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("certificate.issue"));
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 1);
    CLI_EXPECT_CONTAINS(job.value(QStringLiteral("error")).toString().toUtf8(), message);
    QVERIFY(!job.value(QStringLiteral("result")).toObject().contains(QStringLiteral("certificate_id")));
    CLI_EXPECT_CONTAINS(r.err,
                        QStringLiteral("Job %1 failed").arg(job.value(QStringLiteral("id")).toInteger()));
}

// ---------------------------------------------------------------------------------------------------
// Revocation, CRL and OCSP

void TestCliIssuance::revokeAndCrl()
{
    const QString name = QStringLiteral("Revoking CA");
    QVERIFY(addIssuer(name));
    const QString ca = caCert(name, QStringLiteral("ca.pem"));
    QVERIFY(!ca.isEmpty());
    const qint64 first = issue(name, QStringLiteral("first.example.test"));
    const qint64 second = issue(name, QStringLiteral("second.example.test"));
    QVERIFY(first > 0 && second > 0);
    const QString firstSerial = opensslSerial(exportPem(first, QStringLiteral("first.pem")));
    const QString secondSerial = opensslSerial(exportPem(second, QStringLiteral("second.pem")));
    QVERIFY(!firstSerial.isEmpty() && !secondSerial.isEmpty());

    const CliRun revoked = m_cli->run({QStringLiteral("revoke"), QString::number(first),
                                       QStringLiteral("--reason"), QStringLiteral("keyCompromise")});
    CLI_EXPECT_EXIT(revoked, Ok);
    CLI_EXPECT_CONTAINS(revoked.out, QStringLiteral("Revoked certificate %1 (keyCompromise)").arg(first));
    QCOMPARE(show(first).value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    QCOMPARE(show(second).value(QStringLiteral("status")).toString(), QStringLiteral("valid"));

    // Twice, an unknown id, a bad reason.
    const CliRun twice = m_cli->run({QStringLiteral("revoke"), QString::number(first),
                                     QStringLiteral("--reason"), QStringLiteral("superseded")});
    CLI_EXPECT_EXIT(twice, Failed);
    CLI_EXPECT_CONTAINS(twice.err, QStringLiteral("already revoked"));
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("revoke"), QStringLiteral("99999")}), Failed);
    const CliRun badReason = m_cli->run({QStringLiteral("revoke"), QString::number(second),
                                         QStringLiteral("--reason"), QStringLiteral("lostTheKey")});
    CLI_EXPECT_EXIT(badReason, Usage);
    CLI_EXPECT_CONTAINS(badReason.err, QStringLiteral("lostTheKey is not a revocation reason"));
    for (const auto *reason :
         {"unspecified", "keyCompromise", "cACompromise", "affiliationChanged", "superseded",
          "cessationOfOperation", "certificateHold", "privilegeWithdrawn", "aACompromise"})
        CLI_EXPECT_CONTAINS(badReason.err, QString::fromLatin1(reason));
    QCOMPARE(show(second).value(QStringLiteral("status")).toString(), QStringLiteral("valid"));

    // A DER CRL that openssl verifies against the CA, listing the first certificate only.
    const CliRun crl = m_cli->run({QStringLiteral("crl"), QStringLiteral("--issuer"), name,
                                   QStringLiteral("--out"), m_cli->path(QStringLiteral("crl.der"))});
    CLI_EXPECT_EXIT(crl, Ok);
    CLI_EXPECT_CONTAINS(crl.out, QStringLiteral("Wrote"));
    QVERIFY(!fileBytes(m_cli->path(QStringLiteral("crl.der"))).startsWith("-----"));
    const auto crlVerify = openssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                    QStringLiteral("-in"), m_cli->path(QStringLiteral("crl.der")),
                                    QStringLiteral("-CAfile"), ca, QStringLiteral("-noout")});
    OPENSSL_EXPECT_OK(crlVerify);
    CLI_EXPECT_CONTAINS(crlVerify.all(), QStringLiteral("verify OK"));
    const auto crlText =
        openssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                 QStringLiteral("-in"), m_cli->path(QStringLiteral("crl.der")), QStringLiteral("-noout"),
                 QStringLiteral("-text"), QStringLiteral("-crlnumber")});
    OPENSSL_EXPECT_OK(crlText);
    CLI_EXPECT_CONTAINS(crlText.out, QStringLiteral("Serial Number: ") + firstSerial);
    CLI_EXPECT_CONTAINS(crlText.out, QStringLiteral("Key Compromise"));
    QVERIFY2(!crlText.out.contains(secondSerial.toLatin1()), crlText.out.constData());
    const qint64 firstNumber = crlNumberOf(crlText.out);
    QVERIFY2(firstNumber >= 0, crlText.out.constData());

    // After a second revocation: a PEM CRL with a higher number and both entries.
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("revoke"), QString::number(second), QStringLiteral("--reason"),
                                QStringLiteral("superseded")}),
                    Ok);
    const CliRun pemCrl =
        m_cli->run({QStringLiteral("crl"), QStringLiteral("--issuer"), name, QStringLiteral("--out"),
                    m_cli->path(QStringLiteral("crl.pem")), QStringLiteral("--pem")});
    CLI_EXPECT_EXIT(pemCrl, Ok);
    QVERIFY(fileBytes(m_cli->path(QStringLiteral("crl.pem"))).startsWith("-----BEGIN X509 CRL-----"));
    const auto pemVerify =
        openssl({QStringLiteral("crl"), QStringLiteral("-in"), m_cli->path(QStringLiteral("crl.pem")),
                 QStringLiteral("-CAfile"), ca, QStringLiteral("-noout"), QStringLiteral("-text"),
                 QStringLiteral("-crlnumber")});
    OPENSSL_EXPECT_OK(pemVerify);
    CLI_EXPECT_CONTAINS(pemVerify.all(), QStringLiteral("verify OK"));
    CLI_EXPECT_CONTAINS(pemVerify.out, QStringLiteral("Serial Number: ") + firstSerial);
    CLI_EXPECT_CONTAINS(pemVerify.out, QStringLiteral("Serial Number: ") + secondSerial);
    CLI_EXPECT_CONTAINS(pemVerify.out, QStringLiteral("Superseded"));
    const qint64 secondNumber = crlNumberOf(pemVerify.out);
    QVERIFY2(secondNumber > firstNumber,
             qPrintable(QStringLiteral("CRL numbers %1 then %2").arg(firstNumber).arg(secondNumber)));
    QJsonArray list;
    QVERIFY(issuers(&list));
    QCOMPARE(findByName(list, name).value(QStringLiteral("crl_number")).toInteger(), secondNumber);

    // Errors.
    const CliRun unknown =
        m_cli->run({QStringLiteral("crl"), QStringLiteral("--issuer"), QStringLiteral("No Such CA"),
                    QStringLiteral("--out"), m_cli->path(QStringLiteral("x.crl"))});
    CLI_EXPECT_EXIT(unknown, Failed);
    CLI_EXPECT_CONTAINS(unknown.err, QStringLiteral("No Such CA"));
    QVERIFY(!QFileInfo::exists(m_cli->path(QStringLiteral("x.crl"))));
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("crl"), QStringLiteral("--issuer"), name}), Usage);

    // removeFromCRL (RFC 5280 5.3.1) belongs in delta CRLs only, where it lifts a certificateHold: it
    // must never put a certificate into a full CRL (refusing it, or un-holding, would both do).
    const qint64 third = issue(name, QStringLiteral("third.example.test"));
    QVERIFY(third > 0);
    const QString thirdSerial = opensslSerial(exportPem(third, QStringLiteral("third.pem")));
    QVERIFY(!thirdSerial.isEmpty());
    const CliRun refused = m_cli->run({QStringLiteral("revoke"), QString::number(third),
                                       QStringLiteral("--reason"), QStringLiteral("removeFromCRL")});
    QVERIFY2(refused.exitCode != 0 && refused.err.contains("delta CRL"), qPrintable(refused.describe()));
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("crl"), QStringLiteral("--issuer"), name,
                                QStringLiteral("--out"), m_cli->path(QStringLiteral("crl3.der"))}),
                    Ok);
    const auto thirdText = openssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                    QStringLiteral("-in"), m_cli->path(QStringLiteral("crl3.der")),
                                    QStringLiteral("-noout"), QStringLiteral("-text")});
    OPENSSL_EXPECT_OK(thirdText);
    QVERIFY2(!thirdText.out.contains(thirdSerial.toLatin1()), thirdText.out.constData());
}

void TestCliIssuance::ocspResponses()
{
    const QString name = QStringLiteral("OCSP CA");
    QVERIFY(addIssuer(name, {QStringLiteral("--ocsp-url"), QStringLiteral("http://ocsp.example.test")}));
    const QString ca = caCert(name, QStringLiteral("ca.pem"));
    QVERIFY(!ca.isEmpty());
    const qint64 good = issue(name, QStringLiteral("good.example.test"));
    const qint64 bad = issue(name, QStringLiteral("revoked.example.test"));
    QVERIFY(good > 0 && bad > 0);
    QVERIFY(!exportPem(good, QStringLiteral("good.pem")).isEmpty());
    QVERIFY(!exportPem(bad, QStringLiteral("revoked.pem")).isEmpty());
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("revoke"), QString::number(bad), QStringLiteral("--reason"),
                                QStringLiteral("keyCompromise")}),
                    Ok);

    struct Case
    {
        QStringList subject; ///< -cert FILE or -serial N
        QString status;      ///< as `openssl ocsp` prints it
    };
    const QList<Case> cases{
        {{QStringLiteral("-cert"), m_cli->path(QStringLiteral("good.pem"))},
         QStringLiteral("good.pem: good")},
        {{QStringLiteral("-cert"), m_cli->path(QStringLiteral("revoked.pem"))},
         QStringLiteral("revoked.pem: revoked")},
        {{QStringLiteral("-serial"), QStringLiteral("0x7A11CE")}, QStringLiteral("0x7A11CE: unknown")},
    };
    for (const auto &c : cases) {
        const QString request = m_cli->path(QStringLiteral("req.der"));
        const QString response = m_cli->path(QStringLiteral("resp.der"));
        QFile::remove(request);
        QFile::remove(response);
        OPENSSL_EXPECT_OK(
            openssl(QStringList{QStringLiteral("ocsp"), QStringLiteral("-issuer"), ca} + c.subject +
                    QStringList{QStringLiteral("-no_nonce"), QStringLiteral("-reqout"), request}));
        const CliRun answered =
            m_cli->run({QStringLiteral("ocsp"), QStringLiteral("--issuer"), name, QStringLiteral("--request"),
                        request, QStringLiteral("--out"), response});
        CLI_EXPECT_EXIT(answered, Ok);
        const auto checked =
            openssl(QStringList{QStringLiteral("ocsp"), QStringLiteral("-respin"), response,
                                QStringLiteral("-CAfile"), ca, QStringLiteral("-issuer"), ca} +
                    c.subject + QStringList{QStringLiteral("-no_nonce")});
        OPENSSL_EXPECT_OK(checked);
        CLI_EXPECT_CONTAINS(checked.all(), QStringLiteral("Response verify OK"));
        CLI_EXPECT_CONTAINS(checked.out, c.status);
        if (c.status.endsWith(QLatin1String("revoked")))
            CLI_EXPECT_CONTAINS(checked.out, QStringLiteral("Reason: keyCompromise"));
    }

    // A request that is not one: a malformedRequest response (RFC 6960 2.3) or a clear error.
    writeFile(m_cli->dir(), QStringLiteral("garbage.der"), "this is not an OCSP request");
    const CliRun garbage =
        m_cli->run({QStringLiteral("ocsp"), QStringLiteral("--issuer"), name, QStringLiteral("--request"),
                    m_cli->path(QStringLiteral("garbage.der")), QStringLiteral("--out"),
                    m_cli->path(QStringLiteral("garbage-resp.der"))});
    if (garbage.exitCode == Ok) {
        const auto text = openssl({QStringLiteral("ocsp"), QStringLiteral("-respin"),
                                   m_cli->path(QStringLiteral("garbage-resp.der")),
                                   QStringLiteral("-resp_text"), QStringLiteral("-noverify")});
        CLI_EXPECT_CONTAINS(text.all(), QStringLiteral("malformedrequest"));
    } else {
        CLI_EXPECT_EXIT(garbage, Failed);
        QVERIFY2(!garbage.err.isEmpty(), qPrintable(garbage.describe()));
    }
    const CliRun unknown =
        m_cli->run({QStringLiteral("ocsp"), QStringLiteral("--issuer"), QStringLiteral("No Such CA"),
                    QStringLiteral("--request"), m_cli->path(QStringLiteral("req.der")),
                    QStringLiteral("--out"), m_cli->path(QStringLiteral("x.der"))});
    CLI_EXPECT_EXIT(unknown, Failed);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("ocsp"), QStringLiteral("--issuer"), name}), Usage);
}

// ---------------------------------------------------------------------------------------------------
// Renewal

void TestCliIssuance::renew()
{
    const QString name = QStringLiteral("Renewing CA");
    QVERIFY(addIssuer(name));
    const QString ca = caCert(name, QStringLiteral("ca.pem"));
    QVERIFY(!ca.isEmpty());
    QJsonObject v1;
    const qint64 id =
        issue(name, QStringLiteral("renew.example.test"),
              {QStringLiteral("--san"), QStringLiteral("DNS:renew.example.test"), QStringLiteral("--san"),
               QStringLiteral("DNS:alt.example.test"), QStringLiteral("--days"), QStringLiteral("30")},
              &v1);
    QVERIFY(id > 0);
    const QString v1Pem = exportPem(id, QStringLiteral("v1.pem"));
    QVERIFY(!v1Pem.isEmpty());
    const QByteArray v1Key = opensslPublicKey(v1Pem);
    QVERIFY(!v1Key.isEmpty());

    // A new version with a new key and serial, the same names and lifetime.
    const CliRun renewed =
        m_cli->run({QStringLiteral("renew"), QString::number(id), QStringLiteral("--json")});
    CLI_EXPECT_EXIT(renewed, Ok);
    CLI_JSON(v2, renewed);
    QCOMPARE(v2.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(v2.value(QStringLiteral("version_no")).toInt(), 2);
    QVERIFY(v2.value(QStringLiteral("serial")).toString() != v1.value(QStringLiteral("serial")).toString());
    QCOMPARE(v2.value(QStringLiteral("common_name")), v1.value(QStringLiteral("common_name")));
    QCOMPARE(v2.value(QStringLiteral("san_dns")), v1.value(QStringLiteral("san_dns")));
    const int daysLeft = v2.value(QStringLiteral("days_left")).toInt(-1);
    QVERIFY2(daysLeft == 29 || daysLeft == 30,
             qPrintable(QStringLiteral("days_left %1, not 30").arg(daysLeft)));
    const QJsonObject shown = show(id);
    QCOMPARE(shown.value(QStringLiteral("version_no")).toInt(), 2);
    QCOMPARE(shown.value(QStringLiteral("serial")), v2.value(QStringLiteral("serial")));
    const QString v2Pem = exportPem(id, QStringLiteral("v2.pem"));
    QVERIFY(!v2Pem.isEmpty());
    const QByteArray v2Key = opensslPublicKey(v2Pem);
    QVERIFY(!v2Key.isEmpty());
    QVERIFY2(v2Key != v1Key, "renew without --reuse-key kept the key");
    QVERIFY(opensslSerial(v2Pem) != opensslSerial(v1Pem));
    OPENSSL_EXPECT_OK(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, v2Pem}));

    // --reuse-key: a third version with the second one's key.
    const CliRun reused =
        m_cli->run({QStringLiteral("renew"), QString::number(id), QStringLiteral("--reuse-key")});
    CLI_EXPECT_EXIT(reused, Ok);
    CLI_EXPECT_CONTAINS(reused.out, QStringLiteral("Renewed certificate %1").arg(id));
    QCOMPARE(show(id).value(QStringLiteral("version_no")).toInt(), 3);
    const QString v3Pem = exportPem(id, QStringLiteral("v3.pem"));
    QVERIFY(!v3Pem.isEmpty());
    QCOMPARE(opensslPublicKey(v3Pem), v2Key);
    QVERIFY(opensslSerial(v3Pem) != opensslSerial(v2Pem));
    OPENSSL_EXPECT_OK(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, v3Pem}));
    QCOMPARE(inventoryCount(), 1);

    // Both renewals went through the queue and recorded their versions.
    QJsonArray list;
    QVERIFY(jobs(&list));
    int renewals = 0;
    for (const auto &v : list) {
        const QJsonObject job = v.toObject();
        if (job.value(QStringLiteral("kind")).toString() != QLatin1String("certificate.renew"))
            continue;
        ++renewals;
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QVERIFY(
            job.value(QStringLiteral("result")).toObject().value(QStringLiteral("version_id")).toInteger() >
            0);
    }
    QCOMPARE(renewals, 2);
}

void TestCliIssuance::renewRejected_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("revoked") << QStringLiteral("revoked") << QStringLiteral("is revoked");
    QTest::newRow("imported") << QStringLiteral("imported") << QStringLiteral("not issued through CertDesk");
    QTest::newRow("unknown id") << QStringLiteral("unknown") << QStringLiteral("99999");
}

void TestCliIssuance::renewRejected()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QVERIFY(addIssuer(QStringLiteral("Renewing CA")));
    qint64 id = 99999;
    if (kind == QLatin1String("revoked")) {
        id = issue(QStringLiteral("Renewing CA"), QStringLiteral("revoked.example.test"));
        QVERIFY(id > 0);
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("revoke"), QString::number(id)}), Ok);
    } else if (kind == QLatin1String("imported")) {
        const CliRun imported =
            m_cli->run({QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("--json"),
                        writeFile(m_cli->dir(), QStringLiteral("imported.pem"), toPem(m_leaf.der))});
        CLI_EXPECT_EXIT(imported, Ok);
        CLI_JSON(summary, imported);
        id = summary.value(QStringLiteral("files"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("imported"))
                 .toArray()
                 .first()
                 .toInteger();
        QVERIFY(id > 0);
    }
    const int count = inventoryCount();
    const QJsonObject before = kind == QLatin1String("unknown") ? QJsonObject() : show(id);

    const CliRun r = m_cli->run({QStringLiteral("renew"), QString::number(id)});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, message);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(inventoryCount(), count);
    if (!before.isEmpty()) {
        const QJsonObject after = show(id);
        QCOMPARE(after.value(QStringLiteral("version_no")), before.value(QStringLiteral("version_no")));
        QCOMPARE(after.value(QStringLiteral("serial")), before.value(QStringLiteral("serial")));
    }

    // The refusal is final: a renewal that cannot succeed is not left queued for retries.
    QJsonArray list;
    QVERIFY(jobs(&list));
    const QJsonObject job = list.first().toObject();
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("certificate.renew"));
    QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY2(!r.err.contains("will be retried"), qPrintable(r.describe()));
}

// ---------------------------------------------------------------------------------------------------
// Jobs

void TestCliIssuance::jobsCommands()
{
    const QString name = QStringLiteral("Jobs CA");
    QVERIFY(addIssuer(name));
    const CliRun issued = m_cli->run({QStringLiteral("issue"), QStringLiteral("--issuer"), name,
                                      QStringLiteral("--cn"), QStringLiteral("jobs.example.test")});
    CLI_EXPECT_EXIT(issued, Ok);
    static const QRegularExpression issuedLine(QStringLiteral("^Issued certificate (\\d+)\\n$"));
    const auto m = issuedLine.match(QString::fromUtf8(issued.out));
    QVERIFY2(m.hasMatch(), qPrintable(issued.describe()));
    const qint64 certificateId = m.captured(1).toLongLong();
    QCOMPARE(show(certificateId).value(QStringLiteral("common_name")).toString(),
             QStringLiteral("jobs.example.test"));

    QJsonArray list;
    QVERIFY(jobs(&list));
    QCOMPARE(list.size(), 1);
    const QJsonObject job = list.first().toObject();
    const qint64 jobId = job.value(QStringLiteral("id")).toInteger();
    QVERIFY(jobId > 0);
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("certificate.issue"));
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(job.value(QStringLiteral("error")).toString(), QString());
    QCOMPARE(
        job.value(QStringLiteral("result")).toObject().value(QStringLiteral("certificate_id")).toInteger(),
        certificateId);

    const CliRun plain = m_cli->run({QStringLiteral("jobs"), QStringLiteral("list")});
    CLI_EXPECT_EXIT(plain, Ok);
    CLI_EXPECT_CONTAINS(plain.out, QStringLiteral("certificate.issue"));
    CLI_EXPECT_CONTAINS(plain.out, QStringLiteral("succeeded"));

    // A failed job; --limit shows the newest first.
    const CliRun failed =
        m_cli->run({QStringLiteral("issue"), QStringLiteral("--issuer"), QStringLiteral("Later CA"),
                    QStringLiteral("--cn"), QStringLiteral("later.example.test")});
    CLI_EXPECT_EXIT(failed, Failed);
    const CliRun limited =
        m_cli->run({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--limit"), QStringLiteral("1")});
    CLI_EXPECT_EXIT(limited, Ok);
    CLI_JSON(limitedJson, limited);
    const QJsonArray newest = limitedJson.value(QStringLiteral("jobs")).toArray();
    QCOMPARE(newest.size(), 1);
    const qint64 failedId = newest.first().toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(failedId > jobId);
    QCOMPARE(newest.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));

    // Retrying or cancelling a finished job, and unknown or malformed ids.
    const CliRun retrySucceeded =
        m_cli->run({QStringLiteral("jobs"), QStringLiteral("retry"), QString::number(jobId)});
    CLI_EXPECT_EXIT(retrySucceeded, Failed);
    CLI_EXPECT_CONTAINS(retrySucceeded.err, QStringLiteral("Job %1").arg(jobId));
    QVERIFY2(!retrySucceeded.err.contains("still queued or running"), qPrintable(retrySucceeded.describe()));
    const CliRun cancelSucceeded =
        m_cli->run({QStringLiteral("jobs"), QStringLiteral("cancel"), QString::number(jobId)});
    CLI_EXPECT_EXIT(cancelSucceeded, Failed);
    CLI_EXPECT_CONTAINS(cancelSucceeded.err, QStringLiteral("already finished"));
    const CliRun cancelUnknown =
        m_cli->run({QStringLiteral("jobs"), QStringLiteral("cancel"), QStringLiteral("99999")});
    CLI_EXPECT_EXIT(cancelUnknown, Failed);
    CLI_EXPECT_CONTAINS(cancelUnknown.err, QStringLiteral("Job 99999 does not exist"));
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("jobs"), QStringLiteral("retry"), QStringLiteral("99999")}),
                    Failed);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("jobs"), QStringLiteral("cancel"), QStringLiteral("abc")}),
                    Usage);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("jobs"), QStringLiteral("retry")}), Usage);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--limit"),
                                QStringLiteral("0")}),
                    Usage);
    QVERIFY(jobs(&list));
    QCOMPARE(findById(list, jobId).value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));

    // Once its issuer exists, the failed job is queued again, and the next command that works the
    // queue (here another `issue`) runs it too.
    QVERIFY(addIssuer(QStringLiteral("Later CA")));
    const CliRun retried =
        m_cli->run({QStringLiteral("jobs"), QStringLiteral("retry"), QString::number(failedId)});
    CLI_EXPECT_EXIT(retried, Ok);
    CLI_EXPECT_CONTAINS(retried.out, QStringLiteral("Job %1 queued again").arg(failedId));
    QVERIFY(jobs(&list));
    QCOMPARE(findById(list, failedId).value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(findById(list, failedId).value(QStringLiteral("attempts")).toInt(), 0);
    const CliRun retryQueued =
        m_cli->run({QStringLiteral("jobs"), QStringLiteral("retry"), QString::number(failedId)});
    CLI_EXPECT_EXIT(retryQueued, Failed);
    // A queued job can be cancelled, and a cancelled one queued again.
    const CliRun cancelled =
        m_cli->run({QStringLiteral("jobs"), QStringLiteral("cancel"), QString::number(failedId)});
    CLI_EXPECT_EXIT(cancelled, Ok);
    CLI_EXPECT_CONTAINS(cancelled.out, QStringLiteral("Cancel requested for job %1").arg(failedId));
    QVERIFY(jobs(&list));
    QCOMPARE(findById(list, failedId).value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("jobs"), QStringLiteral("retry"), QString::number(failedId)}),
                    Ok);
    QVERIFY(issue(QStringLiteral("Later CA"), QStringLiteral("other.example.test")) > 0);
    QVERIFY(jobs(&list));
    const QJsonObject done = findById(list, failedId);
    QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(done.value(QStringLiteral("attempts")).toInt(), 1);
    const qint64 laterId =
        done.value(QStringLiteral("result")).toObject().value(QStringLiteral("certificate_id")).toInteger();
    QCOMPARE(show(laterId).value(QStringLiteral("common_name")).toString(),
             QStringLiteral("later.example.test"));
    QCOMPARE(inventoryCount(), 3);
}

// ---------------------------------------------------------------------------------------------------
// Daemon

void TestCliIssuance::daemonStartStop()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("daemon"), QStringLiteral("--renewal-check-minutes"),
                                QStringLiteral("0")}),
                    Usage);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("daemon"), QStringLiteral("--renewal-check-minutes"),
                                QStringLiteral("x")}),
                    Usage);

    for (const int signal : {SIGTERM, SIGINT}) {
        DaemonProcess *daemon =
            m_cli->startDaemon({QStringLiteral("--renewal-check-minutes"), QStringLiteral("1")});
        QVERIFY(daemon);
        CLI_EXPECT_CONTAINS(daemon->out, QStringLiteral("stop with SIGTERM"));
        QVERIFY2(m_cli->stopDaemon(*daemon, signal), qPrintable(daemon->describe()));
        QVERIFY2(
            daemon->process->exitStatus() == QProcess::NormalExit && daemon->process->exitCode() == 0,
            qPrintable(
                QStringLiteral("signal %1, exit code %2: ").arg(signal).arg(daemon->process->exitCode()) +
                daemon->describe()));
        CLI_EXPECT_CONTAINS(daemon->out, QStringLiteral("certdeskctl daemon stopped."));
        QVERIFY2(!daemon->err.contains("error"), qPrintable(daemon->describe()));
    }
}

void TestCliIssuance::daemonsRunRetriedJobOnce()
{
    // A job that failed because its issuer did not exist yet.
    const CliRun failed =
        m_cli->run({QStringLiteral("issue"), QStringLiteral("--issuer"), QStringLiteral("Daemon CA"),
                    QStringLiteral("--cn"), QStringLiteral("daemon.example.test")});
    CLI_EXPECT_EXIT(failed, Failed);
    QJsonArray list;
    QVERIFY(jobs(&list));
    QCOMPARE(list.size(), 1);
    const qint64 jobId = list.first().toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(list.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));

    // Two daemons share the inventory; once the issuer exists and the job is retried, one of them
    // runs it, once.
    DaemonProcess *first = m_cli->startDaemon();
    QVERIFY(first);
    DaemonProcess *second = m_cli->startDaemon();
    QVERIFY(second);
    QVERIFY(addIssuer(QStringLiteral("Daemon CA")));
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("jobs"), QStringLiteral("retry"), QString::number(jobId)}),
                    Ok);
    const QByteArray finished = "job " + QByteArray::number(jobId) + ": ";
    QDeadlineTimer deadline(ProcessTimeoutMs);
    while (!first->out.contains(finished) && !second->out.contains(finished) && !deadline.hasExpired()) {
        first->waitForOutput(finished, 250);
        second->waitForOutput(finished, 250);
    }
    QVERIFY2(first->out.contains(finished) || second->out.contains(finished),
             qPrintable(first->describe() + u'\n' + second->describe()));
    QVERIFY2(first->out.contains(QByteArray(finished + "succeeded")) ||
                 second->out.contains(QByteArray(finished + "succeeded")),
             qPrintable(first->describe() + u'\n' + second->describe()));

    for (auto *daemon : {first, second}) {
        QVERIFY2(m_cli->stopDaemon(*daemon, SIGTERM), qPrintable(daemon->describe()));
        QVERIFY2(daemon->process->exitStatus() == QProcess::NormalExit && daemon->process->exitCode() == 0,
                 qPrintable(daemon->describe()));
        CLI_EXPECT_CONTAINS(daemon->out, QStringLiteral("certdeskctl daemon stopped."));
    }
    QVERIFY2(first->out.contains(finished) != second->out.contains(finished),
             qPrintable(QStringLiteral("the job ran in both daemons:\n") + first->describe() + u'\n' +
                        second->describe()));

    QVERIFY(jobs(&list));
    QCOMPARE(list.size(), 1);
    const QJsonObject job = list.first().toObject();
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 1);
    const qint64 id =
        job.value(QStringLiteral("result")).toObject().value(QStringLiteral("certificate_id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(show(id).value(QStringLiteral("common_name")).toString(), QStringLiteral("daemon.example.test"));
    QCOMPARE(inventoryCount(), 1);
    const QString ca = caCert(QStringLiteral("Daemon CA"), QStringLiteral("ca.pem"));
    const QString leaf = exportPem(id, QStringLiteral("leaf.pem"));
    QVERIFY(!ca.isEmpty() && !leaf.isEmpty());
    OPENSSL_EXPECT_OK(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, leaf}));
}

QTEST_GUILESS_MAIN(TestCliIssuance)
#include "tst_cli_issuance.moc"
