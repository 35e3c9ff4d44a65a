// SPDX-License-Identifier: GPL-3.0-or-later
// The e-mail channel against a real SMTP server: Debian's python3-aiosmtpd on loopback, started
// by each test with its own certificate, STARTTLS/TLS mode and login. The server saves every
// message with what Python's e-mail parser reads in it, so the checks below look at the message
// as a mail program would.

#include "connectors/notifier/channel.h"
#include "tests/notifier/notifiertestsupport.h"
#include "tests/notifier/smtpsink.h"

#include <QJsonArray>
#include <QTest>

using namespace certdesk;
using namespace certdesk::notifier;
using namespace certdesk::testsupport;

namespace {

const QByteArray Password = "correct horse battery staple";

QJsonObject emailValues(const SmtpSink &sink, const QString &security)
{
    return {{"host", "127.0.0.1"},
            {"port", QString::number(sink.port())},
            {"security", security},
            {"from_address", "certdesk@certdesk.test"},
            {"from_name", "CertDesk Alerts"},
            {"recipients", "pki@certdesk.test, oncall@certdesk.test"},
            {"ca_bundle", sink.caBundlePath()},
            {"timeout_seconds", "20"}};
}

std::unique_ptr<Channel> emailChannel(const QJsonObject &values, const QByteArray &password = {})
{
    std::map<QString, QByteArray> secrets;
    if (!password.isEmpty())
        secrets["password"] = password;
    return channelOrNull("email", channelSettings(values, secrets));
}

QString normalised(const QString &text)
{
    return QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).trimmed();
}

} // namespace

class TestEmailChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void starttlsWithLoginDeliversBothParts()
    {
        SmtpSink sink(
            {SmtpSinkOptions::Mode::StartTlsRequired, "alerts", QString::fromLatin1(Password), {}, {}});
        CERTDESK_START_SMTP_SINK(sink);
        QJsonObject values = emailValues(sink, "starttls");
        values.insert("username", "alerts");
        auto channel = emailChannel(values, Password);
        QVERIFY(channel);
        const AlertMessage alert = expiringAlert();
        const DeliveryResult result = channel->send(alert, {});
        QVERIFY2(result.ok(), qPrintable(result.error.fullText() + '\n' + sink.log()));
        QCOMPARE(result.status, 250);
        QVERIFY2(result.response.contains("queued as certdesk-1"), qPrintable(result.response));

        const QList<ReceivedMail> mails = sink.received();
        QCOMPARE(mails.size(), 1);
        const QJsonObject info = mails[0].info;
        QCOMPARE(info.value("mail_from").toString(), QStringLiteral("certdesk@certdesk.test"));
        QCOMPARE(info.value("rcpt_tos").toArray(), QJsonArray({"pki@certdesk.test", "oncall@certdesk.test"}));
        QVERIFY(info.value("starttls").toBool());
        QCOMPARE(info.value("auth_user").toString(), QStringLiteral("alerts"));

        const QJsonObject headers = info.value("headers").toObject();
        QCOMPARE(headers.value("Subject").toString(), alert.subject);
        QCOMPARE(headers.value("From").toString(),
                 QStringLiteral("CertDesk Alerts <certdesk@certdesk.test>"));
        QCOMPARE(headers.value("To").toString(), QStringLiteral("pki@certdesk.test, oncall@certdesk.test"));
        QCOMPARE(headers.value("Message-ID").toString(),
                 QStringLiteral("<certdesk.alert-42-14@certdesk.test>"));
        QCOMPARE(headers.value("MIME-Version").toString(), QStringLiteral("1.0"));
        QCOMPARE(headers.value("Auto-Submitted").toString(), QStringLiteral("auto-generated"));
        const QDateTime date = QDateTime::fromString(headers.value("Date").toString(), Qt::RFC2822Date);
        QVERIFY2(date.isValid(), qPrintable(headers.value("Date").toString()));
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 300);

        QCOMPARE(info.value("content_type").toString(), QStringLiteral("multipart/alternative"));
        const QJsonArray parts = info.value("parts").toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].toObject().value("content_type").toString(), QStringLiteral("text/plain"));
        QCOMPARE(parts[0].toObject().value("charset").toString(), QStringLiteral("utf-8"));
        QCOMPARE(normalised(parts[0].toObject().value("content").toString()), alert.text);
        QCOMPARE(parts[1].toObject().value("content_type").toString(), QStringLiteral("text/html"));
        QCOMPARE(normalised(parts[1].toObject().value("content").toString()), alert.html);
        QCOMPARE(info.value("defects").toArray(), QJsonArray());
        QVERIFY2(info.value("longest_line").toInt() <= 76, qPrintable(QString::fromLatin1(mails[0].raw)));
        QVERIFY(!info.value("bare_lf").toBool());
        QVERIFY(!mails[0].raw.contains(Password));
    }

    void nonAsciiSubjectAndLongLinesSurvive()
    {
        SmtpSink sink({SmtpSinkOptions::Mode::StartTls, {}, {}, {}, {}});
        CERTDESK_START_SMTP_SINK(sink);
        auto channel = emailChannel(emailValues(sink, "starttls"));
        QVERIFY(channel);
        AlertMessage alert = expiringAlert();
        alert.subject = QStringLiteral(
            "Zertifikat für „www.müller.test“ läuft in 7 Tagen ab – 証明書の期限が近づいています 🔒");
        alert.text = QStringLiteral(".a line that starts with a dot\n") + QString(300, u'ä') +
                     QStringLiteral("\ntrailing space \nFrom here on = signs =3D stay");
        alert.html.clear();
        const DeliveryResult result = channel->send(alert, {});
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        const ReceivedMail mail = sink.received().value(0);
        QVERIFY(mail.info.value("starttls").toBool());
        QCOMPARE(mail.info.value("headers").toObject().value("Subject").toString(), alert.subject);
        QCOMPARE(mail.info.value("content_type").toString(), QStringLiteral("text/plain"));
        const QJsonArray parts = mail.info.value("parts").toArray();
        QCOMPARE(parts.size(), 1);
        QCOMPARE(QString(parts[0].toObject().value("content").toString()).replace("\r\n", "\n"),
                 alert.text + '\n');
        QCOMPARE(mail.info.value("defects").toArray(), QJsonArray());
        QVERIFY2(mail.info.value("longest_line").toInt() <= 76, qPrintable(QString::fromLatin1(mail.raw)));
        QVERIFY(!mail.raw.contains("Zertifikat")); // the subject went as encoded words
    }

    void implicitTlsDelivers()
    {
        SmtpSink sink({SmtpSinkOptions::Mode::Tls, {}, {}, {}, {}});
        CERTDESK_START_SMTP_SINK(sink);
        const DeliveryResult result = emailChannel(emailValues(sink, "tls"))->send(makeTestAlert("mail"), {});
        QVERIFY2(result.ok(), qPrintable(result.error.fullText()));
        const ReceivedMail mail = sink.received().value(0);
        QVERIFY(mail.info.value("tls").toBool());
        QVERIFY(!mail.info.value("starttls").toBool());
    }

    void requiredStarttlsFailsWhenNotOffered()
    {
        SmtpSink sink({SmtpSinkOptions::Mode::Plain, {}, {}, {}, {}});
        CERTDESK_START_SMTP_SINK(sink);
        const DeliveryResult result = emailChannel(emailValues(sink, "starttls"))->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY2(!result.retryable, qPrintable(result.error.fullText()));
        QVERIFY2(result.error.message.contains("does not offer STARTTLS"), qPrintable(result.error.message));
        QVERIFY(sink.received().isEmpty());

        // Opportunistic STARTTLS goes on without it.
        const DeliveryResult optional =
            emailChannel(emailValues(sink, "starttls_if_offered"))->send(expiringAlert(), {});
        QVERIFY2(optional.ok(), qPrintable(optional.error.fullText()));
        QCOMPARE(sink.received().size(), 1);
        QVERIFY(!sink.received().value(0).info.value("tls").toBool());
    }

    void serverThatRequiresStarttlsRefusesPlainMail()
    {
        SmtpSink sink({SmtpSinkOptions::Mode::StartTlsRequired, {}, {}, {}, {}});
        CERTDESK_START_SMTP_SINK(sink);
        const DeliveryResult result = emailChannel(emailValues(sink, "none"))->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY2(!result.retryable, qPrintable(result.error.fullText()));
        QCOMPARE(result.status, 530);
        QVERIFY2(result.error.message.contains("530"), qPrintable(result.error.message));
        QVERIFY(sink.received().isEmpty());
    }

    void untrustedServerCertificateIsRefused()
    {
        SmtpSink sink({SmtpSinkOptions::Mode::StartTls, {}, {}, {}, {}});
        CERTDESK_START_SMTP_SINK(sink);
        QJsonObject values = emailValues(sink, "starttls");
        values.remove("ca_bundle");
        const DeliveryResult result = emailChannel(values)->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY2(!result.retryable, qPrintable(result.error.fullText()));
        QVERIFY2(result.error.message.contains("not trusted"), qPrintable(result.error.message));
        QVERIFY(sink.received().isEmpty());
    }

    void refusedLoginIsAClearPermanentError()
    {
        SmtpSink sink(
            {SmtpSinkOptions::Mode::StartTlsRequired, "alerts", QString::fromLatin1(Password), {}, {}});
        CERTDESK_START_SMTP_SINK(sink);
        QJsonObject values = emailValues(sink, "starttls");
        values.insert("username", "alerts");
        const QByteArray wrong = "Tr0ub4dor&3-wrong";
        const DeliveryResult result = emailChannel(values, wrong)->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY2(!result.retryable, qPrintable(result.error.fullText()));
        QCOMPARE(result.status, 535);
        QVERIFY2(result.error.message.contains("refused the login of user alerts"),
                 qPrintable(result.error.message));
        QVERIFY2(result.error.detail.contains("535"), qPrintable(result.error.detail));
        QVERIFY(!leaksSecret(result, wrong));
        QVERIFY(!leaksSecret(result, wrong.toBase64()));
        QVERIFY(sink.received().isEmpty());
    }

    void refusedRecipientSendsToNobody()
    {
        SmtpSink sink({SmtpSinkOptions::Mode::StartTls, {}, {}, {"oncall@certdesk.test"}, {}});
        CERTDESK_START_SMTP_SINK(sink);
        const DeliveryResult result = emailChannel(emailValues(sink, "starttls"))->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY2(!result.retryable, qPrintable(result.error.fullText()));
        QCOMPARE(result.status, 550);
        QVERIFY2(result.error.message.contains("User unknown"), qPrintable(result.error.message));
        // One transaction: the good recipient got nothing either, so a retry cannot send twice.
        QVERIFY(sink.received().isEmpty());
    }

    void temporaryRefusalIsTransient()
    {
        SmtpSink sink({SmtpSinkOptions::Mode::StartTls, {}, {}, {}, {"pki@certdesk.test"}});
        CERTDESK_START_SMTP_SINK(sink);
        const DeliveryResult result = emailChannel(emailValues(sink, "starttls"))->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY2(result.retryable, qPrintable(result.error.fullText()));
        QCOMPARE(result.status, 451);
        QVERIFY(sink.received().isEmpty());
    }

    void unreachableServerIsTransient()
    {
        QJsonObject values{{"host", "127.0.0.1"},
                           {"port", QUrl(unreachableUrl()).port()},
                           {"security", "starttls"},
                           {"from_address", "certdesk@certdesk.test"},
                           {"recipients", "pki@certdesk.test"},
                           {"timeout_seconds", "5"}};
        const DeliveryResult result = emailChannel(values)->send(expiringAlert(), {});
        QVERIFY(!result.ok());
        QVERIFY2(result.retryable, qPrintable(result.error.fullText()));
        QCOMPARE(result.status, 0);
        QVERIFY2(result.error.message.contains("Could not connect to smtp://127.0.0.1:"),
                 qPrintable(result.error.message));
    }

    void settingsAreChecked()
    {
        const QJsonObject good{{"host", "smtp.certdesk.test"},
                               {"from_address", "certdesk@certdesk.test"},
                               {"recipients", "pki@certdesk.test"}};
        QVERIFY(makeChannel("email", channelSettings(good)).ok());
        auto withValue = [&good](const char *key, const QJsonValue &value) {
            QJsonObject values = good;
            values.insert(QLatin1String(key), value);
            return makeChannel("email", channelSettings(values));
        };
        for (const auto &[key, value] :
             QList<std::pair<const char *, QJsonValue>>{{"recipients", "pki@certdesk.test, not an address"},
                                                        {"recipients", "a@b.test\r\nBcc: x@evil.test"},
                                                        {"recipients", ""},
                                                        {"from_address", "CertDesk <certdesk@certdesk.test>"},
                                                        {"port", "70000"},
                                                        {"security", "ssl"},
                                                        {"host", ""}}) {
            const auto refused = withValue(key, value);
            QVERIFY2(!refused.ok(), key);
            QVERIFY2(refused.error().message.startsWith(QLatin1String(key) + ':'),
                     qPrintable(refused.error().message));
            QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        }
        // A password must not travel without TLS to another host.
        QJsonObject clear = good;
        clear.insert("security", "none");
        clear.insert("username", "alerts");
        const auto cleartext = makeChannel("email", channelSettings(clear, {{"password", Password}}));
        QVERIFY(!cleartext.ok());
        QVERIFY(!cleartext.error().fullText().contains(QString::fromLatin1(Password)));
    }
};

QTEST_GUILESS_MAIN(TestEmailChannel)
#include "tst_emailchannel.moc"
