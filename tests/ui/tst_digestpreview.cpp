// SPDX-License-Identifier: GPL-3.0-or-later
// The Alerts page's Digest tab on a real SQLite inventory with certificates at known expiries: the
// preview (DigestService's HTML, composed on a worker thread) shows the totals and the certificate
// that expires soon; the schedule field refuses "hourly" inline and saves "12h" with the next due
// time; Send now without a recipient says what to do; then an e-mail channel set up in the channel
// dialog (receives the digest) gets it from Send now through the console's own job runner, in a
// real SMTP server (python3-aiosmtpd, tests/notifier/smtpsink), and the Rules tab lists the digest
// alert as sent.
#include "app/core/appcontext.h"
#include "app/core/digestservice.h"
#include "app/core/importservice.h"
#include "tests/notifier/smtpsink.h"
#include "tests/ui/targetuitestsupport.h"
#include "ui/dialogs/channeldialog.h"
#include "ui/inventorycontroller.h"
#include "ui/pages/alertspage.h"
#include "ui/widgets/digestpreview.h"
#include "ui/widgets/fieldspecform.h"
#include "ui/wizards/wizardfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::testsupport;

namespace {
QLineEdit *lineField(ui::ChannelDialog *dialog, const QString &key)
{
    return qobject_cast<QLineEdit *>(dialog->form()->fieldEditor(key));
}

/// The total the preview shows for `label` (its number stands above the label); -1 when the label is
/// not there.
int totalOf(const QString &text, const QString &label)
{
    const QRegularExpression total(QStringLiteral("(\\d+)\\s*\\n\\s*") + QRegularExpression::escape(label) +
                                   QStringLiteral("\\s*\\n"));
    const auto match = total.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}
} // namespace

class TestDigestPreview final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::AlertsPage *page() const { return m_window->alertsPage(); }
    std::shared_ptr<core::AppContext> context() const { return m_window->controller()->context(); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-digestpreview-test"));
        QVERIFY(m_dir.isValid());
        m_window = openTargetTestWindow(m_dir, &m_prompter);
        QVERIFY(m_window);
        QTRY_VERIFY_WITH_TIMEOUT(page()->sendNowButton()->isEnabled(), 10000);

        // Three certificates: one expiring in 10 days, two later than the digest's 30 days.
        const auto ca = makeSelfSignedCa(QStringLiteral("Digest UI CA"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<std::pair<QString, int>> plan{{QStringLiteral("soon.digest.test"), 10},
                                                  {QStringLiteral("later.digest.test"), 60},
                                                  {QStringLiteral("much-later.digest.test"), 200}};
        for (const auto &[cn, days] : plan) {
            const QDateTime notAfter = now.addDays(days).addSecs(3600);
            const auto leaf = makeLeaf(ca, cn, {QStringLiteral("DNS:") + cn}, pki::KeyAlgorithm::EcP256,
                                       notAfter.addDays(-90), notAfter);
            const auto imported = context()->imports().importBytes(toPem(leaf.der), cn);
            QVERIFY2(imported.status.ok() && imported.imported.size() == 1, qPrintable(cn));
        }
    }

    void previewShowsTheTotals()
    {
        m_window->showPage(m_window->pageIndex(page()));
        page()->showTab(ui::AlertsPage::DigestTab);
        auto *preview = page()->preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->plainText().contains(QLatin1String("soon.digest.test")), 10000);
        const QString text = preview->plainText();
        QCOMPARE(totalOf(text, QStringLiteral("Managed certificates")), 3);
        QCOMPARE(totalOf(text, QStringLiteral("Expiring within 30 days")), 1);
        QCOMPARE(totalOf(text, QStringLiteral("Expiring within 14 days")), 1);
        QCOMPARE(totalOf(text, QStringLiteral("Expiring within 7 days")), 0);
        QCOMPARE(totalOf(text, QStringLiteral("Expired")), 0);
        // Only what expires within 30 days is listed.
        QVERIFY(!text.contains(QLatin1String("later.digest.test")));
        QVERIFY(preview->statusLabel()->text().contains(QLatin1String("composed")));

        // A refresh composes it again, with what changed meanwhile.
        const auto ca = makeSelfSignedCa(QStringLiteral("Digest UI CA 2"));
        const QDateTime notAfter = QDateTime::currentDateTimeUtc().addDays(5);
        const auto leaf = makeLeaf(ca, QStringLiteral("sooner.digest.test"), {}, pki::KeyAlgorithm::EcP256,
                                   notAfter.addDays(-90), notAfter);
        QVERIFY(context()->imports().importBytes(toPem(leaf.der), QStringLiteral("sooner")).status.ok());
        page()->findChild<QPushButton *>(QStringLiteral("digestRefreshButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(preview->plainText().contains(QLatin1String("sooner.digest.test")), 10000);
        QCOMPARE(totalOf(preview->plainText(), QStringLiteral("Managed certificates")), 4);
        QCOMPARE(totalOf(preview->plainText(), QStringLiteral("Expiring within 7 days")), 1);
    }

    void scheduleIsCheckedAndSaved()
    {
        QTRY_COMPARE_WITH_TIMEOUT(page()->scheduleEdit()->text(), QStringLiteral("daily"), 10000);
        QVERIFY(!page()->nextDueLabel()->text().isEmpty());
        page()->scheduleEdit()->setText(QStringLiteral("hourly"));
        QVERIFY(page()->scheduleError()->isVisible());
        QVERIFY(page()->scheduleError()->text().contains(QLatin1String("hourly")));
        QVERIFY(!page()->saveScheduleButton()->isEnabled());

        page()->scheduleEdit()->setText(QStringLiteral("12h"));
        QVERIFY(!page()->scheduleError()->isVisible());
        QVERIFY(page()->saveScheduleButton()->isEnabled());
        page()->saveScheduleButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(context()->digest().schedule()->text, QStringLiteral("12h"), 10000);
        QTRY_VERIFY(!page()->saveScheduleButton()->isEnabled());

        page()->scheduleEdit()->setText(QStringLiteral("off"));
        page()->saveScheduleButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page()->nextDueLabel()->text().contains(QLatin1String("off")), 10000);
        // Off keeps the scheduler from sending while the test runs; Send now still sends.
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void sendNowWithoutRecipientsSaysWhatToDo()
    {
        QVERIFY(page()->recipientsLabel()->text().contains(QLatin1String("No channel")));
        page()->sendNowButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page()->sendError()->isVisible(), 10000);
        QVERIFY2(!page()->sendError()->message().isEmpty(), "a clear error");
        QVERIFY(page()->sendNowButton()->isEnabled());
    }

    void sendNowDeliversToAnEmailChannel()
    {
        SmtpSink sink;
        CERTDESK_START_SMTP_SINK(sink);

        QPointer<ui::ChannelDialog> dialog = page()->addChannel();
        QVERIFY(dialog);
        dialog->selectType(QStringLiteral("email"));
        dialog->nameEdit()->setText(QStringLiteral("ops-mail"));
        lineField(dialog, QStringLiteral("host"))->setText(QStringLiteral("127.0.0.1"));
        lineField(dialog, QStringLiteral("port"))->setText(QString::number(sink.port()));
        auto *security = qobject_cast<QComboBox *>(dialog->form()->fieldEditor(QStringLiteral("security")));
        QVERIFY(security);
        security->setCurrentIndex(security->findData(QStringLiteral("none")));
        lineField(dialog, QStringLiteral("from_address"))->setText(QStringLiteral("certdesk@example.org"));
        lineField(dialog, QStringLiteral("recipients"))->setText(QStringLiteral("ops@example.org"));
        QVERIFY(dialog->digestCheck()->isEnabled());
        dialog->digestCheck()->setChecked(true);
        dialog->alertsCheck()->setChecked(false);
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page()->recipientsLabel()->text() == QLatin1String("ops-mail"), 10000);

        page()->sendError()->clear();
        page()->sendNowButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            page()->sendResultLabel()->text().contains(QLatin1String("queued to ops-mail")), 10000);
        QVERIFY(!page()->sendError()->isVisible());
        // The console's job runner delivers the "notify" job to the SMTP server.
        QTRY_COMPARE_WITH_TIMEOUT(sink.received().size(), 1, 30000);
        const QJsonObject mail = sink.received().first().info;
        QCOMPARE(mail.value(QStringLiteral("rcpt_tos")).toArray().first().toString(),
                 QStringLiteral("ops@example.org"));
        const QString subject =
            mail.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Subject")).toString();
        QVERIFY2(subject.contains(QLatin1String("digest"), Qt::CaseInsensitive), qPrintable(subject));
        // The text and HTML parts as the server's e-mail parser decoded them.
        const QJsonArray parts = mail.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), 2);
        for (const auto &part : parts)
            QVERIFY(part.toObject()
                        .value(QStringLiteral("content"))
                        .toString()
                        .contains(QLatin1String("sooner.digest.test")));

        // The Rules tab lists the digest alert with its delivery.
        page()->showTab(ui::AlertsPage::RulesTab);
        auto *alerts = page()->alertTree();
        QTRY_VERIFY_WITH_TIMEOUT(alerts->topLevelItemCount() > 0 &&
                                     alerts->topLevelItem(0)->text(1) == QLatin1String("Digest") &&
                                     alerts->topLevelItem(0)->text(4).contains(QLatin1String("1 sent")),
                                 15000);
        QCOMPARE(alerts->currentItem(), alerts->topLevelItem(0)); // the newest is selected
        auto *deliveries = page()->alertDeliveryTree();
        QTRY_VERIFY_WITH_TIMEOUT(deliveries->topLevelItemCount() == 1, 10000);
        QVERIFY(deliveries->topLevelItem(0)->text(1).startsWith(QLatin1String("ops-mail")));
        QCOMPARE(deliveries->topLevelItem(0)->text(2), QStringLiteral("sent"));
        QCOMPARE(deliveries->topLevelItem(0)->text(3), QStringLiteral("1"));
        QVERIFY(m_prompter->errors.isEmpty());
    }
};

QTEST_MAIN(TestDigestPreview)
#include "tst_digestpreview.moc"
