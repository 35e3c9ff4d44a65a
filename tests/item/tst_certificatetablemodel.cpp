// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory table model and its filter proxy under QAbstractItemModelTester: statuses, days
// left, sorting on every column, search words, status and expiry filters, persistent indexes.
#include "models/item/certificatefiltermodel.h"
#include "models/item/certificatetablemodel.h"
#include "models/item/roles.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace certdesk;
using item::CertificateTableModel;

namespace {
const QDateTime Now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

domain::CertificateSummary cert(qint64 id, const QString &cn, int daysLeft, bool revoked = false,
                                const QString &owner = {}, const QStringList &tags = {})
{
    domain::CertificateSummary s;
    s.id = id;
    s.commonName = cn;
    s.sans = {cn, QStringLiteral("www.") + cn};
    s.issuer = QStringLiteral("Test CA");
    s.serialHex = QStringLiteral("0A%1").arg(id);
    s.notBefore = Now.addDays(-100);
    s.notAfter = Now.addDays(daysLeft).addSecs(60);
    s.sha256 = QStringLiteral("%1").arg(id, 64, 10, QLatin1Char('a'));
    s.owner = owner;
    s.tags = tags;
    s.revoked = revoked;
    return s;
}

QList<domain::CertificateSummary> sample()
{
    return {cert(1, QStringLiteral("alpha.example"), 200, false, QStringLiteral("Web team"), {QStringLiteral("prod")}),
            cert(2, QStringLiteral("bravo.example"), 10),
            cert(3, QStringLiteral("charlie.example"), -5),
            cert(4, QStringLiteral("delta.example"), 400, true),
            cert(5, QStringLiteral("Echo.example"), 29, false, QStringLiteral("Mail team"), {QStringLiteral("mail")})};
}

QStringList column(const QAbstractItemModel &m, int col)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data().toString();
    return out;
}
} // namespace

class TestCertificateTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusesAndDaysLeft()
    {
        CertificateTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCertificates(sample(), Now);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(CertificateTableModel::ColumnCount));
        model.sort(CertificateTableModel::CommonName, Qt::AscendingOrder);
        QCOMPARE(column(model, CertificateTableModel::CommonName),
                 QStringList({QStringLiteral("alpha.example"), QStringLiteral("bravo.example"),
                              QStringLiteral("charlie.example"), QStringLiteral("delta.example"),
                              QStringLiteral("Echo.example")}));
        const auto status = [&](int row) {
            return domain::CertificateStatus(model.index(row, 0).data(item::StatusRole).toInt());
        };
        QCOMPARE(status(0), domain::CertificateStatus::Valid);
        QCOMPARE(status(1), domain::CertificateStatus::Expiring);
        QCOMPARE(status(2), domain::CertificateStatus::Expired);
        QCOMPARE(status(3), domain::CertificateStatus::Revoked);
        QCOMPARE(status(4), domain::CertificateStatus::Expiring);
        QCOMPARE(model.index(0, CertificateTableModel::DaysLeft).data().toInt(), 200);
        QCOMPARE(model.index(2, CertificateTableModel::DaysLeft).data().toInt(), -5);
        QVERIFY(model.index(1, CertificateTableModel::Status).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(0, CertificateTableModel::Owner).data().toString(), QStringLiteral("Web team"));
        QCOMPARE(model.index(0, 0).data(item::IdRole).toLongLong(), 1);
        QCOMPARE(model.rowOfId(3), 2);
        QCOMPARE(model.rowOfId(42), -1);

        // A narrower warning window turns "Echo" (29 days) valid.
        model.setCertificates(sample(), Now, 14);
        model.sort(CertificateTableModel::CommonName, Qt::AscendingOrder);
        QCOMPARE(status(4), domain::CertificateStatus::Valid);
    }

    void sortsEveryColumnBothWays_data()
    {
        QTest::addColumn<int>("col");
        for (int c = 0; c < CertificateTableModel::ColumnCount; ++c)
            QTest::newRow(qPrintable(QString::number(c))) << c;
    }
    void sortsEveryColumnBothWays()
    {
        QFETCH(int, col);
        CertificateTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCertificates(sample(), Now);
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(col, order);
            for (int r = 1; r < model.rowCount(); ++r) {
                const auto a = model.index(r - 1, col).data(item::RawValueRole);
                const auto b = model.index(r, col).data(item::RawValueRole);
                const int cmp = (col == CertificateTableModel::Expires || col == CertificateTableModel::DaysLeft ||
                                 col == CertificateTableModel::Status)
                                    ? QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                                      : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                                             : 0
                                    : QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
                if (order == Qt::AscendingOrder)
                    QVERIFY2(cmp <= 0, qPrintable(a.toString() + u" > " + b.toString()));
                else
                    QVERIFY2(cmp >= 0, qPrintable(a.toString() + u" < " + b.toString()));
            }
        }
    }

    void sortKeepsPersistentIndexes()
    {
        CertificateTableModel model;
        model.setCertificates(sample(), Now);
        model.sort(CertificateTableModel::CommonName, Qt::AscendingOrder);
        const QPersistentModelIndex charlie = model.index(2, CertificateTableModel::Owner);
        QCOMPARE(charlie.data(item::IdRole).toLongLong(), 3);
        model.sort(CertificateTableModel::CommonName, Qt::DescendingOrder);
        QVERIFY(charlie.isValid());
        QCOMPARE(charlie.data(item::IdRole).toLongLong(), 3);
        QCOMPARE(charlie.row(), 2);
        QCOMPARE(charlie.column(), int(CertificateTableModel::Owner));
        model.sort(CertificateTableModel::Expires, Qt::AscendingOrder);
        QCOMPARE(charlie.row(), 0); // expired five days ago: the soonest
    }

    void filtersBySearchWordsStatusAndExpiry()
    {
        CertificateTableModel model;
        item::CertificateFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCertificates(sample(), Now);
        QCOMPARE(filter.rowCount(), 5);

        filter.setSearchText(QStringLiteral("example"));
        QCOMPARE(filter.rowCount(), 5);
        filter.setSearchText(QStringLiteral("ECHO"));
        QCOMPARE(column(filter, CertificateTableModel::CommonName), QStringList{QStringLiteral("Echo.example")});
        filter.setSearchText(QStringLiteral("team prod")); // every word must match
        QCOMPARE(column(filter, CertificateTableModel::CommonName), QStringList{QStringLiteral("alpha.example")});
        filter.setSearchText(QStringLiteral("www.bravo"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("0a4")); // serial
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("nothing-matches-this"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText(QString());
        QCOMPARE(filter.rowCount(), 5);

        filter.setStatusFilter(domain::CertificateStatus::Expiring);
        QCOMPARE(filter.rowCount(), 2);
        filter.setStatusFilter(domain::CertificateStatus::Revoked);
        QCOMPARE(column(filter, CertificateTableModel::CommonName), QStringList{QStringLiteral("delta.example")});
        filter.setStatusFilter(std::nullopt);

        filter.setExpiringWithinDays(30);
        QCOMPARE(filter.rowCount(), 3); // bravo (10), charlie (expired), Echo (29)
        filter.setExpiringWithinDays(std::nullopt);
        QCOMPARE(filter.rowCount(), 5);
    }

    void proxySortDelegatesToTheTable()
    {
        CertificateTableModel model;
        item::CertificateFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCertificates(sample(), Now);
        filter.setSearchText(QStringLiteral("a"));
        filter.sort(CertificateTableModel::DaysLeft, Qt::DescendingOrder);
        QCOMPARE(column(filter, CertificateTableModel::DaysLeft).first(), QStringLiteral("400"));
        QCOMPARE(column(filter, CertificateTableModel::DaysLeft).last(), QStringLiteral("-5"));
        model.setCertificates({}, Now);
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCertificateTableModel)
#include "tst_certificatetablemodel.moc"
