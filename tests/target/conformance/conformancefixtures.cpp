// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/target/conformance/conformancefixtures.h"

#include "tests/target/caddy/caddyserver.h"
#include "tests/target/ssh/sshserver.h"
#include "tests/target/support/targettestsupport.h"

#include <QDir>
#include <QJsonObject>

namespace certdesk::testsupport {
namespace {

// One function per target type, then one line in the table below.

/// Caddy in API mode, against a real caddy started here as the suite's own process.
ConformanceFixture caddyFixture(const QString &)
{
    ConformanceFixture fixture;
    fixture.unavailable = missingProgram(QStringLiteral("caddy"), QStringLiteral("caddy"));
    if (!fixture.unavailable.isEmpty())
        return fixture;
    auto caddy = std::make_shared<CaddyServer>();
    if (const Status started = caddy->start(); !started) {
        fixture.failure = started.error().fullText();
        return fixture;
    }
    fixture.settings.values = {{QStringLiteral("mode"), QStringLiteral("api")},
                               {QStringLiteral("admin_api"), caddy->adminUrl()}};
    fixture.settings.targetName = QStringLiteral("conformance");
    fixture.keepAlive = caddy;
    return fixture;
}

/// SSH with key login, against a real sshd started here; the "remote" files land in `dir`, the
/// client's key and known_hosts too.
ConformanceFixture sshFixture(const QString &dir)
{
    ConformanceFixture fixture;
    fixture.unavailable = SshServer::missingPrograms();
    if (!fixture.unavailable.isEmpty())
        return fixture;
    auto server = std::make_shared<SshServer>();
    const QString key = dir + QStringLiteral("/id_ed25519");
    const QString knownHosts = dir + QStringLiteral("/known_hosts");
    Status ready = server->start();
    if (ready)
        ready = server->makeClientKey(key);
    if (ready)
        ready = server->writeKnownHosts(knownHosts);
    if (!ready) {
        fixture.failure = ready.error().fullText();
        return fixture;
    }
    fixture.settings.values = {
        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), int(server->port())},
        {QStringLiteral("user"), SshServer::currentUser()},
        {QStringLiteral("private_key_path"), key},
        {QStringLiteral("known_hosts_path"), knownHosts},
        {QStringLiteral("cert_path"), QString(QDir(dir).filePath(QStringLiteral("cert.pem")))},
        {QStringLiteral("chain_path"), QString(QDir(dir).filePath(QStringLiteral("chain.pem")))},
        {QStringLiteral("key_path"), QString(QDir(dir).filePath(QStringLiteral("key.pem")))},
        {QStringLiteral("validate_command"), QStringLiteral("/bin/true")},
        {QStringLiteral("reload_command"), QStringLiteral("/bin/true --reload")},
    };
    fixture.keepAlive = server;
    return fixture;
}

/// The file targets: every file in `dir`, /bin/true as the check and the reload.
ConformanceFixture fileTargetFixture(QJsonObject values)
{
    ConformanceFixture fixture;
    fixture.settings.values = std::move(values);
    return fixture;
}

ConformanceFixture pemFilesFixture(const QString &dir, QJsonObject values = {})
{
    values.insert(QStringLiteral("cert_path"), QDir(dir).filePath(QStringLiteral("cert.pem")));
    values.insert(QStringLiteral("chain_path"), QDir(dir).filePath(QStringLiteral("chain.pem")));
    values.insert(QStringLiteral("key_path"), QDir(dir).filePath(QStringLiteral("key.pem")));
    values.insert(QStringLiteral("validate_command"), QStringLiteral("/bin/true"));
    values.insert(QStringLiteral("reload_command"), QStringLiteral("/bin/true --reload"));
    return fileTargetFixture(values);
}

ConformanceFixture nginxFixture(const QString &dir)
{
    return pemFilesFixture(dir);
}

ConformanceFixture apacheFixture(const QString &dir)
{
    return pemFilesFixture(dir);
}

ConformanceFixture postfixFixture(const QString &dir)
{
    return pemFilesFixture(dir, {{QStringLiteral("mode"), QStringLiteral("dovecot")}});
}

ConformanceFixture haproxyFixture(const QString &dir)
{
    return fileTargetFixture({{QStringLiteral("pem_path"), QDir(dir).filePath(QStringLiteral("site.pem"))},
                              {QStringLiteral("validate_command"), QStringLiteral("/bin/true")},
                              {QStringLiteral("reload_command"), QStringLiteral("/bin/true")}});
}

ConformanceFixture traefikFixture(const QString &dir)
{
    return fileTargetFixture({{QStringLiteral("cert_dir"), dir}});
}

ConformanceFixture envoyFixture(const QString &dir)
{
    return fileTargetFixture({{QStringLiteral("cert_dir"), dir},
                              {QStringLiteral("chain_filename"), QStringLiteral("chain.pem")},
                              {QStringLiteral("sds_config"), true}});
}

/// A PKCS#12 keystore in `dir` (created by the first deployment), /bin/true as the reload.
ConformanceFixture javaKeystoreFixture(const QString &dir)
{
    ConformanceFixture fixture;
    fixture.settings.values = {
        {QStringLiteral("keystore_path"), QDir(dir).filePath(QStringLiteral("keystore.p12"))},
        {QStringLiteral("reload_command"), QStringLiteral("/bin/true")}};
    fixture.settings.secrets[QStringLiteral("keystore_password")] = pki::SecureBytes("changeit");
    return fixture;
}

} // namespace

const QList<FixtureEntry> &conformanceFixtures()
{
    // clang-format off
    static const QList<FixtureEntry> fixtures{
        // One line per fixture, kept so by hand so that fixtures added side by side do not clash:
        // {"type-name", &xxxFixture},
        {"nginx", &nginxFixture},
        {"apache", &apacheFixture},
        {"postfix", &postfixFixture},
        {"haproxy", &haproxyFixture},
        {"traefik", &traefikFixture},
        {"envoy", &envoyFixture},
        {"caddy", &caddyFixture},
        {"ssh", &sshFixture},
        {"javakeystore", &javaKeystoreFixture},
    };
    // clang-format on
    return fixtures;
}

const FixtureEntry *findConformanceFixture(const QString &type)
{
    for (const FixtureEntry &entry : conformanceFixtures()) {
        if (type == QLatin1String(entry.type))
            return &entry;
    }
    return nullptr;
}

} // namespace certdesk::testsupport
