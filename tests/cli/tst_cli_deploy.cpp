// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the deployment commands of certdeskctl: the real binary run with QProcess in
// a temporary folder (--db <tmp>/inv.sqlite, its own HOME and master passphrase file), deploying
// with the real "traefik" target type into real folders (Traefik itself does not run: its file
// provider only reads these files), checked with the real `openssl` command line tool. Covered:
// - `target types --json`, `target add` (settings checked, a name taken, an unknown type or
//   setting, a secret given on the command line refused with the way to give it, a secret read
//   from a file and never shown or stored in plain text), `target list --json`, `target test`
//   (every step printed, exit 1 when one fails), `target remove`;
// - `deploy` (succeeded, then unchanged; --json; a failing target exits 1; bad input), the files
//   it writes, `deployments list` with --cert, --target and --json;
// - `bind`, then `renew` deploys the new version to the bound target by itself; `unbind`.

#include "tests/cli/clitestsupport.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"
#include "tests/target/ssh/sshserver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace certdesk;
using namespace certdesk::clitest;

namespace {

const QByteArray MasterPassphrase = "cli deploy master passphrase 7c1e";
const QByteArray TargetPassword = "cli-deploy-target-password-93ab1";

} // namespace

class TestCliDeploy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void targets();
    void deployAndHistory();
    void bindThenRenewDeploys();
    void sshHostKeyIsShownThenTrusted();

private:
    /// `target add traefik --name name --set cert_dir=<folder>`, the folder made first.
    bool addTraefik(const QString &name, const QString &folder, bool makeFolder = true);
    /// A local CA and a certificate it issued; the certificate id, 0 on failure.
    qint64 issueCertificate(const QString &cn);
    /// The current version's SHA-256 as `inventory show --json` gives it.
    QString sha256(qint64 id);
    /// The SHA-256 of the certificate in a PEM file, by openssl.
    QString fileSha256(const QString &file) const;

    std::unique_ptr<CliSandbox> m_cli;
};

void TestCliDeploy::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CERTDESKCTL_PATH)).isExecutable(), CERTDESKCTL_PATH " is not built");
    const auto version = testsupport::runOpenssl({QStringLiteral("version")});
    QVERIFY2(version.exitCode == 0, "the openssl command line tool is needed (Debian package openssl)");
}

void TestCliDeploy::init()
{
    m_cli = std::make_unique<CliSandbox>(MasterPassphrase);
    QVERIFY2(m_cli->isValid(), qPrintable(m_cli->errorString()));
}

void TestCliDeploy::cleanup()
{
    CLI_EXPECT_NO_SECRETS(*m_cli, {MasterPassphrase, TargetPassword});
}

bool TestCliDeploy::addTraefik(const QString &name, const QString &folder, bool makeFolder)
{
    if (makeFolder && !QDir().mkpath(m_cli->path(folder)))
        return false;
    const CliRun r = m_cli->run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("traefik"),
                                 QStringLiteral("--name"), name, QStringLiteral("--set"),
                                 QStringLiteral("cert_dir=") + m_cli->path(folder)});
    if (r.exitCode != Ok)
        qWarning("target add failed: %s", qPrintable(r.describe()));
    return r.exitCode == Ok;
}

qint64 TestCliDeploy::issueCertificate(const QString &cn)
{
    if (m_cli
            ->run({QStringLiteral("issuer"), QStringLiteral("add"), QStringLiteral("local"),
                   QStringLiteral("--name"), QStringLiteral("Lab")})
            .exitCode != Ok)
        return 0;
    const CliRun r = m_cli->run({QStringLiteral("issue"), QStringLiteral("--issuer"), QStringLiteral("Lab"),
                                 QStringLiteral("--cn"), cn, QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    return r.exitCode == Ok ? json.value(QStringLiteral("id")).toInteger() : 0;
}

QString TestCliDeploy::sha256(qint64 id)
{
    const CliRun r = m_cli->run(
        {QStringLiteral("inventory"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("sha256")).toString();
}

QString TestCliDeploy::fileSha256(const QString &file) const
{
    const auto r = testsupport::runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), file,
                                            QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                            QStringLiteral("-sha256")});
    const QString text = QString::fromLatin1(r.out).trimmed();
    return text.mid(text.indexOf(u'=') + 1).remove(u':').toLower();
}

void TestCliDeploy::targets()
{
    CliRun r = m_cli->run({QStringLiteral("target"), QStringLiteral("types"), QStringLiteral("--json")});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_JSON(types, r);
    QStringList names;
    for (const auto &t : types.value(QStringLiteral("types")).toArray())
        names << t.toObject().value(QStringLiteral("name")).toString();
    QVERIFY2(names.contains(QStringLiteral("traefik")) && names.contains(QStringLiteral("nginx")) &&
                 names.contains(QStringLiteral("ssh")),
             qPrintable(names.join(u',')));

    QVERIFY(addTraefik(QStringLiteral("edge"), QStringLiteral("edge")));
    QVERIFY(addTraefik(QStringLiteral("nofolder"), QStringLiteral("nofolder"), false));
    r = m_cli->run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("traefik"),
                    QStringLiteral("--name"), QStringLiteral("edge"), QStringLiteral("--set"),
                    QStringLiteral("cert_dir=") + m_cli->path(QStringLiteral("edge"))});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, QStringLiteral("already exists"));
    r = m_cli->run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("iis"),
                    QStringLiteral("--name"), QStringLiteral("x")});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, QStringLiteral("There is no target type \"iis\""));
    r = m_cli->run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("traefik"),
                    QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--set"),
                    QStringLiteral("cert_dri=/tmp")});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, QStringLiteral("cert_dri"));
    r = m_cli->run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("traefik"),
                    QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--set"),
                    QStringLiteral("cert_dir=relative")});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, QStringLiteral("cert_dir"));

    // A secret on the command line is refused, and the message says how to give it.
    const QStringList ssh{QStringLiteral("target"),
                          QStringLiteral("add"),
                          QStringLiteral("ssh"),
                          QStringLiteral("--name"),
                          QStringLiteral("bastion"),
                          QStringLiteral("--set"),
                          QStringLiteral("host=127.0.0.1"),
                          QStringLiteral("--set"),
                          QStringLiteral("user=deploy"),
                          QStringLiteral("--set"),
                          QStringLiteral("auth_method=password"),
                          QStringLiteral("--set"),
                          QStringLiteral("cert_path=/srv/tls/site.crt"),
                          QStringLiteral("--set"),
                          QStringLiteral("key_path=/srv/tls/site.key")};
    r = m_cli->run(ssh + QStringList{QStringLiteral("--set"),
                                     QStringLiteral("password=") + QString::fromLatin1(TargetPassword)});
    CLI_EXPECT_EXIT(r, Usage);
    CLI_EXPECT_CONTAINS(r.err, QStringLiteral("--set password_file=PATH"));
    r = m_cli->run(
        ssh + QStringList{QStringLiteral("--set"),
                          QStringLiteral("password_file=") + m_cli->path(QStringLiteral("no-such-file"))});
    CLI_EXPECT_EXIT(r, Usage);
    CLI_EXPECT_CONTAINS(r.err, QStringLiteral("no-such-file"));
    r = m_cli->run({QStringLiteral("target"), QStringLiteral("list"), QStringLiteral("--json")});
    CLI_JSON(before, r);
    QCOMPARE(before.value(QStringLiteral("targets")).toArray().size(), 2);

    const QString secretFile =
        testsupport::writeFile(m_cli->dir(), QStringLiteral("ssh.pass"), TargetPassword + '\n');
    r = m_cli->run(ssh + QStringList{QStringLiteral("--set"), QStringLiteral("password_file=") + secretFile});
    CLI_EXPECT_EXIT(r, Ok);
    r = m_cli->run({QStringLiteral("target"), QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_JSON(list, r);
    const QJsonArray all = list.value(QStringLiteral("targets")).toArray();
    QCOMPARE(all.size(), 3);
    const QJsonObject bastion = all.at(0).toObject(); // by name
    QCOMPARE(bastion.value(QStringLiteral("name")).toString(), QStringLiteral("bastion"));
    QCOMPARE(bastion.value(QStringLiteral("type")).toString(), QStringLiteral("ssh"));
    QCOMPARE(bastion.value(QStringLiteral("secrets")).toArray(), QJsonArray{QStringLiteral("password")});
    QVERIFY(!bastion.value(QStringLiteral("config")).toObject().contains(QStringLiteral("password")));
    QCOMPARE(all.at(1)
                 .toObject()
                 .value(QStringLiteral("config"))
                 .toObject()
                 .value(QStringLiteral("cert_dir"))
                 .toString(),
             m_cli->path(QStringLiteral("edge")));

    r = m_cli->run({QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("edge")});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_EXPECT_CONTAINS(r.out,
                        QStringLiteral("ok     File %1").arg(m_cli->path(QStringLiteral("edge/site.crt"))));
    CLI_EXPECT_CONTAINS(r.out, QStringLiteral("passed every check"));
    r = m_cli->run({QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("nofolder")});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(
        r.out, QStringLiteral("FAILED File %1").arg(m_cli->path(QStringLiteral("nofolder/site.crt"))));
    r = m_cli->run({QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("nope")});
    CLI_EXPECT_EXIT(r, Failed);

    r = m_cli->run({QStringLiteral("target"), QStringLiteral("remove"), QStringLiteral("bastion")});
    CLI_EXPECT_EXIT(r, Ok);
    r = m_cli->run({QStringLiteral("target"), QStringLiteral("remove"), QStringLiteral("bastion")});
    CLI_EXPECT_EXIT(r, Failed);
    r = m_cli->run({QStringLiteral("target"), QStringLiteral("list")});
    CLI_EXPECT_EXIT(r, Ok);
    QVERIFY(!r.out.contains("bastion"));
    QVERIFY(r.out.contains("edge"));
}

void TestCliDeploy::deployAndHistory()
{
    const qint64 id = issueCertificate(QStringLiteral("www.cli-deploy.test"));
    QVERIFY(id > 0);
    QVERIFY(addTraefik(QStringLiteral("edge"), QStringLiteral("edge")));
    QVERIFY(addTraefik(QStringLiteral("broken"), QStringLiteral("broken"), false));

    CliRun r = m_cli->run({QStringLiteral("deploy"), QString::number(id), QStringLiteral("--target"),
                           QStringLiteral("edge"), QStringLiteral("--json")});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_JSON(deployed, r);
    QVERIFY(deployed.value(QStringLiteral("ok")).toBool());
    const QJsonObject first = deployed.value(QStringLiteral("deployments")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(first.value(QStringLiteral("target")).toString(), QStringLiteral("edge"));
    const QString sha = sha256(id);
    QVERIFY(!sha.isEmpty());
    QCOMPARE(first.value(QStringLiteral("sha256")).toString(), sha);
    QCOMPARE(fileSha256(m_cli->path(QStringLiteral("edge/site.crt"))), sha);
    QVERIFY(QFileInfo::exists(m_cli->path(QStringLiteral("edge/site.key"))));

    r = m_cli->run(
        {QStringLiteral("deploy"), QString::number(id), QStringLiteral("--target"), QStringLiteral("edge")});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_EXPECT_CONTAINS(r.out, QStringLiteral("edge: unchanged (SHA-256 %1)").arg(sha));

    r = m_cli->run({QStringLiteral("deploy"), QString::number(id), QStringLiteral("--target"),
                    QStringLiteral("edge"), QStringLiteral("--target"), QStringLiteral("broken")});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.out, QStringLiteral("edge: unchanged"));
    CLI_EXPECT_CONTAINS(r.out, QStringLiteral("broken: failed"));
    CLI_EXPECT_CONTAINS(r.out, m_cli->path(QStringLiteral("broken")));

    r = m_cli->run(
        {QStringLiteral("deploy"), QString::number(id), QStringLiteral("--target"), QStringLiteral("nope")});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, QStringLiteral("nope"));
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("deploy"), QString::number(id)}), Usage);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("deploy"), QStringLiteral("x"), QStringLiteral("--target"),
                                QStringLiteral("edge")}),
                    Usage);

    r = m_cli->run({QStringLiteral("deployments"), QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_JSON(history, r);
    const QJsonArray rows = history.value(QStringLiteral("deployments")).toArray();
    QCOMPARE(rows.size(), 4);
    QStringList statuses;
    for (const auto &row : rows)
        statuses << row.toObject().value(QStringLiteral("status")).toString();
    statuses.sort();
    QCOMPARE(statuses, QStringList({QStringLiteral("failed"), QStringLiteral("succeeded"),
                                    QStringLiteral("unchanged"), QStringLiteral("unchanged")}));
    for (const auto &row : rows) {
        const QJsonObject o = row.toObject();
        QCOMPARE(o.value(QStringLiteral("certificate_id")).toInteger(), id);
        QVERIFY(o.value(QStringLiteral("job_id")).toInteger() > 0);
        QVERIFY(!o.value(QStringLiteral("output")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("started_at")).toString().isEmpty());
    }
    r = m_cli->run({QStringLiteral("deployments"), QStringLiteral("list"), QStringLiteral("--target"),
                    QStringLiteral("broken"), QStringLiteral("--json")});
    CLI_JSON(broken, r);
    QCOMPARE(broken.value(QStringLiteral("deployments")).toArray().size(), 1);
    QCOMPARE(broken.value(QStringLiteral("deployments"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("failed"));
    r = m_cli->run({QStringLiteral("deployments"), QStringLiteral("list"), QStringLiteral("--cert"),
                    QString::number(id + 1), QStringLiteral("--json")});
    CLI_JSON(none, r);
    QVERIFY(none.value(QStringLiteral("deployments")).toArray().isEmpty());
    r = m_cli->run({QStringLiteral("deployments"), QStringLiteral("list"), QStringLiteral("--cert"),
                    QString::number(id)});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_EXPECT_CONTAINS(r.out, QStringLiteral("www.cli-deploy.test"));
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("deployments"), QStringLiteral("list"),
                                QStringLiteral("--cert"), QStringLiteral("x")}),
                    Usage);

    // The private key is in the key file only.
    const QByteArray key = fileBytes(m_cli->path(QStringLiteral("edge/site.key")));
    const QList<QByteArray> lines = key.split('\n');
    QVERIFY(lines.size() > 2);
    const QByteArray database = allDatabaseBytes(m_cli->db());
    QVERIFY(!database.contains(lines.at(1)));
    QVERIFY(!m_cli->transcript().contains(lines.at(1)));
}

void TestCliDeploy::bindThenRenewDeploys()
{
    const qint64 id = issueCertificate(QStringLiteral("renew.cli-deploy.test"));
    QVERIFY(id > 0);
    QVERIFY(addTraefik(QStringLiteral("edge"), QStringLiteral("edge")));
    CliRun r = m_cli->run(
        {QStringLiteral("bind"), QString::number(id), QStringLiteral("--target"), QStringLiteral("edge")});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("bind"), QString::number(id), QStringLiteral("--target"),
                                QStringLiteral("nope")}),
                    Failed);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("bind"), QString::number(id + 50), QStringLiteral("--target"),
                                QStringLiteral("edge")}),
                    Failed);
    const QString before = sha256(id);

    r = m_cli->run({QStringLiteral("renew"), QString::number(id)});
    CLI_EXPECT_EXIT(r, Ok);
    const QString renewed = sha256(id);
    QVERIFY(renewed != before);
    QCOMPARE(fileSha256(m_cli->path(QStringLiteral("edge/site.crt"))), renewed);
    r = m_cli->run({QStringLiteral("deployments"), QStringLiteral("list"), QStringLiteral("--cert"),
                    QString::number(id), QStringLiteral("--json")});
    CLI_JSON(history, r);
    const QJsonObject latest = history.value(QStringLiteral("deployments")).toArray().at(0).toObject();
    QCOMPARE(latest.value(QStringLiteral("sha256")).toString(), renewed);
    QCOMPARE(latest.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));

    r = m_cli->run(
        {QStringLiteral("unbind"), QString::number(id), QStringLiteral("--target"), QStringLiteral("edge")});
    CLI_EXPECT_EXIT(r, Ok);
    r = m_cli->run(
        {QStringLiteral("unbind"), QString::number(id), QStringLiteral("--target"), QStringLiteral("edge")});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, QStringLiteral("not bound"));
    r = m_cli->run({QStringLiteral("renew"), QString::number(id)});
    CLI_EXPECT_EXIT(r, Ok);
    QVERIFY(sha256(id) != renewed);
    QCOMPARE(fileSha256(m_cli->path(QStringLiteral("edge/site.crt"))), renewed); // no longer deployed there
}

// An ssh target's host key on the command line: unknown at first (exit 1, fingerprint shown, the
// dry run refuses to log in), a wrong fingerprint is refused, the right one is recorded in the
// target's known_hosts file, and from then on the key is trusted. Against Debian's sshd.
void TestCliDeploy::sshHostKeyIsShownThenTrusted()
{
    if (const QString missing = testsupport::SshServer::missingPrograms(); !missing.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(missing));
        QSKIP(qPrintable(missing));
    }
    testsupport::SshServer server;
    const auto started = server.start();
    QVERIFY2(started.ok(), qPrintable(started.error().fullText() + u'\n' + server.recentLogs()));
    const QString clientKey = m_cli->path(QStringLiteral("id_ed25519"));
    QVERIFY(server.makeClientKey(clientKey).ok());
    const QString knownHosts = m_cli->path(QStringLiteral("known_hosts"));
    CliRun r = m_cli->run(
        {QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("ssh"), QStringLiteral("--name"),
         QStringLiteral("box"), QStringLiteral("--set"), QStringLiteral("host=127.0.0.1"),
         QStringLiteral("--set"), QStringLiteral("port=%1").arg(server.port()), QStringLiteral("--set"),
         QStringLiteral("user=") + testsupport::SshServer::currentUser(), QStringLiteral("--set"),
         QStringLiteral("private_key_path=") + clientKey, QStringLiteral("--set"),
         QStringLiteral("cert_path=") + m_cli->path(QStringLiteral("remote/cert.pem")),
         QStringLiteral("--set"), QStringLiteral("key_path=") + m_cli->path(QStringLiteral("remote/key.pem")),
         QStringLiteral("--set"), QStringLiteral("known_hosts_path=") + knownHosts});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto fingerprint = server.hostKeyFingerprint();
    QVERIFY(fingerprint.ok());

    r = m_cli->run({QStringLiteral("target"), QStringLiteral("host-key"), QStringLiteral("box"),
                    QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shown.value(QStringLiteral("fingerprint")).toString(), *fingerprint);
    QCOMPARE(shown.value(QStringLiteral("trust")).toString(), QStringLiteral("unknown"));
    QVERIFY(!QFile::exists(knownHosts));
    r = m_cli->run({QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("box")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(fingerprint->toUtf8()) || r.err.contains(fingerprint->toUtf8()),
             "the dry run's host key error does not show the fingerprint");

    r = m_cli->run({QStringLiteral("target"), QStringLiteral("host-key"), QStringLiteral("box"),
                    QStringLiteral("--trust"),
                    QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")});
    QVERIFY(r.exitCode != 0);
    QVERIFY(!QFile::exists(knownHosts));

    r = m_cli->run({QStringLiteral("target"), QStringLiteral("host-key"), QStringLiteral("box"),
                    QStringLiteral("--trust"), *fingerprint, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("trust")).toString(),
             QStringLiteral("trusted"));
    QVERIFY(QFile::exists(knownHosts));
    QVERIFY(QDir().mkpath(m_cli->path(QStringLiteral("remote"))));
    r = m_cli->run({QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("box")});
    QVERIFY2(r.exitCode == 0, r.out.constData()); // host key, login and folder now pass
}

QTEST_GUILESS_MAIN(TestCliDeploy)
#include "tst_cli_deploy.moc"
