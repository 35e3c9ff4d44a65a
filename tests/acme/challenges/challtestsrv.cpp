// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/challenges/challtestsrv.h"

#include "tests/acme/challenges/freeport.h"
#include "tests/acme/challenges/httpclient.h"
#include "tests/acme/pebble/serverprocess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThread>

namespace certdesk::testsupport {

ChallTestSrv::ChallTestSrv()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pebble-challtestsrv")).isEmpty()) {
        m_error = QStringLiteral("pebble-challtestsrv is not installed (installer/install-deps.sh --test)");
        return;
    }
    // A port picked free can be taken by another program before challtestsrv binds it: try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (startOnce()) {
            m_error.clear();
            return;
        }
    }
}

ChallTestSrv::~ChallTestSrv()
{
    if (m_process)
        stopProcess(*m_process);
}

bool ChallTestSrv::startOnce()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_dnsPort = freeUdpTcpPort();
    m_managementPort = freeTcpPort();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    dieWithParent(*m_process);
    m_process->start(QStringLiteral("pebble-challtestsrv"),
                     {QStringLiteral("-dns01"), QStringLiteral("127.0.0.1:%1").arg(m_dnsPort),
                      QStringLiteral("-http01"), QString(), QStringLiteral("-https01"), QString(),
                      QStringLiteral("-tlsalpn01"), QString(), QStringLiteral("-management"),
                      QStringLiteral("127.0.0.1:%1").arg(m_managementPort), QStringLiteral("-defaultIPv4"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("-defaultIPv6"), QString()});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("pebble-challtestsrv did not start: ") + m_process->errorString();
        return false;
    }
    // Ready once both its management API and its DNS server (TCP side) accept connections.
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        if (!connectionRefused(m_managementPort) && !connectionRefused(m_dnsPort))
            return true;
        QThread::msleep(50);
    }
    m_error =
        QStringLiteral("pebble-challtestsrv did not come up: ") + QString::fromUtf8(m_process->readAll());
    return false;
}

QString ChallTestSrv::managementUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_managementPort);
}

QString ChallTestSrv::dnsServer() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_dnsPort);
}

bool ChallTestSrv::setTxt(const QString &fqdn, const QString &value)
{
    const QJsonObject body{{QStringLiteral("host"), QString(fqdn + u'.')}, {QStringLiteral("value"), value}};
    return post(QStringLiteral("/set-txt"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool ChallTestSrv::clearTxt(const QString &fqdn)
{
    const QJsonObject body{{QStringLiteral("host"), QString(fqdn + u'.')}};
    return post(QStringLiteral("/clear-txt"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool ChallTestSrv::post(const QString &path, const QByteArray &json)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--fail"),
                QStringLiteral("--noproxy"), QStringLiteral("*"), QStringLiteral("--max-time"),
                QStringLiteral("10"), QStringLiteral("--data-binary"), QString::fromUtf8(json),
                managementUrl() + path});
    return curl.waitForFinished(20000) && curl.exitStatus() == QProcess::NormalExit && curl.exitCode() == 0;
}

} // namespace certdesk::testsupport
