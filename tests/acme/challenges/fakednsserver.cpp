// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/acme/challenges/fakednsserver.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>

namespace certdesk::testsupport {
namespace {

void appendU16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xff));
}

bool readExactly(int fd, char *data, size_t count)
{
    while (count > 0) {
        pollfd entry{fd, POLLIN, 0};
        if (::poll(&entry, 1, 5000) <= 0)
            return false;
        const ssize_t got = ::recv(fd, data, count, 0);
        if (got <= 0)
            return false;
        data += got;
        count -= size_t(got);
    }
    return true;
}

} // namespace

FakeDnsServer::FakeDnsServer(Responder responder) : m_responder(std::move(responder))
{
    for (int attempt = 0; attempt < 100 && m_tcp < 0; ++attempt) {
        m_udp = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_udp, reinterpret_cast<sockaddr *>(&address), sizeof address);
        socklen_t length = sizeof address;
        ::getsockname(m_udp, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_tcp = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int on = 1;
        ::setsockopt(m_tcp, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        if (::bind(m_tcp, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
            ::listen(m_tcp, 8) != 0) {
            ::close(m_tcp);
            ::close(m_udp);
            m_tcp = m_udp = -1;
        }
    }
    if (m_tcp < 0)
        std::abort();
    m_wake = ::eventfd(0, EFD_CLOEXEC);
    m_thread = std::thread([this] { run(); });
}

FakeDnsServer::~FakeDnsServer()
{
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t written = ::write(m_wake, &one, sizeof one);
    m_thread.join();
    ::close(m_udp);
    ::close(m_tcp);
    ::close(m_wake);
}

void FakeDnsServer::run()
{
    for (;;) {
        pollfd entries[3] = {{m_wake, POLLIN, 0}, {m_udp, POLLIN, 0}, {m_tcp, POLLIN, 0}};
        if (::poll(entries, 3, -1) < 0)
            continue;
        if (entries[0].revents)
            return;
        if (entries[1].revents & POLLIN) {
            char buffer[4096];
            sockaddr_in peer = {};
            socklen_t length = sizeof peer;
            const ssize_t got =
                ::recvfrom(m_udp, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr *>(&peer), &length);
            if (got > 0) {
                ++m_udpQuestions;
                for (const QByteArray &message : m_responder(QByteArray(buffer, got), false))
                    ::sendto(m_udp, message.constData(), size_t(message.size()), 0,
                             reinterpret_cast<sockaddr *>(&peer), length);
            }
        }
        if (entries[2].revents & POLLIN) {
            const int fd = ::accept4(m_tcp, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0) {
                serveTcp(fd);
                ::close(fd);
            }
        }
    }
}

void FakeDnsServer::serveTcp(int fd)
{
    unsigned char prefix[2];
    if (!readExactly(fd, reinterpret_cast<char *>(prefix), 2))
        return;
    QByteArray query((prefix[0] << 8) | prefix[1], Qt::Uninitialized);
    if (!readExactly(fd, query.data(), size_t(query.size())))
        return;
    ++m_tcpQuestions;
    const QList<QByteArray> messages = m_responder(query, true);
    if (messages.isEmpty())
        return;
    QByteArray framed;
    appendU16(framed, quint16(messages.last().size()));
    framed.append(messages.last());
    ::send(fd, framed.constData(), size_t(framed.size()), MSG_NOSIGNAL);
}

namespace dnswire {

QByteArray name(const QByteArray &dotted)
{
    QByteArray wire;
    for (const QByteArray &label : dotted.split('.')) {
        if (label.isEmpty())
            continue;
        wire.append(char(label.size()));
        wire.append(label);
    }
    wire.append('\0');
    return wire;
}

QByteArray record(const QByteArray &ownerWire, quint16 type, const QByteArray &rdata)
{
    QByteArray out = ownerWire;
    appendU16(out, type);
    appendU16(out, 1);
    appendU16(out, 0);
    appendU16(out, 60);
    appendU16(out, quint16(rdata.size()));
    out.append(rdata);
    return out;
}

QByteArray txt(const QList<QByteArray> &strings)
{
    QByteArray rdata;
    for (const QByteArray &string : strings) {
        rdata.append(char(string.size()));
        rdata.append(string);
    }
    return rdata;
}

QByteArray answer(const QByteArray &query, quint16 flags, const QList<QByteArray> &answers)
{
    // the question: the name from offset 12 to its zero byte, then type and class
    qsizetype end = 12;
    while (end < query.size() && query.at(end) != 0)
        end += 1 + quint8(query.at(end));
    QByteArray out = query.left(2);
    appendU16(out, quint16(flags | 0x8000));
    appendU16(out, 1);
    appendU16(out, quint16(answers.size()));
    appendU16(out, 0);
    appendU16(out, 0);
    out.append(query.mid(12, end + 5 - 12));
    for (const QByteArray &record : answers)
        out.append(record);
    return out;
}

} // namespace dnswire
} // namespace certdesk::testsupport
