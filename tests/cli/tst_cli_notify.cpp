// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the alert commands of certdeskctl: the real binary run with QProcess in a
// temporary folder (--db <tmp>/inv.sqlite, its own HOME and master passphrase file), with a webhook
// receiver on 127.0.0.1 (the notifier tests' FakeService) that checks the HMAC signature, and a real
// SMTP server (python3-aiosmtpd, the notifier tests' SmtpSink) for the e-mail channel and the
// digest. Covered:
// - `notify types`, `notify add` (a secret on the command line refused with the way to give it, a
//   secret read from a file and never shown or stored in plain text, bad input), `notify list
//   --json`, `notify test` (exit 1 with the receiver's refusal), `notify remove`;
// - `alerts run` with a certificate in a warning window: sent once, retried after a 503, a second run
//   sends nothing; `alerts list --json`; `alerts windows`;
// - `digest preview --out`, `digest send` to the SMTP server, `digest schedule`.

#include "tests/acme/pebble/fakehttpserver.h"
#include "tests/cli/clitestsupport.h"
#include "tests/notifier/notifiertestsupport.h"
#include "tests/notifier/smtpsink.h"
#include "tests/support/testcertificates.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <memory>

using namespace certdesk;
using namespace certdesk::clitest;
using testsupport::FakeHttpRequest;
using testsupport::FakeHttpResponse;

namespace {

const QByteArray MasterPassphrase = "cli notify master passphrase 41d2";
const QByteArray HookSecret = "cli-notify-hook-secret-6f03aa";

/// Accepts correctly signed POSTs to /hooks/ok; /hooks/busy answers 503 once; /hooks/refuse 400.
FakeHttpResponse receive(const FakeHttpRequest &request, int &busyCalls)
{
    const QByteArray signature =
        "sha256=" +
        QMessageAuthenticationCode::hash(request.body, HookSecret, QCryptographicHash::Sha256).toHex();
    if (request.path == "/hooks/refuse")
        return testsupport::textResponse(400, "no such hook");
    if (request.headers.value("x-certdesk-signature") != signature)
        return testsupport::textResponse(401, "bad signature");
    if (request.path == "/hooks/busy" && busyCalls++ == 0)
        return FakeHttpResponse{503, {{"Retry-After", "1"}}, "try later", false};
    return FakeHttpResponse{204, {}, {}, false};
}

} // namespace

class TestCliNotify final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void channels();
    void alertsRun();
    void digest();

private:
    QString hookUrl(const QString &hook) const { return m_receiver->baseUrl() + "/hooks/" + hook; }
    /// `notify add webhook --name name` to /hooks/<hook>, signed with HookSecret read from a file.
    bool addHook(const QString &name, const QString &hook);
    /// A local CA and a certificate for `cn` valid `days` days; false on failure.
    bool issue(const QString &cn, int days);

    std::unique_ptr<CliSandbox> m_cli;
    int m_busyCalls = 0;
    std::unique_ptr<testsupport::FakeService> m_receiver;
};

void TestCliNotify::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CERTDESKCTL_PATH)).isExecutable(), CERTDESKCTL_PATH " is not built");
}

void TestCliNotify::init()
{
    m_cli = std::make_unique<CliSandbox>(MasterPassphrase);
    QVERIFY2(m_cli->isValid(), qPrintable(m_cli->errorString()));
    testsupport::writeFile(m_cli->dir(), QStringLiteral("hook.secret"), HookSecret + '\n');
    m_busyCalls = 0;
    m_receiver = std::make_unique<testsupport::FakeService>(
        [this](const FakeHttpRequest &request) { return receive(request, m_busyCalls); });
    QVERIFY(m_receiver->start());
}

void TestCliNotify::cleanup()
{
    CLI_EXPECT_NO_SECRETS(*m_cli, {MasterPassphrase, HookSecret});
    m_receiver.reset();
}

bool TestCliNotify::addHook(const QString &name, const QString &hook)
{
    const CliRun r =
        m_cli->run({"notify", "add", "webhook", "--name", name, "--set", "url=" + hookUrl(hook), "--set",
                    "secret_file=" + m_cli->path("hook.secret"), "--set", "timeout_seconds=5"});
    if (r.exitCode != Ok)
        qWarning("notify add failed: %s", qPrintable(r.describe()));
    return r.exitCode == Ok;
}

bool TestCliNotify::issue(const QString &cn, int days)
{
    if (!QFileInfo::exists(m_cli->db())) {
        const CliRun ca = m_cli->run({"issuer", "add", "local", "--name", "Lab"});
        if (ca.exitCode != Ok) {
            qWarning("issuer add failed: %s", qPrintable(ca.describe()));
            return false;
        }
    }
    const CliRun r = m_cli->run({"issue", "--issuer", "Lab", "--cn", cn, "--days", QString::number(days)});
    if (r.exitCode != Ok)
        qWarning("issue failed: %s", qPrintable(r.describe()));
    return r.exitCode == Ok;
}

void TestCliNotify::channels()
{
    CliRun r = m_cli->run({"notify", "types", "--json"});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_JSON(types, r);
    QStringList names;
    for (const auto &t : types.value("types").toArray())
        names << t.toObject().value("name").toString();
    QCOMPARE(names, (QStringList{"email", "webhook", "slack", "teams", "pagerduty", "opsgenie"}));

    // A secret on the command line is refused, and nothing is saved.
    r = m_cli->run({"notify", "add", "webhook", "--name", "leaky", "--set", "url=" + hookUrl("ok"), "--set",
                    "secret=" + QString::fromLatin1(HookSecret)});
    CLI_EXPECT_EXIT(r, Usage);
    CLI_EXPECT_CONTAINS(r.err, "secret_file=PATH");
    r = m_cli->run({"notify", "add", "carrier-pigeon", "--name", "x"});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, "opsgenie");
    r = m_cli->run({"notify", "add", "webhook", "--name", "nourl"});
    CLI_EXPECT_EXIT(r, Failed);
    r = m_cli->run(
        {"notify", "add", "webhook", "--name", "hookdigest", "--digest", "--set", "url=" + hookUrl("ok")});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, "e-mail");

    QVERIFY(addHook("ops", "ok"));
    QVERIFY(addHook("wrong", "refuse"));
    r = m_cli->run({"notify", "list", "--json"});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_JSON(list, r);
    const QJsonArray channels = list.value("channels").toArray();
    QCOMPARE(channels.size(), 2);
    const QJsonObject ops = channels.at(0).toObject();
    QCOMPARE(ops.value("name").toString(), QStringLiteral("ops"));
    QCOMPARE(ops.value("secrets").toArray(), QJsonArray({"secret"}));
    QCOMPARE(ops.value("config").toObject().value("url").toString(), hookUrl("ok"));
    QVERIFY(ops.value("receives_alerts").toBool());

    r = m_cli->run({"notify", "test", "ops"});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_EXPECT_CONTAINS(r.out, "delivered");
    QCOMPARE(m_receiver->requests().size(), 1); // signed as the receiver checks
    r = m_cli->run({"notify", "test", "wrong"});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, "certdeskctl: error:");
    CLI_EXPECT_CONTAINS(r.err, "400");
    r = m_cli->run({"notify", "test", "missing"});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, "notify list");

    r = m_cli->run({"notify", "remove", "wrong"});
    CLI_EXPECT_EXIT(r, Ok);
    r = m_cli->run({"notify", "list"});
    CLI_EXPECT_EXIT(r, Ok);
    QVERIFY(!QString::fromUtf8(r.out).contains("wrong"));
}

void TestCliNotify::alertsRun()
{
    QVERIFY(issue("soon.cli.test", 10));
    QVERIFY(issue("later.cli.test", 200));
    QVERIFY(addHook("ops", "ok"));
    QVERIFY(addHook("flaky", "busy"));

    CliRun r = m_cli->run({"alerts", "run"});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_EXPECT_CONTAINS(r.out, "soon.cli.test");
    CLI_EXPECT_CONTAINS(r.out, "1 alerts raised");
    CLI_EXPECT_CONTAINS(r.out, "sent    alert 1  ops (webhook)");
    CLI_EXPECT_CONTAINS(r.out, "flaky (webhook), 2 attempts");
    QVERIFY(!QString::fromUtf8(r.out).contains("later.cli.test"));
    // ops once, flaky twice (503, then 204).
    QCOMPARE(m_receiver->requests().size(), 3);
    const QJsonObject body = testsupport::jsonOf(m_receiver->requests().first());
    QCOMPARE(body.value("certificate").toObject().value("common_name").toString(),
             QStringLiteral("soon.cli.test"));
    QCOMPARE(body.value("certificate").toObject().value("window").toInt(), 14);

    r = m_cli->run({"alerts", "run", "--json"});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_JSON(again, r);
    QCOMPARE(again.value("raised").toInt(), 0);
    QCOMPARE(m_receiver->requests().size(), 3);

    r = m_cli->run({"alerts", "list", "--json"});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_JSON(alerts, r);
    const QJsonObject alert = alerts.value("alerts").toArray().first().toObject();
    QCOMPARE(alert.value("kind").toString(), QStringLiteral("expiring"));
    QCOMPARE(alert.value("sent").toInt(), 2);

    r = m_cli->run({"alerts", "windows", "30,x"});
    CLI_EXPECT_EXIT(r, Usage);
    r = m_cli->run({"alerts", "windows", "21,3"});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_EXPECT_CONTAINS(r.out, "21,3 days");
}

void TestCliNotify::digest()
{
    testsupport::SmtpSink sink;
    CERTDESK_START_SMTP_SINK(sink);
    QVERIFY(issue("soon.cli.test", 5));

    CliRun r = m_cli->run({"digest", "send"});
    CLI_EXPECT_EXIT(r, Failed);
    CLI_EXPECT_CONTAINS(r.err, "--digest");

    r = m_cli->run({"notify", "add", "email", "--name", "mail", "--digest", "--no-alerts", "--set",
                    "host=127.0.0.1", "--set", "port=" + QString::number(sink.port()), "--set",
                    "security=none", "--set", "from_address=certdesk@certdesk.test", "--set",
                    "recipients=pki@certdesk.test"});
    CLI_EXPECT_EXIT(r, Ok);

    r = m_cli->run({"digest", "preview", "--out", m_cli->path("digest.html")});
    CLI_EXPECT_EXIT(r, Ok);
    const QByteArray html = fileBytes(m_cli->path("digest.html"));
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("soon.cli.test") && html.contains("#fde2e1"));

    r = m_cli->run({"digest", "send"});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_EXPECT_CONTAINS(r.out, "sent    alert");
    const auto mails = sink.received();
    QCOMPARE(mails.size(), 1);
    QVERIFY(mails.first().info.value("headers").toObject().value("Subject").toString().startsWith(
        "CertDesk digest"));
    const QJsonArray parts = mails.first().info.value("parts").toArray();
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts[0].toObject().value("content").toString().contains("soon.cli.test"));
    QVERIFY(parts[1].toObject().value("content").toString().contains("#fde2e1"));

    // The e-mail channel takes no alerts: `alerts run` raises one and sends it nowhere.
    r = m_cli->run({"alerts", "run"});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_EXPECT_CONTAINS(r.out, "0 deliveries queued");
    QCOMPARE(sink.received().size(), 1);

    r = m_cli->run({"digest", "schedule", "weekly"});
    CLI_EXPECT_EXIT(r, Ok);
    CLI_EXPECT_CONTAINS(r.out, "Digest schedule: weekly");
    CLI_EXPECT_CONTAINS(r.out, "Recipients: mail");
    r = m_cli->run({"digest", "schedule", "sometimes"});
    CLI_EXPECT_EXIT(r, Usage);
}

QTEST_GUILESS_MAIN(TestCliNotify)
#include "tst_cli_notify.moc"
