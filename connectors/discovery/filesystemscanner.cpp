// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/discovery/filesystemscanner.h"

#include "connectors/discovery/scanpaths.h"
#include "connectors/discovery/scanstate.h"
#include "connectors/discovery/scanworker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <iterator>
#include <sys/stat.h>
#include <thread>
#include <vector>

namespace certdesk::discovery {

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto ProgressInterval = std::chrono::milliseconds(100);
/// A batch of findings goes to the sink when it holds this many files, or when the oldest
/// finding in it has waited this long.
constexpr qsizetype FindingsPerBatch = 256;
constexpr auto FindingsMaxWait = std::chrono::seconds(1);

/// Readers when the options leave it open: one per core, at most four. Readers share no lock while
/// they read and hash (only the work queue), so they scale with free cores; past four the disk,
/// not the CPU, limits a scan.
int defaultThreads()
{
    const unsigned cores = std::thread::hardware_concurrency();
    return std::clamp(static_cast<int>(cores), 1, 4);
}

/// Delivers output to the sink on the caller's thread: problems at once, findings in batches,
/// progress at most every ProgressInterval.
class SinkFeeder
{
public:
    explicit SinkFeeder(const FilesystemScanSink &sink) : m_sink(sink) {}

    void problem(const ScanProblem &problem)
    {
        ++m_totals.problems;
        if (m_sink.onProblem)
            m_sink.onProblem(problem);
    }

    void deliver(ScanOutput &&output)
    {
        for (const ScanProblem &p : std::as_const(output.problems))
            problem(p);
        if (!output.findings.isEmpty() && m_findings.isEmpty())
            m_oldestFinding = Clock::now();
        m_findings.append(std::move(output.findings));
        m_totals.counts.directories += output.counts.directories;
        m_totals.counts.filesRead += output.counts.filesRead;
        m_totals.counts.certificates += output.counts.certificates;
        const auto now = Clock::now();
        if (m_findings.size() >= FindingsPerBatch ||
            (!m_findings.isEmpty() && now - m_oldestFinding >= FindingsMaxWait))
            flushFindings();
        if (now - m_lastProgress >= ProgressInterval)
            progress(now);
    }

    /// Hands over the findings left and reports the final counts.
    FilesystemScanTotals finish(bool cancelled)
    {
        flushFindings();
        progress(Clock::now());
        m_totals.cancelled = cancelled;
        return m_totals;
    }

private:
    /// Hands the waiting findings to the sink in batches of at most FindingsPerBatch files.
    void flushFindings()
    {
        while (!m_findings.isEmpty()) {
            QList<FileFinding> batch;
            if (m_findings.size() <= FindingsPerBatch) {
                batch = std::exchange(m_findings, {});
            } else {
                batch.reserve(FindingsPerBatch);
                std::move(m_findings.begin(), m_findings.begin() + FindingsPerBatch,
                          std::back_inserter(batch));
                m_findings.remove(0, FindingsPerBatch);
            }
            if (m_sink.onFindings)
                m_sink.onFindings(std::move(batch));
        }
    }

    void progress(Clock::time_point now)
    {
        m_lastProgress = now;
        if (m_sink.onProgress)
            m_sink.onProgress(m_totals.counts);
    }

    const FilesystemScanSink &m_sink;
    FilesystemScanTotals m_totals;
    QList<FileFinding> m_findings;
    Clock::time_point m_oldestFinding;
    Clock::time_point m_lastProgress = Clock::now();
};

/// Queues one root: a directory to walk or a file to read; anything else is a problem.
void addRoot(const QString &root, ScanState &state, SinkFeeder &feeder)
{
    const QString path = QDir::cleanPath(QDir::current().absoluteFilePath(root));
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0) {
        feeder.problem(ScanProblem{path, errnoText(errno)});
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        state.addDirectory(native);
    } else if (!S_ISREG(st.st_mode)) {
        feeder.problem(
            ScanProblem{path, QCoreApplication::translate("certdesk::discovery", "not a regular file (%1)")
                                  .arg(specialFileType(st.st_mode))});
    } else if (!state.isRootFile(native)) {
        state.addRootFile(native);
        state.addFiles({FileTask{nullptr, native, kindOfName(native), true, true}});
    }
}

} // namespace

FilesystemScanner::FilesystemScanner(FilesystemScanOptions options) : m_options(std::move(options)) {}

FilesystemScanTotals FilesystemScanner::run(const FilesystemScanSink &sink, const std::atomic<bool> *cancel)
{
    ScanState state(cancel, FindingsPerBatch);
    SinkFeeder feeder(sink);
    for (const QString &root : std::as_const(m_options.roots))
        addRoot(root, state, feeder);

    const int threads = m_options.threads > 0 ? std::min(m_options.threads, 64) : defaultThreads();
    std::vector<ScanWorker> workers(static_cast<std::size_t>(threads), ScanWorker(state, m_options));
    std::vector<std::thread> running;
    running.reserve(workers.size());
    for (ScanWorker &worker : workers)
        running.emplace_back([&worker] { worker.run(); });

    bool done = false;
    while (!done) {
        ScanOutput output;
        done = state.waitForOutput(Clock::now() + ProgressInterval, output);
        feeder.deliver(std::move(output));
        if (state.stopRequested())
            state.requestStop();
    }
    for (std::thread &thread : running)
        thread.join();
    return feeder.finish(state.stopRequested());
}

} // namespace certdesk::discovery
