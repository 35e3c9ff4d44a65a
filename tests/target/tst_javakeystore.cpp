// SPDX-License-Identifier: GPL-3.0-or-later
// The Java keystore target against Debian's real keytool (default-jre-headless): what CertDesk
// writes (PKCS#12 natively, JKS through keytool) is read back with `keytool -list -v`; keystores
// that keytool made (other key entries, trusted certificates) keep their entries.

#include "connectors/target/javakeystore/javakeystoretarget.h"
#include "connectors/target/sdk/sandbox.h"
#include "tests/support/testcertificates.h"
#include "tests/target/support/targettestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::target;

namespace {

const QString Password = QStringLiteral("changeit-Pw1");

/// "AB:CD:..." as keytool prints fingerprints.
QString keytoolFingerprint(const QString &sha256)
{
    QStringList pairs;
    for (qsizetype i = 0; i < sha256.size(); i += 2)
        pairs.append(sha256.mid(i, 2).toUpper());
    return pairs.join(u':');
}

/// Runs keytool with the password in the environment; its exit code and output.
QPair<int, QString> keytool(const QStringList &arguments, const QString &password = Password)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TEST_STOREPASS"), password);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("keytool"), QStringList{QStringLiteral("-J-Duser.language=en")} + arguments);
    process.closeWriteChannel(); // keytool must never wait for a prompt
    if (!process.waitForFinished(60000))
        return {-1, QStringLiteral("keytool did not finish")};
    return {process.exitCode(), QString::fromLocal8Bit(process.readAll())};
}

QStringList storeArguments(const QString &keystore, const QString &type)
{
    return {QStringLiteral("-keystore"),      keystore,
            QStringLiteral("-storetype"),     type,
            QStringLiteral("-storepass:env"), QStringLiteral("TEST_STOREPASS")};
}

/// keytool -list -v of the store.
QString listVerbose(const QString &keystore, const QString &type, const QString &password = Password)
{
    const auto [code, output] =
        keytool(QStringList{QStringLiteral("-list"), QStringLiteral("-v")} + storeArguments(keystore, type),
                password);
    return code == 0 ? output : QStringLiteral("FAILED: ") + output;
}

/// The block of `keytool -list -v` output for one alias (keytool ends each with a line of stars).
QString entryBlock(const QString &listing, const QString &alias)
{
    const QString start = QStringLiteral("Alias name: ") + alias + u'\n';
    const qsizetype at = listing.indexOf(start);
    if (at < 0)
        return {};
    const qsizetype end = listing.indexOf(QStringLiteral("\n*****"), at);
    return listing.mid(at, end < 0 ? -1 : end - at);
}

/// A key pair entry `alias` made by keytool itself in a new or existing store.
bool keytoolGenerate(const QString &keystore, const QString &type, const QString &alias)
{
    const auto [code, output] = keytool(QStringList{QStringLiteral("-genkeypair"), QStringLiteral("-alias"),
                                                    alias, QStringLiteral("-keyalg"), QStringLiteral("EC"),
                                                    QStringLiteral("-groupname"), QStringLiteral("secp256r1"),
                                                    QStringLiteral("-dname"), QStringLiteral("CN=") + alias,
                                                    QStringLiteral("-validity"), QStringLiteral("30")} +
                                        storeArguments(keystore, type));
    if (code != 0)
        qWarning("%s", qPrintable(output));
    return code == 0;
}

TargetSettings settingsFor(const QString &keystore, const QString &type, const QString &password = Password)
{
    TargetSettings settings;
    settings.values.insert(QStringLiteral("keystore_path"), keystore);
    settings.values.insert(QStringLiteral("keystore_type"), type);
    settings.secrets[QStringLiteral("keystore_password")] = pki::SecureBytes(password.toUtf8());
    return settings;
}

/// Makes the connector and deploys through a Sandbox with exactly its grant.
Result<DeployOutcome> deploy(const TargetSettings &settings, const Deployment &deployment)
{
    Result<std::unique_ptr<Connector>> connector = javaKeystoreTargetType().create(settings);
    if (!connector)
        return connector.error();
    Sandbox sandbox((*connector)->name(), (*connector)->capabilities());
    return (*connector)->deploy(sandbox, deployment, [] { return false; });
}

} // namespace

class TestJavaKeystore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void writesAPkcs12ThatKeytoolReads();
    void writesAJksThroughKeytool_data();
    void writesAJksThroughKeytool();
    void redeployIsANoOp_data();
    void redeployIsANoOp();
    void wrongPasswordChangesNothing_data();
    void wrongPasswordChangesNothing();
    void keepsOtherEntries_data();
    void keepsOtherEntries();
    void failedReloadPutsTheOldKeystoreBack();
    void refusesToCreateWhenAskedNotTo();
    void passesPasswordsInTheEnvironmentOnly();
    void validateOpensTheKeystore();
    void refusesBadSettings_data();
    void refusesBadSettings();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

void TestJavaKeystore::initTestCase()
{
    CERTDESK_REQUIRE_PROGRAM(QStringLiteral("keytool"), QStringLiteral("default-jre-headless"));
}

void TestJavaKeystore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = QFileInfo(m_dir->path()).canonicalFilePath();
}

void TestJavaKeystore::writesAPkcs12ThatKeytoolReads()
{
    const QString keystore = m_folder + QStringLiteral("/keystore.p12");
    const Deployment deployment = testsupport::makeTestDeployment(QStringLiteral("tomcat.certdesk.test"));
    const Result<DeployOutcome> outcome = deploy(settingsFor(keystore, QStringLiteral("PKCS12")), deployment);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    QVERIFY(outcome->changed);
    QCOMPARE(testsupport::fileMode(keystore), 0600);

    const QString listing = listVerbose(keystore, QStringLiteral("PKCS12"));
    const QString entry = entryBlock(listing, QStringLiteral("server"));
    QVERIFY2(!entry.isEmpty(), qPrintable(listing));
    QVERIFY2(entry.contains(QLatin1String("Entry type: PrivateKeyEntry")), qPrintable(entry));
    QVERIFY2(entry.contains(QLatin1String("Certificate chain length: 2")), qPrintable(entry));
    QVERIFY2(entry.contains(QLatin1String("SHA256: ") + keytoolFingerprint(deployment.sha256)),
             qPrintable(entry));
    QVERIFY(listing.contains(QLatin1String("Your keystore contains 1 entry")));
    // The key entry opens with the store password: keytool signs a request with it.
    const auto [code, output] =
        keytool(QStringList{QStringLiteral("-certreq"), QStringLiteral("-alias"), QStringLiteral("server")} +
                storeArguments(keystore, QStringLiteral("PKCS12")));
    QVERIFY2(code == 0 && output.contains(QLatin1String("BEGIN NEW CERTIFICATE REQUEST")),
             qPrintable(output));
}

void TestJavaKeystore::writesAJksThroughKeytool_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("new keystore") << false;
    QTest::newRow("existing keystore") << true;
}

void TestJavaKeystore::writesAJksThroughKeytool()
{
    QFETCH(bool, existing);
    const QString keystore = m_folder + QStringLiteral("/keystore.jks");
    if (existing)
        QVERIFY(keytoolGenerate(keystore, QStringLiteral("JKS"), QStringLiteral("server")));
    const Deployment deployment = testsupport::makeTestDeployment(QStringLiteral("kafka.certdesk.test"));
    const Result<DeployOutcome> outcome = deploy(settingsFor(keystore, QStringLiteral("JKS")), deployment);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
    QVERIFY(outcome->changed);
    QCOMPARE(testsupport::fileMode(keystore), 0600);
    // The temporary PKCS#12 and the working copy are gone.
    QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("keystore.jks")});

    const QString listing = listVerbose(keystore, QStringLiteral("JKS"));
    QVERIFY2(listing.contains(QLatin1String("Keystore type: JKS")), qPrintable(listing));
    const QString entry = entryBlock(listing, QStringLiteral("server"));
    QVERIFY2(entry.contains(QLatin1String("Entry type: PrivateKeyEntry")), qPrintable(listing));
    QVERIFY2(entry.contains(QLatin1String("Certificate chain length: 2")), qPrintable(entry));
    QVERIFY2(entry.contains(QLatin1String("SHA256: ") + keytoolFingerprint(deployment.sha256)),
             qPrintable(entry));
    QVERIFY(listing.contains(QLatin1String("Your keystore contains 1 entry")));
}

void TestJavaKeystore::redeployIsANoOp_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("PKCS12") << QStringLiteral("PKCS12");
    QTest::newRow("JKS") << QStringLiteral("JKS");
}

void TestJavaKeystore::redeployIsANoOp()
{
    QFETCH(QString, type);
    const QString keystore = m_folder + QStringLiteral("/keystore");
    const TargetSettings settings = settingsFor(keystore, type);
    const Deployment first = testsupport::makeTestDeployment(QStringLiteral("first.certdesk.test"));
    QVERIFY(deploy(settings, first).ok());
    const QByteArray written = testsupport::fileBytes(keystore);
    const Result<DeployOutcome> again = deploy(settings, first);
    QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
    QVERIFY(!again->changed);
    QCOMPARE(testsupport::fileBytes(keystore), written);

    const Deployment renewal = testsupport::makeTestDeployment(QStringLiteral("first.certdesk.test"));
    const Result<DeployOutcome> renewed = deploy(settings, renewal);
    QVERIFY2(renewed.ok(), qPrintable(renewed.error().fullText()));
    QVERIFY(renewed->changed);
    const QString listing = listVerbose(keystore, type);
    QVERIFY2(listing.contains(QLatin1String("SHA256: ") + keytoolFingerprint(renewal.sha256)),
             qPrintable(listing));
    QVERIFY(!listing.contains(keytoolFingerprint(first.sha256)));
    QVERIFY(listing.contains(QLatin1String("Your keystore contains 1 entry")));
}

void TestJavaKeystore::wrongPasswordChangesNothing_data()
{
    redeployIsANoOp_data();
}

void TestJavaKeystore::wrongPasswordChangesNothing()
{
    QFETCH(QString, type);
    const QString keystore = m_folder + QStringLiteral("/keystore");
    QVERIFY(keytoolGenerate(keystore, type, QStringLiteral("server")));
    const QByteArray before = testsupport::fileBytes(keystore);
    const Result<DeployOutcome> outcome = deploy(
        settingsFor(keystore, type, QStringLiteral("not-the-password")), testsupport::makeTestDeployment());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, ErrorCode::WrongPassword);
    QVERIFY2(outcome.error().message.contains(QLatin1String("password is wrong")),
             qPrintable(outcome.error().message));
    QVERIFY(!outcome.error().fullText().contains(QLatin1String("not-the-password")));
    QCOMPARE(testsupport::fileBytes(keystore), before);
    QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("keystore")});
}

void TestJavaKeystore::keepsOtherEntries_data()
{
    redeployIsANoOp_data();
}

void TestJavaKeystore::keepsOtherEntries()
{
    QFETCH(QString, type);
    const QString keystore = m_folder + QStringLiteral("/keystore");
    // A store made by keytool: a key entry of its own and a trusted CA certificate.
    QVERIFY(keytoolGenerate(keystore, type, QStringLiteral("other")));
    const QString caFile = testsupport::writeFile(m_folder, QStringLiteral("ca.pem"),
                                                  testsupport::toPem(testsupport::testDeploymentRootDer()));
    const auto [imported, importOutput] =
        keytool(QStringList{QStringLiteral("-importcert"), QStringLiteral("-noprompt"),
                            QStringLiteral("-alias"), QStringLiteral("ca"), QStringLiteral("-file"), caFile} +
                storeArguments(keystore, type));
    QVERIFY2(imported == 0, qPrintable(importOutput));
    QVERIFY(QFile::remove(caFile));
    const QString otherBefore = entryBlock(listVerbose(keystore, type), QStringLiteral("other"));
    QVERIFY(!otherBefore.isEmpty());

    const TargetSettings settings = settingsFor(keystore, type);
    const Deployment first = testsupport::makeTestDeployment(QStringLiteral("app.certdesk.test"));
    const Deployment renewal = testsupport::makeTestDeployment(QStringLiteral("app.certdesk.test"));
    for (const Deployment *deployment : {&first, &renewal}) {
        const Result<DeployOutcome> outcome = deploy(settings, *deployment);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().fullText()));
        const QString listing = listVerbose(keystore, type);
        QVERIFY2(listing.contains(QLatin1String("Your keystore contains 3 entries")), qPrintable(listing));
        QCOMPARE(entryBlock(listing, QStringLiteral("other")), otherBefore);
        QVERIFY2(
            entryBlock(listing, QStringLiteral("ca")).contains(QLatin1String("Entry type: trustedCertEntry")),
            qPrintable(listing));
        const QString server = entryBlock(listing, QStringLiteral("server"));
        QVERIFY2(server.contains(QLatin1String("SHA256: ") + keytoolFingerprint(deployment->sha256)),
                 qPrintable(listing));
        // Java completes the chain from any certificate in the store, here with the trusted root.
        QVERIFY2(server.contains(QLatin1String("Certificate[2]:")), qPrintable(server));
    }
    // The other key entry still opens: keytool signs with it.
    const auto [code, output] =
        keytool(QStringList{QStringLiteral("-certreq"), QStringLiteral("-alias"), QStringLiteral("other")} +
                storeArguments(keystore, type));
    QVERIFY2(code == 0 && output.contains(QLatin1String("BEGIN NEW CERTIFICATE REQUEST")),
             qPrintable(output));
}

void TestJavaKeystore::failedReloadPutsTheOldKeystoreBack()
{
    const QString keystore = m_folder + QStringLiteral("/keystore.p12");
    TargetSettings settings = settingsFor(keystore, QStringLiteral("PKCS12"));
    const Deployment first = testsupport::makeTestDeployment();
    QVERIFY(deploy(settings, first).ok());
    const QByteArray before = testsupport::fileBytes(keystore);
    settings.values.insert(QStringLiteral("reload_command"),
                           QStringLiteral("/bin/sh -c 'echo tomcat is down; exit 4'"));
    const Result<DeployOutcome> outcome = deploy(settings, testsupport::makeTestDeployment());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QLatin1String("put back")),
             qPrintable(outcome.error().message));
    QVERIFY2(outcome.error().detail.contains(QLatin1String("tomcat is down")),
             qPrintable(outcome.error().detail));
    QCOMPARE(testsupport::fileBytes(keystore), before);

    // A keystore the failed deployment created is removed again.
    const QString fresh = m_folder + QStringLiteral("/fresh.p12");
    TargetSettings freshSettings = settingsFor(fresh, QStringLiteral("PKCS12"));
    freshSettings.values.insert(QStringLiteral("reload_command"), QStringLiteral("/bin/false"));
    QVERIFY(!deploy(freshSettings, first).ok());
    QVERIFY(!QFile::exists(fresh));
}

void TestJavaKeystore::refusesToCreateWhenAskedNotTo()
{
    const QString keystore = m_folder + QStringLiteral("/missing.p12");
    TargetSettings settings = settingsFor(keystore, QStringLiteral("PKCS12"));
    settings.values.insert(QStringLiteral("create_keystore"), false);
    const Result<DeployOutcome> outcome = deploy(settings, testsupport::makeTestDeployment());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, ErrorCode::NotFound);
    QVERIFY(outcome.error().message.contains(QLatin1String("create_keystore")));
    QVERIFY(!QFile::exists(keystore));
}

void TestJavaKeystore::passesPasswordsInTheEnvironmentOnly()
{
    // A keytool wrapper that records the command line it was given, then runs the real keytool.
    const QString record = m_folder + QStringLiteral("/argv.txt");
    const QString realKeytool = Sandbox::resolveProgram(QStringLiteral("keytool"));
    const QString wrapper =
        testsupport::writeFile(m_folder, QStringLiteral("keytool-wrapper"),
                               QStringLiteral("#!/bin/sh\necho \"$@\" >> '%1'\nexec '%2' \"$@\"\n")
                                   .arg(record, realKeytool)
                                   .toUtf8());
    QVERIFY(QFile::setPermissions(wrapper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString keystore = m_folder + QStringLiteral("/store/keystore.jks");
    QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/store")));
    TargetSettings settings = settingsFor(keystore, QStringLiteral("JKS"));
    settings.values.insert(QStringLiteral("keytool_path"), wrapper);
    const Deployment deployment = testsupport::makeTestDeployment();
    QVERIFY(deploy(settings, deployment).ok());
    QVERIFY(deploy(settings, deployment).ok()); // the fingerprint check runs keytool too
    const QByteArray commandLines = testsupport::fileBytes(record);
    QVERIFY2(commandLines.contains("-importkeystore") && commandLines.contains("-exportcert"),
             commandLines.constData());
    QVERIFY2(commandLines.contains("-deststorepass:env"), commandLines.constData());
    QVERIFY2(!commandLines.contains(Password.toUtf8()), commandLines.constData());
}

void TestJavaKeystore::validateOpensTheKeystore()
{
    const QString keystore = m_folder + QStringLiteral("/keystore.p12");
    QVERIFY(deploy(settingsFor(keystore, QStringLiteral("PKCS12")), testsupport::makeTestDeployment()).ok());
    for (const auto &[password, ok] :
         {std::pair{Password, true}, std::pair{QStringLiteral("wrong"), false}}) {
        Result<std::unique_ptr<Connector>> connector =
            javaKeystoreTargetType().create(settingsFor(keystore, QStringLiteral("PKCS12"), password));
        QVERIFY(connector.ok());
        Sandbox sandbox((*connector)->name(), (*connector)->capabilities());
        const ValidationReport report = (*connector)->validate(sandbox);
        QCOMPARE(report.ok(), ok);
        QString text;
        for (const ValidationStep &step : report.steps)
            text += step.title + QStringLiteral(": ") + step.detail + u'\n';
        QVERIFY2(text.contains(ok ? QLatin1String("opens the keystore") : QLatin1String("password is wrong")),
                 qPrintable(text));
    }
}

void TestJavaKeystore::refusesBadSettings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("alias with a semicolon") << QStringLiteral("alias") << QStringLiteral("server;rm");
    QTest::newRow("alias with a space") << QStringLiteral("alias") << QStringLiteral("my server");
    QTest::newRow("reload chained") << QStringLiteral("reload_command")
                                    << QStringLiteral("systemctl restart tomcat && echo ok");
    QTest::newRow("reload substitution") << QStringLiteral("reload_command") << QStringLiteral("echo `id`");
    QTest::newRow("relative keystore")
        << QStringLiteral("keystore_path") << QStringLiteral("conf/keystore.p12");
    QTest::newRow("dot-dot keystore")
        << QStringLiteral("keystore_path") << QStringLiteral("/opt/../etc/keystore.p12");
    QTest::newRow("unknown type") << QStringLiteral("keystore_type") << QStringLiteral("JCEKS");
    QTest::newRow("keytool with arguments") << QStringLiteral("keytool_path") << QStringLiteral("keytool -v");
}

void TestJavaKeystore::refusesBadSettings()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    TargetSettings settings =
        settingsFor(m_folder + QStringLiteral("/keystore.p12"), QStringLiteral("PKCS12"));
    settings.values.insert(key, value);
    const Result<std::unique_ptr<Connector>> connector = javaKeystoreTargetType().create(settings);
    QVERIFY(!connector.ok());
    QCOMPARE(connector.error().code, ErrorCode::InvalidInput);
    QVERIFY2(connector.error().message.startsWith(key), qPrintable(connector.error().message));

    TargetSettings noPassword =
        settingsFor(m_folder + QStringLiteral("/keystore.p12"), QStringLiteral("PKCS12"));
    noPassword.secrets.clear();
    QVERIFY(javaKeystoreTargetType()
                .create(noPassword)
                .error()
                .message.startsWith(QLatin1String("keystore_password")));
}

QTEST_GUILESS_MAIN(TestJavaKeystore)
#include "tst_javakeystore.moc"
