// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One thread of the filesystem scanner: lists directories and reads files. Private to
// connectors/discovery.

#include "connectors/discovery/scanstate.h"

namespace certdesk::discovery {

/// Takes work from the shared state until none is left or the scan stops, and publishes what it
/// found. Never calls the sink; the caller's thread does that.
class ScanWorker
{
public:
    ScanWorker(ScanState &state, const FilesystemScanOptions &options) : m_state(state), m_options(options) {}

    /// The thread's body.
    void run();

private:
    void listDirectory(const QByteArray &path, ScanOutput &out);
    void addEntry(const std::shared_ptr<const OpenDirectory> &directory, const dirent &entry,
                  QList<FileTask> &files, ScanOutput &out);
    void readFile(const FileTask &task, ScanOutput &out);

    ScanState &m_state;
    const FilesystemScanOptions &m_options;
};

} // namespace certdesk::discovery
