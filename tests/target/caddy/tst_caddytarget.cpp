// SPDX-License-Identifier: GPL-3.0-or-later
// The Caddy target against Debian's real caddy, started by each test as its own process on
// 127.0.0.1 (tests/target/caddy/caddyserver.h). API mode loads certificates through the admin API
// into the running Caddy; file mode writes files and runs `caddy validate` and `caddy reload`.
// What Caddy presents is read by TLS handshakes: the SDK's probe and, once, `openssl s_client`.

#include "connectors/target/caddy/caddytarget.h"
#include "connectors/target/sdk/sandbox.h"
#include "connectors/target/sdk/tlsprobe.h"
#include "tests/acme/pebble/freeport.h"
#include "tests/support/testcertificates.h"
#include "tests/target/caddy/caddyserver.h"
#include "tests/target/support/targettestsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::target;
using testsupport::CaddyOptions;
using testsupport::CaddyServer;
using testsupport::fileMode;

namespace {

const QString SiteName = QStringLiteral("site.certdesk.test");
const QString OtherName = QStringLiteral("other.certdesk.test");
const QString TargetName = QStringLiteral("site");
const QString OwnTag = QStringLiteral("certdesk:site");

#define START_CADDY(caddy)                                                                                   \
    do {                                                                                                     \
        const Status started_ = (caddy).start();                                                             \
        QVERIFY2(started_.ok(), qPrintable(started_.error().fullText()));                                    \
    } while (false)

Result<std::unique_ptr<Connector>> makeConnector(const QJsonObject &values,
                                                 const QString &targetName = TargetName)
{
    TargetSettings settings;
    settings.values = values;
    settings.targetName = targetName;
    return caddyTargetType().create(settings);
}

QJsonObject apiSettings(const CaddyServer &caddy)
{
    return {{QStringLiteral("mode"), QStringLiteral("api")},
            {QStringLiteral("admin_api"), caddy.adminUrl()},
            {QStringLiteral("endpoint"), QStringLiteral("127.0.0.1:%1").arg(caddy.tlsPort())},
            {QStringLiteral("server_name"), SiteName}};
}

Result<DeployOutcome> deploy(Connector &connector, const Deployment &deployment)
{
    Sandbox sandbox(connector.name(), connector.capabilities());
    return connector.deploy(sandbox, deployment, {});
}

/// The SHA-256 of the certificate Caddy presents for `serverName`, by the SDK's TLS probe.
QString presented(const CaddyServer &caddy, const QString &serverName)
{
    Sandbox probe(QStringLiteral("probe"),
                  {Capability{CapabilityKind::NetDial, QStringLiteral("127.0.0.1:%1").arg(caddy.tlsPort())}});
    const Result<QString> sha256 = presentedCertificateSha256(
        probe, Endpoint{QStringLiteral("127.0.0.1"), quint16(caddy.tlsPort()), serverName},
        std::chrono::seconds(10));
    return sha256 ? sha256.value() : QStringLiteral("(no handshake: %1)").arg(sha256.error().fullText());
}

/// The same by `openssl s_client` and `openssl x509 -fingerprint`, independent of CertDesk's code.
QString presentedByOpenssl(const CaddyServer &caddy, const QString &serverName)
{
    QProcess client;
    client.start(QStringLiteral("openssl"), {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                             QStringLiteral("127.0.0.1:%1").arg(caddy.tlsPort()),
                                             QStringLiteral("-servername"), serverName});
    client.closeWriteChannel();
    if (!client.waitForFinished(20000))
        return QStringLiteral("(openssl s_client did not finish)");
    QProcess x509;
    x509.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"),
                                           QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    x509.write(client.readAllStandardOutput());
    x509.closeWriteChannel();
    if (!x509.waitForFinished(20000))
        return QStringLiteral("(openssl x509 did not finish)");
    const QString line = QString::fromLatin1(x509.readAllStandardOutput()).trimmed();
    return line.section(u'=', 1).remove(u':').toLower();
}

/// Caddy's load_pem list, read by the test itself.
QJsonArray loadedPem(const CaddyServer &caddy)
{
    const Result<QByteArray> body = caddy.adminGet(QStringLiteral("/config/apps/tls/certificates/load_pem"));
    return body ? QJsonDocument::fromJson(body.value()).array() : QJsonArray();
}

int entriesTagged(const QJsonArray &entries, const QString &tag)
{
    int count = 0;
    for (const QJsonValue &entry : entries)
        count += entry.toObject().value(QLatin1String("tags")).toArray().contains(QJsonValue(tag)) ? 1 : 0;
    return count;
}

/// A load_pem entry of somebody else's, as an administrator would have put it into Caddy.
QJsonObject foreignEntry(const Deployment &deployment, const QJsonArray &tags)
{
    return {{QStringLiteral("certificate"), QString::fromLatin1(deployment.fullChainPem())},
            {QStringLiteral("key"), QString::fromLatin1(deployment.privateKeyPem.bytes())},
            {QStringLiteral("tags"), tags}};
}

/// No line of the deployment's private key appears in `text`.
bool holdsNoKey(const QString &text, const Deployment &deployment)
{
    for (const QByteArray &line : deployment.privateKeyPem.bytes().split('\n')) {
        if (line.size() >= 16 && !line.startsWith("-----") && text.contains(QString::fromLatin1(line)))
            return false;
    }
    return !text.contains(QLatin1String("PRIVATE KEY"));
}

/// Runs the connector's dry run (every step passes), deploys `deployment` (a change whose output
/// holds no key) and checks that Caddy, still the process `pid`, presents it for SiteName.
void validateDeployAndCheckServed(Connector &connector, const CaddyServer &caddy, qint64 pid,
                                  const Deployment &deployment)
{
    Sandbox sandbox(connector.name(), connector.capabilities());
    const ValidationReport report = connector.validate(sandbox);
    for (const ValidationStep &step : report.steps)
        QVERIFY2(step.ok, qPrintable(step.title + QStringLiteral(": ") + step.detail));
    const Result<DeployOutcome> outcome = deploy(connector, deployment);
    QVERIFY2(outcome, qPrintable(outcome.error().fullText() + caddy.recentLogs()));
    QVERIFY(outcome->changed);
    QVERIFY2(holdsNoKey(outcome->output, deployment), qPrintable(outcome->output));
    QCOMPARE(presented(caddy, SiteName), deployment.sha256);
    QCOMPARE(caddy.pid(), pid);
}

/// A Caddy that loads site.crt and site.key from a folder of their own (load_files), which first
/// hold `initial`; settings() are file mode's for it, checking with `caddy validate` and reloading
/// with `caddy reload --force` through its admin address.
struct FileModeCaddy
{
    QTemporaryDir certs;
    const Deployment initial = testsupport::makeTestDeployment(SiteName);
    std::unique_ptr<CaddyServer> caddy;

    FileModeCaddy()
    {
        testsupport::writeFile(certs.path(), QStringLiteral("site.crt"), initial.fullChainPem());
        testsupport::writeFile(certs.path(), QStringLiteral("site.key"), initial.privateKeyPem.bytes());
        const QJsonObject files{{QStringLiteral("certificate"), certs.filePath(QStringLiteral("site.crt"))},
                                {QStringLiteral("key"), certs.filePath(QStringLiteral("site.key"))}};
        CaddyOptions options;
        options.tlsApp = {
            {QStringLiteral("certificates"), QJsonObject{{QStringLiteral("load_files"), QJsonArray{files}}}}};
        caddy = std::make_unique<CaddyServer>(options);
    }

    Status start()
    {
        if (!certs.isValid())
            return Error{QStringLiteral("no temporary folder for the certificate files")};
        return caddy->start();
    }

    QJsonObject settings() const
    {
        return {
            {QStringLiteral("mode"), QStringLiteral("file")},
            {QStringLiteral("cert_dir"), certs.path()},
            {QStringLiteral("validate_command"),
             QStringLiteral("caddy validate --config %1").arg(caddy->configPath())},
            {QStringLiteral("reload_command"), QStringLiteral("caddy reload --config %1 --address %2 --force")
                                                   .arg(caddy->configPath(), caddy->adminAddress())}};
    }
};

/// A Caddy that serves SiteName and OtherName, with OtherName's certificate `other` loaded by
/// someone else (load_pem, tagged "someone-else").
CaddyOptions withForeignCertificate(const Deployment &other)
{
    CaddyOptions options;
    options.serverNames = {SiteName, OtherName};
    options.tlsApp = {{QStringLiteral("certificates"),
                       QJsonObject{{QStringLiteral("load_pem"),
                                    QJsonArray{foreignEntry(other, {QStringLiteral("someone-else")})}}}}};
    return options;
}

} // namespace

class TestCaddyTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void describesItsFields();
    void refusesBadSettings_data();
    void refusesBadSettings();
    void grantsOnlyWhatEachModeNeeds();
    void apiDeployIsServedWithoutRestart();
    void apiRedeployChangesNothing();
    void apiRenewalReplacesItsOwnEntryOnly();
    void apiBuildsTheTlsAppWhenMissing();
    void apiAdoptsATaggedEntryAndDropsDuplicates();
    void apiRefusedCertificateKeepsTheOldOne();
    void apiNotPresentedPutsThePreviousEntryBack_data();
    void apiNotPresentedPutsThePreviousEntryBack();
    void apiAdminDownIsAClearError();
    void apiOutsideTheGrantIsDenied();
    void fileModeReloadServesTheNewCertificate();
    void fileModeBrokenConfigRollsBack();
};

void TestCaddyTarget::initTestCase()
{
    CERTDESK_REQUIRE_PROGRAM(QStringLiteral("caddy"), QStringLiteral("caddy"));
    CERTDESK_REQUIRE_PROGRAM(QStringLiteral("openssl"), QStringLiteral("openssl"));
}

void TestCaddyTarget::describesItsFields()
{
    const TargetType type = caddyTargetType();
    QCOMPARE(type.name, QStringLiteral("caddy"));
    QStringList keys;
    for (const FieldSpec &field : type.fields)
        keys.append(field.key);
    for (const char *key : {"mode", "admin_api", "tag", "cert_dir", "cert_file", "key_file",
                            "validate_command", "reload_command", "endpoint", "server_name"})
        QVERIFY2(keys.contains(QLatin1String(key)), key);
    const QJsonObject defaults = type.defaults({});
    QCOMPARE(defaults.value(QLatin1String("mode")).toString(), QStringLiteral("api"));
    QCOMPARE(defaults.value(QLatin1String("admin_api")).toString(), QStringLiteral("http://localhost:2019"));
    const auto adminField =
        std::find_if(type.fields.cbegin(), type.fields.cend(),
                     [](const FieldSpec &field) { return field.key == QLatin1String("admin_api"); });
    QVERIFY(adminField->help.contains(QLatin1String("never expose")));
}

void TestCaddyTarget::refusesBadSettings_data()
{
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    const auto api = [](const QString &url) {
        return QJsonObject{{QStringLiteral("mode"), QStringLiteral("api")},
                           {QStringLiteral("admin_api"), url}};
    };
    QTest::newRow("unknown mode") << QJsonObject{{QStringLiteral("mode"), QStringLiteral("ftp")}} << "mode"
                                  << "not one of";
    QTest::newRow("plain http across the network")
        << api(QStringLiteral("http://192.0.2.10:2019")) << "admin_api"
        << "unencrypted";
    QTest::newRow("not http") << api(QStringLiteral("unix//run/caddy.sock")) << "admin_api"
                              << "not an http";
    QTest::newRow("with a path") << api(QStringLiteral("http://localhost:2019/config/")) << "admin_api"
                                 << "bare admin address";
    QTest::newRow("empty admin api") << api(QString()) << "admin_api"
                                     << "required";
    QJsonObject badTag = api(QStringLiteral("http://127.0.0.1:2019"));
    badTag.insert(QStringLiteral("tag"), QStringLiteral("my tag/../x"));
    QTest::newRow("tag with spaces and slashes") << badTag << "tag"
                                                 << "only letters";
    const auto file = [](const QString &key, const QString &value) {
        return QJsonObject{{QStringLiteral("mode"), QStringLiteral("file")}, {key, value}};
    };
    QTest::newRow("relative folder") << file(QStringLiteral("cert_dir"), QStringLiteral("certs"))
                                     << "cert_dir"
                                     << "absolute path";
    QTest::newRow("file name with a folder")
        << file(QStringLiteral("cert_file"), QStringLiteral("../site.crt")) << "cert_file"
        << "not a file name";
    QTest::newRow("reload through a shell")
        << file(QStringLiteral("reload_command"), QStringLiteral("caddy reload; rm -rf /etc/caddy"))
        << "reload_command"
        << ";";
    QTest::newRow("same file twice") << QJsonObject{{QStringLiteral("mode"), QStringLiteral("file")},
                                                    {QStringLiteral("cert_file"), QStringLiteral("site.pem")},
                                                    {QStringLiteral("key_file"), QStringLiteral("site.pem")}}
                                     << ""
                                     << "two different files";
}

void TestCaddyTarget::refusesBadSettings()
{
    QFETCH(QJsonObject, values);
    QFETCH(QString, field);
    QFETCH(QString, says);
    const Result<std::unique_ptr<Connector>> connector = makeConnector(values);
    QVERIFY(!connector);
    QCOMPARE(connector.error().code, ErrorCode::InvalidInput);
    if (!field.isEmpty())
        QVERIFY2(connector.error().message.startsWith(field + u':'), qPrintable(connector.error().message));
    QVERIFY2(connector.error().message.contains(says), qPrintable(connector.error().message));
}

void TestCaddyTarget::grantsOnlyWhatEachModeNeeds()
{
    Result<std::unique_ptr<Connector>> api =
        makeConnector({{QStringLiteral("admin_api"), QStringLiteral("http://LocalHost:2019/")}});
    QVERIFY2(api, qPrintable(api.error().fullText()));
    const Grant local{Capability{CapabilityKind::NetDial, QStringLiteral("localhost:2019")}};
    QCOMPARE((*api)->capabilities(), local);
    Result<std::unique_ptr<Connector>> ipv6 =
        makeConnector({{QStringLiteral("admin_api"), QStringLiteral("http://[::1]:2020")}});
    QVERIFY2(ipv6, qPrintable(ipv6.error().fullText()));
    const Grant loopback6{Capability{CapabilityKind::NetDial, QStringLiteral("[::1]:2020")}};
    QCOMPARE((*ipv6)->capabilities(), loopback6);

    Result<std::unique_ptr<Connector>> file =
        makeConnector({{QStringLiteral("mode"), QStringLiteral("file")},
                       {QStringLiteral("cert_dir"), QStringLiteral("/srv/caddy/certs")},
                       {QStringLiteral("validate_command"), QString()},
                       {QStringLiteral("reload_command"), QStringLiteral("/usr/bin/caddy reload --force")}});
    QVERIFY2(file, qPrintable(file.error().fullText()));
    const Grant grant = (*file)->capabilities();
    for (const char *path : {"/srv/caddy/certs/site.crt", "/srv/caddy/certs/site.key"}) {
        QVERIFY(grant.contains(Capability{CapabilityKind::FileWrite, QLatin1String(path)}));
        QVERIFY(grant.contains(Capability{CapabilityKind::FileRead, QLatin1String(path)}));
    }
    QVERIFY(grant.contains(Capability{CapabilityKind::ProcessExec, QStringLiteral("/usr/bin/caddy")}));
    for (const Capability &capability : grant)
        QVERIFY2(capability.kind != CapabilityKind::NetDial, qPrintable(describeCapability(capability)));
}

void TestCaddyTarget::apiDeployIsServedWithoutRestart()
{
    const Deployment other = testsupport::makeTestDeployment(OtherName);
    CaddyServer caddy(withForeignCertificate(other));
    START_CADDY(caddy);
    const qint64 pid = caddy.pid();
    QCOMPARE(presented(caddy, OtherName), other.sha256);

    Result<std::unique_ptr<Connector>> connector = makeConnector(apiSettings(caddy));
    QVERIFY2(connector, qPrintable(connector.error().fullText()));
    QCOMPARE((*connector)->endpoint()->port, quint16(caddy.tlsPort()));
    const Deployment site = testsupport::makeTestDeployment(SiteName);
    validateDeployAndCheckServed(**connector, caddy, pid, site);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(presentedByOpenssl(caddy, SiteName), site.sha256);
    QVERIFY(caddy.isRunning());
    // Somebody else's certificate is still loaded and still served.
    QCOMPARE(presented(caddy, OtherName), other.sha256);
    const QJsonArray entries = loadedPem(caddy);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entriesTagged(entries, QStringLiteral("someone-else")), 1);
    QCOMPARE(entriesTagged(entries, OwnTag), 1);
}

void TestCaddyTarget::apiRedeployChangesNothing()
{
    CaddyServer caddy;
    START_CADDY(caddy);
    Result<std::unique_ptr<Connector>> connector = makeConnector(apiSettings(caddy));
    QVERIFY2(connector, qPrintable(connector.error().fullText()));
    const Deployment site = testsupport::makeTestDeployment(SiteName);
    const Result<DeployOutcome> first = deploy(**connector, site);
    QVERIFY2(first, qPrintable(first.error().fullText()));
    QVERIFY(first->changed);
    const Result<QByteArray> before = caddy.adminGet(QStringLiteral("/config/"));
    QVERIFY(before);

    const Result<DeployOutcome> again = deploy(**connector, site);
    QVERIFY2(again, qPrintable(again.error().fullText()));
    QVERIFY(!again->changed);
    QVERIFY2(again->output.contains(QLatin1String("nothing was sent")), qPrintable(again->output));
    const Result<QByteArray> after = caddy.adminGet(QStringLiteral("/config/"));
    QVERIFY(after);
    QCOMPARE(after.value(), before.value());
    QCOMPARE(presented(caddy, SiteName), site.sha256);
}

void TestCaddyTarget::apiRenewalReplacesItsOwnEntryOnly()
{
    const Deployment other = testsupport::makeTestDeployment(OtherName);
    CaddyServer caddy(withForeignCertificate(other));
    START_CADDY(caddy);
    const qint64 pid = caddy.pid();
    Result<std::unique_ptr<Connector>> connector = makeConnector(apiSettings(caddy));
    QVERIFY2(connector, qPrintable(connector.error().fullText()));

    const Deployment first = testsupport::makeTestDeployment(SiteName);
    QVERIFY(deploy(**connector, first).ok());
    QCOMPARE(presented(caddy, SiteName), first.sha256);
    const Deployment renewed = testsupport::makeTestDeployment(SiteName);
    const Result<DeployOutcome> outcome = deploy(**connector, renewed);
    QVERIFY2(outcome, qPrintable(outcome.error().fullText()));
    QVERIFY(outcome->changed);

    QCOMPARE(presented(caddy, SiteName), renewed.sha256);
    QCOMPARE(caddy.pid(), pid);
    const QJsonArray entries = loadedPem(caddy);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entriesTagged(entries, OwnTag), 1);
    QCOMPARE(entries.at(0).toObject().value(QLatin1String("tags")).toArray(),
             QJsonArray{QStringLiteral("someone-else")});
    QCOMPARE(presented(caddy, OtherName), other.sha256);
}

void TestCaddyTarget::apiBuildsTheTlsAppWhenMissing()
{
    CaddyServer caddy; // no "tls" app at all: the connector creates apps.tls.certificates.load_pem
    START_CADDY(caddy);
    Result<QByteArray> tlsApp = caddy.adminGet(QStringLiteral("/config/apps/tls"));
    QVERIFY(tlsApp);
    QCOMPARE(tlsApp->trimmed(), QByteArray("null"));
    // Without a target name (a test before saving), the tag falls back to the common name.
    Result<std::unique_ptr<Connector>> connector = makeConnector(apiSettings(caddy), QString());
    QVERIFY2(connector, qPrintable(connector.error().fullText()));
    const Deployment site = testsupport::makeTestDeployment(SiteName);
    const Result<DeployOutcome> outcome = deploy(**connector, site);
    QVERIFY2(outcome, qPrintable(outcome.error().fullText()));
    QCOMPARE(presented(caddy, SiteName), site.sha256);
    const QJsonArray entries = loadedPem(caddy);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entriesTagged(entries, QStringLiteral("certdesk:") + SiteName), 1);
    QCOMPARE(entries.at(0).toObject().value(QLatin1String("@id")).toString(),
             QStringLiteral("certdesk-site.certdesk.test"));
}

void TestCaddyTarget::apiAdoptsATaggedEntryAndDropsDuplicates()
{
    // An administrator copied CertDesk's entry without its @id, twice: the next deployment keeps
    // one entry, the first, and gives it the @id again.
    const Deployment stale = testsupport::makeTestDeployment(SiteName);
    const Deployment other = testsupport::makeTestDeployment(OtherName);
    const QString tag = QStringLiteral("certdesk:shop");
    CaddyOptions options;
    options.serverNames = {SiteName, OtherName};
    options.tlsApp = {{QStringLiteral("certificates"),
                       QJsonObject{{QStringLiteral("load_pem"),
                                    QJsonArray{foreignEntry(stale, {tag}), foreignEntry(other, {}),
                                               foreignEntry(stale, {QStringLiteral("x"), tag})}}}}};
    CaddyServer caddy(options);
    START_CADDY(caddy);
    QJsonObject settings = apiSettings(caddy);
    settings.insert(QStringLiteral("tag"), tag);
    Result<std::unique_ptr<Connector>> connector = makeConnector(settings);
    QVERIFY2(connector, qPrintable(connector.error().fullText()));

    const Deployment site = testsupport::makeTestDeployment(SiteName);
    const Result<DeployOutcome> outcome = deploy(**connector, site);
    QVERIFY2(outcome, qPrintable(outcome.error().fullText()));
    const QJsonArray entries = loadedPem(caddy);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(QLatin1String("@id")).toString(),
             QStringLiteral("certdesk-shop"));
    QCOMPARE(entries.at(0).toObject().value(QLatin1String("certificate")).toString().toLatin1(),
             site.fullChainPem());
    QCOMPARE(entriesTagged(entries, tag), 1);
    QCOMPARE(presented(caddy, SiteName), site.sha256);
    QCOMPARE(presented(caddy, OtherName), other.sha256);
    const Result<DeployOutcome> again = deploy(**connector, site);
    QVERIFY2(again && !again->changed, qPrintable(again ? again->output : again.error().fullText()));
}

void TestCaddyTarget::apiRefusedCertificateKeepsTheOldOne()
{
    CaddyServer caddy;
    START_CADDY(caddy);
    Result<std::unique_ptr<Connector>> connector = makeConnector(apiSettings(caddy));
    QVERIFY2(connector, qPrintable(connector.error().fullText()));
    const Deployment good = testsupport::makeTestDeployment(SiteName);
    QVERIFY(deploy(**connector, good).ok());
    const Result<QByteArray> before = caddy.adminGet(QStringLiteral("/config/"));
    QVERIFY(before);

    // A certificate with somebody else's key: Caddy refuses the pair and keeps its configuration.
    Deployment mismatched = testsupport::makeTestDeployment(SiteName);
    const Deployment stranger = testsupport::makeTestDeployment(SiteName);
    mismatched.privateKeyPem = stranger.privateKeyPem.clone();
    const Result<DeployOutcome> outcome = deploy(**connector, mismatched);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(QLatin1String("refused")), qPrintable(outcome.error().message));
    QVERIFY2(outcome.error().detail.contains(QLatin1String("private key does not match")),
             qPrintable(outcome.error().detail));
    QVERIFY(holdsNoKey(outcome.error().fullText(), mismatched));
    QVERIFY(holdsNoKey(outcome.error().fullText(), good));
    const Result<QByteArray> after = caddy.adminGet(QStringLiteral("/config/"));
    QVERIFY(after);
    QCOMPARE(after.value(), before.value());
    QCOMPARE(presented(caddy, SiteName), good.sha256);
}

void TestCaddyTarget::apiNotPresentedPutsThePreviousEntryBack_data()
{
    QTest::addColumn<bool>("hadEntry");
    QTest::newRow("replaced entry") << true;
    QTest::newRow("added entry") << false;
}

void TestCaddyTarget::apiNotPresentedPutsThePreviousEntryBack()
{
    // The administrator pinned the site to a certificate tagged "pinned" (certificate_selection):
    // Caddy accepts CertDesk's entry but never presents it, and the deployment is undone.
    QFETCH(bool, hadEntry);
    const Deployment pinned = testsupport::makeTestDeployment(SiteName);
    const Deployment previous = testsupport::makeTestDeployment(SiteName);
    QJsonArray loaded{foreignEntry(pinned, {QStringLiteral("pinned")})};
    QJsonObject previousEntry = foreignEntry(previous, {OwnTag});
    previousEntry.insert(QStringLiteral("@id"), QStringLiteral("certdesk-site"));
    if (hadEntry)
        loaded.append(previousEntry);
    CaddyOptions options;
    options.tlsApp = {{QStringLiteral("certificates"), QJsonObject{{QStringLiteral("load_pem"), loaded}}}};
    options.connectionPolicies = {
        QJsonObject{{QStringLiteral("match"), QJsonObject{{QStringLiteral("sni"), QJsonArray{SiteName}}}},
                    {QStringLiteral("certificate_selection"),
                     QJsonObject{{QStringLiteral("any_tag"), QJsonArray{QStringLiteral("pinned")}}}}}};
    CaddyServer caddy(options);
    START_CADDY(caddy);
    QCOMPARE(presented(caddy, SiteName), pinned.sha256);
    Result<std::unique_ptr<Connector>> connector = makeConnector(apiSettings(caddy));
    QVERIFY2(connector, qPrintable(connector.error().fullText()));

    const Deployment site = testsupport::makeTestDeployment(SiteName);
    const Result<DeployOutcome> outcome = deploy(**connector, site);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(QLatin1String("does not present it")),
             qPrintable(outcome.error().message));
    QVERIFY2(outcome.error().detail.contains(pinned.sha256), qPrintable(outcome.error().detail));
    QVERIFY(holdsNoKey(outcome.error().fullText(), site));
    QVERIFY(holdsNoKey(outcome.error().fullText(), previous));
    QCOMPARE(loadedPem(caddy), loaded);
    QCOMPARE(presented(caddy, SiteName), pinned.sha256);
}

void TestCaddyTarget::apiAdminDownIsAClearError()
{
    const int port = testsupport::freeLoopbackPort(); // nothing listens there
    Result<std::unique_ptr<Connector>> connector =
        makeConnector({{QStringLiteral("admin_api"), QStringLiteral("http://127.0.0.1:%1").arg(port)}});
    QVERIFY2(connector, qPrintable(connector.error().fullText()));
    const Deployment site = testsupport::makeTestDeployment(SiteName);
    const Result<DeployOutcome> outcome = deploy(**connector, site);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(QLatin1String("cannot be reached")) &&
                 outcome.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
             qPrintable(outcome.error().message));
    QVERIFY(holdsNoKey(outcome.error().fullText(), site));

    Sandbox sandbox(QStringLiteral("caddy"), (*connector)->capabilities());
    const ValidationReport report = (*connector)->validate(sandbox);
    QVERIFY(!report.ok());
    QVERIFY2(report.steps.value(0).detail.contains(QLatin1String("cannot be reached")),
             qPrintable(report.steps.value(0).detail));
}

void TestCaddyTarget::apiOutsideTheGrantIsDenied()
{
    CaddyServer caddy;
    START_CADDY(caddy);
    Result<std::unique_ptr<Connector>> connector = makeConnector(apiSettings(caddy));
    QVERIFY2(connector, qPrintable(connector.error().fullText()));
    Sandbox narrow(QStringLiteral("caddy"),
                   {Capability{CapabilityKind::NetDial, QStringLiteral("127.0.0.1:1")}});
    const Result<DeployOutcome> outcome =
        (*connector)->deploy(narrow, testsupport::makeTestDeployment(SiteName), {});
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, ErrorCode::Denied);
    QCOMPARE(caddy.adminGet(QStringLiteral("/config/apps/tls")).value().trimmed(), QByteArray("null"));
}

void TestCaddyTarget::fileModeReloadServesTheNewCertificate()
{
    FileModeCaddy fixture;
    START_CADDY(fixture);
    CaddyServer &caddy = *fixture.caddy;
    const qint64 pid = caddy.pid();
    QCOMPARE(presented(caddy, SiteName), fixture.initial.sha256);

    Result<std::unique_ptr<Connector>> connector = makeConnector(fixture.settings());
    QVERIFY2(connector, qPrintable(connector.error().fullText()));
    const Deployment site = testsupport::makeTestDeployment(SiteName);
    validateDeployAndCheckServed(**connector, caddy, pid, site);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(fileMode(fixture.certs.filePath(QStringLiteral("site.crt"))), 0644);
    QCOMPARE(fileMode(fixture.certs.filePath(QStringLiteral("site.key"))), 0600);

    const Result<DeployOutcome> again = deploy(**connector, site);
    QVERIFY2(again, qPrintable(again.error().fullText()));
    QVERIFY(!again->changed);
}

void TestCaddyTarget::fileModeBrokenConfigRollsBack()
{
    FileModeCaddy fixture;
    START_CADDY(fixture);
    CaddyServer &caddy = *fixture.caddy;
    const qint64 pid = caddy.pid();
    Result<std::unique_ptr<Connector>> connector = makeConnector(fixture.settings());
    QVERIFY2(connector, qPrintable(connector.error().fullText()));

    // The administrator breaks Caddy's configuration file; the running Caddy still has the old one.
    QFile config(caddy.configPath());
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write("{ \"apps\": { \"http\": { \"servers\": ");
    config.close();
    const QMap<QString, QByteArray> before = testsupport::snapshotFolder(fixture.certs.path());

    const Deployment site = testsupport::makeTestDeployment(SiteName);
    const Result<DeployOutcome> outcome = deploy(**connector, site);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(QLatin1String("configuration check")),
             qPrintable(outcome.error().message));
    QVERIFY(holdsNoKey(outcome.error().fullText(), site));
    QCOMPARE(testsupport::snapshotFolder(fixture.certs.path()), before);
    QCOMPARE(presented(caddy, SiteName), fixture.initial.sha256);
    QCOMPARE(caddy.pid(), pid);
}

QTEST_GUILESS_MAIN(TestCaddyTarget)
#include "tst_caddytarget.moc"
