// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/scanfile.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace certdesk::discovery {

namespace {

/// Closes a file descriptor when it goes out of scope.
class FdGuard
{
public:
    explicit FdGuard(int fd) : m_fd(fd) {}
    FdGuard(const FdGuard &) = delete;
    FdGuard &operator=(const FdGuard &) = delete;
    ~FdGuard()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

/// Reads up to `size` bytes; the file may have shrunk since fstat, in which case fewer come back.
bool readAll(int fd, qint64 size, QByteArray &out)
{
    out = QByteArray(size, Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, out.data() + done, static_cast<size_t>(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            break;
        done += n;
    }
    out.truncate(done);
    return true;
}

} // namespace

FileRead readRegularFile(int directoryFd, const char *name, bool followSymlink, qint64 maxSize)
{
    FileRead result;
    const int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (followSymlink ? 0 : O_NOFOLLOW);
    FdGuard fd(::openat(directoryFd, name, flags));
    struct stat st = {};
    if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0) {
        result.error = errno;
        return result;
    }
    result.mode = st.st_mode;
    result.size = st.st_size;
    result.modifiedMSecs = static_cast<qint64>(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
    if (!S_ISREG(st.st_mode)) {
        result.status = FileRead::Status::NotRegular;
        return result;
    }
    if (st.st_size > maxSize) {
        result.status = FileRead::Status::TooLarge;
        return result;
    }
    if (!readAll(fd.get(), st.st_size, result.bytes)) {
        result.error = errno;
        result.bytes.clear();
        return result;
    }
    result.status = FileRead::Status::Read;
    return result;
}

} // namespace certdesk::discovery
