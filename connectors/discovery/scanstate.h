// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The work queue and result channel shared by the filesystem scanner's threads. Private to
// connectors/discovery.

#include "connectors/discovery/filesystemscanner.h"
#include "connectors/discovery/scanpaths.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <set>
#include <utility>

#include <dirent.h>
#include <sys/types.h>

namespace certdesk::discovery {

/// A listed directory, kept open while its files are read (they are opened relative to it).
class OpenDirectory
{
public:
    OpenDirectory(DIR *dir, QByteArray path) : m_dir(dir), m_path(std::move(path)) {}
    OpenDirectory(const OpenDirectory &) = delete;
    OpenDirectory &operator=(const OpenDirectory &) = delete;
    ~OpenDirectory() { ::closedir(m_dir); }

    int fd() const { return ::dirfd(m_dir); }
    const QByteArray &path() const { return m_path; }

private:
    DIR *m_dir;
    QByteArray m_path;
};

/// One file to read.
struct FileTask
{
    std::shared_ptr<const OpenDirectory> directory; ///< null: `name` is an absolute path (a root)
    QByteArray name;
    FileKind kind = FileKind::Other;
    bool followSymlink = false; ///< the entry is a symbolic link to a regular file
    bool explicitRoot = false;  ///< named as a root: read strictly, whatever its name
};

/// What the workers hand to the caller's thread.
struct ScanOutput
{
    QList<FileFinding> findings;
    QList<ScanProblem> problems;
    FilesystemScanProgress counts;

    bool isEmpty() const
    {
        return findings.isEmpty() && problems.isEmpty() && counts.directories == 0 && counts.filesRead == 0;
    }
    /// Moves everything of `other` to the end of this.
    void append(ScanOutput &&other);
};

/// One unit of work: a directory to list, or files to read.
struct ScanWork
{
    QByteArray directory; ///< set when listing a directory
    QList<FileTask> files;
};

/// Shared by the worker threads and the thread that called FilesystemScanner::run(). Workers
/// prefer reading files to listing directories, so that few directories are open at once.
class ScanState
{
public:
    /// `wakeAtFindings`: how many findings wake the caller before its next tick.
    ScanState(const std::atomic<bool> *cancel, qsizetype wakeAtFindings)
        : m_cancel(cancel), m_wakeAtFindings(wakeAtFindings)
    {}

    void addDirectory(QByteArray path);
    void addFiles(QList<FileTask> &&files);

    /// Waits for work; false when none is left or the scan stops. Each true is matched by a
    /// finishWork() call.
    bool takeWork(ScanWork &out);
    void finishWork();

    /// Files named as roots: read once as roots, skipped when a walk meets them. Set before the
    /// workers start.
    void addRootFile(const QByteArray &path) { m_rootFiles.insert(path); }
    bool isRootFile(const QByteArray &path) const { return m_rootFiles.contains(path); }
    bool hasRootFiles() const { return !m_rootFiles.isEmpty(); }

    /// True the first time a directory (by device and inode) is seen.
    bool markVisited(dev_t device, ino_t inode);

    /// True once cancelled by the caller's flag or requestStop().
    bool stopRequested() const
    {
        return m_stop.load(std::memory_order_relaxed) ||
               (m_cancel && m_cancel->load(std::memory_order_relaxed));
    }
    /// Stops the workers after the file each is reading.
    void requestStop();

    /// Hands output to the caller's thread; wakes it when enough findings are waiting.
    void publish(ScanOutput &&output);
    /// For the caller: waits until output is there, the scan is over, or `deadline`; moves the
    /// output to `out` and returns true when the workers are done.
    bool waitForOutput(std::chrono::steady_clock::time_point deadline, ScanOutput &out);

private:
    bool doneLocked() const
    {
        return m_active == 0 && (m_stop || (m_directories.empty() && m_files.empty()));
    }

    const std::atomic<bool> *m_cancel;
    const qsizetype m_wakeAtFindings;
    std::atomic<bool> m_stop = false;

    std::mutex m_mutex;
    std::condition_variable m_workCv;
    std::condition_variable m_outputCv;
    std::deque<QByteArray> m_directories;
    std::deque<QList<FileTask>> m_files;
    int m_active = 0;
    std::set<std::pair<dev_t, ino_t>> m_visited;
    ScanOutput m_output;
    QSet<QByteArray> m_rootFiles;
};

} // namespace certdesk::discovery
