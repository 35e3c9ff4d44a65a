// SPDX-License-Identifier: GPL-3.0-or-later
// The TXT lookup: DNS server addresses and resolv.conf, questions to a real pebble-challtestsrv,
// and to a scripted server for truncation (TCP), stray answers, CNAMEs, error codes, timeouts,
// cancel and malformed messages (the parser must refuse them without reading out of bounds).
#include "connectors/issuer/acme/challenges/dnsmessage.h"
#include "connectors/issuer/acme/challenges/dnsserver.h"
#include "connectors/issuer/acme/challenges/txtlookup.h"
#include "tests/acme/challenges/challtestsrv.h"
#include "tests/acme/challenges/fakednsserver.h"
#include "tests/acme/challenges/freeport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <unistd.h>

using namespace certdesk;
using namespace certdesk::issuer::acme;
using namespace certdesk::testsupport;

namespace {

constexpr quint16 TypeTxt = 16;
constexpr quint16 TypeCname = 5;

DnsServer localServer(quint16 port)
{
    return DnsServer{QStringLiteral("127.0.0.1"), port};
}

} // namespace

class TestTxtLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseDnsServer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("v4") << QStringLiteral("192.0.2.53") << QStringLiteral("192.0.2.53") << 53;
        QTest::newRow("v4 port") << QStringLiteral(" 127.0.0.1:8053 ") << QStringLiteral("127.0.0.1") << 8053;
        QTest::newRow("v6") << QStringLiteral("2001:db8::53") << QStringLiteral("2001:db8::53") << 53;
        QTest::newRow("v6 port") << QStringLiteral("[::1]:5353") << QStringLiteral("::1") << 5353;
        QTest::newRow("v6 brackets") << QStringLiteral("[::1]") << QStringLiteral("::1") << 53;
        QTest::newRow("name") << QStringLiteral("dns.example") << QString() << 0;
        QTest::newRow("name port") << QStringLiteral("dns.example:53") << QString() << 0;
        QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << QString() << 0;
        QTest::newRow("port too big") << QStringLiteral("127.0.0.1:65536") << QString() << 0;
        QTest::newRow("port text") << QStringLiteral("127.0.0.1:dns") << QString() << 0;
        QTest::newRow("empty") << QString() << QString() << 0;
        QTest::newRow("open bracket") << QStringLiteral("[::1:53") << QString() << 0;
        QTest::newRow("bad after bracket") << QStringLiteral("[::1]53") << QString() << 0;
    }

    void parseDnsServer()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        const auto server = issuer::acme::parseDnsServer(text);
        if (address.isEmpty()) {
            QVERIFY(!server.ok());
            QCOMPARE(server.error().code, ErrorCode::InvalidInput);
            return;
        }
        QVERIFY2(server.ok(), qPrintable(server.error().message));
        QCOMPARE(server->address, address);
        QCOMPARE(int(server->port), port);
    }

    void resolvConf()
    {
        auto server = firstNameserver("# generated\n"
                                      "search example.org\n"
                                      "nameserver not-an-address\n"
                                      "  nameserver   2001:db8::1  \n"
                                      "nameserver 192.0.2.1\n");
        QVERIFY(server.ok());
        QCOMPARE(server->address, QStringLiteral("2001:db8::1"));
        QCOMPARE(server->port, quint16(53));
        QCOMPARE(server->toString(), QStringLiteral("[2001:db8::1]:53"));
        server = firstNameserver("; nameserver 192.0.2.9\n#nameserver 192.0.2.8\noptions ndots:1\n");
        QVERIFY(server.ok());
        QCOMPARE(server->toString(), QStringLiteral("127.0.0.1:53")); // the C library's default
        QVERIFY(systemDnsServer().ok());
    }

    void lookupAgainstChallTestSrv()
    {
        ChallTestSrv server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const auto resolver = issuer::acme::parseDnsServer(server.dnsServer());
        QVERIFY(resolver.ok());
        QVERIFY(server.setTxt(QStringLiteral("_acme-challenge.two.example"), QStringLiteral("first value")));
        QVERIFY(server.setTxt(QStringLiteral("_acme-challenge.two.example"),
                              QStringLiteral("second; accounturi=https://ca.example/acct/1")));
        auto texts = lookupTxt(QStringLiteral("_acme-challenge.two.example"), *resolver, 5000);
        QVERIFY2(texts.ok(), qPrintable(texts.error().fullText()));
        QCOMPARE(texts->size(), 2);
        QVERIFY(texts->contains("first value"));
        QVERIFY(texts->contains("second; accounturi=https://ca.example/acct/1"));
        // asked in lower case (challtestsrv matches names as sent), and a trailing dot is allowed
        texts = lookupTxt(QStringLiteral("_ACME-Challenge.Two.Example."), *resolver, 5000);
        QVERIFY2(texts.ok(), qPrintable(texts.error().fullText()));
        QCOMPARE(texts->size(), 2);
        texts = lookupTxt(QStringLiteral("_acme-challenge.none.example"), *resolver, 5000);
        QVERIFY2(texts.ok(), qPrintable(texts.error().fullText()));
        QVERIFY(texts->isEmpty());
        QVERIFY(server.clearTxt(QStringLiteral("_acme-challenge.two.example")));
        texts = lookupTxt(QStringLiteral("_acme-challenge.two.example"), *resolver, 5000);
        QVERIFY(texts.ok());
        QVERIFY(texts->isEmpty());
    }

    void truncatedAnswerIsAskedAgainOverTcp()
    {
        FakeDnsServer server([](const QByteArray &query, bool overTcp) -> QList<QByteArray> {
            if (!overTcp)
                return {dnswire::answer(query, 0x0200, {})}; // TC
            return {dnswire::answer(query, 0,
                                    {dnswire::record(dnswire::questionPointer(), TypeTxt,
                                                     dnswire::txt({"part one, ", "part two"})),
                                     dnswire::record(dnswire::questionPointer(), TypeTxt,
                                                     dnswire::txt({QByteArray(255, 'x')}))})};
        });
        const auto texts = lookupTxt(QStringLiteral("big.example"), localServer(server.port()), 5000);
        QVERIFY2(texts.ok(), qPrintable(texts.error().fullText()));
        QCOMPARE(*texts, (QList<QByteArray>{"part one, part two", QByteArray(255, 'x')}));
        QCOMPARE(server.udpQuestions(), 1);
        QCOMPARE(server.tcpQuestions(), 1);
    }

    void strayAnswersAreIgnored()
    {
        FakeDnsServer server([](const QByteArray &query, bool) -> QList<QByteArray> {
            QByteArray otherId = dnswire::answer(
                query, 0, {dnswire::record(dnswire::questionPointer(), TypeTxt, dnswire::txt({"forged"}))});
            otherId[0] = char(otherId[0] ^ 0x5a);
            QByteArray notAResponse = query;
            return {otherId, notAResponse,
                    dnswire::answer(
                        query, 0,
                        {dnswire::record(dnswire::questionPointer(), TypeTxt, dnswire::txt({"genuine"}))})};
        });
        const auto texts = lookupTxt(QStringLiteral("a.example"), localServer(server.port()), 5000);
        QVERIFY2(texts.ok(), qPrintable(texts.error().fullText()));
        QCOMPARE(*texts, QList<QByteArray>{"genuine"});
    }

    void cnamesAreFollowedAndOtherNamesIgnored()
    {
        FakeDnsServer server([](const QByteArray &query, bool) -> QList<QByteArray> {
            const QByteArray target = dnswire::name("_acme-challenge.delegated.example");
            return {dnswire::answer(
                query, 0,
                {dnswire::record(dnswire::questionPointer(), TypeCname, target),
                 dnswire::record(target, TypeTxt, dnswire::txt({"via cname"})),
                 dnswire::record(dnswire::name("unrelated.example"), TypeTxt, dnswire::txt({"unrelated"}))})};
        });
        const auto texts =
            lookupTxt(QStringLiteral("_acme-challenge.a.example"), localServer(server.port()), 5000);
        QVERIFY2(texts.ok(), qPrintable(texts.error().fullText()));
        QCOMPARE(*texts, QList<QByteArray>{"via cname"});
    }

    void responseCodes()
    {
        int rcode = 3;
        FakeDnsServer server([&rcode](const QByteArray &query, bool) -> QList<QByteArray> {
            return {dnswire::answer(query, quint16(rcode), {})};
        });
        auto texts = lookupTxt(QStringLiteral("a.example"), localServer(server.port()), 5000);
        QVERIFY2(texts.ok(), qPrintable(texts.error().fullText())); // NXDOMAIN: no record
        QVERIFY(texts->isEmpty());
        rcode = 2;
        texts = lookupTxt(QStringLiteral("a.example"), localServer(server.port()), 5000);
        QVERIFY(!texts.ok());
        QVERIFY2(texts.error().message.contains(QLatin1String("SERVFAIL")),
                 qPrintable(texts.error().message));
        rcode = 5;
        texts = lookupTxt(QStringLiteral("a.example"), localServer(server.port()), 5000);
        QVERIFY(!texts.ok());
        QVERIFY2(texts.error().message.contains(QLatin1String("REFUSED")), qPrintable(texts.error().message));
    }

    void silentServerTimesOutAndRetransmits()
    {
        FakeDnsServer server([](const QByteArray &, bool) -> QList<QByteArray> { return {}; });
        QElapsedTimer timer;
        timer.start();
        const auto texts = lookupTxt(QStringLiteral("a.example"), localServer(server.port()), 2500);
        QVERIFY(!texts.ok());
        QVERIFY2(texts.error().message.contains(QLatin1String("did not answer")),
                 qPrintable(texts.error().message));
        QVERIFY2(timer.elapsed() >= 2400 && timer.elapsed() < 8000,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(server.udpQuestions() >= 2, qPrintable(QString::number(server.udpQuestions())));
    }

    void closedPortIsRefused()
    {
        QElapsedTimer timer;
        timer.start();
        const auto texts = lookupTxt(QStringLiteral("a.example"), localServer(freeUdpTcpPort()), 10000);
        QVERIFY(!texts.ok());
        QVERIFY2(texts.error().message.contains(QLatin1String("refused")), qPrintable(texts.error().message));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void cancel()
    {
        int fd = -1;
        const quint16 port = silentUdpPort(&fd);
        QElapsedTimer timer;
        timer.start();
        const auto texts = lookupTxt(QStringLiteral("a.example"), localServer(port), 30000,
                                     [&timer] { return timer.elapsed() > 300; });
        ::close(fd);
        QVERIFY(!texts.ok());
        QCOMPARE(texts.error().code, ErrorCode::Cancelled);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void invalidNames()
    {
        const QString longLabel = QString(64, u'a') + QStringLiteral(".example");
        const QString longName = QString(QString(63, u'a') + u'.').repeated(4) + QStringLiteral("example");
        for (const QString &name :
             {QString(), QStringLiteral("a..example"), QStringLiteral("."), longLabel, longName}) {
            const auto texts = lookupTxt(name, localServer(53), 1000);
            QVERIFY2(!texts.ok(), qPrintable(name));
            QCOMPARE(texts.error().code, ErrorCode::InvalidInput);
        }
    }

    void malformedAnswersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("records"); // what follows the question section; empty: a pointer loop
        QTest::addColumn<int>("answers");
        // the question "a.example" ends at offset 27, where the records start
        QTest::newRow("rdlength past the end")
            << QByteArray::fromHex("c00c 0010 0001 0000003c 0040 05 68656c6c6f") << 1;
        QTest::newRow("character-string past its rdata")
            << QByteArray::fromHex("c00c 0010 0001 0000003c 0003 09 6869") << 1;
        QTest::newRow("forward pointer") << QByteArray::fromHex("c030 0010 0001 0000003c 0001 00") << 1;
        QTest::newRow("pointer loop") << QByteArray() << 1;
        QTest::newRow("missing records") << QByteArray::fromHex("c00c 0010 0001 0000003c 0001 00") << 2;
        QTest::newRow("reserved label type") << QByteArray::fromHex("4178 00 0010 0001 0000003c 0000") << 1;
        QTest::newRow("cut in the middle") << QByteArray::fromHex("c00c 0010 00") << 1;
    }

    void malformedAnswersAreRefused()
    {
        QFETCH(QByteArray, records);
        QFETCH(int, answers);
        FakeDnsServer server([records, answers](const QByteArray &query, bool) -> QList<QByteArray> {
            QByteArray message = dnswire::answer(query, 0, {});
            message[7] = char(answers);
            if (!records.isEmpty())
                return {message + records};
            // a label, then a pointer back to that label
            const quint16 at = quint16(message.size());
            return {message + QByteArray("\x01x", 2) + char(0xc0 | (at >> 8)) + char(at & 0xff) +
                    QByteArray::fromHex("0010 0001 0000003c 0000")};
        });
        const auto texts = lookupTxt(QStringLiteral("a.example"), localServer(server.port()), 5000);
        QVERIFY(!texts.ok());
        QVERIFY2(texts.error().message.contains(QLatin1String("malformed")),
                 qPrintable(texts.error().fullText()));
        QVERIFY(!texts.error().detail.isEmpty());
    }

    void parserSurvivesMutatedMessages()
    {
        const QByteArray wireName = *dns::encodeName(QStringLiteral("_acme-challenge.a.example"));
        const QByteArray query = dns::txtQuery(0x1234, wireName);
        const QByteArray target = dnswire::name("b.example");
        const QByteArray valid =
            dnswire::answer(query, 0,
                            {dnswire::record(dnswire::questionPointer(), TypeCname, target),
                             dnswire::record(target, TypeTxt, dnswire::txt({"one", "two"})),
                             dnswire::record(dnswire::questionPointer(), TypeTxt, dnswire::txt({"three"}))});
        QString problem;
        const auto parsed = dns::parseTxtResponse(valid, 0x1234, wireName, &problem);
        QVERIFY2(parsed, qPrintable(problem));
        QCOMPARE(parsed->texts, (QList<QByteArray>{"onetwo", "three"}));

        QRandomGenerator random(20261122);
        for (int round = 0; round < 50000; ++round) {
            QByteArray message = valid;
            const int changes = 1 + int(random.bounded(4));
            for (int i = 0; i < changes; ++i)
                message[int(random.bounded(message.size()))] = char(random.bounded(256));
            if (random.bounded(4) == 0)
                message.truncate(int(random.bounded(message.size())));
            const auto result = dns::parseTxtResponse(message, 0x1234, wireName, &problem);
            if (result) {
                for (const QByteArray &text : result->texts)
                    QVERIFY(text.size() < message.size());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTxtLookup)
#include "tst_txtlookup.moc"
