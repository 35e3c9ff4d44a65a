// SPDX-License-Identifier: GPL-3.0-or-later
// Problem documents are read by a private part of the ACME protocol library; this test reaches it
// through its header.
#include "connectors/issuer/acme/protocol/acmeclient.h"
#include "connectors/issuer/acme/protocol/problemdocument.h"

#include <QTest>

using namespace certdesk;
using namespace certdesk::issuer::acme;

/// Problem documents (RFC 7807, RFC 8555 section 6.7) turned into Errors an administrator can read.
class TestProblemDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subproblemsNameTheirIdentifiers();
    void problemWithoutDetailIsDescribed();
    void rateLimitTellsWhenToRetry();
    void userActionRequiredPointsToThePage();
    void htmlErrorPageIsQuoted();
    void emptyErrorBody();
    void problemTypeIsReadBack();
};

void TestProblemDocument::subproblemsNameTheirIdentifiers()
{
    // RFC 8555 section 6.7.1's example.
    const QByteArray body = R"({
        "type": "urn:ietf:params:acme:error:malformed",
        "detail": "Some of the identifiers requested were rejected",
        "subproblems": [
            {
                "type": "urn:ietf:params:acme:error:malformed",
                "detail": "Invalid underscore in DNS name \"_example.org\"",
                "identifier": {"type": "dns", "value": "_example.org"}
            },
            {
                "type": "urn:ietf:params:acme:error:rejectedIdentifier",
                "detail": "This CA will not issue for \"example.net\"",
                "identifier": {"type": "dns", "value": "example.net"}
            }
        ]
    })";
    const AcmeProblem problem = problemFromResponse(400, body);
    QCOMPARE(problem.type, QStringLiteral("urn:ietf:params:acme:error:malformed"));
    QCOMPARE(problem.httpStatus, 400);
    QCOMPARE(problem.subproblems.size(), 2);
    QCOMPARE(problem.subproblems[1].identifier.value, QStringLiteral("example.net"));
    QCOMPARE(problem.subproblems[1].type, QStringLiteral("urn:ietf:params:acme:error:rejectedIdentifier"));

    const Error error = problemError(Step::NewOrder, problem);
    QCOMPARE(error.message,
             QStringLiteral(
                 "The CA refused the new order: Some of the identifiers requested were rejected "
                 "(_example.org: Invalid underscore in DNS name \"_example.org\"; example.net: This CA will "
                 "not issue for \"example.net\")."));
    QCOMPARE(error.detail,
             QStringLiteral(
                 "problem type: urn:ietf:params:acme:error:malformed; HTTP 400; subproblem _example.org "
                 "urn:ietf:params:acme:error:malformed: Invalid underscore in DNS name \"_example.org\"; "
                 "subproblem example.net urn:ietf:params:acme:error:rejectedIdentifier: This CA will not "
                 "issue for \"example.net\""));
    QCOMPARE(error.code, ErrorCode::InvalidInput);
}

void TestProblemDocument::problemWithoutDetailIsDescribed()
{
    const AcmeProblem problem = problemFromResponse(
        403, R"({"type":"urn:ietf:params:acme:error:externalAccountRequired","status":403})");
    const Error error = problemError(Step::NewAccount, problem);
    QCOMPARE(error.message,
             QStringLiteral("The CA refused to register the account: the CA requires an external "
                            "account binding. Enter the EAB key ID and HMAC key from the CA's account "
                            "page."));
    QCOMPARE(error.code, ErrorCode::InvalidInput);

    const AcmeProblem custom = problemFromResponse(400, R"({"type":"https://ca.example/problems/quota",
                                                           "title":"Quota exceeded"})");
    QCOMPARE(problemError(Step::NewOrder, custom).message,
             QStringLiteral("The CA refused the new order: Quota exceeded."));
    QCOMPARE(problemError(Step::NewOrder, custom).code, ErrorCode::Generic);
}

void TestProblemDocument::rateLimitTellsWhenToRetry()
{
    const AcmeProblem problem = problemFromResponse(
        429, R"({"type":"urn:ietf:params:acme:error:rateLimited","detail":"too many new orders recently"})");
    const Error error = problemError(Step::NewOrder, problem, 3600);
    QCOMPARE(error.message,
             QStringLiteral("The CA refused the new order: too many new orders recently. Try again in "
                            "3600 seconds or later."));
    QVERIFY(error.detail.contains(QStringLiteral("Retry-After: 3600 s")));
    QCOMPARE(error.code, ErrorCode::Generic); // retrying later can help
}

void TestProblemDocument::userActionRequiredPointsToThePage()
{
    const AcmeProblem problem = problemFromResponse(
        403,
        R"({"type":"urn:ietf:params:acme:error:userActionRequired","detail":"Terms of service have changed",
                "instance":"https://example.com/acme/agreement/?token=W8Ih3PswD-8"})");
    const Error error = problemError(Step::NewOrder, problem);
    QCOMPARE(error.message,
             QStringLiteral("The CA refused the new order: Terms of service have changed. Open "
                            "https://example.com/acme/agreement/?token=W8Ih3PswD-8 and follow the CA's "
                            "instructions (new terms of service, say)."));
}

void TestProblemDocument::htmlErrorPageIsQuoted()
{
    const AcmeProblem problem = problemFromResponse(
        502,
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
        "<hr><center>nginx</center></body></html>");
    QVERIFY(problem.type.isEmpty());
    const Error error = problemError(Step::Finalize, problem);
    QCOMPARE(error.message,
             QStringLiteral("The CA refused to finalize the order: HTTP status 502: 502 Bad Gateway."));
    QCOMPARE(acmeProblemType(error), QString());
}

void TestProblemDocument::emptyErrorBody()
{
    const Error error = problemError(Step::Revoke, problemFromResponse(500, {}));
    QCOMPARE(
        error.message,
        QStringLiteral("The CA refused to revoke the certificate: HTTP status 500 without an explanation."));
}

void TestProblemDocument::problemTypeIsReadBack()
{
    const Error error = problemError(
        Step::Finalize,
        problemFromResponse(400, R"({"type":"urn:ietf:params:acme:error:badCSR","detail":"x"})"));
    QCOMPARE(acmeProblemType(error), QStringLiteral("urn:ietf:params:acme:error:badCSR"));
    QCOMPARE(acmeProblemType(Error{QStringLiteral("m"), QStringLiteral("d")}), QString());
}

QTEST_GUILESS_MAIN(TestProblemDocument)
#include "tst_problemdocument.moc"
