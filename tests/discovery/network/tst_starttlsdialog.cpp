// SPDX-License-Identifier: GPL-3.0-or-later
// The client side of the STARTTLS exchanges, fed server replies byte by byte and in one piece.
#include "connectors/discovery/network/starttlsdialog.h"

#include <QTest>

using namespace certdesk::discovery;

Q_DECLARE_METATYPE(certdesk::discovery::StartTlsProtocol)

namespace {

/// One server reply and what the client must answer to it.
struct Exchange
{
    QByteArray serverSends;
    QByteArray clientAnswers; ///< empty: the dialog must end with tlsReady or a failure
};

/// Feeds `bytes` one byte at a time when `bytewise`, else at once, and merges the steps.
StartTlsDialog::Step feed(StartTlsDialog &dialog, const QByteArray &bytes, bool bytewise)
{
    StartTlsDialog::Step merged;
    const qsizetype chunk = bytewise ? 1 : bytes.size();
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        const StartTlsDialog::Step step = dialog.receive(bytes.mid(i, chunk));
        merged.send += step.send;
        merged.tlsReady = merged.tlsReady || step.tlsReady;
        if (!step.failure.isEmpty())
            merged.failure = step.failure;
    }
    return merged;
}

} // namespace

class TestStartTlsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreements_data()
    {
        QTest::addColumn<StartTlsProtocol>("protocol");
        QTest::addColumn<QByteArray>("opening");
        QTest::addColumn<QList<QByteArray>>("script"); // server, client, server, client, ..., server
        QTest::addColumn<bool>("bytewise");
        for (const bool bytewise : {false, true}) {
            const char *suffix = bytewise ? " bytewise" : "";
            QTest::addRow("smtp%s", suffix)
                << StartTlsProtocol::Smtp << QByteArray()
                << QList<QByteArray>{"220-mail.example ESMTP\r\n220 second greeting line\r\n",
                                     "EHLO [192.0.2.5]\r\n",
                                     "250-mail.example\r\n250-STARTTLS\r\n250 SIZE 1000\r\n", "STARTTLS\r\n",
                                     "220 2.0.0 Ready\r\n"}
                << bytewise;
            QTest::addRow("imap%s", suffix)
                << StartTlsProtocol::Imap << QByteArray()
                << QList<QByteArray>{"* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n", "a1 STARTTLS\r\n",
                                     "* CAPABILITY IMAP4rev1\r\na1 OK Begin TLS\r\n"}
                << bytewise;
            QTest::addRow("pop3%s", suffix)
                << StartTlsProtocol::Pop3 << QByteArray()
                << QList<QByteArray>{"+OK ready\r\n", "STLS\r\n", "+OK go ahead\r\n"} << bytewise;
            QTest::addRow("ldap%s", suffix)
                << StartTlsProtocol::Ldap
                << QByteArray("\x30\x1d\x02\x01\x01\x77\x18\x80\x16"
                              "1.3.6.1.4.1.1466.20037")
                << QList<QByteArray>{QByteArray("\x30\x0c\x02\x01\x01\x78\x07\x0a\x01\x00\x04\x00\x04\x00",
                                                14)}
                << bytewise;
            QTest::addRow("ldap long form length%s", suffix)
                << StartTlsProtocol::Ldap
                << QByteArray("\x30\x1d\x02\x01\x01\x77\x18\x80\x16"
                              "1.3.6.1.4.1.1466.20037")
                << QList<QByteArray>{QByteArray(
                       "\x30\x81\x0c\x02\x01\x01\x78\x07\x0a\x01\x00\x04\x00\x04\x00", 15)}
                << bytewise;
            QTest::addRow("postgres%s", suffix)
                << StartTlsProtocol::Postgres << QByteArray("\x00\x00\x00\x08\x04\xd2\x16\x2f", 8)
                << QList<QByteArray>{"S"} << bytewise;
        }
    }
    void agreements()
    {
        QFETCH(StartTlsProtocol, protocol);
        QFETCH(QByteArray, opening);
        QFETCH(QList<QByteArray>, script);
        QFETCH(bool, bytewise);
        StartTlsDialog dialog(protocol, "[192.0.2.5]");
        QCOMPARE(dialog.opening(), opening);
        for (qsizetype i = 0; i < script.size(); i += 2) {
            const StartTlsDialog::Step step = feed(dialog, script.at(i), bytewise);
            QVERIFY2(step.failure.isEmpty(), qPrintable(step.failure));
            const bool last = i + 1 >= script.size();
            QCOMPARE(step.tlsReady, last);
            QCOMPARE(step.send, last ? QByteArray() : script.at(i + 1));
        }
        QVERIFY(dialog.leftover().isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<StartTlsProtocol>("protocol");
        QTest::addColumn<QList<QByteArray>>("serverReplies");
        QTest::addColumn<QString>("failure");
        QTest::newRow("smtp refuses STARTTLS")
            << StartTlsProtocol::Smtp
            << QList<QByteArray>{"220 mx ESMTP\r\n", "250 mx\r\n",
                                 "454 4.7.0 TLS not available due to local problem\r\n"}
            << "the SMTP server refused STARTTLS: 454 4.7.0 TLS not available due to local problem";
        QTest::newRow("smtp busy") << StartTlsProtocol::Smtp << QList<QByteArray>{"554 5.3.2 busy\r\n"}
                                   << "the SMTP server did not accept the connection: 554 5.3.2 busy";
        QTest::newRow("smtp refuses EHLO")
            << StartTlsProtocol::Smtp << QList<QByteArray>{"220 mx\r\n", "500 5.5.1 what?\r\n"}
            << "the SMTP server refused EHLO: 500 5.5.1 what?";
        QTest::newRow("not smtp") << StartTlsProtocol::Smtp << QList<QByteArray>{"SSH-2.0-OpenSSH_9.2\r\n"}
                                  << "the server did not answer like an SMTP server: SSH-2.0-OpenSSH_9.2";
        QTest::newRow("imap refuses")
            << StartTlsProtocol::Imap << QList<QByteArray>{"* OK ready\r\n", "a1 BAD unknown command\r\n"}
            << "the IMAP server refused STARTTLS: a1 BAD unknown command";
        QTest::newRow("imap preauth") << StartTlsProtocol::Imap << QList<QByteArray>{"* PREAUTH hi\r\n"}
                                      << "the IMAP server logged the connection in at once (PREAUTH), so it "
                                         "cannot start TLS: * PREAUTH hi";
        QTest::newRow("not imap") << StartTlsProtocol::Imap << QList<QByteArray>{"+OK pop\r\n"}
                                  << "the server did not greet like an IMAP server: +OK pop";
        QTest::newRow("pop3 refuses")
            << StartTlsProtocol::Pop3 << QList<QByteArray>{"+OK ready\r\n", "-ERR not now\r\n"}
            << "the POP3 server refused STLS: -ERR not now";
        QTest::newRow("ldap refuses")
            << StartTlsProtocol::Ldap
            << QList<QByteArray>{QByteArray("\x30\x12\x02\x01\x01\x78\x0d\x0a\x01\x35\x04\x00\x04\x06no TLS",
                                            20)}
            << "the LDAP server refused StartTLS: resultCode 53 (unwillingToPerform): no TLS";
        QTest::newRow("not ldap") << StartTlsProtocol::Ldap
                                  << QList<QByteArray>{"HTTP/1.1 400 Bad Request\r\n"}
                                  << "the server did not answer like an LDAP server";
        QTest::newRow("postgres refuses") << StartTlsProtocol::Postgres << QList<QByteArray>{"N"}
                                          << "the PostgreSQL server does not accept TLS (it answered N to "
                                             "SSLRequest)";
        QTest::newRow("not postgres") << StartTlsProtocol::Postgres << QList<QByteArray>{"HTTP/1.0 400\r\n"}
                                      << "the server did not answer like a PostgreSQL server";
    }
    void refusals()
    {
        QFETCH(StartTlsProtocol, protocol);
        QFETCH(QList<QByteArray>, serverReplies);
        QFETCH(QString, failure);
        StartTlsDialog dialog(protocol, "[192.0.2.5]");
        StartTlsDialog::Step step;
        for (const QByteArray &reply : serverReplies) {
            QVERIFY(step.failure.isEmpty());
            step = dialog.receive(reply);
        }
        QCOMPARE(step.failure, failure);
        QVERIFY(!step.tlsReady);
    }

    void awaitingNamesTheStep()
    {
        StartTlsDialog smtp(StartTlsProtocol::Smtp, "[192.0.2.5]");
        QCOMPARE(smtp.awaiting(), QStringLiteral("the SMTP greeting"));
        (void)smtp.receive("220 hi\r\n");
        QCOMPARE(smtp.awaiting(), QStringLiteral("the answer to EHLO"));
        (void)smtp.receive("250 ok\r\n");
        QCOMPARE(smtp.awaiting(), QStringLiteral("the answer to STARTTLS"));
        QCOMPARE(StartTlsDialog(StartTlsProtocol::Pop3, {}).awaiting(), QStringLiteral("the POP3 greeting"));
        QCOMPARE(StartTlsDialog(StartTlsProtocol::Ldap, {}).awaiting(),
                 QStringLiteral("the answer to the LDAP StartTLS request"));
    }

    void endlessReplyIsCut()
    {
        StartTlsDialog dialog(StartTlsProtocol::Smtp, "[192.0.2.5]");
        const StartTlsDialog::Step step = dialog.receive(QByteArray(70 * 1024, 'x'));
        QCOMPARE(step.failure,
                 QStringLiteral("the server sent more than 64 KiB while waiting for the SMTP greeting"));
    }

    void bytesAfterTheGoAheadAreKept()
    {
        StartTlsDialog dialog(StartTlsProtocol::Postgres, {});
        const StartTlsDialog::Step step = dialog.receive("S\x16\x03\x01");
        QVERIFY(step.tlsReady);
        QCOMPARE(dialog.leftover(), QByteArray("\x16\x03\x01"));
    }
};

QTEST_GUILESS_MAIN(TestStartTlsDialog)
#include "tst_starttlsdialog.moc"
