// SPDX-License-Identifier: GPL-3.0-or-later
// Private part of the ACME protocol library, reached through its header.
#include "connectors/issuer/acme/protocol/httpheaders.h"

#include <QTest>
#include <QTimeZone>

using namespace certdesk::issuer::acme;

/// Retry-After (RFC 9110 section 10.2.3) and Link (RFC 8288) as ACME uses them.
class TestHttpHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfter_data();
    void retryAfter();
    void links_data();
    void links();
};

void TestHttpHeaders::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("seconds"); // -1: not a Retry-After value
    QTest::newRow("seconds") << QByteArray("120") << qint64(120);
    QTest::newRow("seconds with spaces") << QByteArray(" 7 ") << qint64(7);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(60);
    QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:28:00 GMT") << qint64(60);
    QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:00 2015") << qint64(60);
    QTest::newRow("in the past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestHttpHeaders::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, seconds);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27), QTimeZone::utc());
    const std::optional<qint64> parsed = parseRetryAfter(value, now);
    if (seconds < 0) {
        QVERIFY(!parsed.has_value());
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, seconds);
    }
}

void TestHttpHeaders::links_data()
{
    QTest::addColumn<QList<QByteArray>>("values");
    QTest::addColumn<QByteArray>("rel");
    QTest::addColumn<QStringList>("targets");
    QTest::newRow("RFC 8555 section 7.4.2")
        << QList<QByteArray>{R"(<https://example.com/acme/directory>;rel="index")",
                             R"(<https://example.com/acme/cert/mAt3xBGaobw/1>;rel="alternate")"}
        << QByteArray("alternate")
        << QStringList{QStringLiteral("https://example.com/acme/cert/mAt3xBGaobw/1")};
    QTest::newRow("one header, several links")
        << QList<
               QByteArray>{R"(<https://ca/c/1/1>; rel="alternate", <https://ca/dir>;rel=index, <https://ca/c/1/2>;rel=alternate)"}
        << QByteArray("alternate")
        << QStringList{QStringLiteral("https://ca/c/1/1"), QStringLiteral("https://ca/c/1/2")};
    QTest::newRow("relative target") << QList<QByteArray>{R"(</acme/cert/2/1>;rel="alternate")"}
                                     << QByteArray("alternate")
                                     << QStringList{QStringLiteral("https://example.com/acme/cert/2/1")};
    QTest::newRow("several relations")
        << QList<QByteArray>{R"(<https://ca/x>; title="a, b"; rel="up alternate")"} << QByteArray("alternate")
        << QStringList{QStringLiteral("https://ca/x")};
    QTest::newRow("other relation only")
        << QList<QByteArray>{R"(<https://ca/dir>;rel="index")"} << QByteArray("alternate") << QStringList{};
}

void TestHttpHeaders::links()
{
    QFETCH(QList<QByteArray>, values);
    QFETCH(QByteArray, rel);
    QFETCH(QStringList, targets);
    QCOMPARE(linkTargets(values, rel, QStringLiteral("https://example.com/acme/cert/2")), targets);
}

QTEST_GUILESS_MAIN(TestHttpHeaders)
#include "tst_httpheaders.moc"
