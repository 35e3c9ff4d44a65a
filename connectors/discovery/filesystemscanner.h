// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/discovery/certificatereader.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace certdesk::discovery {

/// What one filesystem scan looks at.
struct FilesystemScanOptions
{
    QStringList roots;           ///< directories or single files
    bool sniffAllFiles = false;  ///< read every regular file, whatever its name
    qint64 maxFileSize = 8 << 20; ///< larger files are reported ("larger than 8 MiB") and not read
    int threads = 0;             ///< readers; 0 = what pays on this machine
    /// Also summarise() every certificate on the reader threads (CertificateBlob::summary), so a
    /// caller that stores new certificates does not parse them serially on its own thread.
    bool summarise = false;
};

/// A file that held certificates (or a PKCS#12 that needs a password).
struct FileFinding
{
    QString path;        ///< absolute, as reached (symlinks not resolved)
    qint64 size = 0;
    QDateTime modifiedAt; ///< UTC
    QList<CertificateBlob> certificates;
    bool needsPassword = false;
};

/// A path that could not be read, or read only in part, and why ("permission denied", "not a
/// regular file (FIFO)", "larger than 8 MiB", "truncated PEM block", "does not exist" ...).
struct ScanProblem
{
    QString path;
    QString reason;
};

/// Running counts, for a progress bar.
struct FilesystemScanProgress
{
    qint64 directories = 0;
    qint64 filesRead = 0;
    qint64 certificates = 0; ///< certificate occurrences so far (duplicates counted each time)
};

/// Called on the thread that called FilesystemScanner::run(), never concurrently.
struct FilesystemScanSink
{
    /// A batch of files that held certificates (batches of up to a few hundred files).
    std::function<void(QList<FileFinding> &&)> onFindings;
    std::function<void(const ScanProblem &)> onProblem;
    /// At most every 100 ms, and once at the end.
    std::function<void(const FilesystemScanProgress &)> onProgress;
};

/// The totals of a finished (or cancelled) scan.
struct FilesystemScanTotals
{
    FilesystemScanProgress counts;
    qint64 problems = 0;
    bool cancelled = false;
};

/// Walks directories recursively and reads certificate files (by extension: .pem .crt .cer .cert
/// .der .p7b .p7c, plus PKCS#12 .p12 .pfx flagged as needing a password; or every file when
/// sniffing). Never follows a symlink to a directory twice (loops are cut by device/inode), never
/// opens a FIFO, socket or device, and never blocks on one. Reading runs on worker threads; the
/// sink is called on the caller's thread. Blocks the caller until done or cancelled.
class FilesystemScanner
{
public:
    explicit FilesystemScanner(FilesystemScanOptions options);
    /// `cancel` is polled between files; when it turns true the scan stops soon and the totals say so.
    FilesystemScanTotals run(const FilesystemScanSink &sink, const std::atomic<bool> *cancel = nullptr);

private:
    FilesystemScanOptions m_options;
};

} // namespace certdesk::discovery
