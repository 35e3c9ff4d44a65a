// SPDX-License-Identifier: GPL-3.0-or-later
// netscan_guistall: how long the console's GUI thread is unavailable while a network scan runs.
//
// Starts the console the way `certdesk` starts (QApplication, the real MainWindow with the real
// DialogPrompter, openDatabase() on a new SQLite inventory in a temporary directory), shows the Scan
// targets page, adds a target through the New target toolbar button and the real ScanTargetDialog
// (fields typed into its widgets, OK clicked), selects it and clicks the Scan now toolbar button.
// From one second before the click until a second after the scan's figures are shown, a 5 ms
// precise QTimer records the gap between its ticks: the longest any input or paint would have
// waited. For every gap the GUI thread's scheduler figures (/proc/thread-self/schedstat,
// getrusage) split it into time on a core (the GUI thread's own work), time waiting for a core (the
// machine's load) and time asleep (the timer's own interval, or blocked on a lock or on I/O), with
// the page faults that read from the disk.
// --busy-global-pool keeps one thread of Qt's global thread pool busy meanwhile, as another long
// task of the console would (a scheduled scan, a filesystem discovery).
// Prints "RESULT key value unit" lines, the largest gaps with what they were made of, and
//   GOAL GUI event loop never stalls > 50 ms while a scan runs: met|MISSED
// judged on the largest tick gap from the click to the end.
// Run it with QT_QPA_PLATFORM=offscreen or under xvfb-run (bench/netscan_bench.sh does). Not a test.
#include "app/core/datakeysource.h"
#include "ui/dialogs/scantargetdialog.h"
#include "ui/mainwindow.h"
#include "ui/networkscancontroller.h"
#include "ui/pages/scantargetspage.h"
#include "ui/prompter.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace certdesk;

namespace {

constexpr double GoalStallMs = 50.0;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "netscan_guistall: %s\n", qPrintable(what));
    std::exit(1);
}

void result(const char *key, double value, const char *unit, const QString &note = {})
{
    std::printf("RESULT %s %.2f %s%s%s\n", key, value, unit, note.isEmpty() ? "" : " ", qPrintable(note));
    std::fflush(stdout);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QString();
}

/// The value at fraction `q` (0..1) of the sorted values.
double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(q * double(values.size())))];
}

/// Runs the event loop until `done()` holds; dies after `timeoutMs`.
template <typename Done> void waitUntil(Done done, int timeoutMs, const char *what)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] { die(QStringLiteral("timed out waiting for ") + what); });
    poll.start();
    if (!done())
        loop.exec();
}

/// Clicks the toolbar button of `action` with a mouse press and release, as a user does.
void clickToolbarButton(QWidget *page, QAction *action)
{
    for (auto *toolbar : page->findChildren<QToolBar *>()) {
        auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action));
        if (!button)
            continue;
        if (!button->isEnabled() || !button->isVisible())
            die(QStringLiteral("the button \"%1\" cannot be clicked").arg(action->text()));
        const QPointF centre = QRectF(button->rect()).center();
        const QPointF global = button->mapToGlobal(centre);
        QMouseEvent press(QEvent::MouseButtonPress, centre, global, Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QMouseEvent release(QEvent::MouseButtonRelease, centre, global, Qt::LeftButton, Qt::NoButton,
                            Qt::NoModifier);
        QApplication::sendEvent(button, &press);
        QApplication::sendEvent(button, &release);
        return;
    }
    die(QStringLiteral("no toolbar button for \"%1\"").arg(action->text()));
}

/// Answers the modal dialog that `New target...` opens: types the target into its fields and clicks
/// OK. Any other modal window (an error box) ends the benchmark with its text.
void fillScanTargetDialog(const QString &host, const QString &ports, int concurrency)
{
    auto *modal = QApplication::activeModalWidget();
    if (!modal) {
        QTimer::singleShot(5, [=] { fillScanTargetDialog(host, ports, concurrency); });
        return;
    }
    auto *dialog = qobject_cast<ui::ScanTargetDialog *>(modal);
    if (!dialog) {
        const auto *box = qobject_cast<QMessageBox *>(modal);
        die(QStringLiteral("unexpected dialog: ") + (box ? box->text() : modal->windowTitle()));
    }
    dialog->nameEdit()->setText(QStringLiteral("bench sweep"));
    dialog->targetsEdit()->setPlainText(host);
    dialog->portsEdit()->setText(ports);
    if (concurrency > 0) {
        auto *form = dialog->findChild<QFormLayout *>();
        for (auto *spin : dialog->findChildren<QSpinBox *>()) {
            const auto *label = form ? qobject_cast<QLabel *>(form->labelForField(spin)) : nullptr;
            if (label && label->text().contains(QLatin1String("oncurrency")))
                spin->setValue(concurrency);
        }
    }
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    if (!ok->isEnabled())
        die(QStringLiteral("the scan target dialog refuses the target: ") + dialog->errorLabel()->text());
    ok->click();
}

/// The calling thread's scheduler figures from /proc/thread-self/schedstat, in ns: time on a core and
/// time runnable but waiting for one.
class ThreadSchedStat
{
public:
    ThreadSchedStat() : m_fd(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC)) {}
    ~ThreadSchedStat()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ThreadSchedStat(const ThreadSchedStat &) = delete;
    ThreadSchedStat &operator=(const ThreadSchedStat &) = delete;

    bool read(qint64 &onCpuNs, qint64 &waitingNs) const
    {
        char text[128] = {};
        const ssize_t n = m_fd >= 0 ? ::pread(m_fd, text, sizeof text - 1, 0) : -1;
        long long cpu = 0;
        long long wait = 0;
        if (n <= 0 || std::sscanf(text, "%lld %lld", &cpu, &wait) != 2)
            return false;
        onCpuNs = cpu;
        waitingNs = wait;
        return true;
    }

private:
    int m_fd;
};

/// Times between the ticks of a precise timer, with the GUI thread's scheduler figures for each gap.
class StallMeter final : public QObject
{
public:
    struct Sample
    {
        qint64 atNs; ///< when the gap ended
        double ms;
        double onCpuMs = 0;    ///< the GUI thread's time on a core during the gap
        double runQueueMs = 0; ///< the GUI thread's time runnable but waiting for a core
        long majorFaults = 0;  ///< page faults of the GUI thread that had to read from the disk
    };

    explicit StallMeter(int tickMs) : m_tickMs(tickMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(tickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = nowNs();
            qint64 cpu = 0;
            qint64 wait = 0;
            const bool sched = m_schedStat.read(cpu, wait);
            rusage usage{};
            getrusage(RUSAGE_THREAD, &usage);
            if (m_lastTickNs) {
                m_gaps.push_back(
                    {now, double(now - m_lastTickNs) / 1e6, sched ? double(cpu - m_lastCpuNs) / 1e6 : 0,
                     sched ? double(wait - m_lastWaitNs) / 1e6 : 0, usage.ru_majflt - m_lastMajorFaults});
            }
            m_lastTickNs = now;
            m_lastMajorFaults = usage.ru_majflt;
            m_lastCpuNs = cpu;
            m_lastWaitNs = wait;
        });
    }

    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    int tickMs() const { return m_tickMs; }

    /// The samples that ended in [fromNs, toNs).
    static std::vector<Sample> between(const std::vector<Sample> &all, qint64 fromNs, qint64 toNs)
    {
        std::vector<Sample> out;
        for (const Sample &s : all) {
            if (s.atNs >= fromNs && s.atNs < toNs)
                out.push_back(s);
        }
        return out;
    }
    const std::vector<Sample> &gaps() const { return m_gaps; }

private:
    int m_tickMs;
    QTimer m_timer;
    ThreadSchedStat m_schedStat; ///< of the GUI thread, which constructs the meter
    qint64 m_lastTickNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_lastWaitNs = 0;
    long m_lastMajorFaults = 0;
    std::vector<Sample> m_gaps;
};

std::vector<double> valuesOf(const std::vector<StallMeter::Sample> &samples)
{
    std::vector<double> v;
    v.reserve(samples.size());
    for (const auto &s : samples)
        v.push_back(s.ms);
    return v;
}

double maxOf(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/netscan_guistall.XXXXXX"));
    if (!work.isValid())
        die(QStringLiteral("no temporary directory"));
    // A console of its own: settings and data in the temporary directory, not the user's.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(work.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(work.filePath(QStringLiteral("data"))));

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("certdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CertDesk"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the console's event-loop stalls while Scan now runs a network scan."));
    parser.addHelpOption();
    const QCommandLineOption hostOption(QStringLiteral("host"), QStringLiteral("Target (default 127.0.0.1)."),
                                        QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portsOption(QStringLiteral("ports"),
                                         QStringLiteral("Ports (default 20000-24095)."),
                                         QStringLiteral("PORTS"), QStringLiteral("20000-24095"));
    const QCommandLineOption expectOption(QStringLiteral("expect"),
                                          QStringLiteral("Certificates the scan must find (0: no check)."),
                                          QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"),
        QStringLiteral("Concurrency typed into the dialog (default: its own)."), QStringLiteral("K"),
        QStringLiteral("0"));
    const QCommandLineOption tickOption(QStringLiteral("tick-ms"),
                                        QStringLiteral("Timer interval (default 5)."), QStringLiteral("MS"),
                                        QStringLiteral("5"));
    const QCommandLineOption afterOption(QStringLiteral("after-ms"),
                                         QStringLiteral("Measuring goes on this long after the results are "
                                                        "shown (default 1000)."),
                                         QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption busyPoolOption(
        QStringLiteral("busy-global-pool"),
        QStringLiteral("Keep one thread of Qt's global thread pool busy from before the click to the end, as "
                       "another long task of the console (a scheduled scan, a filesystem discovery) would."));
    parser.addOptions(
        {hostOption, portsOption, expectOption, concurrencyOption, tickOption, afterOption, busyPoolOption});
    parser.process(app);
    const QString host = parser.value(hostOption);
    const QString ports = parser.value(portsOption);
    const int expect = parser.value(expectOption).toInt();
    const int afterMs = parser.value(afterOption).toInt();

    const QString passphrase = work.filePath(QStringLiteral("passphrase"));
    {
        QFile f(passphrase);
        if (!f.open(QIODevice::WriteOnly) || f.write("guistall passphrase\n") < 0)
            die(QStringLiteral("cannot write ") + passphrase);
    }
    ui::MainWindow window(std::make_unique<ui::DialogPrompter>(), [passphrase] {
        return std::make_unique<core::PassphraseKeySource>(passphrase, 1000);
    });
    window.resize(1280, 800);
    window.show();
    auto *page = window.scanTargetsPage();
    auto *controller = window.networkScans();
    QTreeWidget *tree = page->targetTree();

    bool opened = false;
    int listsShown = 0;
    QObject::connect(&window, &ui::MainWindow::databaseOpened, &window, [&](bool ok) {
        if (!ok)
            die(QStringLiteral("the inventory did not open"));
        opened = true;
    });
    QObject::connect(page, &ui::ScanTargetsPage::targetsShown, &window, [&] { ++listsShown; });
    window.openDatabase(store::ConnectionSpec::sqlite(work.filePath(QStringLiteral("inventory.sqlite"))));
    waitUntil([&] { return opened && listsShown > 0; }, 30000, "the inventory");
    window.showPage(window.pageIndex(page));

    // New target... through the real dialog.
    const int listsBefore = listsShown;
    QTimer::singleShot(0,
                       [&] { fillScanTargetDialog(host, ports, parser.value(concurrencyOption).toInt()); });
    clickToolbarButton(page, page->addAction_());
    waitUntil([&] { return listsShown > listsBefore && tree->topLevelItemCount() == 1; }, 30000,
              "the new target in the list");
    tree->setCurrentItem(tree->topLevelItem(0));
    waitUntil([&] { return page->scanNowAction()->isEnabled(); }, 5000, "Scan now to be enabled");

    StallMeter meter(parser.value(tickOption).toInt());
    meter.start();
    const qint64 idleFromNs = nowNs();
    waitUntil([&] { return nowNs() - idleFromNs > 1'000'000'000; }, 5000, "the idle second");

    QString summary;
    qint64 finishedNs = 0;
    qint64 shownNs = 0;
    QObject::connect(controller, &ui::NetworkScanController::scanFinished, &window,
                     [&](const QString &, const QString &text) {
                         summary = text;
                         finishedNs = nowNs();
                     });
    const int listsBeforeScan = listsShown;
    std::atomic<bool> releasePool{false};
    std::atomic<bool> poolTaskRunning{false};
    if (parser.isSet(busyPoolOption)) {
        QThreadPool::globalInstance()->start([&] {
            poolTaskRunning = true;
            while (!releasePool)
                QThread::msleep(5);
        });
        waitUntil([&] { return poolTaskRunning.load(); }, 5000, "the busy pool task");
        std::printf("# one thread of the global thread pool (%d threads) is kept busy\n",
                    QThreadPool::globalInstance()->maxThreadCount());
    }
    const QString loadBefore = loadAverage();
    const qint64 clickNs = nowNs();
    clickToolbarButton(page, page->scanNowAction());
    waitUntil([&] { return finishedNs != 0 && listsShown > listsBeforeScan; }, 300000,
              "the scan to finish and its figures to show");
    shownNs = nowNs();
    waitUntil([&] { return nowNs() - shownNs > qint64(afterMs) * 1'000'000; }, afterMs + 5000,
              "the time after the scan");
    const qint64 endNs = nowNs();
    meter.stop();
    releasePool = true;

    if (summary.isEmpty())
        die(QStringLiteral("the scan failed (no summary)"));
    const auto *row = tree->topLevelItem(0);
    const int tls = QLocale().toInt(row->text(8));
    const int certificates = QLocale().toInt(row->text(9));
    std::printf("# %s\n", qPrintable(summary));
    std::printf("# platform %s, load average before the click %s, after %s\n",
                qPrintable(QGuiApplication::platformName()), qPrintable(loadBefore),
                qPrintable(loadAverage()));
    if (expect > 0 && (tls != expect || certificates != expect))
        die(QStringLiteral("the page shows %1 TLS endpoints and %2 certificates, expected %3")
                .arg(tls)
                .arg(certificates)
                .arg(expect));

    const auto idleGaps = valuesOf(StallMeter::between(meter.gaps(), idleFromNs, clickNs));
    const auto scanGapSamples = StallMeter::between(meter.gaps(), clickNs + 1, shownNs + 1);
    const auto scanGaps = valuesOf(scanGapSamples);
    const auto afterGapSamples = StallMeter::between(meter.gaps(), shownNs + 1, endNs + 1);
    const auto afterGaps = valuesOf(afterGapSamples);
    std::vector<double> allGaps = scanGaps;
    allGaps.insert(allGaps.end(), afterGaps.begin(), afterGaps.end());
    const double worst = maxOf(allGaps);

    result("scan_ms", double(finishedNs - clickNs) / 1e6, "ms", QStringLiteral("(click to scanFinished)"));
    result("shown_ms", double(shownNs - clickNs) / 1e6, "ms",
           QStringLiteral("(click to the figures in the list)"));
    result("tls_endpoints", tls, "",
           QStringLiteral("(as the page shows them; certificates %1)").arg(certificates));
    result("ticks", double(scanGaps.size()), "",
           QStringLiteral("(%1 ms timer, click to figures shown)").arg(meter.tickMs()));
    result("max_gap_ms", worst, "ms",
           QStringLiteral("(largest tick gap, click to %1 ms after the figures)").arg(afterMs));
    result("p99_gap_ms", quantile(allGaps, 0.99), "ms",
           QStringLiteral("(click to %1 ms after the figures, %2 gaps)").arg(afterMs).arg(allGaps.size()));
    result("p50_gap_ms", quantile(allGaps, 0.50), "ms");
    result("gaps_over_50ms",
           double(std::count_if(scanGaps.begin(), scanGaps.end(), [](double g) { return g > GoalStallMs; })),
           "");
    result("after_max_gap_ms", maxOf(afterGaps), "ms",
           QStringLiteral("(the %1 ms after the figures were shown)").arg(afterMs));
    result("idle_max_gap_ms", maxOf(idleGaps), "ms",
           QStringLiteral("(the second before the click: the machine's own noise)"));
    result("idle_p99_gap_ms", quantile(idleGaps, 0.99), "ms");

    // What a gap is made of: the GUI thread on a core (its own work), waiting for a core (the
    // machine's load), and the rest asleep (the timer's own interval, or blocked on a lock or I/O).
    auto gaps = scanGapSamples;
    gaps.insert(gaps.end(), afterGapSamples.begin(), afterGapSamples.end());
    double maxOnCpu = 0;
    double maxNotQueued = 0;
    long majorFaults = 0;
    for (const auto &g : gaps) {
        maxOnCpu = std::max(maxOnCpu, g.onCpuMs);
        maxNotQueued = std::max(maxNotQueued, g.ms - g.runQueueMs);
        majorFaults += g.majorFaults;
    }
    result("max_gap_on_cpu_ms", maxOnCpu, "ms",
           QStringLiteral("(most GUI-thread CPU time within one tick gap)"));
    result("max_gap_without_runqueue_ms", maxNotQueued, "ms",
           QStringLiteral("(largest tick gap less the time the GUI thread waited for a core)"));
    result("major_page_faults", double(majorFaults), "",
           QStringLiteral("(GUI thread, click to the end: code or data read from the disk)"));
    std::sort(gaps.begin(), gaps.end(), [](const auto &a, const auto &b) { return a.ms > b.ms; });
    for (size_t i = 0; i < std::min<size_t>(5, gaps.size()); ++i) {
        const auto &g = gaps[i];
        std::printf(
            "# gap %.1f ms ending %.1f ms after the click%s: GUI thread on a core %.1f ms, waiting for "
            "a core %.1f ms, asleep %.1f ms, %ld major page faults\n",
            g.ms, double(g.atNs - clickNs) / 1e6, g.atNs > finishedNs ? " (after scanFinished)" : "",
            g.onCpuMs, g.runQueueMs, g.ms - g.onCpuMs - g.runQueueMs, g.majorFaults);
    }
    std::printf("GOAL GUI event loop never stalls > 50 ms while a scan runs: %s (max gap %.1f ms)\n",
                worst <= GoalStallMs ? "met" : "MISSED", worst);
    return 0;
}
