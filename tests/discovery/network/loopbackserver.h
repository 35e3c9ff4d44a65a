// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A TCP server on 127.0.0.1 for the network discovery tests: real sockets, an ephemeral port,
// one thread per connection, and a destructor that ends every connection and joins every thread.

#include <QByteArray>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <vector>

namespace certdesk::testsupport {

/// One accepted connection, read and written with blocking calls that give up when the server
/// stops or a timeout passes.
class Connection
{
public:
    Connection(int fd, const std::atomic<bool> &stopping) : m_fd(fd), m_stopping(stopping) {}

    int fd() const { return m_fd; }
    /// What arrives next (buffered bytes first); empty on end of stream, timeout or stop.
    QByteArray readSome(int timeoutMs = 5000);
    /// One line including its LF; nullopt on end of stream, timeout or stop.
    std::optional<QByteArray> readLine(int timeoutMs = 5000);
    /// Exactly `count` bytes; nullopt when they do not all come.
    std::optional<QByteArray> readExactly(qsizetype count, int timeoutMs = 5000);
    /// Everything up to and including `delimiter`; nullopt when it does not come.
    std::optional<QByteArray> readUntil(const QByteArray &delimiter, int timeoutMs = 5000);
    bool write(const QByteArray &bytes);
    /// Waits until the peer closes the connection, the server stops, or `timeoutMs` passes.
    void waitForClose(int timeoutMs = 30000);
    /// Bytes read ahead and not yet handed out (a TLS layer must start with them).
    QByteArray takeBuffered() { return std::exchange(m_buffer, {}); }

private:
    bool fill(int timeoutMs);

    int m_fd;
    const std::atomic<bool> &m_stopping;
    QByteArray m_buffer;
};

/// Listens on 127.0.0.1 (ephemeral port) and runs `handler` for each connection on its own thread.
class LoopbackServer
{
public:
    using Handler = std::function<void(Connection &)>;

    explicit LoopbackServer(Handler handler);
    /// Stops accepting, shuts down the open connections and joins all threads.
    ~LoopbackServer();
    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    quint16 port() const { return m_port; }
    /// Connections accepted so far.
    int accepted() const { return m_accepted.load(); }

private:
    void acceptLoop();
    void serve(int fd);

    Handler m_handler;
    int m_listenFd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_accepted{0};
    std::mutex m_mutex;
    std::set<int> m_open;
    std::vector<std::thread> m_threads;
    std::thread m_acceptThread;
};

/// A port on 127.0.0.1 that nothing listens on: one the kernel just handed out for a bind, released
/// again (another program could listen on it later, which is unlikely within a test).
quint16 closedLoopbackPort();

} // namespace certdesk::testsupport
