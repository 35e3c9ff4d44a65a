// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/pki/certificateparser.h"
#include "connectors/pki/ocsp.h"
#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"

#include <openssl/err.h>
#include <openssl/ocsp.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <map>

using namespace certdesk;
using namespace certdesk::pki;
using namespace certdesk::testsupport;

Q_DECLARE_METATYPE(certdesk::pki::KeyAlgorithm)

namespace {

const QDateTime RevokedAt(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);

/// The big-endian serial of a certificate, without leading zero bytes.
QByteArray serialOf(const QByteArray &der)
{
    const auto details = parseCertificateDer(der);
    if (!details)
        qFatal("parseCertificateDer: %s", qPrintable(details.error().fullText()));
    QByteArray serial = QByteArray::fromHex(details->serialHex.toLatin1());
    while (serial.startsWith('\0'))
        serial.remove(0, 1);
    return serial;
}

QDateTime asn1ToUtc(const ASN1_GENERALIZEDTIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QDateTime nowSeconds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

struct OcspRequestFree
{
    void operator()(OCSP_REQUEST *r) const { OCSP_REQUEST_free(r); }
};
struct OcspResponseFree
{
    void operator()(OCSP_RESPONSE *r) const { OCSP_RESPONSE_free(r); }
};
struct OcspBasicFree
{
    void operator()(OCSP_BASICRESP *r) const { OCSP_BASICRESP_free(r); }
};
using RequestOwner = std::unique_ptr<OCSP_REQUEST, OcspRequestFree>;
using ResponseOwner = std::unique_ptr<OCSP_RESPONSE, OcspResponseFree>;
using BasicOwner = std::unique_ptr<OCSP_BASICRESP, OcspBasicFree>;

RequestOwner decodeRequest(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return RequestOwner(d2i_OCSP_REQUEST(nullptr, &p, static_cast<long>(der.size())));
}

ResponseOwner decodeResponse(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return ResponseOwner(d2i_OCSP_RESPONSE(nullptr, &p, static_cast<long>(der.size())));
}

/// A CA with three leaves: one the lookup calls good, one revoked, one it does not know.
struct TestPki
{
    TestCa ca;
    TestCertificate good;
    TestCertificate revoked;
    TestCertificate unknown;
    QString caFile;
    QString goodFile;
    QString revokedFile;
    QString unknownFile;
};

} // namespace

/// createOcspResponse and parseOcspRequest against requests from, and verification by, `openssl ocsp`.
class TestOcsp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statuses_data();
    void statuses();
    void nonceEchoed();
    void severalCertIds();
    void responseFields();
    void malformedRequest_data();
    void malformedRequest();
    void parseRequest();
    void errors();

private:
    const TestPki &pki(KeyAlgorithm algorithm);
    /// Answers like a CA database: good, revoked (keyCompromise) or unknown by serial; counts calls.
    std::function<OcspCertStatus(const QByteArray &)> lookupFor(const TestPki &p);
    /// `openssl ocsp <args> -reqout <file>` and the request it wrote.
    QByteArray makeRequest(const QStringList &args);
    QString file(const QString &name, const QByteArray &bytes)
    {
        return writeFile(m_dir.path(), name, bytes);
    }

    QTemporaryDir m_dir;
    std::map<KeyAlgorithm, TestPki> m_pkis;
    TestCa m_foreignCa;
    TestCertificate m_foreignLeaf;
    QString m_foreignCaFile;
    QString m_foreignLeafFile;
    int m_lookups = 0;
};

const TestPki &TestOcsp::pki(KeyAlgorithm algorithm)
{
    auto it = m_pkis.find(algorithm);
    if (it != m_pkis.end())
        return it->second;
    const QString tag = QString::number(static_cast<int>(algorithm));
    TestPki p;
    p.ca = makeSelfSignedCa(QStringLiteral("OCSP CA ") + tag, algorithm);
    p.good = makeLeaf(p.ca, QStringLiteral("good.example.test"), {}, algorithm);
    p.revoked = makeLeaf(p.ca, QStringLiteral("revoked.example.test"), {}, algorithm);
    p.unknown = makeLeaf(p.ca, QStringLiteral("unknown.example.test"), {}, algorithm);
    p.caFile = file(QStringLiteral("ca%1.pem").arg(tag), toPem(p.ca.der));
    p.goodFile = file(QStringLiteral("good%1.pem").arg(tag), toPem(p.good.der));
    p.revokedFile = file(QStringLiteral("revoked%1.pem").arg(tag), toPem(p.revoked.der));
    p.unknownFile = file(QStringLiteral("unknown%1.pem").arg(tag), toPem(p.unknown.der));
    return m_pkis.emplace(algorithm, std::move(p)).first->second;
}

std::function<OcspCertStatus(const QByteArray &)> TestOcsp::lookupFor(const TestPki &p)
{
    const QByteArray good = serialOf(p.good.der);
    const QByteArray revoked = serialOf(p.revoked.der);
    return [this, good, revoked](const QByteArray &serial) {
        ++m_lookups;
        if (serial == good)
            return OcspCertStatus{OcspCertStatus::State::Good, {}, {}};
        if (serial == revoked)
            return OcspCertStatus{OcspCertStatus::State::Revoked, RevokedAt, RevocationReason::KeyCompromise};
        return OcspCertStatus{};
    };
}

QByteArray TestOcsp::makeRequest(const QStringList &args)
{
    const QString out = m_dir.filePath(QStringLiteral("req.der"));
    QFile::remove(out);
    const auto run =
        runOpenssl(QStringList{QStringLiteral("ocsp")} + args + QStringList{QStringLiteral("-reqout"), out});
    QFile f(out);
    if (run.exitCode != 0 || !f.open(QIODevice::ReadOnly))
        qFatal("openssl ocsp %s: %s", qPrintable(args.join(u' ')), run.describe().constData());
    return f.readAll();
}

void TestOcsp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_foreignCa = makeSelfSignedCa(QStringLiteral("Foreign CA"));
    m_foreignLeaf = makeLeaf(m_foreignCa, QStringLiteral("foreign.example.test"));
    m_foreignCaFile = file(QStringLiteral("foreign-ca.pem"), toPem(m_foreignCa.der));
    m_foreignLeafFile = file(QStringLiteral("foreign-leaf.pem"), toPem(m_foreignLeaf.der));
}

void TestOcsp::statuses_data()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::addColumn<QString>("which");  // good, revoked, unknown, foreign
    QTest::addColumn<bool>("bySerial");  // -serial 0x.. instead of -cert file
    QTest::addColumn<QString>("digest"); // CertID hash
    const auto ec = KeyAlgorithm::EcP256;
    QTest::newRow("EC good cert SHA-1") << ec << "good" << false << "sha1";
    QTest::newRow("EC good serial SHA-1") << ec << "good" << true << "sha1";
    QTest::newRow("EC revoked cert SHA-1") << ec << "revoked" << false << "sha1";
    QTest::newRow("EC revoked serial SHA-1") << ec << "revoked" << true << "sha1";
    QTest::newRow("EC unknown cert SHA-1") << ec << "unknown" << false << "sha1";
    QTest::newRow("EC good cert SHA-256") << ec << "good" << false << "sha256";
    QTest::newRow("EC revoked serial SHA-256") << ec << "revoked" << true << "sha256";
    QTest::newRow("EC unknown cert SHA-256") << ec << "unknown" << false << "sha256";
    QTest::newRow("EC foreign CA cert SHA-1") << ec << "foreign" << false << "sha1";
    QTest::newRow("EC foreign CA cert SHA-256") << ec << "foreign" << false << "sha256";
    QTest::newRow("RSA good cert SHA-1") << KeyAlgorithm::Rsa2048 << "good" << false << "sha1";
    QTest::newRow("RSA revoked cert SHA-256") << KeyAlgorithm::Rsa2048 << "revoked" << false << "sha256";
    QTest::newRow("Ed25519 revoked cert SHA-1") << KeyAlgorithm::Ed25519 << "revoked" << false << "sha1";
    QTest::newRow("Ed25519 good serial SHA-1") << KeyAlgorithm::Ed25519 << "good" << true << "sha1";
}

void TestOcsp::statuses()
{
    QFETCH(KeyAlgorithm, algorithm);
    QFETCH(QString, which);
    QFETCH(bool, bySerial);
    QFETCH(QString, digest);
    const TestPki &p = pki(algorithm);
    const bool foreign = which == QLatin1String("foreign");
    const QString issuerFile = foreign ? m_foreignCaFile : p.caFile;
    const TestCertificate &leaf = foreign                             ? m_foreignLeaf
                                  : which == QLatin1String("good")    ? p.good
                                  : which == QLatin1String("revoked") ? p.revoked
                                                                      : p.unknown;
    const QString leafFile = foreign                             ? m_foreignLeafFile
                             : which == QLatin1String("good")    ? p.goodFile
                             : which == QLatin1String("revoked") ? p.revokedFile
                                                                 : p.unknownFile;
    const QString serialArg =
        QStringLiteral("0x") + QString::fromLatin1(serialOf(leaf.der).toHex().toUpper());
    const QStringList id = {QStringLiteral("-") + digest, QStringLiteral("-issuer"), issuerFile,
                            bySerial ? QStringLiteral("-serial") : QStringLiteral("-cert"),
                            bySerial ? serialArg : leafFile};

    const QByteArray request = makeRequest(id + QStringList{QStringLiteral("-no_nonce")});
    m_lookups = 0;
    const QDateTime now = nowSeconds();
    const auto response =
        createOcspResponse(request, p.ca.der, p.ca.keyPkcs8, lookupFor(p), now.addSecs(-60), now.addDays(1));
    QVERIFY2(response.ok(), qPrintable(response.error().fullText()));
    QCOMPARE(ERR_peek_error(), 0UL);
    // Another CA's certificate is never looked up: its serial means nothing here.
    QCOMPARE(m_lookups, foreign ? 0 : 1);

    const QString respFile = file(QStringLiteral("resp.der"), *response);
    QStringList verify = {QStringLiteral("ocsp"), QStringLiteral("-respin"), respFile,
                          QStringLiteral("-CAfile"), p.caFile};
    // The CA answers for its own certificates only; for another CA's it must be trusted explicitly.
    if (foreign)
        verify << QStringLiteral("-VAfile") << p.caFile;
    // -no_nonce: otherwise openssl expects the nonce of the request it builds from `id` itself.
    const auto run = runOpenssl(verify + id + QStringList{QStringLiteral("-no_nonce")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.err.contains("Response verify OK"), run.describe().constData());
    QVERIFY2(!run.all().contains("WARNING"), run.describe().constData());
    const QByteArray name = (bySerial ? serialArg : leafFile).toUtf8();
    const QByteArray expected = name + ": " + (foreign ? QByteArray("unknown") : which.toLatin1());
    QVERIFY2(run.out.contains(expected), qPrintable(QString::fromUtf8(expected + "\n" + run.describe())));
    if (which == QLatin1String("revoked")) {
        QVERIFY2(run.out.contains("Reason: keyCompromise"), run.out.constData());
        QVERIFY2(run.out.contains("Revocation Time: Feb  3 04:05:06 2026 GMT"), run.out.constData());
    }
}

void TestOcsp::nonceEchoed()
{
    const TestPki &p = pki(KeyAlgorithm::EcP256);
    const QStringList id = {QStringLiteral("-issuer"), p.caFile, QStringLiteral("-cert"), p.goodFile};
    const QDateTime now = nowSeconds();

    // `openssl ocsp` adds a nonce unless told not to.
    const QByteArray request = makeRequest(id);
    const auto response =
        createOcspResponse(request, p.ca.der, p.ca.keyPkcs8, lookupFor(p), now.addSecs(-60), now.addDays(1));
    QVERIFY2(response.ok(), qPrintable(response.error().fullText()));
    const QString reqFile = file(QStringLiteral("nonce-req.der"), request);
    const QString respFile = file(QStringLiteral("nonce-resp.der"), *response);

    // With the request given by -reqin (and no -cert, which would make a new request with a new
    // nonce) openssl compares the nonces: a missing one is a WARNING, a different one a
    // "Nonce Verify error" and exit code 1.
    auto run = runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-reqin"), reqFile,
                           QStringLiteral("-respin"), respFile, QStringLiteral("-CAfile"), p.caFile});
    QVERIFY2(run.exitCode == 0 && run.err.contains("Response verify OK"), run.describe().constData());
    QVERIFY2(!run.all().contains("WARNING") && !run.all().contains("Nonce Verify error"),
             run.describe().constData());
    // A response to another request (another nonce) is caught by the same check.
    const QString otherReqFile = file(QStringLiteral("other-req.der"), makeRequest(id));
    run = runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-reqin"), otherReqFile,
                      QStringLiteral("-respin"), respFile, QStringLiteral("-CAfile"), p.caFile});
    QVERIFY2(run.exitCode != 0 && run.all().contains("Nonce Verify error"), run.describe().constData());

    const RequestOwner req = decodeRequest(request);
    const ResponseOwner resp = decodeResponse(*response);
    QVERIFY(req && resp);
    QVERIFY(OCSP_REQUEST_get_ext_by_NID(req.get(), NID_id_pkix_OCSP_Nonce, -1) >= 0);
    const BasicOwner basic(OCSP_response_get1_basic(resp.get()));
    QVERIFY(basic);
    QCOMPARE(OCSP_check_nonce(req.get(), basic.get()), 1); // both present and equal

    // The nonce the response carries is the request's, byte for byte, as openssl prints them.
    run = runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-reqin"), reqFile, QStringLiteral("-req_text"),
                      QStringLiteral("-noverify")});
    const QByteArray reqText = run.out;
    run = runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-respin"), respFile,
                      QStringLiteral("-resp_text"), QStringLiteral("-noverify")});
    const auto nonceLine = [](const QByteArray &text) {
        const auto at = text.indexOf("OCSP Nonce:");
        if (at < 0)
            return QByteArray();
        const QList<QByteArray> lines = text.mid(at).split('\n');
        return lines.size() > 1 ? lines.at(1).trimmed() : QByteArray();
    };
    QVERIFY2(!nonceLine(reqText).isEmpty(), reqText.constData());
    QCOMPARE(nonceLine(run.out), nonceLine(reqText));

    // Without a nonce in the request there is none in the response.
    const QByteArray plainRequest = makeRequest(id + QStringList{QStringLiteral("-no_nonce")});
    const auto plainResponse = createOcspResponse(plainRequest, p.ca.der, p.ca.keyPkcs8, lookupFor(p),
                                                  now.addSecs(-60), now.addDays(1));
    QVERIFY(plainResponse.ok());
    const RequestOwner plainReq = decodeRequest(plainRequest);
    const ResponseOwner plainResp = decodeResponse(*plainResponse);
    const BasicOwner plainBasic(OCSP_response_get1_basic(plainResp.get()));
    QVERIFY(plainBasic);
    QCOMPARE(OCSP_check_nonce(plainReq.get(), plainBasic.get()), 2); // absent in both
}

void TestOcsp::severalCertIds()
{
    const TestPki &p = pki(KeyAlgorithm::EcP256);
    const QStringList id = {QStringLiteral("-issuer"), p.caFile,
                            QStringLiteral("-cert"),   p.goodFile,
                            QStringLiteral("-cert"),   p.revokedFile,
                            QStringLiteral("-serial"), QStringLiteral("0x123456789ABCDEF")};
    const QByteArray request = makeRequest(id + QStringList{QStringLiteral("-no_nonce")});
    const QDateTime now = nowSeconds();
    m_lookups = 0;
    const auto response =
        createOcspResponse(request, p.ca.der, p.ca.keyPkcs8, lookupFor(p), now.addSecs(-60), now.addDays(1));
    QVERIFY2(response.ok(), qPrintable(response.error().fullText()));
    QCOMPARE(m_lookups, 3);
    const QString respFile = file(QStringLiteral("multi-resp.der"), *response);
    const auto run = runOpenssl(QStringList{QStringLiteral("ocsp"), QStringLiteral("-respin"), respFile,
                                            QStringLiteral("-CAfile"), p.caFile} +
                                id);
    QVERIFY2(run.exitCode == 0 && run.err.contains("Response verify OK"), run.describe().constData());
    QVERIFY2(run.out.contains(QByteArray(p.goodFile.toUtf8() + ": good")), run.describe().constData());
    QVERIFY2(run.out.contains(QByteArray(p.revokedFile.toUtf8() + ": revoked")), run.describe().constData());
    QVERIFY2(run.out.contains("0x123456789ABCDEF: unknown"), run.describe().constData());
}

void TestOcsp::responseFields()
{
    const TestPki &p = pki(KeyAlgorithm::EcP256);
    const QByteArray request = makeRequest({QStringLiteral("-issuer"), p.caFile, QStringLiteral("-cert"),
                                            p.revokedFile, QStringLiteral("-no_nonce")});
    const QDateTime thisUpdate = nowSeconds().addSecs(-120);
    const QDateTime nextUpdate = thisUpdate.addDays(2);
    const auto response =
        createOcspResponse(request, p.ca.der, p.ca.keyPkcs8, lookupFor(p), thisUpdate, nextUpdate);
    QVERIFY2(response.ok(), qPrintable(response.error().fullText()));

    const ResponseOwner resp = decodeResponse(*response);
    QVERIFY(resp);
    QCOMPARE(OCSP_response_status(resp.get()), OCSP_RESPONSE_STATUS_SUCCESSFUL);
    const BasicOwner basic(OCSP_response_get1_basic(resp.get()));
    QVERIFY(basic);
    QCOMPARE(OCSP_resp_count(basic.get()), 1);
    int reason = -1;
    ASN1_GENERALIZEDTIME *revtime = nullptr;
    ASN1_GENERALIZEDTIME *thisupd = nullptr;
    ASN1_GENERALIZEDTIME *nextupd = nullptr;
    QCOMPARE(OCSP_single_get0_status(OCSP_resp_get0(basic.get(), 0), &reason, &revtime, &thisupd, &nextupd),
             V_OCSP_CERTSTATUS_REVOKED);
    QCOMPARE(reason, OCSP_REVOKED_STATUS_KEYCOMPROMISE);
    QCOMPARE(asn1ToUtc(revtime), RevokedAt);
    QCOMPARE(asn1ToUtc(thisupd), thisUpdate);
    QCOMPARE(asn1ToUtc(nextupd), nextUpdate);
    // RFC 6960 uses GeneralizedTime throughout.
    QCOMPARE(ASN1_STRING_type(thisupd), V_ASN1_GENERALIZEDTIME);

    // The responder is named by its key hash, and the response is signed by the CA itself.
    const ASN1_OCTET_STRING *keyHash = nullptr;
    const X509_NAME *byName = nullptr;
    QCOMPARE(OCSP_resp_get0_id(basic.get(), &keyHash, &byName), 1);
    QVERIFY(keyHash && !byName);
    QCOMPARE(ASN1_STRING_length(keyHash), 20);

    // Without nextUpdate the field is left out.
    const auto open =
        createOcspResponse(request, p.ca.der, p.ca.keyPkcs8, lookupFor(p), thisUpdate, QDateTime());
    QVERIFY2(open.ok(), qPrintable(open.error().fullText()));
    const ResponseOwner openResp = decodeResponse(*open);
    const BasicOwner openBasic(OCSP_response_get1_basic(openResp.get()));
    QVERIFY(openBasic);
    nextupd = nullptr;
    OCSP_single_get0_status(OCSP_resp_get0(openBasic.get(), 0), nullptr, nullptr, nullptr, &nextupd);
    QVERIFY(!nextupd);

    // Revoked with the reason "unspecified": no reason is stated.
    const auto unspecified = createOcspResponse(
        request, p.ca.der, p.ca.keyPkcs8,
        [](const QByteArray &) {
            return OcspCertStatus{OcspCertStatus::State::Revoked, RevokedAt, RevocationReason::Unspecified};
        },
        thisUpdate, nextUpdate);
    QVERIFY(unspecified.ok());
    const ResponseOwner unspecifiedResp = decodeResponse(*unspecified);
    const BasicOwner unspecifiedBasic(OCSP_response_get1_basic(unspecifiedResp.get()));
    QVERIFY(unspecifiedBasic);
    reason = 0;
    QCOMPARE(OCSP_single_get0_status(OCSP_resp_get0(unspecifiedBasic.get(), 0), &reason, nullptr, nullptr,
                                     nullptr),
             V_OCSP_CERTSTATUS_REVOKED);
    QCOMPARE(reason, OCSP_REVOKED_STATUS_NOSTATUS);
    ERR_clear_error();
}

void TestOcsp::malformedRequest_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("garbage") << QByteArray("this is not an OCSP request");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a certificate") << QByteArray("certificate");
    QTest::newRow("truncated") << QByteArray("truncated");
}

void TestOcsp::malformedRequest()
{
    QFETCH(QByteArray, request);
    const TestPki &p = pki(KeyAlgorithm::EcP256);
    if (request == "certificate")
        request = p.good.der;
    else if (request == "truncated")
        request = makeRequest({QStringLiteral("-issuer"), p.caFile, QStringLiteral("-cert"), p.goodFile})
                      .chopped(3);
    const QDateTime now = nowSeconds();
    m_lookups = 0;
    const auto response =
        createOcspResponse(request, p.ca.der, p.ca.keyPkcs8, lookupFor(p), now.addSecs(-60), now.addDays(1));
    QVERIFY2(response.ok(), qPrintable(response.error().fullText()));
    QCOMPARE(m_lookups, 0);
    QCOMPARE(ERR_peek_error(), 0UL);
    const ResponseOwner resp = decodeResponse(*response);
    QVERIFY(resp);
    QCOMPARE(OCSP_response_status(resp.get()), OCSP_RESPONSE_STATUS_MALFORMEDREQUEST);
    QVERIFY(!BasicOwner(OCSP_response_get1_basic(resp.get())));
    ERR_clear_error();

    const QString respFile = file(QStringLiteral("malformed.der"), *response);
    const auto run = runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-respin"), respFile,
                                 QStringLiteral("-resp_text"), QStringLiteral("-noverify")});
    QVERIFY2(run.all().toLower().contains("malformedrequest"), run.describe().constData());
}

void TestOcsp::parseRequest()
{
    const TestPki &p = pki(KeyAlgorithm::EcP256);
    const QByteArray request =
        makeRequest({QStringLiteral("-issuer"), p.caFile, QStringLiteral("-cert"), p.goodFile,
                     QStringLiteral("-serial"), QStringLiteral("0x00FF"), QStringLiteral("-issuer"),
                     m_foreignCaFile, QStringLiteral("-cert"), m_foreignLeafFile, QStringLiteral("-sha256"),
                     QStringLiteral("-issuer"), p.caFile, QStringLiteral("-cert"), p.revokedFile});
    const auto queries = parseOcspRequest(request, p.ca.der);
    QVERIFY2(queries.ok(), qPrintable(queries.error().fullText()));
    QCOMPARE(queries->size(), 4);
    QCOMPARE(queries->at(0).serial, serialOf(p.good.der));
    QVERIFY(queries->at(0).issuedByResponderCa);
    QCOMPARE(queries->at(1).serial, QByteArray::fromHex("ff"));
    QVERIFY(queries->at(1).issuedByResponderCa);
    QCOMPARE(queries->at(2).serial, serialOf(m_foreignLeaf.der));
    QVERIFY(!queries->at(2).issuedByResponderCa);
    QCOMPARE(queries->at(3).serial, serialOf(p.revoked.der));
    QVERIFY(queries->at(3).issuedByResponderCa); // SHA-256 CertID

    // From the foreign CA's point of view it is the other way round.
    const auto foreign = parseOcspRequest(request, m_foreignCa.der);
    QVERIFY(foreign.ok());
    QVERIFY(!foreign->at(0).issuedByResponderCa);
    QVERIFY(foreign->at(2).issuedByResponderCa);

    QVERIFY(!parseOcspRequest("garbage", p.ca.der).ok());
    QVERIFY(!parseOcspRequest(QByteArray(), p.ca.der).ok());
    QVERIFY(!parseOcspRequest(request, "garbage").ok());
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestOcsp::errors()
{
    const TestPki &p = pki(KeyAlgorithm::EcP256);
    const QByteArray request =
        makeRequest({QStringLiteral("-issuer"), p.caFile, QStringLiteral("-cert"), p.revokedFile});
    const QDateTime now = nowSeconds();
    const auto lookup = lookupFor(p);

    auto r = createOcspResponse(request, p.ca.der, m_foreignCa.keyPkcs8, lookup, now, now.addDays(1));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("does not belong")), qPrintable(r.error().fullText()));
    QVERIFY(!createOcspResponse(request, "junk", p.ca.keyPkcs8, lookup, now, now.addDays(1)).ok());
    QVERIFY(
        !createOcspResponse(request, p.ca.der, SecureBytes(QByteArray("junk")), lookup, now, now.addDays(1))
             .ok());
    QVERIFY(!createOcspResponse(request, p.ca.der, p.ca.keyPkcs8, lookup, QDateTime(), now.addDays(1)).ok());
    QVERIFY(!createOcspResponse(request, p.ca.der, p.ca.keyPkcs8, lookup, now, now.addDays(-1)).ok());
    // A revoked status needs its revocation time.
    r = createOcspResponse(
        request, p.ca.der, p.ca.keyPkcs8,
        [](const QByteArray &) {
            return OcspCertStatus{OcspCertStatus::State::Revoked, {}, {}};
        },
        now, now.addDays(1));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QString::fromLatin1(serialOf(p.revoked.der).toHex().toUpper())),
             qPrintable(r.error().fullText()));
    QCOMPARE(ERR_peek_error(), 0UL);
}

QTEST_GUILESS_MAIN(TestOcsp)
#include "tst_ocsp.moc"
