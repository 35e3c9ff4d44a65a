// SPDX-License-Identifier: GPL-3.0-or-later
// The e-mail channel's message building: quoted-printable, RFC 2047 encoded words, addresses and
// the message layout. What a real mail parser makes of it is checked in tst_emailchannel.

#include "connectors/notifier/mimemessage.h"

#include <QTest>
#include <QTimeZone>

using namespace certdesk::notifier;

namespace {

/// Decodes quoted-printable (RFC 2045 6.7), for checking the encoder; soft breaks removed.
QByteArray decodeQuotedPrintable(const QByteArray &encoded)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded[i] == '=' && encoded.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else if (encoded[i] == '=') {
            out += char(encoded.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += encoded[i];
        }
    }
    return out;
}

} // namespace

class TestMimeMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedPrintableRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("Renew www.example.org now.");
        QTest::newRow("equals") << QStringLiteral("a=b =3D c");
        QTest::newRow("umlauts") << QStringLiteral("Zertifikat läuft ab: Müller & Söhne");
        QTest::newRow("long") << QString(500, u'x');
        QTest::newRow("long multibyte") << QString(200, u'€');
        QTest::newRow("trailing blanks") << QStringLiteral("line one  \nline two\t\nend");
        QTest::newRow("emoji") << QStringLiteral("🔒 locked 🔑");
    }

    void quotedPrintableRoundTrips()
    {
        QFETCH(QString, text);
        const QByteArray encoded = quotedPrintable(text);
        for (const QByteArray &line : encoded.split('\n')) {
            QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR
            QVERIFY(!line.endsWith(" \r") && !line.endsWith("\t\r"));
            for (const char c : line)
                QVERIFY(c == '\r' || (c >= 32 && c <= 126) || c == '\t');
        }
        QVERIFY(encoded.endsWith("\r\n"));
        QVERIFY(!encoded.chopped(2).contains('\n') || encoded.contains("\r\n"));
        const QByteArray decoded = decodeQuotedPrintable(encoded);
        QCOMPARE(QString::fromUtf8(decoded).replace("\r\n", "\n"), text + '\n');
    }

    void headerTextIsEncodedOnlyWhenNeeded()
    {
        QCOMPARE(encodeHeaderText("Certificate expires", 9), QByteArray("Certificate expires"));
        const QByteArray encoded =
            encodeHeaderText(QStringLiteral("Zertifikat für www.müller.test läuft ab 🔒"), 9);
        QVERIFY(encoded.startsWith("=?UTF-8?B?"));
        QString decoded;
        for (QByteArray word : encoded.split('\n')) {
            word = word.trimmed();
            QVERIFY2(word.size() <= 75, word.constData());
            QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            // Each word holds whole characters, so each decodes on its own.
            const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            QVERIFY(QString::fromUtf8(bytes).toUtf8() == bytes);
            decoded += QString::fromUtf8(bytes);
        }
        QCOMPARE(decoded, QStringLiteral("Zertifikat für www.müller.test läuft ab 🔒"));
        // A line break cannot inject a header.
        QVERIFY(!encodeHeaderText("a\r\nBcc: x@evil.test", 9).contains('\n'));
    }

    void addressesAreChecked()
    {
        QVERIFY(isMailAddress("pki@example.org"));
        QVERIFY(isMailAddress("first.last+certs@mail.example.co.uk"));
        QVERIFY(!isMailAddress("pki@"));
        QVERIFY(!isMailAddress("no-at-sign"));
        QVERIFY(!isMailAddress("Name <pki@example.org>"));
        QVERIFY(!isMailAddress("pki@example.org\r\nBcc: x@evil.test"));
        QVERIFY(!isMailAddress("pki@-bad-.example"));
    }

    void messageHasTheRfc5322Layout()
    {
        MailContent content;
        content.fromAddress = QStringLiteral("certdesk@example.org");
        content.fromName = QStringLiteral("Cert \"Desk\"");
        content.to = QStringList(8, QStringLiteral("someone.with.a.long.name@example.org"));
        content.subject = QStringLiteral("Digest");
        content.text = QStringLiteral("plain");
        content.html = QStringLiteral("<p>html</p>");
        content.messageIdLocal = QStringLiteral("alert 7/<x>");
        content.date = QDateTime(QDate(2031, 5, 4), QTime(12, 0), QTimeZone::utc());
        const QByteArray original = buildMailMessage(content, "=_certdesk_b1");
        QVERIFY(!QByteArray(original).replace("\r\n", "").contains('\n')); // no bare LF
        QVERIFY(!QByteArray(original).replace("\r\n", "").contains('\r')); // no bare CR
        const QList<QByteArray> lines = original.split('\n');
        for (const QByteArray &line : lines)
            QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR
        QVERIFY(original.startsWith("Date: Sun, 04 May 2031 12:00:00 +0000\r\n"));
        QVERIFY(original.contains("\r\nFrom: \"Cert \\\"Desk\\\"\" <certdesk@example.org>\r\n"));
        QVERIFY(original.contains("\r\nMessage-ID: <certdesk.alert7x@example.org>\r\n"));
        QVERIFY(
            original.contains("\r\nContent-Type: multipart/alternative;\r\n boundary=\"=_certdesk_b1\"\r\n"));
        QVERIFY(original.contains("\r\n--=_certdesk_b1\r\nContent-Type: text/plain; charset=UTF-8\r\n"));
        QVERIFY(original.contains("\r\n--=_certdesk_b1\r\nContent-Type: text/html; charset=UTF-8\r\n"));
        QVERIFY(original.endsWith("\r\n--=_certdesk_b1--\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestMimeMessage)
#include "tst_mimemessage.moc"
