// SPDX-License-Identifier: GPL-3.0-or-later
// Private part of the ACME protocol library, reached through its header.
#include "connectors/issuer/acme/protocol/acmejson.h"

#include <QTest>
#include <QTimeZone>

using namespace certdesk;
using namespace certdesk::issuer::acme;

/// Reading directories, orders, authorizations, challenges and renewal information, with RFC 8555's
/// and RFC 9773's examples and the members later drafts add (profiles, dns-persist-01).
class TestAcmeJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc3339_data();
    void rfc3339();
    void directoryWithMeta();
    void order();
    void authorizationWithDnsPersist01();
    void challengeWithError();
    void malformedAnswers();
    void renewalInfo();
};

void TestAcmeJson::rfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QTimeZone utc = QTimeZone::utc();
    QTest::newRow("Z") << QStringLiteral("2016-01-20T14:09:07Z")
                       << QDateTime(QDate(2016, 1, 20), QTime(14, 9, 7), utc);
    QTest::newRow("milliseconds") << QStringLiteral("2016-01-20T14:09:07.99Z")
                                  << QDateTime(QDate(2016, 1, 20), QTime(14, 9, 7, 990), utc);
    QTest::newRow("nanoseconds (Go)") << QStringLiteral("2026-11-23T14:08:28.418489956Z")
                                      << QDateTime(QDate(2026, 11, 23), QTime(14, 8, 28, 418), utc);
    QTest::newRow("offset") << QStringLiteral("2019-07-13T00:13:20+02:00")
                            << QDateTime(QDate(2019, 7, 12), QTime(22, 13, 20), utc);
    QTest::newRow("no offset") << QStringLiteral("2019-07-13T00:13:20") << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("tomorrow") << QDateTime();
}

void TestAcmeJson::rfc3339()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseRfc3339(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void TestAcmeJson::directoryWithMeta()
{
    // RFC 8555 section 7.1.1's example plus renewalInfo (RFC 9773) and profiles.
    const QByteArray body = R"({
        "newNonce": "https://example.com/acme/new-nonce",
        "newAccount": "https://example.com/acme/new-account",
        "newOrder": "https://example.com/acme/new-order",
        "newAuthz": "https://example.com/acme/new-authz",
        "revokeCert": "https://example.com/acme/revoke-cert",
        "keyChange": "https://example.com/acme/key-change",
        "renewalInfo": "https://example.com/acme/renewal-info",
        "meta": {
            "termsOfService": "https://example.com/acme/terms/2017-5-30",
            "website": "https://www.example.com/",
            "caaIdentities": ["example.com"],
            "externalAccountRequired": true,
            "profiles": {"classic": "The usual", "tlsserver": "TLS server only"}
        }
    })";
    const Result<AcmeDirectory> directory =
        parseDirectory(body, "application/json", QStringLiteral("https://x/dir"));
    QVERIFY2(directory.ok(), qPrintable(directory.error().fullText()));
    QCOMPARE(directory->keyChange, QStringLiteral("https://example.com/acme/key-change"));
    QCOMPARE(directory->renewalInfo, QStringLiteral("https://example.com/acme/renewal-info"));
    QCOMPARE(directory->termsOfService, QStringLiteral("https://example.com/acme/terms/2017-5-30"));
    QCOMPARE(directory->website, QStringLiteral("https://www.example.com/"));
    QCOMPARE(directory->caaIdentities, QStringList{QStringLiteral("example.com")});
    QVERIFY(directory->externalAccountRequired);
    QCOMPARE(directory->profiles.value(QStringLiteral("tlsserver")), QStringLiteral("TLS server only"));
    QCOMPARE(directory->profiles.size(), 2);
}

void TestAcmeJson::order()
{
    // RFC 8555 section 7.1.3's example, valid, with profile and replaces echoed.
    const QByteArray body = R"({
        "status": "valid",
        "expires": "2016-01-20T14:09:07.99Z",
        "identifiers": [{"type": "dns", "value": "www.example.org"}, {"type": "dns", "value": "example.org"}],
        "notBefore": "2016-01-01T00:00:00Z",
        "notAfter": "2016-01-08T00:00:00Z",
        "authorizations": ["https://example.com/acme/authz/PAniVnsZcis", "https://example.com/acme/authz/r4HqLzrSrpI"],
        "finalize": "https://example.com/acme/order/TOlocE8rfgo/finalize",
        "certificate": "https://example.com/acme/cert/mAt3xBGaobw",
        "profile": "tlsserver",
        "replaces": "aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE"
    })";
    const Result<AcmeOrder> order =
        parseOrder(body, QStringLiteral("https://example.com/acme/order/TOlocE8rfgo"));
    QVERIFY2(order.ok(), qPrintable(order.error().fullText()));
    QCOMPARE(order->status, AcmeOrder::Status::Valid);
    QCOMPARE(order->url, QStringLiteral("https://example.com/acme/order/TOlocE8rfgo"));
    QCOMPARE(order->identifiers.size(), 2);
    QCOMPARE(order->identifiers[1].value, QStringLiteral("example.org"));
    QCOMPARE(order->authorizationUrls.size(), 2);
    QCOMPARE(order->finalizeUrl, QStringLiteral("https://example.com/acme/order/TOlocE8rfgo/finalize"));
    QCOMPARE(order->certificateUrl, QStringLiteral("https://example.com/acme/cert/mAt3xBGaobw"));
    QCOMPARE(order->profile, QStringLiteral("tlsserver"));
    QCOMPARE(order->replaces, QStringLiteral("aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE"));
    QCOMPARE(order->expires, QDateTime(QDate(2016, 1, 20), QTime(14, 9, 7, 990), QTimeZone::utc()));
    QVERIFY(!order->error);

    const Result<AcmeOrder> invalid = parseOrder(
        R"({"status":"invalid","finalize":"https://x/f","error":{"type":"urn:ietf:params:acme:error:caa","detail":"CAA forbids"}})",
        QStringLiteral("https://x/o"));
    QVERIFY(invalid.ok());
    QCOMPARE(invalid->status, AcmeOrder::Status::Invalid);
    QVERIFY(invalid->error);
    QCOMPARE(invalid->error->detail, QStringLiteral("CAA forbids"));
}

void TestAcmeJson::authorizationWithDnsPersist01()
{
    const QByteArray body = R"({
        "status": "pending",
        "expires": "2030-01-02T14:09:30Z",
        "identifier": {"type": "dns", "value": "example.org"},
        "wildcard": true,
        "challenges": [
            {"type": "dns-01", "url": "https://example.com/acme/chall/Rg5dV14Gh1Q",
             "status": "pending", "token": "evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA"},
            {"type": "dns-persist-01", "url": "https://example.com/acme/chall/persist",
             "status": "pending", "issuer-domain-names": ["letsencrypt.org", "le.example"]}
        ]
    })";
    const Result<AcmeAuthorization> authorization =
        parseAuthorization(body, QStringLiteral("https://example.com/acme/authz/1"));
    QVERIFY2(authorization.ok(), qPrintable(authorization.error().fullText()));
    QCOMPARE(authorization->status, AcmeAuthorization::Status::Pending);
    QCOMPARE(authorization->identifier.value, QStringLiteral("example.org"));
    QVERIFY(authorization->wildcard);
    QCOMPARE(authorization->challenges.size(), 2);
    const AcmeChallenge *persist = authorization->challenge(QStringLiteral("dns-persist-01"));
    QVERIFY(persist);
    QVERIFY(persist->token.isEmpty());
    QCOMPARE(persist->issuerDomainNames,
             (QStringList{QStringLiteral("letsencrypt.org"), QStringLiteral("le.example")}));
    QCOMPARE(authorization->challenge(QStringLiteral("dns-01"))->token,
             QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA"));
    QVERIFY(!authorization->challenge(QStringLiteral("http-01")));
}

void TestAcmeJson::challengeWithError()
{
    const Result<AcmeChallenge> challenge = parseChallenge(R"({
        "type": "http-01", "url": "https://x/c", "status": "invalid", "token": "t",
        "validated": "2014-12-01T12:05:58.16Z",
        "error": {"type": "urn:ietf:params:acme:error:connection", "detail": "Connection refused", "status": 400}
    })");
    QVERIFY(challenge.ok());
    QCOMPARE(challenge->status, AcmeChallenge::Status::Invalid);
    QVERIFY(challenge->validated.isValid());
    QVERIFY(challenge->error);
    QCOMPARE(challenge->error->type, QStringLiteral("urn:ietf:params:acme:error:connection"));
    QCOMPARE(challenge->error->httpStatus, 400);
}

void TestAcmeJson::malformedAnswers()
{
    const Result<AcmeOrder> notJson = parseOrder("<html>oops</html>", QStringLiteral("https://x/o"));
    QVERIFY(!notJson.ok());
    QCOMPARE(notJson.error().message,
             QStringLiteral("the CA's answer is not a valid order object (it is not a JSON "
                            "object)"));
    const Result<AcmeOrder> noFinalize = parseOrder(R"({"status":"pending"})", QStringLiteral("https://x/o"));
    QVERIFY(!noFinalize.ok());
    QCOMPARE(noFinalize.error().message,
             QStringLiteral("the CA's answer is not a valid order object (\"finalize\" is missing)"));
    // (No raw strings inside the test macros: moc's preprocessor does not read them there.)
    const QByteArray noIdentifier = R"({"status":"valid"})";
    QVERIFY(!parseAuthorization(noIdentifier, QStringLiteral("https://x/a")).ok());
    QVERIFY(!parseChallenge("[]").ok());
    const QByteArray noStatus = R"({"contact":[]})";
    QVERIFY(!parseAccount(noStatus, QStringLiteral("https://x/acct")).ok());
}

void TestAcmeJson::renewalInfo()
{
    // RFC 9773 section 4.2's example.
    const Result<RenewalInfo> info = parseRenewalInfo(R"({
        "suggestedWindow": {"start": "2025-01-02T04:00:00Z", "end": "2025-01-03T04:00:00Z"},
        "explanationURL": "https://acme.example.com/docs/ari"
    })");
    QVERIFY2(info.ok(), qPrintable(info.error().fullText()));
    QCOMPARE(info->windowStart, QDateTime(QDate(2025, 1, 2), QTime(4, 0), QTimeZone::utc()));
    QCOMPARE(info->windowEnd, QDateTime(QDate(2025, 1, 3), QTime(4, 0), QTimeZone::utc()));
    QCOMPARE(info->explanationUrl, QStringLiteral("https://acme.example.com/docs/ari"));

    // An end that equals the start is invalid too (RFC 9773 section 4.2).
    const Result<RenewalInfo> empty = parseRenewalInfo(
        R"({"suggestedWindow": {"start": "2025-01-02T04:00:00Z", "end": "2025-01-02T04:00:00Z"}})");
    QVERIFY(!empty.ok());
    const QByteArray noWindow = R"({"explanationURL": "https://x"})";
    QVERIFY(!parseRenewalInfo(noWindow).ok());
}

QTEST_GUILESS_MAIN(TestAcmeJson)
#include "tst_acmejson.moc"
