// SPDX-License-Identifier: GPL-3.0-or-later
// The console's translations as built (the .qm catalogues lrelease made from translations/*.ts):
// German finds a message whatever context it is looked up in (the core's tr() helpers use a fixed
// context while lupdate files the message under the calling class), with its plural forms; a text
// no catalogue holds and English stay as written.
#include "app/gui/translator.h"

#include <QApplication>
#include <QtTest>

using namespace certdesk;

namespace {

/// A message lupdate files under TargetService, which targetservice.cpp translates through its
/// helper with the context "certdesk".
constexpr const char *ClassMessage = "Tested changed settings of target %1: %2";
constexpr const char *ClassContext = "certdesk::core::TargetService";
constexpr const char *PluralMessage = "Why dismiss %n certificate(s)? (optional)";

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanFindsMessagesInAnyContext()
    {
        gui::installTranslations(*qApp, QStringLiteral("de"), QStringLiteral(CERTDESK_QM_DIR));
        const QString exact = translated(ClassContext, ClassMessage);
        QVERIFY2(exact != QLatin1String(ClassMessage), "the German catalogue was not loaded");
        QCOMPARE(translated("certdesk", ClassMessage), exact);
        QCOMPARE(translated("certdesk::some::OtherContext", ClassMessage), exact);

        const QString one = translated("certdesk", PluralMessage, 1);
        const QString three = translated("certdesk", PluralMessage, 3);
        QVERIFY2(one != QLatin1String(PluralMessage) && one.contains(QLatin1Char('1')), qPrintable(one));
        QVERIFY2(three.contains(QLatin1Char('3')), qPrintable(three));
        QVERIFY2(one.section(QLatin1Char(' '), 2) != three.section(QLatin1Char(' '), 2),
                 qPrintable(one + QLatin1String(" / ") + three)); // singular and plural differ

        QCOMPARE(translated("certdesk", "A text no catalogue holds"),
                 QStringLiteral("A text no catalogue holds"));
    }

    void englishStaysAsWritten()
    {
        const auto installed = qApp->findChildren<QTranslator *>();
        for (QTranslator *translator : installed) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        gui::installTranslations(*qApp, QStringLiteral("en"), QStringLiteral(CERTDESK_QM_DIR));
        QCOMPARE(translated("certdesk", ClassMessage), QString::fromLatin1(ClassMessage));
        QCOMPARE(translated(ClassContext, ClassMessage), QString::fromLatin1(ClassMessage));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
