// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/scanstate.h"

namespace certdesk::discovery {

void ScanOutput::append(ScanOutput &&other)
{
    if (findings.isEmpty())
        findings = std::move(other.findings);
    else
        findings.append(std::move(other.findings));
    problems.append(std::move(other.problems));
    counts.directories += other.counts.directories;
    counts.filesRead += other.counts.filesRead;
    counts.certificates += other.counts.certificates;
}

void ScanState::addDirectory(QByteArray path)
{
    {
        const std::lock_guard lock(m_mutex);
        m_directories.push_back(std::move(path));
    }
    m_workCv.notify_one();
}

void ScanState::addFiles(QList<FileTask> &&files)
{
    if (files.isEmpty())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_files.push_back(std::move(files));
    }
    m_workCv.notify_one();
}

bool ScanState::takeWork(ScanWork &out)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (stopRequested())
            m_stop = true;
        if (!m_stop && !(m_files.empty() && m_directories.empty())) {
            out = ScanWork{};
            if (!m_files.empty()) {
                out.files = std::move(m_files.front());
                m_files.pop_front();
            } else {
                out.directory = std::move(m_directories.front());
                m_directories.pop_front();
            }
            ++m_active;
            return true;
        }
        if (doneLocked()) {
            m_workCv.notify_all();
            m_outputCv.notify_all();
            return false;
        }
        if (m_stop)
            return false;
        m_workCv.wait(lock);
    }
}

void ScanState::finishWork()
{
    const std::lock_guard lock(m_mutex);
    --m_active;
    if (doneLocked()) {
        m_workCv.notify_all();
        m_outputCv.notify_all();
    }
}

bool ScanState::markVisited(dev_t device, ino_t inode)
{
    const std::lock_guard lock(m_mutex);
    return m_visited.emplace(device, inode).second;
}

void ScanState::requestStop()
{
    const std::lock_guard lock(m_mutex);
    m_stop = true;
    m_workCv.notify_all();
    if (doneLocked())
        m_outputCv.notify_all();
}

void ScanState::publish(ScanOutput &&output)
{
    if (output.isEmpty())
        return;
    bool wake = false;
    {
        const std::lock_guard lock(m_mutex);
        m_output.append(std::move(output));
        wake = m_output.findings.size() >= m_wakeAtFindings;
    }
    // Anything else waits for the caller's next progress tick: a wake-up per file read would cost
    // more than the reading.
    if (wake)
        m_outputCv.notify_one();
}

bool ScanState::waitForOutput(std::chrono::steady_clock::time_point deadline, ScanOutput &out)
{
    std::unique_lock lock(m_mutex);
    m_outputCv.wait_until(lock, deadline, [this] { return !m_output.isEmpty() || doneLocked(); });
    out = std::move(m_output);
    m_output = ScanOutput{};
    return doneLocked();
}

} // namespace certdesk::discovery
