// SPDX-License-Identifier: GPL-3.0-or-later
// Edits and deletes through the inventory service, each with its audit event, on a real inventory.
#include "app/core/importservice.h"
#include "app/core/inventoryservice.h"
#include "coretestsupport.h"
#include "tests/support/testcertificates.h"

#include <QtTest>

using namespace certdesk;

class TestInventoryService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editAndDeleteAreAudited()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        const auto ca = testsupport::makeSelfSignedCa(QStringLiteral("Edit CA"));
        const auto file = testsupport::writeFile(inv.dir.path(), QStringLiteral("ca.pem"), testsupport::toPem(ca.der));
        const auto imported = inv.context->imports().importFiles({file});
        const qint64 id = imported[0].imported.first();
        auto &inventory = inv.context->inventory();

        const domain::CertificateMetadata meta{QStringLiteral("PKI team"),
                                               {QStringLiteral("prod"), QStringLiteral("root")},
                                               QStringLiteral("Offline root; renew by 2030.")};
        QVERIFY(inventory.updateMetadata(id, meta).ok());
        auto view = inventory.view(id);
        QCOMPARE(view->certificate.owner, meta.owner);
        QCOMPARE(view->certificate.tags, meta.tags);
        QCOMPARE(view->certificate.notes, meta.notes);
        auto events = inventory.auditEvents(10, QString::number(id));
        QCOMPARE(events->first().action, QStringLiteral("certificate.edit"));
        QVERIFY(events->first().details.contains(QLatin1String("PKI team")));
        QVERIFY(!events->first().actor.isEmpty());
        QVERIFY(!events->first().host.isEmpty());

        // Saving unchanged values writes no event.
        QVERIFY(inventory.updateMetadata(id, meta).ok());
        QCOMPARE(inventory.auditEvents(10, QString::number(id))->size(), events->size());

        QVERIFY(inventory.remove(id).ok());
        QCOMPARE(inventory.view(id).error().code, ErrorCode::NotFound);
        QCOMPARE(inventory.summaries()->size(), 0);
        events = inventory.auditEvents(10, QString::number(id));
        QCOMPARE(events->first().action, QStringLiteral("certificate.delete"));
        QCOMPARE(inventory.remove(id).error().code, ErrorCode::NotFound);
        QCOMPARE(inventory.updateMetadata(id, meta).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestInventoryService)
#include "tst_inventoryservice.moc"
