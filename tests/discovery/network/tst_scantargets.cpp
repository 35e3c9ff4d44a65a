// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the scan form: targets, ports, STARTTLS ports, SNI names and the numeric fields.
#include "connectors/discovery/network/portlist.h"
#include "connectors/discovery/network/scantarget.h"
#include "connectors/discovery/network/starttls.h"
#include "connectors/discovery/network/tlsscanoptions.h"

#include <QLocale>
#include <QTest>

using namespace certdesk;
using namespace certdesk::discovery;

class TestScanTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void singleAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("v6");
        QTest::newRow("ipv4") << "192.0.2.7"
                              << "192.0.2.7" << false;
        QTest::newRow("ipv4 with blanks") << "  10.1.2.3 "
                                          << "10.1.2.3" << false;
        QTest::newRow("ipv6") << "2001:db8::7"
                              << "2001:db8::7" << true;
        QTest::newRow("ipv6 brackets") << "[::1]"
                                       << "::1" << true;
        QTest::newRow("ipv6 long form") << "2001:0db8:0000:0000:0000:0000:0000:0001"
                                        << "2001:db8::1" << true;
    }
    void singleAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(bool, v6);
        const auto target = parseTarget(text);
        QVERIFY2(target.ok(), qPrintable(target.error().message));
        QVERIFY(!target->isHostName());
        QCOMPARE(target->addressCount, 1u);
        QCOMPARE(target->first.toString(), address);
        QCOMPARE(target->first.v6, v6);
        QCOMPARE(target->text, text.trimmed());
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<uint>("count");
        QTest::newRow("/24") << "192.0.2.0/24"
                             << "192.0.2.0"
                             << "192.0.2.255" << 256u;
        QTest::newRow("/20 is the largest") << "10.0.0.0/20"
                                            << "10.0.0.0"
                                            << "10.0.15.255" << 4096u;
        QTest::newRow("/32") << "10.9.8.7/32"
                             << "10.9.8.7"
                             << "10.9.8.7" << 1u;
        QTest::newRow("host bits cleared") << "10.1.2.3/22"
                                           << "10.1.0.0"
                                           << "10.1.3.255" << 1024u;
        QTest::newRow("carry across bytes") << "10.0.255.0/23"
                                            << "10.0.254.0"
                                            << "10.0.255.255" << 512u;
        QTest::newRow("ipv6 /120") << "2001:db8::/120"
                                   << "2001:db8::"
                                   << "2001:db8::ff" << 256u;
        QTest::newRow("ipv6 /116") << "2001:db8::1:0/116"
                                   << "2001:db8::1:0"
                                   << "2001:db8::1:fff" << 4096u;
    }
    void ranges()
    {
        QFETCH(QString, text);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(uint, count);
        const auto target = parseTarget(text);
        QVERIFY2(target.ok(), qPrintable(target.error().message));
        QCOMPARE(target->addressCount, count);
        QCOMPARE(target->address(0).toString(), first);
        QCOMPARE(target->address(count - 1).toString(), last);
    }

    void hostNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hostName");
        QTest::newRow("plain") << "mail.example.com"
                               << "mail.example.com";
        QTest::newRow("lowercased, trailing dot") << "WWW.Example.COM."
                                                  << "www.example.com";
        QTest::newRow("single label") << "localhost"
                                      << "localhost";
        QTest::newRow("digits and hyphens") << "web-01.dc2.example"
                                            << "web-01.dc2.example";
        QTest::newRow("idn") << QString::fromUtf8("bücher.example") << "xn--bcher-kva.example";
    }
    void hostNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, hostName);
        const auto target = parseTarget(text);
        QVERIFY2(target.ok(), qPrintable(target.error().message));
        QVERIFY(target->isHostName());
        QCOMPARE(target->hostName, hostName);
        QCOMPARE(target->addressCount, 0u);
    }

    void badTargets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("/8 too large")
            << "10.0.0.0/8"
            << "10.0.0.0/8 has 16,777,216 addresses; split it into ranges of at most 4,096 (/20)";
        QTest::newRow("/19 too large")
            << "10.0.0.0/19"
            << "10.0.0.0/19 has 8,192 addresses; split it into ranges of at most 4,096 (/20)";
        QTest::newRow("ipv6 /64 too large")
            << "2001:db8::/64"
            << "2001:db8::/64 has 2^64 addresses; split it into ranges of at most 4,096 (/116)";
        QTest::newRow("octet over 255")
            << "300.1.1.1"
            << "300.1.1.1 is not a valid IPv4 address: it must be four numbers from 0 to 255, "
               "like 192.0.2.10";
        QTest::newRow("three octets") << "10.1.1"
                                      << "10.1.1 is not a valid IPv4 address: it must be four numbers from 0 "
                                         "to 255, like 192.0.2.10";
        QTest::newRow("prefix too long") << "10.0.0.0/33"
                                         << "10.0.0.0/33 has an invalid prefix length: it must be 0 to 32";
        QTest::newRow("prefix not a number")
            << "10.0.0.0/abc"
            << "10.0.0.0/abc has an invalid prefix length: it must be 0 to 32";
        QTest::newRow("range of a name")
            << "example.com/24"
            << "example.com/24 is not a valid range: write a range as an IP address "
               "and a prefix length, like 10.0.0.0/24";
        QTest::newRow("port in target")
            << "example.com:443"
            << "example.com:443: give the ports in the port list, not with the target";
        QTest::newRow("bad ipv6") << "2001:db8:::1"
                                  << "2001:db8:::1 is not a valid IPv6 address.";
        QTest::newRow("bad characters") << "exa$mple.com"
                                        << "exa$mple.com is not a valid host name, IP address or range.";
        QTest::newRow("label starts with hyphen")
            << "-web.example.com"
            << "-web.example.com is not a valid host name, IP address or "
               "range.";
        QTest::newRow("empty label") << "web..example.com"
                                     << "web..example.com is not a valid host name, IP address or range.";
    }
    void badTargets()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto target = parseTarget(text);
        QVERIFY(!target.ok());
        QCOMPARE(target.error().message, message);
        QCOMPARE(target.error().code, ErrorCode::InvalidInput);
    }

    void targetLists()
    {
        const auto targets =
            parseTargets(QStringLiteral("10.0.0.0/24, mail.example.com\n2001:db8::1  10.0.0.0/24"));
        QVERIFY2(targets.ok(), qPrintable(targets.error().message));
        QCOMPARE(targets->size(), 3); // the repeated range is kept once
        QCOMPARE(targets->at(0).addressCount, 256u);
        QCOMPARE(targets->at(1).hostName, QStringLiteral("mail.example.com"));
        QCOMPARE(targets->at(2).first.toString(), QStringLiteral("2001:db8::1"));

        const auto bad = parseTargets(QStringLiteral("192.0.2.1, 300.1.1.1, 10.0.0.0/8"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.startsWith(QStringLiteral("300.1.1.1 ")));

        const auto empty = parseTargets(QStringLiteral(" ,\n "));
        QVERIFY(!empty.ok());
        QCOMPARE(
            empty.error().message,
            QStringLiteral("No targets given: enter IP addresses, ranges like 10.0.0.0/24, or host names."));
    }

    void ports()
    {
        const auto ports = parsePorts(QStringLiteral("443,8443, 9000-9003\n443 1 65535"));
        QVERIFY2(ports.ok(), qPrintable(ports.error().message));
        QCOMPARE(*ports, (QList<quint16>{443, 8443, 9000, 9001, 9002, 9003, 1, 65535}));
        const auto all = parsePorts(QStringLiteral("1-65535"));
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 65535);
    }

    void badPorts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero") << "443,0"
                              << "Port 0 is out of range: ports are 1 to 65535.";
        QTest::newRow("too large") << "70000"
                                   << "Port 70000 is out of range: ports are 1 to 65535.";
        QTest::newRow("range end too large") << "65000-70000"
                                             << "Port 70000 is out of range: ports are 1 to 65535.";
        QTest::newRow("backwards") << "9010-9000"
                                   << "The port range 9010-9000 runs backwards; write 9000-9010.";
        QTest::newRow("empty") << ""
                               << "No ports given: list ports like 443,8443,9000-9010.";
        QTest::newRow("only separators") << " , ,"
                                         << "No ports given: list ports like 443,8443,9000-9010.";
        QTest::newRow("name") << "https"
                              << "'https' is not a port number.";
        QTest::newRow("negative") << "-5"
                                  << "'-5' is not a port or a port range like 9000-9010.";
        QTest::newRow("open range") << "9000-"
                                    << "'9000-' is not a port or a port range like 9000-9010.";
        QTest::newRow("huge number") << "99999999999"
                                     << "'99999999999' is not a port number.";
    }
    void badPorts()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto ports = parsePorts(text);
        QVERIFY(!ports.ok());
        QCOMPARE(ports.error().message, message);
    }

    void startTlsPorts()
    {
        const auto ports =
            parseStartTlsPorts(QStringLiteral("25:smtp, 587:SMTP 143:imap\n110:pop3,389:ldap 5432:postgres"));
        QVERIFY2(ports.ok(), qPrintable(ports.error().message));
        QCOMPARE(ports->size(), 6);
        QCOMPARE(ports->value(587), StartTlsProtocol::Smtp);
        QCOMPARE(ports->value(143), StartTlsProtocol::Imap);
        QCOMPARE(ports->value(110), StartTlsProtocol::Pop3);
        QCOMPARE(ports->value(389), StartTlsProtocol::Ldap);
        QCOMPARE(ports->value(5432), StartTlsProtocol::Postgres);
        QVERIFY(parseStartTlsPorts(QString()).ok());
        QCOMPARE(startTlsProtocolName(StartTlsProtocol::Postgres), QStringLiteral("postgres"));
        QCOMPARE(startTlsProtocolFromName(QStringLiteral("IMAP")), StartTlsProtocol::Imap);

        QCOMPARE(parseStartTlsPorts(QStringLiteral("25smtp")).error().message,
                 QStringLiteral("'25smtp': write STARTTLS ports as PORT:PROTOCOL, like 25:smtp."));
        QCOMPARE(parseStartTlsPorts(QStringLiteral("21:ftp")).error().message,
                 QStringLiteral(
                     "'ftp' is not a STARTTLS protocol CertDesk speaks (smtp, imap, pop3, ldap, postgres)."));
        QCOMPARE(parseStartTlsPorts(QStringLiteral("0:smtp")).error().message,
                 QStringLiteral("Port 0 is out of range: ports are 1 to 65535."));
        QCOMPARE(parseStartTlsPorts(QStringLiteral("25:smtp 25:imap")).error().message,
                 QStringLiteral("Port 25 is given two STARTTLS protocols."));
    }

    void sniNames()
    {
        const auto names = parseSniNames(QStringLiteral("WWW.example.com, api.example.com www.example.com"));
        QVERIFY2(names.ok(), qPrintable(names.error().message));
        QCOMPARE(*names, (QStringList{QStringLiteral("www.example.com"), QStringLiteral("api.example.com")}));
        QVERIFY(parseSniNames(QString())->isEmpty());
        QCOMPARE(parseSniNames(QStringLiteral("10.0.0.1")).error().message,
                 QStringLiteral("10.0.0.1 is not a valid SNI name: give a host name like www.example.com (no "
                                "address, no wildcard)."));
        QVERIFY(!parseSniNames(QStringLiteral("*.example.com")).ok());
    }

    void wholeForm()
    {
        TlsScanForm form;
        form.targets = QStringLiteral("127.0.0.1 localhost");
        form.ports = QStringLiteral("443 25 8000-8001");
        form.startTls = QStringLiteral("25:smtp");
        form.sniNames = QStringLiteral("a.example");
        const ParsedTlsScanForm parsed = parseTlsScanForm(form);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.options.targets.size(), 2);
        QCOMPARE(parsed.options.ports.size(), 4);
        QCOMPARE(parsed.options.startTls.value(25), StartTlsProtocol::Smtp);
        QCOMPARE(parsed.options.sniNames, QStringList{QStringLiteral("a.example")});
        QCOMPARE(parsed.options.timeoutMs, 3000);
        QCOMPARE(parsed.options.concurrency, 50);
    }

    void formErrorsPerField()
    {
        TlsScanForm form;
        form.targets = QStringLiteral("10.0.0.0/8");
        form.ports = QStringLiteral("9010-9000");
        form.startTls = QStringLiteral("25:gopher");
        form.sniNames = QStringLiteral("*");
        form.timeoutMs = 10;
        form.concurrency = 0;
        const ParsedTlsScanForm parsed = parseTlsScanForm(form);
        QVERIFY(!parsed.ok());
        QList<TlsScanField> fields;
        for (const TlsScanFieldError &error : parsed.errors)
            fields.append(error.field);
        QCOMPARE(fields, (QList<TlsScanField>{TlsScanField::Targets, TlsScanField::Ports,
                                              TlsScanField::StartTls, TlsScanField::SniNames,
                                              TlsScanField::Timeout, TlsScanField::Concurrency}));
        QCOMPARE(parsed.errors.at(4).message, QStringLiteral("The timeout must be 100 to 120000 ms."));
        QCOMPARE(parsed.errors.at(5).message,
                 QStringLiteral("The number of endpoints in flight must be 1 to 1000."));

        TlsScanForm stray;
        stray.targets = QStringLiteral("192.0.2.1");
        stray.ports = QStringLiteral("443");
        stray.startTls = QStringLiteral("25:smtp");
        const ParsedTlsScanForm strayParsed = parseTlsScanForm(stray);
        QCOMPARE(strayParsed.errors.size(), 1);
        QCOMPARE(strayParsed.errors.first().field, TlsScanField::StartTls);
        QCOMPARE(strayParsed.errors.first().message,
                 QStringLiteral("Port 25 has a STARTTLS protocol but is not in the port list."));
    }
};

QTEST_GUILESS_MAIN(TestScanTargets)
#include "tst_scantargets.moc"
