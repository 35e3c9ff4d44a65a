// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/issuer/acme/protocol/acmeclient.h"
#include "connectors/issuer/acme/protocol/certificateid.h"
#include "connectors/pki/certificateparser.h"
#include "tests/acme/pebble/fakehttpserver.h"
#include "tests/acme/pebble/pebbleserver.h"
#include "tests/acme/pebble/testhttpclient.h"
#include "tests/acme/protocol/acmetestflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTest>
#include <QTimeZone>

using namespace certdesk;
using namespace certdesk::issuer::acme;
using namespace certdesk::testsupport;
using namespace certdesk::acmetest;

namespace {

const QByteArray RenewalInfoPath = "/renewal-info";

/// The ARI ID computed here from the parsed certificate, independently of certificateId():
/// base64url(AKI keyIdentifier) "." base64url(DER content octets of the serial).
QString expectedCertificateId(const QByteArray &der)
{
    const Result<domain::CertificateDetails> details = pki::parseCertificateDer(der);
    if (!details)
        return {};
    const QByteArray aki = QByteArray::fromHex(details->authorityKeyId.toLatin1().replace(':', ""));
    QByteArray serial = QByteArray::fromHex(details->serialHex.toLatin1());
    if (!serial.isEmpty() && (static_cast<unsigned char>(serial[0]) & 0x80))
        serial.prepend('\0'); // a positive INTEGER whose top bit is set
    const auto encode = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QString::fromLatin1(aki.toBase64(encode) + '.' + serial.toBase64(encode));
}

/// A 200 answer in RFC 9773 section 4.2's shape.
FakeHttpResponse renewalInfoResponse(const QByteArray &start, const QByteArray &end,
                                     const QByteArray &retryAfter)
{
    FakeHttpResponse response;
    response.headers = {{"Content-Type", "application/json"}, {"Retry-After", retryAfter}};
    response.body = R"({"suggestedWindow":{"start":")" + start + R"(","end":")" + end +
                    R"("},"explanationURL":"https://acme.example.com/docs/ari"})";
    return response;
}

NewAccountOptions accountOptions()
{
    NewAccountOptions options;
    options.termsOfServiceAgreed = true;
    return options;
}

} // namespace

/// ACME Renewal Information (RFC 9773) and certificate profiles. pebble 2.4.0 offers neither, so a
/// local fake serves a directory that is pebble's own plus "renewalInfo" and "meta.profiles", and
/// answers GET renewalInfo/<certificate ID> in RFC 9773's wire format (200 with a suggestedWindow,
/// an explanationURL and Retry-After; 404 for a certificate it does not know). Accounts, orders and
/// certificates still come from the real pebble.
class TestAcmeRenewalInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void directoryListsRenewalInfoAndProfiles();
    void renewalInfoOfAnIssuedCertificate();
    void unknownCertificateHasNoRenewalInfo();
    void caWithoutRenewalInfo();
    void windowThatEndsBeforeItStarts();
    void retryAfterAsHttpDate();
    void serverErrorIsReported();
    void listedProfileIsOrdered();
    void unlistedProfileIsRefusedBeforeSending();
    void replacesNamesTheOldCertificate();
    void newOrderWireFormat();

private:
    FakeHttpResponse serveFake(const FakeHttpRequest &request);
    /// Issues a certificate through the fake's directory (pebble underneath).
    Result<Issued> issue(const QString &name);

    std::unique_ptr<PebbleServer> m_pebble;
    std::unique_ptr<FakeHttpServer> m_fake;
    std::unique_ptr<AcmeClient> m_client;
    QJsonObject m_pebbleDirectory;
    QMutex m_mutex;
    /// certificate ID -> the answer the fake gives for it; others get 404.
    QMap<QByteArray, FakeHttpResponse> m_renewalInfo;
};

FakeHttpResponse TestAcmeRenewalInfo::serveFake(const FakeHttpRequest &request)
{
    QMutexLocker locker(&m_mutex);
    if (request.method == "GET" && request.path == "/recording-directory-without-ari") {
        QJsonObject directory = m_pebbleDirectory;
        directory.insert(u"newOrder", QString(m_fake->baseUrl() + QStringLiteral("/new-order")));
        return {200, {{"Content-Type", "application/json"}}, QJsonDocument(directory).toJson()};
    }
    if (request.method == "GET" && (request.path == "/directory" || request.path == "/recording-directory")) {
        QJsonObject directory = m_pebbleDirectory;
        // The recording directory sends newOrder here, to look at what the client sends.
        if (request.path == "/recording-directory")
            directory.insert(u"newOrder", QString(m_fake->baseUrl() + QStringLiteral("/new-order")));
        directory.insert(u"renewalInfo", QString(m_fake->baseUrl() + QString::fromLatin1(RenewalInfoPath)));
        QJsonObject meta = directory.value(u"meta").toObject();
        QJsonObject profiles;
        profiles.insert(u"classic", QStringLiteral("The same profile you're accustomed to"));
        profiles.insert(u"shortlived", QStringLiteral("A short-lived certificate profile"));
        meta.insert(u"profiles", profiles);
        directory.insert(u"meta", meta);
        return {200, {{"Content-Type", "application/json"}}, QJsonDocument(directory).toJson()};
    }
    if (request.method == "GET" && request.path.startsWith(QByteArray(RenewalInfoPath + '/'))) {
        const QByteArray id = request.path.mid(RenewalInfoPath.size() + 1);
        if (m_renewalInfo.contains(id))
            return m_renewalInfo.value(id);
        return {
            404,
            {{"Content-Type", "application/problem+json"}},
            R"({"type":"urn:ietf:params:acme:error:malformed","detail":"Certificate not found","status":404})"};
    }
    if (request.method == "POST" && request.path == "/new-order") {
        // RFC 8555 section 7.4's answer, echoing profile and replaces as CAs that know them do.
        const QJsonObject payload =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(
                    QJsonDocument::fromJson(request.body).object().value(u"payload").toString().toLatin1(),
                    QByteArray::Base64UrlEncoding))
                .object();
        QJsonObject order;
        order.insert(u"status", QStringLiteral("pending"));
        order.insert(u"expires", QStringLiteral("2031-01-01T00:00:00Z"));
        order.insert(u"identifiers", payload.value(u"identifiers"));
        order.insert(u"authorizations", QJsonArray{QString(m_fake->baseUrl() + QStringLiteral("/authz/1"))});
        order.insert(u"finalize", QString(m_fake->baseUrl() + QStringLiteral("/finalize/1")));
        order.insert(u"profile", payload.value(u"profile"));
        order.insert(u"replaces", payload.value(u"replaces"));
        return {
            201,
            {{"Content-Type", "application/json"}, {"Location", m_fake->baseUrl().toLatin1() + "/order/1"}},
            QJsonDocument(order).toJson()};
    }
    return {404, {}, {}};
}

void TestAcmeRenewalInfo::initTestCase()
{
    m_pebble = std::make_unique<PebbleServer>();
    CERTDESK_START_PEBBLE(*m_pebble);
    const Result<TestHttpResponse> directory =
        testHttpRequest("GET", m_pebble->directoryUrl(), {}, m_pebble->caBundlePath());
    QVERIFY2(directory.ok(), qPrintable(directory.error().fullText()));
    m_pebbleDirectory = QJsonDocument::fromJson(directory->body).object();
    QVERIFY(m_pebbleDirectory.contains(u"newOrder"));

    m_fake = std::make_unique<FakeHttpServer>(
        [this](const FakeHttpRequest &request) { return serveFake(request); });
    QVERIFY(m_fake->start());
    AcmeClientOptions options = pebbleClientOptions(*m_pebble);
    options.directoryUrl = m_fake->baseUrl() + QStringLiteral("/directory");
    m_client = std::make_unique<AcmeClient>(options, newAccountKey());
    const Result<AcmeAccount> account = m_client->registerAccount(accountOptions());
    QVERIFY2(account.ok(), qPrintable(account.error().fullText()));
}

Result<Issued> TestAcmeRenewalInfo::issue(const QString &name)
{
    return issueCertificate(*m_client, {{name}, {}, {}});
}

void TestAcmeRenewalInfo::directoryListsRenewalInfoAndProfiles()
{
    const Result<AcmeDirectory> directory = m_client->directory();
    QVERIFY2(directory.ok(), qPrintable(directory.error().fullText()));
    QCOMPARE(directory->renewalInfo, m_fake->baseUrl() + QStringLiteral("/renewal-info"));
    QCOMPARE(directory->profiles.keys(),
             (QStringList{QStringLiteral("classic"), QStringLiteral("shortlived")}));
    QCOMPARE(directory->profiles.value(QStringLiteral("shortlived")),
             QStringLiteral("A short-lived certificate profile"));
    QCOMPARE(directory->newOrder, m_pebbleDirectory.value(u"newOrder").toString());
}

void TestAcmeRenewalInfo::renewalInfoOfAnIssuedCertificate()
{
    const Result<Issued> issued = issue(QStringLiteral("ari.example.org"));
    QVERIFY2(issued.ok(), qPrintable(issued.error().fullText()));
    const QString expectedId = expectedCertificateId(issued->chain.leafDer);
    QVERIFY(!expectedId.isEmpty());
    const Result<QString> id = certificateId(issued->chain.leafDer);
    QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
    QCOMPARE(*id, expectedId);
    {
        QMutexLocker locker(&m_mutex);
        m_renewalInfo.insert(id->toLatin1(),
                             renewalInfoResponse("2025-01-02T04:00:00Z", "2025-01-03T04:00:00Z", "21600"));
    }
    const int requestsBefore = m_fake->requests().size();
    const Result<std::optional<RenewalInfo>> info = m_client->renewalInfo(issued->chain.leafDer);
    QVERIFY2(info.ok(), qPrintable(info.error().fullText()));
    QVERIFY(info->has_value());
    const RenewalInfo &window = **info;
    QCOMPARE(window.windowStart, QDateTime(QDate(2025, 1, 2), QTime(4, 0), QTimeZone::utc()));
    QCOMPARE(window.windowEnd, QDateTime(QDate(2025, 1, 3), QTime(4, 0), QTimeZone::utc()));
    QCOMPARE(window.explanationUrl, QStringLiteral("https://acme.example.com/docs/ari"));
    QVERIFY(window.retryAfterSeconds.has_value());
    QCOMPARE(*window.retryAfterSeconds, qint64(21600));
    // One unauthenticated GET to renewalInfo/<id> (RFC 9773 section 4.1).
    const QList<FakeHttpRequest> requests = m_fake->requests();
    QCOMPARE(requests.size(), requestsBefore + 1);
    QCOMPARE(requests.last().method, QByteArray("GET"));
    QCOMPARE(requests.last().path, RenewalInfoPath + '/' + id->toLatin1());
}

void TestAcmeRenewalInfo::unknownCertificateHasNoRenewalInfo()
{
    const Result<std::optional<RenewalInfo>> info =
        m_client->renewalInfoForId(QStringLiteral("aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE"));
    QVERIFY2(info.ok(), qPrintable(info.error().fullText()));
    QVERIFY(!info->has_value());
}

void TestAcmeRenewalInfo::caWithoutRenewalInfo()
{
    // pebble's own directory lists no renewalInfo: no ARI, and nothing is asked.
    AcmeClient client(pebbleClientOptions(*m_pebble), m_client->accountKey(), m_client->accountUrl());
    const Result<Issued> issued = issue(QStringLiteral("noari.example.org"));
    QVERIFY2(issued.ok(), qPrintable(issued.error().fullText()));
    const int requestsBefore = m_fake->requests().size();
    const Result<std::optional<RenewalInfo>> info = client.renewalInfo(issued->chain.leafDer);
    QVERIFY2(info.ok(), qPrintable(info.error().fullText()));
    QVERIFY(!info->has_value());
    QCOMPARE(m_fake->requests().size(), requestsBefore);
}

void TestAcmeRenewalInfo::windowThatEndsBeforeItStarts()
{
    const QByteArray id = "aW52ZXJ0ZWQ.AQ";
    {
        QMutexLocker locker(&m_mutex);
        m_renewalInfo.insert(id, renewalInfoResponse("2025-01-03T04:00:00Z", "2025-01-02T04:00:00Z", "60"));
    }
    const Result<std::optional<RenewalInfo>> info = m_client->renewalInfoForId(QString::fromLatin1(id));
    QVERIFY(!info.ok());
    QCOMPARE(info.error().message,
             QStringLiteral("Could not fetch the renewal information (ARI): the CA's suggested "
                            "renewal window ends before it starts."));
}

void TestAcmeRenewalInfo::retryAfterAsHttpDate()
{
    const QByteArray id = "aHR0cGRhdGU.Ag";
    const QDateTime inAnHour = QDateTime::currentDateTimeUtc().addSecs(3600);
    const QByteArray httpDate =
        QLocale::c().toString(inAnHour, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    {
        QMutexLocker locker(&m_mutex);
        m_renewalInfo.insert(
            id, renewalInfoResponse("2030-06-01T00:00:00.123456789Z", "2030-06-02T12:30:00+02:00", httpDate));
    }
    const Result<std::optional<RenewalInfo>> info = m_client->renewalInfoForId(QString::fromLatin1(id));
    QVERIFY2(info.ok(), qPrintable(info.error().fullText()));
    QVERIFY(info->has_value());
    QVERIFY((*info)->retryAfterSeconds.has_value());
    QVERIFY2(qAbs(*(*info)->retryAfterSeconds - 3600) <= 60,
             qPrintable(QString::number(*(*info)->retryAfterSeconds)));
    QCOMPARE((*info)->windowStart, QDateTime(QDate(2030, 6, 1), QTime(0, 0, 0, 123), QTimeZone::utc()));
    QCOMPARE((*info)->windowEnd, QDateTime(QDate(2030, 6, 2), QTime(10, 30), QTimeZone::utc()));
}

void TestAcmeRenewalInfo::serverErrorIsReported()
{
    const QByteArray id = "ZXJyb3I.Aw";
    {
        QMutexLocker locker(&m_mutex);
        m_renewalInfo.insert(id, FakeHttpResponse{500,
                                                  {{"Content-Type", "application/problem+json"}},
                                                  R"({"type":"urn:ietf:params:acme:error:serverInternal",)"
                                                  R"("detail":"Database unavailable","status":500})"});
    }
    const Result<std::optional<RenewalInfo>> info = m_client->renewalInfoForId(QString::fromLatin1(id));
    QVERIFY(!info.ok());
    QCOMPARE(info.error().message,
             QStringLiteral("The CA refused to give renewal information: Database unavailable."));
    QCOMPARE(acmeProblemType(info.error()), QStringLiteral("urn:ietf:params:acme:error:serverInternal"));

    // An ID that is not one is refused before anything is sent.
    const int requestsBefore = m_fake->requests().size();
    const Result<std::optional<RenewalInfo>> malformed =
        m_client->renewalInfoForId(QStringLiteral("not/an-id"));
    QVERIFY(!malformed.ok());
    QCOMPARE(malformed.error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_fake->requests().size(), requestsBefore);
}

void TestAcmeRenewalInfo::listedProfileIsOrdered()
{
    // pebble 2.4.0 ignores the "profile" member; what matters here is that the client sends the
    // order and the issuance completes.
    const Result<Issued> issued = issueCertificate(
        *m_client, {{QStringLiteral("short.example.org")}, QStringLiteral("shortlived"), {}});
    QVERIFY2(issued.ok(), qPrintable(issued.error().fullText()));
}

void TestAcmeRenewalInfo::unlistedProfileIsRefusedBeforeSending()
{
    const quint64 sent = m_client->statistics().signedRequests;
    const Result<AcmeOrder> order =
        m_client->newOrder({{QStringLiteral("tls.example.org")}, QStringLiteral("tlsserver"), {}});
    QVERIFY(!order.ok());
    QCOMPARE(order.error().code, ErrorCode::InvalidInput);
    QCOMPARE(order.error().message,
             QStringLiteral(
                 "Could not place the new order: the CA does not offer the certificate profile \"tlsserver\" "
                 "(it offers: classic, shortlived)."));
    QCOMPARE(m_client->statistics().signedRequests, sent);
}

void TestAcmeRenewalInfo::replacesNamesTheOldCertificate()
{
    const Result<Issued> old = issue(QStringLiteral("replaced.example.org"));
    QVERIFY2(old.ok(), qPrintable(old.error().fullText()));
    const Result<QString> id = certificateId(old->chain.leafDer);
    QVERIFY(id.ok());
    // pebble 2.4.0 ignores "replaces"; the order goes through with it.
    const Result<Issued> renewed =
        issueCertificate(*m_client, {{QStringLiteral("replaced.example.org")}, {}, *id});
    QVERIFY2(renewed.ok(), qPrintable(renewed.error().fullText()));

    const Result<AcmeOrder> malformed =
        m_client->newOrder({{QStringLiteral("replaced.example.org")}, {}, QStringLiteral("SHA256:abcdef")});
    QVERIFY(!malformed.ok());
    QCOMPARE(malformed.error().code, ErrorCode::InvalidInput);
}

void TestAcmeRenewalInfo::newOrderWireFormat()
{
    AcmeClientOptions options = m_client->options();
    options.directoryUrl = m_fake->baseUrl() + QStringLiteral("/recording-directory");
    AcmeClient client(options, m_client->accountKey(), m_client->accountUrl());
    const QString replaces = QStringLiteral("aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE");
    const Result<AcmeOrder> order =
        client.newOrder({{QStringLiteral("www.example.org"), QStringLiteral("*.example.org")},
                         QStringLiteral("shortlived"),
                         replaces});
    QVERIFY2(order.ok(), qPrintable(order.error().fullText()));
    QCOMPARE(order->url, m_fake->baseUrl() + QStringLiteral("/order/1"));
    QCOMPARE(order->profile, QStringLiteral("shortlived"));
    QCOMPARE(order->replaces, replaces);
    QCOMPARE(order->status, AcmeOrder::Status::Pending);

    const QList<FakeHttpRequest> requests = m_fake->requests();
    QCOMPARE(requests.last().path, QByteArray("/new-order"));
    QCOMPARE(requests.last().headers.value("content-type"), QByteArray("application/jose+json"));
    const QJsonObject jws = QJsonDocument::fromJson(requests.last().body).object();
    QCOMPARE(jws.keys(), (QStringList{QStringLiteral("payload"), QStringLiteral("protected"),
                                      QStringLiteral("signature")}));
    auto decode = [&jws](const char *member) {
        return QJsonDocument::fromJson(
                   QByteArray::fromBase64(jws.value(QLatin1String(member)).toString().toLatin1(),
                                          QByteArray::Base64UrlEncoding))
            .object();
    };
    const QJsonObject header = decode("protected");
    QCOMPARE(header.value(u"alg").toString(), QStringLiteral("ES256"));
    QCOMPARE(header.value(u"kid").toString(), client.accountUrl());
    QVERIFY(!header.contains(u"jwk"));
    QCOMPARE(header.value(u"url").toString(), m_fake->baseUrl() + QStringLiteral("/new-order"));
    QVERIFY(!header.value(u"nonce").toString().isEmpty());
    const QJsonObject payload = decode("payload");
    QCOMPARE(payload.value(u"profile").toString(), QStringLiteral("shortlived"));
    QCOMPARE(payload.value(u"replaces").toString(), replaces);
    const QJsonArray identifiers = payload.value(u"identifiers").toArray();
    QCOMPARE(identifiers.size(), 2);
    QCOMPARE(identifiers.at(1).toObject().value(u"type").toString(), QStringLiteral("dns"));
    QCOMPARE(identifiers.at(1).toObject().value(u"value").toString(), QStringLiteral("*.example.org"));

    // A CA without renewalInfo is not sent "replaces" (RFC 9773 section 5).
    options.directoryUrl = m_fake->baseUrl() + QStringLiteral("/recording-directory-without-ari");
    AcmeClient withoutAri(options, m_client->accountKey(), m_client->accountUrl());
    const Result<AcmeOrder> plain = withoutAri.newOrder({{QStringLiteral("www.example.org")}, {}, replaces});
    QVERIFY2(plain.ok(), qPrintable(plain.error().fullText()));
    const QJsonObject plainJws = QJsonDocument::fromJson(m_fake->requests().last().body).object();
    const QJsonObject plainPayload =
        QJsonDocument::fromJson(QByteArray::fromBase64(plainJws.value(u"payload").toString().toLatin1(),
                                                       QByteArray::Base64UrlEncoding))
            .object();
    QVERIFY(plainPayload.contains(u"identifiers"));
    QVERIFY(!plainPayload.contains(u"replaces"));
}

QTEST_GUILESS_MAIN(TestAcmeRenewalInfo)
#include "tst_acmerenewalinfo.moc"
