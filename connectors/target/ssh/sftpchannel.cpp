// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/target/ssh/sftpchannel.h"

#include "connectors/target/ssh/sshtr.h"

#include <QDeadlineTimer>
#include <QtEndian>

#include <algorithm>

namespace certdesk::target::ssh {
namespace {

// SFTP version 3 (draft-ietf-secsh-filexfer-02) packet types and the status code used here.
constexpr quint8 FxpInit = 1;
constexpr quint8 FxpVersion = 2;
constexpr quint8 FxpStatus = 101;
constexpr quint8 FxpExtended = 200;
constexpr quint32 FxOk = 0;
constexpr quint32 SftpVersion = 3;
/// Bigger than any answer to the requests sent here.
constexpr quint32 MaxPacketBytes = 256 * 1024;

void appendUint32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendString(QByteArray &out, const QByteArray &text)
{
    appendUint32(out, quint32(text.size()));
    out.append(text);
}

quint32 uint32At(const QByteArray &data, qsizetype offset)
{
    return qFromBigEndian<quint32>(data.constData() + offset);
}

} // namespace

SftpExtensionChannel::SftpExtensionChannel(ssh_session session, std::chrono::seconds timeout)
    : m_session(session), m_timeout(timeout)
{}

SftpExtensionChannel::~SftpExtensionChannel()
{
    if (m_channel) {
        ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
}

Status SftpExtensionChannel::open()
{
    if (m_channel)
        return {};
    m_channel = ssh_channel_new(m_session);
    if (!m_channel || ssh_channel_open_session(m_channel) != SSH_OK ||
        ssh_channel_request_subsystem(m_channel, "sftp") != SSH_OK) {
        return Error{tr("A second SFTP channel could not be opened."),
                     QString::fromUtf8(ssh_get_error(m_session))};
    }
    QByteArray version;
    appendUint32(version, SftpVersion);
    if (Status sent = sendPacket(FxpInit, version); !sent)
        return sent;
    quint8 type = 0;
    const Result<QByteArray> answer = readPacket(&type);
    if (!answer)
        return answer.error();
    if (type != FxpVersion)
        return Error{tr("The SFTP server answered its greeting with an unexpected packet."),
                     QStringLiteral("packet type %1").arg(type)};
    return {};
}

Status SftpExtensionChannel::posixRename(const QString &from, const QString &to)
{
    if (Status opened = open(); !opened)
        return opened;
    const quint32 id = m_nextId++;
    QByteArray request;
    appendUint32(request, id);
    appendString(request, QByteArrayLiteral("posix-rename@openssh.com"));
    appendString(request, from.toUtf8());
    appendString(request, to.toUtf8());
    if (Status sent = sendPacket(FxpExtended, request); !sent)
        return sent;
    quint8 type = 0;
    const Result<QByteArray> answer = readPacket(&type);
    if (!answer)
        return answer.error();
    if (type != FxpStatus || answer->size() < 8 || uint32At(*answer, 0) != id)
        return Error{tr("The SFTP server answered a rename with an unexpected packet."),
                     QStringLiteral("packet type %1").arg(type)};
    const quint32 code = uint32At(*answer, 4);
    if (code == FxOk)
        return {};
    QString message;
    if (answer->size() >= 12) {
        const quint32 length = uint32At(*answer, 8);
        message = QString::fromUtf8(answer->mid(12, qsizetype(qMin<quint32>(length, MaxPacketBytes))));
    }
    return Error{tr("%1 could not be renamed to %2 on the server.").arg(from, to),
                 QStringLiteral("SFTP status %1: %2").arg(code).arg(message)};
}

Status SftpExtensionChannel::sendPacket(quint8 type, const QByteArray &payload)
{
    QByteArray packet;
    appendUint32(packet, quint32(payload.size() + 1));
    packet.append(char(type));
    packet.append(payload);
    if (ssh_channel_write(m_channel, packet.constData(), uint32_t(packet.size())) != int(packet.size()))
        return Error{tr("The SFTP request could not be sent."), QString::fromUtf8(ssh_get_error(m_session))};
    return {};
}

Result<QByteArray> SftpExtensionChannel::readPacket(quint8 *type)
{
    const Result<QByteArray> header = readExactly(5);
    if (!header)
        return header.error();
    const quint32 length = uint32At(*header, 0);
    if (length < 1 || length > MaxPacketBytes)
        return Error{tr("The SFTP server sent a malformed packet."), QStringLiteral("length %1").arg(length)};
    *type = quint8(header->at(4));
    return readExactly(qsizetype(length - 1));
}

Result<QByteArray> SftpExtensionChannel::readExactly(qsizetype size)
{
    QByteArray data;
    data.reserve(size);
    const QDeadlineTimer deadline(m_timeout);
    char buffer[4096];
    while (data.size() < size) {
        if (deadline.hasExpired())
            return Error{tr("The SFTP server did not answer within %1 s.").arg(m_timeout.count())};
        const int wanted = int(qMin<qsizetype>(qsizetype(sizeof buffer), size - data.size()));
        const int read = ssh_channel_read_timeout(m_channel, buffer, uint32_t(wanted), 0,
                                                  int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)));
        if (read == SSH_ERROR || (read == 0 && ssh_channel_is_eof(m_channel)))
            return Error{tr("The SFTP channel closed unexpectedly."),
                         QString::fromUtf8(ssh_get_error(m_session))};
        if (read > 0)
            data.append(buffer, read);
    }
    return data;
}

} // namespace certdesk::target::ssh
