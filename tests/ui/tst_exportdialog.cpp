// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog's inline validation, driven through its widgets.
#include "ui/dialogs/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace certdesk;

class TestExportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validatesInline()
    {
        QTemporaryDir dir;
        ui::ExportDialog dialog(7, QStringLiteral("www.example.org"), true);
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
        auto *key = dialog.findChild<QCheckBox *>(QStringLiteral("keyCheck"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("pathEdit"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(format && key && password && confirm && path && ok);

        QVERIFY(path->text().endsWith(QLatin1String("www.example.org.pem")));
        QVERIFY(!key->isEnabled());
        QVERIFY(ok->isEnabled());

        format->setCurrentIndex(format->findData(int(core::ExportFormat::Pkcs12)));
        QVERIFY(path->text().endsWith(QLatin1String(".p12")));
        QVERIFY(key->isEnabled());
        QVERIFY(key->isChecked());
        QVERIFY(!ok->isEnabled()); // a key needs a password
        password->setText(QStringLiteral("abc"));
        QVERIFY(!ok->isEnabled()); // not confirmed
        confirm->setText(QStringLiteral("abc"));
        QVERIFY(ok->isEnabled());
        path->setText(dir.path());
        QVERIFY(!ok->isEnabled()); // a folder is not a file
        path->setText(dir.filePath(QStringLiteral("out.p12")));
        QVERIFY(ok->isEnabled());

        const auto choice = dialog.choice();
        QCOMPARE(choice.request.certificateId, 7);
        QCOMPARE(choice.request.format, core::ExportFormat::Pkcs12);
        QVERIFY(choice.request.includeKey);
        QCOMPARE(choice.request.password, QStringLiteral("abc"));
        QCOMPARE(choice.path, dir.filePath(QStringLiteral("out.p12")));

        format->setCurrentIndex(format->findData(int(core::ExportFormat::Der)));
        QVERIFY(!key->isEnabled());
        QVERIFY(!dialog.choice().request.includeKey);
        QVERIFY(!dialog.choice().request.includeChain);
    }

    void noKeyHeld()
    {
        ui::ExportDialog dialog(1, QStringLiteral("a/b:c"), false);
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
        format->setCurrentIndex(format->findData(int(core::ExportFormat::Pkcs12)));
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("keyCheck"))->isEnabled());
        QVERIFY(dialog.choice().path.endsWith(QLatin1String("a_b_c.p12")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
