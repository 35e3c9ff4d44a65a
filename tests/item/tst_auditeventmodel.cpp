// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log table model under QAbstractItemModelTester.
#include "models/item/auditeventmodel.h"
#include "models/item/roles.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace certdesk;

class TestAuditEventModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEvents()
    {
        item::AuditEventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        domain::AuditEvent e;
        e.id = 7;
        e.at = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
        e.actor = QStringLiteral("alice");
        e.host = QStringLiteral("ws1");
        e.action = QStringLiteral("certificate.export_key");
        e.objectType = QStringLiteral("certificate");
        e.objectId = QStringLiteral("12");
        e.details = QStringLiteral("to /tmp/x.p12");
        model.setEvents({e, e});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, item::AuditEventModel::Actor).data().toString(), QStringLiteral("alice@ws1"));
        QCOMPARE(model.index(0, item::AuditEventModel::Action).data().toString(), QStringLiteral("Private key export"));
        QCOMPARE(model.index(0, item::AuditEventModel::Object).data().toString(), QStringLiteral("Certificate 12"));
        QCOMPARE(model.index(0, item::AuditEventModel::When).data(item::RawValueRole).toDateTime(), e.at);
        QCOMPARE(model.index(1, 0).data(item::IdRole).toLongLong(), 7);
        QCOMPARE(item::auditActionDisplayName(QStringLiteral("something.else")), QStringLiteral("something.else"));
        model.setEvents({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditEventModel)
#include "tst_auditeventmodel.moc"
