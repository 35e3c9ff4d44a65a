// SPDX-License-Identifier: GPL-3.0-or-later
// The deployment target and deployment history table models under QAbstractItemModelTester: what
// each column shows and sorts on, an update in place keeping rows, statuses shown readably.
#include "models/item/deploymenttablemodel.h"
#include "models/item/roles.h"
#include "models/item/targettablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace certdesk;
using item::DeploymentTableModel;
using item::TargetTableModel;

namespace {
domain::DeploymentTarget target(qint64 id, const QString &name, const QString &type, bool enabled)
{
    domain::DeploymentTarget t;
    t.id = id;
    t.name = name;
    t.type = type;
    t.enabled = enabled;
    return t;
}
} // namespace

class TestTargetModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetsShowTheirTypeNameAndLastResult()
    {
        TargetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTypeNames({{QStringLiteral("apache"), QStringLiteral("Apache httpd")}});
        auto web = target(3, QStringLiteral("Web"), QStringLiteral("apache"), true);
        web.lastDeployedAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        web.lastStatus = QStringLiteral("failed");
        model.setTargets({web, target(4, QStringLiteral("mail"), QStringLiteral("postfix"), false)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TargetTableModel::Type).data().toString(), QStringLiteral("Apache httpd"));
        QCOMPARE(model.index(1, TargetTableModel::Type).data().toString(), QStringLiteral("postfix"));
        QCOMPARE(model.index(0, TargetTableModel::LastStatus).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(1, TargetTableModel::LastDeployed).data().toString(), QStringLiteral("never"));
        QCOMPARE(model.index(1, TargetTableModel::Enabled).data().toString(), QStringLiteral("No"));
        QCOMPARE(model.index(0, TargetTableModel::Name).data(item::RawValueRole).toString(),
                 QStringLiteral("web"));
        QCOMPARE(model.index(0, TargetTableModel::LastDeployed).data(item::RawValueRole).toDateTime(),
                 web.lastDeployedAt);
        QCOMPARE(model.index(1, 0).data(item::IdRole).toLongLong(), 4);
        QCOMPARE(model.rowOfName(QStringLiteral("mail")), 1);
        QCOMPARE(model.rowOfName(QStringLiteral("nope")), -1);

        // The same targets again: updated in place, no reset (views keep their selection).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        web.lastStatus = QStringLiteral("succeeded");
        model.setTargets({web, target(4, QStringLiteral("mail"), QStringLiteral("postfix"), true)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, TargetTableModel::LastStatus).data().toString(), QStringLiteral("Succeeded"));
        QCOMPARE(model.index(1, TargetTableModel::Enabled).data().toString(), QStringLiteral("Yes"));
        model.setTargets({});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void deploymentsShowFingerprintResultAndOutput()
    {
        DeploymentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        domain::DeploymentRecord d;
        d.id = 9;
        d.certificateId = 2;
        d.certificateName = QStringLiteral("www.example.org");
        d.targetName = QStringLiteral("web");
        d.sha256 = QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        d.status = QStringLiteral("unchanged");
        d.output = QStringLiteral("\nfiles already in place\nnothing reloaded");
        d.startedAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        d.finishedAt = d.startedAt.addSecs(2);
        d.jobId = 77;
        model.setDeployments({d});
        QCOMPARE(model.index(0, DeploymentTableModel::Fingerprint).data().toString(),
                 QStringLiteral("00:11:22:33:44:55:66:77") + QChar(0x2026));
        QCOMPARE(model.index(0, DeploymentTableModel::Fingerprint).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF"));
        QCOMPARE(model.index(0, DeploymentTableModel::Result).data().toString(),
                 QStringLiteral("Unchanged (already deployed)"));
        QCOMPARE(model.index(0, DeploymentTableModel::Output).data().toString(),
                 QStringLiteral("files already in place"));
        QCOMPARE(model.index(0, DeploymentTableModel::Output).data(Qt::ToolTipRole).toString(), d.output);
        QCOMPARE(model.index(0, DeploymentTableModel::When).data(item::RawValueRole).toDateTime(),
                 d.startedAt);
        QCOMPARE(model.index(0, DeploymentTableModel::Action).data().toString(), QString());
        QCOMPARE(model.index(0, 0).data(item::IdRole).toLongLong(), 9);
        QCOMPARE(item::deploymentStatusDisplayName(QStringLiteral("failed")), QStringLiteral("Failed"));
        QCOMPARE(item::deploymentStatusDisplayName(QStringLiteral("other")), QStringLiteral("other"));
        QVERIFY(item::isFailedDeploymentStatus(QStringLiteral("failed")));
        QVERIFY(!item::isFailedDeploymentStatus(QStringLiteral("unchanged")));
    }
};

QTEST_GUILESS_MAIN(TestTargetModels)
#include "tst_targetmodels.moc"
