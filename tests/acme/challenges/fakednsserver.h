// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A scripted DNS server on 127.0.0.1 for the TXT lookup tests.

#include <QByteArray>
#include <QList>

#include <atomic>
#include <functional>
#include <thread>

namespace certdesk::testsupport {

/// Listens on one port of 127.0.0.1 for UDP and TCP and answers each question with what the
/// responder returns for it: over UDP every returned message is sent as a datagram, in order; over
/// TCP only the last one, framed with its length.
class FakeDnsServer
{
public:
    using Responder = std::function<QList<QByteArray>(const QByteArray &query, bool overTcp)>;

    explicit FakeDnsServer(Responder responder);
    ~FakeDnsServer();
    FakeDnsServer(const FakeDnsServer &) = delete;
    FakeDnsServer &operator=(const FakeDnsServer &) = delete;

    quint16 port() const { return m_port; }
    int udpQuestions() const { return m_udpQuestions; }
    int tcpQuestions() const { return m_tcpQuestions; }

private:
    void run();
    void serveTcp(int fd);

    Responder m_responder;
    int m_udp = -1;
    int m_tcp = -1;
    int m_wake = -1;
    quint16 m_port = 0;
    std::atomic<int> m_udpQuestions{0};
    std::atomic<int> m_tcpQuestions{0};
    std::thread m_thread;
};

/// Builds DNS messages for the fake server.
namespace dnswire {

/// "a.example" as a wire-format name.
QByteArray name(const QByteArray &dotted);
/// A resource record: owner (wire form), type, class IN, TTL 60, and `rdata`.
QByteArray record(const QByteArray &ownerWire, quint16 type, const QByteArray &rdata);
/// TXT RDATA of character-strings.
QByteArray txt(const QList<QByteArray> &strings);
/// A response to `query`: its ID and question, `flags` (QR is added), and the answer records.
QByteArray answer(const QByteArray &query, quint16 flags, const QList<QByteArray> &answers);
/// A pointer to the question's name (offset 12).
inline QByteArray questionPointer()
{
    return QByteArray("\xc0\x0c", 2);
}

} // namespace dnswire

} // namespace certdesk::testsupport
