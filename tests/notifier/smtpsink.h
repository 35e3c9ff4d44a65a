// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real SMTP server for the e-mail channel's tests: Debian's python3-aiosmtpd, run by
// scripts/smtp_sink.py on a free loopback port, with STARTTLS/TLS on a certificate made at run time
// and AUTH when asked for. It saves every accepted message and what Python's e-mail parser reads
// in it.

#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

namespace certdesk::testsupport {

/// How the SMTP server behaves.
struct SmtpSinkOptions
{
    enum class Mode {
        Plain,            ///< no TLS offered
        StartTls,         ///< STARTTLS offered
        StartTlsRequired, ///< STARTTLS required before MAIL (530 otherwise)
        Tls,              ///< TLS from the first byte (smtps)
    };
    Mode mode = Mode::Plain;
    /// Non-empty: AUTH is required (after TLS) and only this login with `password` is accepted.
    QString user;
    QString password;
    QStringList rejectRecipients;   ///< answered with 550
    QStringList tempfailRecipients; ///< answered with 451
};

/// One accepted message.
struct ReceivedMail
{
    /// mail_from, rcpt_tos, starttls, tls, auth_user, headers{Date, From, To, Subject (decoded),
    /// Message-ID, MIME-Version, Content-Type, Auto-Submitted}, content_type, parts[{content_type,
    /// charset, transfer_encoding, content (decoded)}], defects, longest_line, bare_lf.
    QJsonObject info;
    QByteArray raw; ///< the DATA as received, dot-unstuffed
};

/// Starts the server in start() and stops it in the destructor. Use from the test's thread.
class SmtpSink final
{
public:
    explicit SmtpSink(SmtpSinkOptions options = {});
    ~SmtpSink();
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    /// Empty when /usr/bin/python3 can import aiosmtpd; otherwise the sentence to fail or skip with.
    static QString missing();

    Status start();
    int port() const;
    /// A PEM file with the CA that issued the server's certificate (for IP 127.0.0.1 and localhost).
    QString caBundlePath() const;
    /// Every message accepted so far, in order.
    QList<ReceivedMail> received() const;
    /// The server's output, for failure messages.
    QString log() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace certdesk::testsupport

/// Starts `sink`; when python3-aiosmtpd is missing: QFAIL in CI (env CI=true), QSKIP elsewhere.
#define CERTDESK_START_SMTP_SINK(sink)                                                                       \
    do {                                                                                                     \
        const QString missing_ = certdesk::testsupport::SmtpSink::missing();                                 \
        if (!missing_.isEmpty()) {                                                                           \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL(qPrintable(missing_));                                                                 \
            QSKIP(qPrintable(missing_));                                                                     \
        }                                                                                                    \
        const certdesk::Status started_ = (sink).start();                                                    \
        QVERIFY2(started_.ok(), qPrintable(started_.error().fullText()));                                    \
    } while (false)
