// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/notifier/smtpsink.h"

#include "tests/acme/pebble/freeport.h"
#include "tests/acme/pebble/serverprocess.h"
#include "tests/support/testcertificates.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

namespace certdesk::testsupport {
namespace {

const QString Python = QStringLiteral("/usr/bin/python3");
constexpr int ReadyTimeoutMs = 30000;

QString modeName(SmtpSinkOptions::Mode mode)
{
    switch (mode) {
    case SmtpSinkOptions::Mode::Plain:
        return QStringLiteral("plain");
    case SmtpSinkOptions::Mode::StartTls:
        return QStringLiteral("starttls");
    case SmtpSinkOptions::Mode::StartTlsRequired:
        return QStringLiteral("starttls-required");
    case SmtpSinkOptions::Mode::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

} // namespace

struct SmtpSink::Impl
{
    SmtpSinkOptions options;
    QTemporaryDir dir;
    QProcess process;
    int port = 0;

    QString path(const QString &name) const { return dir.filePath(name); }

    void writeTlsFiles()
    {
        const TestCa ca = makeSelfSignedCa(QStringLiteral("CertDesk SMTP sink CA"));
        const TestCertificate leaf =
            makeLeaf(ca, QStringLiteral("localhost"),
                     {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")});
        writeFile(dir.path(), QStringLiteral("ca.pem"), toPem(ca.der));
        writeFile(dir.path(), QStringLiteral("server.pem"), toPem(leaf.der) + toPem(ca.der));
        writeFile(dir.path(), QStringLiteral("server.key"), privateKeyPem(leaf));
    }

    QStringList arguments() const
    {
        QStringList args{QStringLiteral(CERTDESK_SMTP_SINK_SCRIPT),
                         QStringLiteral("--port"),
                         QString::number(port),
                         QStringLiteral("--dir"),
                         path(QStringLiteral("mail")),
                         QStringLiteral("--mode"),
                         modeName(options.mode),
                         QStringLiteral("--cert"),
                         path(QStringLiteral("server.pem")),
                         QStringLiteral("--key"),
                         path(QStringLiteral("server.key"))};
        if (!options.user.isEmpty())
            args << QStringLiteral("--user") << options.user << QStringLiteral("--password")
                 << options.password;
        for (const QString &address : options.rejectRecipients)
            args << QStringLiteral("--reject-rcpt") << address;
        for (const QString &address : options.tempfailRecipients)
            args << QStringLiteral("--tempfail-rcpt") << address;
        return args;
    }

    /// One try on one port: false when the server exited (the port may have been taken).
    Status startOnce()
    {
        port = freeLoopbackPort();
        if (port == 0)
            return Error{QStringLiteral("no free loopback port")};
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.setStandardErrorFile(path(QStringLiteral("sink.log")), QIODevice::Append);
        // The server dies with the test, even when ctest kills it at its timeout.
        dieWithParent(process);
        process.start(Python, arguments());
        QDeadlineTimer deadline(ReadyTimeoutMs);
        QByteArray output;
        while (!deadline.hasExpired()) {
            if (process.waitForReadyRead(100))
                output += process.readAllStandardOutput();
            if (output.contains("READY"))
                return {};
            if (process.state() == QProcess::NotRunning)
                return Error{QStringLiteral("the SMTP sink exited during start-up"), log()};
        }
        return Error{QStringLiteral("the SMTP sink did not start within %1 s").arg(ReadyTimeoutMs / 1000),
                     log()};
    }

    QString log() const
    {
        QFile file(path(QStringLiteral("sink.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).right(4000) : QString();
    }

    void stop() { stopProcess(process, 10000); }
};

SmtpSink::SmtpSink(SmtpSinkOptions options) : m_impl(std::make_unique<Impl>())
{
    m_impl->options = std::move(options);
}

SmtpSink::~SmtpSink()
{
    m_impl->stop();
}

QString SmtpSink::missing()
{
    QProcess probe;
    probe.start(Python, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
    if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
        return {};
    return QStringLiteral(
        "python3-aiosmtpd is not installed (needed for a real SMTP server); install it with "
        "installer/install-deps.sh --test or apt-get install python3-aiosmtpd");
}

Status SmtpSink::start()
{
    if (!m_impl->dir.isValid() || !QDir(m_impl->dir.path()).mkpath(QStringLiteral("mail")))
        return Error{QStringLiteral("could not make a temporary folder for the SMTP sink")};
    m_impl->writeTlsFiles();
    Status started;
    for (int attempt = 0; attempt < 3; ++attempt) {
        started = m_impl->startOnce();
        if (started)
            return started;
        m_impl->stop();
    }
    return started;
}

int SmtpSink::port() const
{
    return m_impl->port;
}

QString SmtpSink::caBundlePath() const
{
    return m_impl->path(QStringLiteral("ca.pem"));
}

QList<ReceivedMail> SmtpSink::received() const
{
    QList<ReceivedMail> mails;
    for (int number = 1;; ++number) {
        QFile info(m_impl->path(QStringLiteral("mail/%1.json").arg(number)));
        QFile raw(m_impl->path(QStringLiteral("mail/%1.eml").arg(number)));
        if (!info.open(QIODevice::ReadOnly) || !raw.open(QIODevice::ReadOnly))
            return mails;
        mails.append({QJsonDocument::fromJson(info.readAll()).object(), raw.readAll()});
    }
}

QString SmtpSink::log() const
{
    return m_impl->log();
}

} // namespace certdesk::testsupport
