// SPDX-License-Identifier: GPL-3.0-or-later
// The conformance suite: every registered target type names itself, declares at least one
// capability, deploys, re-deploys the same certificate as a no-op that succeeds, stops when
// cancelled, and is denied (changing nothing) outside its grant. Fixtures: conformancefixtures.h.

#include "connectors/target/sdk/sandbox.h"
#include "tests/target/conformance/conformancefixtures.h"
#include "tests/target/support/targettestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::target;
using testsupport::ConformanceFixture;

namespace {

/// The files of every watched folder.
QMap<QString, QByteArray> snapshot(const QStringList &folders)
{
    QMap<QString, QByteArray> files;
    for (const QString &folder : folders)
        files.insert(testsupport::snapshotFolder(folder));
    return files;
}

QString describe(const Grant &grant)
{
    QStringList parts;
    for (const Capability &capability : grant)
        parts.append(describeCapability(capability));
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeIsRegisteredOnce();
    void everyFixtureHasAType();
    void conforms_data();
    void conforms();
};

void TestConformance::everyTypeIsRegisteredOnce()
{
    QVERIFY2(!targetTypes().isEmpty(), "no target type is registered (connectors/target/registry.cpp)");
    QStringList names;
    for (const TargetType &type : targetTypes()) {
        QVERIFY2(!names.contains(type.name), qPrintable(type.name + QStringLiteral(" is registered twice")));
        names.append(type.name);
        QCOMPARE(findTargetType(type.name), &type);
        QVERIFY2(type.create, qPrintable(type.name));
        QVERIFY2(!type.displayName.isEmpty() && !type.fields.isEmpty(), qPrintable(type.name));
    }
    QCOMPARE(findTargetType(QStringLiteral("no-such-type")), nullptr);
}

void TestConformance::everyFixtureHasAType()
{
    for (const testsupport::FixtureEntry &entry : testsupport::conformanceFixtures())
        QVERIFY2(findTargetType(QLatin1String(entry.type)),
                 qPrintable(
                     QStringLiteral("the fixture %1 is for a type that is not registered").arg(entry.type)));
}

void TestConformance::conforms_data()
{
    QTest::addColumn<QString>("type");
    for (const TargetType &type : targetTypes())
        QTest::newRow(qPrintable(type.name)) << type.name;
}

void TestConformance::conforms()
{
    QFETCH(QString, type);
    const TargetType *targetType = findTargetType(type);
    QVERIFY(targetType);
    const testsupport::FixtureEntry *entry = testsupport::findConformanceFixture(type);
    QVERIFY2(entry, qPrintable(QStringLiteral("the target type %1 has no conformance fixture: add one to "
                                              "tests/target/conformance/conformancefixtures.cpp")
                                   .arg(type)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ConformanceFixture fixture = entry->make(dir.path());
    QVERIFY2(fixture.failure.isEmpty(), qPrintable(fixture.failure));
    if (!fixture.unavailable.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(fixture.unavailable));
        QSKIP(qPrintable(fixture.unavailable));
    }
    const QStringList watched =
        fixture.watchedFolders.isEmpty() ? QStringList{dir.path()} : fixture.watchedFolders;

    // It is made from its settings, names itself and declares what it needs.
    Result<std::unique_ptr<Connector>> created = targetType->create(fixture.settings);
    QVERIFY2(created.ok(), qPrintable(created.error().fullText()));
    Connector &connector = **created;
    QCOMPARE(connector.name(), type);
    const Grant grant = connector.capabilities();
    QVERIFY2(!grant.isEmpty(), "a connector must declare at least one capability");
    for (const Capability &capability : grant)
        QVERIFY2(!capability.scope.isEmpty(), qPrintable(describeCapability(capability)));
    qInfo("%s declares: %s", qPrintable(type), qPrintable(describe(grant)));

    const Deployment first = testsupport::makeTestDeployment(QStringLiteral("first.certdesk.test"));
    const Deployment second = testsupport::makeTestDeployment(QStringLiteral("second.certdesk.test"));
    const CancelCheck never = [] { return false; };

    // With no grant at all, nothing happens.
    {
        const auto before = snapshot(watched);
        Sandbox empty(type, {});
        const Result<DeployOutcome> denied = connector.deploy(empty, first, never);
        QVERIFY2(!denied.ok(), "a deployment with an empty grant succeeded");
        QVERIFY2(denied.error().code == ErrorCode::Denied, qPrintable(denied.error().fullText()));
        QCOMPARE(snapshot(watched), before);
    }

    // The dry run passes on the fixture and changes nothing.
    {
        const auto before = snapshot(watched);
        Sandbox sandbox(type, grant);
        const ValidationReport report = connector.validate(sandbox);
        QVERIFY2(!report.steps.isEmpty(), "validate() reported no step");
        for (const ValidationStep &step : report.steps)
            QVERIFY2(step.ok, qPrintable(step.title + QStringLiteral(": ") + step.detail));
        QVERIFY(report.ok());
        QCOMPARE(snapshot(watched), before);
    }

    // Deploys, then re-deploys the same certificate as a no-op.
    {
        Sandbox sandbox(type, grant);
        const Result<DeployOutcome> deployed = connector.deploy(sandbox, first, never);
        QVERIFY2(deployed.ok(), qPrintable(deployed.error().fullText()));
        QVERIFY2(deployed->changed, "the first deployment to a fresh target reported no change");
        const auto after = snapshot(watched);
        const Result<DeployOutcome> again = connector.deploy(sandbox, first, never);
        QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
        QVERIFY2(!again->changed, "re-deploying the same certificate reported a change");
        QCOMPARE(snapshot(watched), after);
    }

    // A cancelled deployment stops and changes nothing.
    {
        const auto before = snapshot(watched);
        Sandbox sandbox(type, grant);
        const Result<DeployOutcome> cancelled = connector.deploy(sandbox, second, [] { return true; });
        QVERIFY2(!cancelled.ok(), "a deployment cancelled from the start succeeded");
        QVERIFY2(cancelled.error().code == ErrorCode::Cancelled, qPrintable(cancelled.error().fullText()));
        QCOMPARE(snapshot(watched), before);
    }

    // Each capability taken away in turn: denied and nothing changed, or (a capability the deploy
    // does not need, such as the endpoint that the deployment service dials to verify) success.
    bool anyDenied = false;
    for (qsizetype i = 0; i < grant.size(); ++i) {
        Grant narrower = grant;
        const Capability removed = narrower.takeAt(i);
        const auto before = snapshot(watched);
        Sandbox sandbox(type, narrower);
        const Result<DeployOutcome> outcome = connector.deploy(sandbox, second, never);
        if (outcome.ok()) {
            qInfo("%s deploys without %s", qPrintable(type), qPrintable(describeCapability(removed)));
            // Put the first certificate back for the next round.
            Sandbox full(type, grant);
            const Result<DeployOutcome> restored = connector.deploy(full, first, never);
            QVERIFY2(restored.ok(), qPrintable(restored.error().fullText()));
            continue;
        }
        anyDenied = true;
        QVERIFY2(outcome.error().code == ErrorCode::Denied,
                 qPrintable(QStringLiteral("without %1: %2")
                                .arg(describeCapability(removed), outcome.error().fullText())));
        QVERIFY2(
            snapshot(watched) == before,
            qPrintable(
                QStringLiteral("a deployment denied %1 changed files").arg(describeCapability(removed))));
    }
    QVERIFY2(anyDenied, "the connector deployed with every one of its capabilities taken away in turn");

    // The renewal lands.
    {
        Sandbox sandbox(type, grant);
        const Result<DeployOutcome> renewed = connector.deploy(sandbox, second, never);
        QVERIFY2(renewed.ok(), qPrintable(renewed.error().fullText()));
        QVERIFY(renewed->changed);
    }
}

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
