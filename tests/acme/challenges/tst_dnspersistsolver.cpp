// SPDX-License-Identifier: GPL-3.0-or-later
// The DNS-PERSIST-01 solver: the record's name and value (draft-ietf-acme-dns-persist), the issuer
// domain chosen, the script's environment, and against a real pebble-challtestsrv: the record is
// created once and a second present() leaves DNS alone.
#include "connectors/issuer/acme/challenges/dnspersistsolver.h"
#include "connectors/issuer/acme/challenges/dnsrecords.h"
#include "connectors/issuer/acme/challenges/txtlookup.h"
#include "tests/acme/challenges/challtestsrv.h"
#include "tests/acme/challenges/freeport.h"
#include "tests/acme/challenges/scriptfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::issuer::acme;
using namespace certdesk::testsupport;

namespace {

constexpr char AccountUri[] = "https://ca.example/acme/acct/1234";

ChallengeTask persistTask(const QString &identifier, bool wildcard = false,
                          const QStringList &issuers = {QStringLiteral("authority.example"),
                                                        QStringLiteral("ca.example.net")})
{
    ChallengeTask task;
    task.type = QStringLiteral("dns-persist-01");
    task.identifier = identifier;
    task.wildcard = wildcard;
    task.issuerDomainNames = issuers;
    task.accountUri = QLatin1String(AccountUri);
    return task;
}

int countLines(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
}

} // namespace

class TestDnsPersistSolver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_out;
    QString m_silentResolver; ///< a DNS "server" that refuses every question

    DnsPersistConfig config(const QString &present, const QString &resolver, int waitSeconds = 0) const
    {
        DnsPersistConfig config;
        config.scripts.presentScript = present;
        config.scripts.timeoutSeconds = 30;
        config.propagation.waitSeconds = waitSeconds;
        config.propagation.resolver = resolver;
        config.propagation.lookupTimeoutMs = 2000;
        config.propagation.pollIntervalMs = 200;
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_silentResolver = QStringLiteral("127.0.0.1:%1").arg(freeUdpTcpPort()); // nothing listens
    }

    void init()
    {
        static int round = 0;
        m_out = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QString::number(++round));
        QVERIFY(QDir().mkpath(m_out));
        qputenv("CERTDESK_TEST_OUT", m_out.toUtf8());
    }

    void recordNameAndValue()
    {
        QCOMPARE(dnsPersistRecordName(QStringLiteral("example.com")),
                 QStringLiteral("_validation-persist.example.com"));
        // the draft's examples: "authority.example; accounturi=https://ca.example/acct/123[;
        // policy=wildcard]"
        auto value = dnsPersistRecordValue(QStringLiteral("authority.example"),
                                           QStringLiteral("https://ca.example/acct/123"), false);
        QVERIFY(value.ok());
        QCOMPARE(*value, QStringLiteral("authority.example; accounturi=https://ca.example/acct/123"));
        value = dnsPersistRecordValue(QStringLiteral("authority.example"),
                                      QStringLiteral("https://ca.example/acct/123"), true);
        QVERIFY(value.ok());
        QCOMPARE(*value, QStringLiteral(
                             "authority.example; accounturi=https://ca.example/acct/123; policy=wildcard"));
        for (const QString &bad : {QString(), QStringLiteral("https://ca.example/a b"),
                                   QStringLiteral("https://ca.example/a;policy=wildcard"),
                                   QStringLiteral("https://ca.example/\u00e4")}) {
            value = dnsPersistRecordValue(QStringLiteral("authority.example"), bad, false);
            QVERIFY2(!value.ok(), qPrintable(bad));
            QCOMPARE(value.error().code, ErrorCode::InvalidInput);
        }
    }

    void issuerDomain()
    {
        const QStringList offered{QStringLiteral("authority.example"), QStringLiteral("ca.example.net")};
        auto issuer = dnsPersistIssuerDomain({}, offered);
        QVERIFY(issuer.ok());
        QCOMPARE(*issuer, QStringLiteral("authority.example"));
        issuer = dnsPersistIssuerDomain(QStringLiteral(" CA.Example.NET. "), offered);
        QVERIFY(issuer.ok());
        QCOMPARE(*issuer, QStringLiteral("ca.example.net"));
        issuer = dnsPersistIssuerDomain(QStringLiteral("LetsEncrypt.org"), {});
        QVERIFY(issuer.ok());
        QCOMPARE(*issuer, QStringLiteral("letsencrypt.org"));

        issuer = dnsPersistIssuerDomain(QStringLiteral("other.example"), offered);
        QVERIFY(!issuer.ok());
        QVERIFY2(issuer.error().message.contains(QLatin1String("authority.example, ca.example.net")),
                 qPrintable(issuer.error().message));
        QVERIFY(!dnsPersistIssuerDomain({}, {}).ok());
        QVERIFY(!dnsPersistIssuerDomain(QStringLiteral("not a domain"), {}).ok());
        QVERIFY(!dnsPersistIssuerDomain(QStringLiteral("-bad.example"), {}).ok());
    }

    void environmentOfThePresentScript()
    {
        const QString script = writeScript(m_out, QStringLiteral("present"), recordingScript());
        DnsPersistSolver solver(config(script, m_silentResolver));
        QCOMPARE(solver.type(), QStringLiteral("dns-persist-01"));
        // a lookup that fails (nothing answers) does not stop the record from being created
        const Status status = solver.present({persistTask(QStringLiteral("www.example.org"))}, {});
        QVERIFY2(status.ok(), qPrintable(status.error().fullText()));
        const QList<RecordedRun> runs = recordedRuns(m_out);
        QCOMPARE(runs.size(), 1);
        const RecordedRun &run = runs.first();
        QCOMPARE(run.argumentCount, 0);
        QCOMPARE(run.environment.value(QStringLiteral("CERTDESK_DNS_DOMAIN")),
                 QStringLiteral("www.example.org"));
        QCOMPARE(run.environment.value(QStringLiteral("CERTDESK_DNS_FQDN")),
                 QStringLiteral("_validation-persist.www.example.org"));
        QCOMPARE(run.environment.value(QStringLiteral("CERTDESK_DNS_VALUE")),
                 QStringLiteral("authority.example; accounturi=https://ca.example/acme/acct/1234"));
        QVERIFY(run.environment.contains(QStringLiteral("CERTDESK_DNS_TOKEN")));
        QCOMPARE(run.environment.value(QStringLiteral("CERTDESK_DNS_TOKEN")), QString());
    }

    void wildcardAndPlainNameShareOneWildcardRecord()
    {
        const QString script = writeScript(m_out, QStringLiteral("present"), recordingScript());
        DnsPersistConfig settings = config(script, m_silentResolver);
        settings.issuerDomain = QStringLiteral("ca.example.net");
        DnsPersistSolver solver(settings);
        const Status status = solver.present(
            {persistTask(QStringLiteral("example.org")), persistTask(QStringLiteral("example.org"), true)},
            {});
        QVERIFY2(status.ok(), qPrintable(status.error().fullText()));
        const QList<RecordedRun> runs = recordedRuns(m_out);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().environment.value(QStringLiteral("CERTDESK_DNS_FQDN")),
                 QStringLiteral("_validation-persist.example.org"));
        QCOMPARE(
            runs.first().environment.value(QStringLiteral("CERTDESK_DNS_VALUE")),
            QStringLiteral("ca.example.net; accounturi=https://ca.example/acme/acct/1234; policy=wildcard"));
    }

    void unusableTasks()
    {
        const QString script = writeScript(m_out, QStringLiteral("present"), recordingScript());
        DnsPersistConfig settings = config(script, m_silentResolver);
        settings.issuerDomain = QStringLiteral("unknown.example");
        ChallengeTask noAccount = persistTask(QStringLiteral("a.example"));
        noAccount.accountUri.clear();
        ChallengeTask wrongType = persistTask(QStringLiteral("a.example"));
        wrongType.type = QStringLiteral("dns-01");
        const QList<std::pair<DnsPersistConfig, ChallengeTask>> cases{
            {settings, persistTask(QStringLiteral("a.example"))}, // the CA does not offer that issuer
            {config(script, m_silentResolver), noAccount},
            {config(script, m_silentResolver), wrongType},
            {config(script, m_silentResolver), persistTask(QStringLiteral("a.example"), false, {})},
            {config({}, m_silentResolver), persistTask(QStringLiteral("a.example"))},
        };
        for (const auto &[caseConfig, task] : cases) {
            const Status status = DnsPersistSolver(caseConfig).present({task}, {});
            QVERIFY(!status.ok());
            QCOMPARE(status.error().code, ErrorCode::InvalidInput);
        }
        QCOMPARE(recordedRuns(m_out).size(), 0);
    }

    void cleanupRemovesNothing()
    {
        const QString script = writeScript(m_out, QStringLiteral("script"), recordingScript());
        DnsPersistConfig settings = config(script, m_silentResolver);
        settings.scripts.cleanupScript = script;
        DnsPersistSolver solver(settings);
        QVERIFY(solver.cleanup({persistTask(QStringLiteral("a.example"))}).ok());
        QVERIFY(solver.cleanup({}).ok());
        QCOMPARE(recordedRuns(m_out).size(), 0);
    }

    void createdOnceAgainstChallTestSrv()
    {
        ChallTestSrv server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        qputenv("CERTDESK_TEST_CHALLTESTSRV", server.managementUrl().toUtf8());
        // counts its runs, then hands over to the shipped challtestsrv script
        const QString counting = writeScript(
            m_out, QStringLiteral("present"),
            "#!/bin/sh\necho run >> \"$CERTDESK_TEST_OUT/runs\"\nexec '" +
                (shippedScriptsDir() + QStringLiteral("/challtestsrv-present.sh")).toUtf8() + "'\n");
        const QString runs = m_out + QStringLiteral("/runs");
        DnsPersistSolver solver(config(counting, server.dnsServer(), 60));
        const ChallengeTask task = persistTask(QStringLiteral("persist.example.test"));
        const QString fqdn = QStringLiteral("_validation-persist.persist.example.test");
        const QByteArray value = "authority.example; accounturi=https://ca.example/acme/acct/1234";
        const auto resolver = parseDnsServer(server.dnsServer());
        QVERIFY(resolver.ok());

        QElapsedTimer timer;
        timer.start();
        Status status = solver.present({task}, {});
        QVERIFY2(status.ok(), qPrintable(status.error().fullText()));
        QCOMPARE(countLines(runs), 1);
        // the wait ended as soon as the record showed, long before 60 s
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        auto texts = lookupTxt(fqdn, *resolver, 5000);
        QVERIFY2(texts.ok(), qPrintable(texts.error().fullText()));
        QCOMPARE(*texts, QList<QByteArray>{value});

        // a renewal: the record is there, so no script and no wait
        timer.restart();
        status = solver.present({task}, {});
        QVERIFY2(status.ok(), qPrintable(status.error().fullText()));
        QCOMPARE(countLines(runs), 1);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(solver.cleanup({task}).ok());
        texts = lookupTxt(fqdn, *resolver, 5000);
        QVERIFY(texts.ok());
        QCOMPARE(texts->size(), 1); // still there

        // another account's record on the same name does not count
        QVERIFY(
            server.setTxt(QStringLiteral("_validation-persist.other.example.test"),
                          QStringLiteral("authority.example; accounturi=https://ca.example/acme/acct/9")));
        QVERIFY(solver.present({persistTask(QStringLiteral("other.example.test"))}, {}).ok());
        QCOMPARE(countLines(runs), 2);

        // a standing wildcard record covers the plain name as well
        QVERIFY(server.setTxt(QStringLiteral("_validation-persist.wild.example.test"),
                              QString::fromUtf8(value) + QStringLiteral("; policy=wildcard")));
        QVERIFY(solver.present({persistTask(QStringLiteral("wild.example.test"))}, {}).ok());
        QCOMPARE(countLines(runs), 2);
        // but a plain record does not cover a wildcard
        QVERIFY(server.setTxt(QStringLiteral("_validation-persist.plain.example.test"),
                              QString::fromUtf8(value)));
        QVERIFY(solver.present({persistTask(QStringLiteral("plain.example.test"), true)}, {}).ok());
        QCOMPARE(countLines(runs), 3);
    }

    void cancelWhileWaitingForPropagation()
    {
        const QString script = writeScript(m_out, QStringLiteral("present"), "#!/bin/sh\nexit 0\n");
        DnsPersistSolver solver(config(script, m_silentResolver, 120));
        QElapsedTimer timer;
        timer.start();
        auto started = std::make_shared<QElapsedTimer>();
        const Status status = solver.present({persistTask(QStringLiteral("a.example"))}, [started] {
            if (!started->isValid())
                started->start();
            return started->elapsed() > 1500;
        });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Cancelled);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestDnsPersistSolver)
#include "tst_dnspersistsolver.moc"
