// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/scanworker.h"

#include "connectors/discovery/certificatereader.h"
#include "connectors/discovery/scanfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace certdesk::discovery {

namespace {

/// Files handed to the readers at a time: enough to keep locking rare, few enough to spread a
/// large directory over all readers.
constexpr qsizetype FilesPerTask = 32;

/// The st_mode file type of a dirent type that is neither a regular file, a directory, a link
/// nor unknown.
mode_t modeOfDirentType(unsigned char type)
{
    switch (type) {
    case DT_FIFO:
        return S_IFIFO;
    case DT_SOCK:
        return S_IFSOCK;
    case DT_CHR:
        return S_IFCHR;
    case DT_BLK:
        return S_IFBLK;
    default:
        return 0;
    }
}

QString notRegularText(mode_t mode)
{
    return QCoreApplication::translate("certdesk::discovery", "not a regular file (%1)")
        .arg(specialFileType(mode));
}

void addProblem(ScanOutput &out, const QByteArray &path, const QString &reason)
{
    out.problems << ScanProblem{QFile::decodeName(path), reason};
}

} // namespace

void ScanWorker::run()
{
    ScanWork work;
    while (m_state.takeWork(work)) {
        ScanOutput out;
        if (!work.files.isEmpty()) {
            for (const FileTask &task : std::as_const(work.files)) {
                if (m_state.stopRequested())
                    break;
                readFile(task, out);
            }
        } else {
            listDirectory(work.directory, out);
        }
        work = ScanWork{}; // closes directories whose files are all read
        m_state.publish(std::move(out));
        m_state.finishWork();
    }
}

void ScanWorker::listDirectory(const QByteArray &path, ScanOutput &out)
{
    if (m_state.stopRequested())
        return;
    // Follows a symbolic link to a directory (the path is as reached); loops end at markVisited.
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK);
    struct stat st = {};
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        addProblem(out, path, errnoText(errno));
        if (fd >= 0)
            ::close(fd);
        return;
    }
    if (!m_state.markVisited(st.st_dev, st.st_ino)) {
        ::close(fd);
        return;
    }
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        addProblem(out, path, errnoText(errno));
        ::close(fd);
        return;
    }
    const auto directory = std::make_shared<const OpenDirectory>(dir, path);
    ++out.counts.directories;
    QList<FileTask> files;
    for (;;) {
        errno = 0;
        const dirent *entry = ::readdir(dir);
        if (!entry) {
            if (errno != 0)
                addProblem(out, path, errnoText(errno));
            break;
        }
        if (m_state.stopRequested())
            break;
        addEntry(directory, *entry, files, out);
        if (files.size() >= FilesPerTask)
            m_state.addFiles(std::exchange(files, {}));
    }
    m_state.addFiles(std::move(files));
}

void ScanWorker::addEntry(const std::shared_ptr<const OpenDirectory> &directory, const dirent &entry,
                          QList<FileTask> &files, ScanOutput &out)
{
    const QByteArrayView name(entry.d_name);
    if (name == "." || name == "..")
        return;
    const FileKind kind = kindOfName(name);
    const bool wanted = kind != FileKind::Other || m_options.sniffAllFiles;
    unsigned char type = entry.d_type;
    bool link = type == DT_LNK;
    if (type == DT_LNK || type == DT_UNKNOWN) {
        // Only a stat tells what a link points to (or what the file system did not say).
        struct stat st = {};
        int rc = ::fstatat(directory->fd(), entry.d_name, &st, link ? 0 : AT_SYMLINK_NOFOLLOW);
        if (rc == 0 && S_ISLNK(st.st_mode)) {
            link = true;
            rc = ::fstatat(directory->fd(), entry.d_name, &st, 0);
        }
        if (rc != 0) {
            if (kind != FileKind::Other)
                addProblem(out, joinPath(directory->path(), name), errnoText(errno));
            return;
        }
        type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
        if (type == DT_UNKNOWN) {
            if (kind != FileKind::Other)
                addProblem(out, joinPath(directory->path(), name), notRegularText(st.st_mode));
            return;
        }
    }
    if (type == DT_DIR) {
        m_state.addDirectory(joinPath(directory->path(), name));
    } else if (type == DT_REG) {
        if (wanted && !(m_state.hasRootFiles() && m_state.isRootFile(joinPath(directory->path(), name))))
            files << FileTask{directory, name.toByteArray(), kind, link, false};
    } else if (kind != FileKind::Other) {
        // Never opened: a FIFO would block, a device could act on being opened.
        addProblem(out, joinPath(directory->path(), name), notRegularText(modeOfDirentType(type)));
    }
}

void ScanWorker::readFile(const FileTask &task, ScanOutput &out)
{
    const int directoryFd = task.directory ? task.directory->fd() : AT_FDCWD;
    const FileRead file = readRegularFile(directoryFd, task.name.constData(),
                                          task.followSymlink || task.explicitRoot, m_options.maxFileSize);
    const auto path = [&] {
        return task.directory ? joinPath(task.directory->path(), task.name) : task.name;
    };
    // Special and oversized files are only worth a word when their name promised certificates.
    const bool promised = task.kind != FileKind::Other || task.explicitRoot;
    switch (file.status) {
    case FileRead::Status::Failed:
        addProblem(out, path(), errnoText(file.error));
        return;
    case FileRead::Status::NotRegular:
        if (promised)
            addProblem(out, path(), notRegularText(file.mode));
        return;
    case FileRead::Status::TooLarge:
        if (promised)
            addProblem(out, path(),
                       QCoreApplication::translate("certdesk::discovery", "larger than %1, not read")
                           .arg(sizeText(m_options.maxFileSize)));
        return;
    case FileRead::Status::Read:
        break;
    }
    ++out.counts.filesRead;
    ReadOutcome outcome =
        readCertificates(file.bytes, promised ? ReadStrictness::Expected : ReadStrictness::Sniffed);
    if (task.kind == FileKind::Pkcs12 && !outcome.needsPassword && outcome.certificates.isEmpty())
        outcome.problem = QCoreApplication::translate("certdesk::discovery", "not a PKCS#12 file");
    if (!outcome.problem.isEmpty())
        addProblem(out, path(), outcome.problem);
    if (outcome.certificates.isEmpty() && !outcome.needsPassword)
        return;
    out.counts.certificates += outcome.certificates.size();
    if (m_options.summarise) {
        for (auto &blob : outcome.certificates) {
            if (auto summary = summarise(blob.der))
                blob.summary = std::make_shared<const domain::CertificateDetails>(std::move(*summary));
        }
    }
    out.findings << FileFinding{QFile::decodeName(path()), file.size,
                                QDateTime::fromMSecsSinceEpoch(file.modifiedMSecs, Qt::UTC),
                                std::move(outcome.certificates), outcome.needsPassword};
}

} // namespace certdesk::discovery
