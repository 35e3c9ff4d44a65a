// SPDX-License-Identifier: GPL-3.0-or-later
// inventory_bench: the console's inventory on a SQLite store of 100,000 managed certificates.
//
// Measures, in a process of its own that starts the way the console starts (QApplication, the real
// MainWindow, openDatabase() on a worker thread, the InventoryController's summaries() load, the
// real InventoryPage with its CertificateTableModel, CertificateFilterModel and QTableView):
//   * the time from process start to the inventory table holding every row and painted once;
//   * the time of a filter keystroke typed into the real search box (and of Backspace, and of a
//     status filter change), up to the table repainted, median and maximum over several rounds;
//   * peak memory (VmHWM).
// The inventory is generated once (real certificates signed with pki::signCertificate, parsed with
// pki::parseCertificateDer, inserted with store::CertificateRepository::create in one Transaction)
// and cached by count; every measured run works on a fresh copy of it.
// With --breakdown, a second process times the load steps one by one (summaries(), prepareRows() as
// the worker thread runs it, setRows() on the GUI thread) and the product's CertificateFilterModel with
// a bare QTableView.
// Prints "RESULT key value unit" lines and a goal check. Not a test: not registered with ctest.
#include "app/core/auditlog.h"
#include "app/core/datakeysource.h"
#include "connectors/pki/certificatebuilder.h"
#include "connectors/pki/certificateparser.h"
#include "connectors/pki/keygenerator.h"
#include "models/item/certificatefiltermodel.h"
#include "models/item/certificatetablemodel.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "ui/inventorycontroller.h"
#include "ui/mainwindow.h"
#include "ui/pages/inventorypage.h"
#include "ui/prompter.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <sys/resource.h>
#include <vector>

using namespace certdesk;

namespace {

using Clock = std::chrono::steady_clock;

/// Bump when the generated inventory changes, so that an old cached file is not reused.
constexpr int CacheFormat = 1;

constexpr double GoalPopulatedSeconds = 1.5;
constexpr double GoalKeystrokeMs = 50.0;
constexpr double GoalPeakMB = 400.0; ///< 10^6 bytes: 381.5 MiB

/// CLOCK_MONOTONIC in nanoseconds: the same clock in every process, so a parent can hand its
/// spawn time to the child it starts.
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

double msSince(qint64 startNs)
{
    return double(monotonicNs() - startNs) / 1e6;
}

void result(const char *key, double value, const char *unit, const QString &note = {})
{
    std::printf("RESULT %s %.3f %s%s%s\n", key, value, unit, note.isEmpty() ? "" : " ", qPrintable(note));
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "inventory_bench: %s\n", qPrintable(what));
    std::exit(1);
}

/// A value from /proc/self/status in KiB (VmHWM, VmRSS).
qint64 procStatusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const auto &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// User plus system CPU time of this process (all threads) so far.
double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000 + double(t.tv_usec) / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

/// The 1-minute load average: how busy the machine was (other builds share the cores).
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').value(0)) : QString();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Generation of the cached inventory
// ---------------------------------------------------------------------------------------------

struct Signer
{
    QByteArray der;
    pki::SecureBytes key;
};

pki::GeneratedKey newKey(pki::KeyAlgorithm algorithm)
{
    auto key = pki::generateKey(algorithm);
    if (!key)
        die(QStringLiteral("generateKey: ") + key.error().fullText());
    return std::move(*key);
}

QByteArray sign(const pki::CertificateRequest &request, const QByteArray &publicKeyDer, const Signer *issuer,
                const pki::SecureBytes &selfKey)
{
    auto der = pki::signCertificate(request, publicKeyDer, issuer ? issuer->der : QByteArray(),
                                    issuer ? issuer->key : selfKey);
    if (!der)
        die(QStringLiteral("signCertificate: ") + der.error().fullText());
    return *der;
}

/// Everything one generated certificate needs besides its DER; a pure function of its index.
struct Plan
{
    pki::CertificateRequest request;
    int leafKey = 0;
    int issuer = 0;
    domain::CertificateMetadata metadata;
    bool revoked = false;
};

Plan planFor(int i, const QDateTime &now)
{
    std::mt19937_64 rng(0x5eed0000ULL + quint64(i));
    const auto pick = [&rng](int n) { return int(rng() % quint64(n)); };
    static const char *const zones[] = {"prod", "stage", "corp", "lab", "dmz", "eu", "us", "ap"};
    static const char *const tagPool[] = {"web", "api", "mail", "vpn", "db", "pci", "internal", "legacy"};
    Plan p;
    const QString zone = QString::fromLatin1(zones[pick(8)]);
    const QString host = QStringLiteral("host-%1.%2.bench.example").arg(i).arg(zone);
    p.request.subject = QStringLiteral("/C=DE/O=Bench Org %1/CN=%2").arg(pick(40)).arg(host);
    p.request.subjectAltNames = {
        QStringLiteral("DNS:") + host, QStringLiteral("DNS:www.") + host,
        QStringLiteral("IP:10.%1.%2.%3").arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255)};
    const int v = pick(100);
    qint64 nb, na; // days relative to now
    if (v < 70) {
        nb = -(1 + pick(700));
        na = 31 + pick(400);
    } else if (v < 85) {
        nb = -(400 + pick(400));
        na = -(1 + pick(365));
    } else if (v < 95) {
        nb = -(1 + pick(300));
        na = 1 + pick(29);
    } else {
        nb = 1 + pick(30);
        na = 365;
    }
    p.request.notBefore = now.addDays(nb).addSecs(-pick(86400));
    p.request.notAfter = now.addDays(na).addSecs(pick(86400));
    p.request.keyUsage = {QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")};
    p.request.extendedKeyUsage = {QStringLiteral("serverAuth"), QStringLiteral("clientAuth")};
    p.request.crlDistributionPoints = {QStringLiteral("http://crl.bench.example/issuing.crl")};
    p.request.ocspUrls = {QStringLiteral("http://ocsp.bench.example")};
    p.leafKey = pick(100) < 20 ? 12 + pick(3) : pick(12); // 80% EC P-256, 20% RSA 2048
    p.issuer = pick(100) < 90 ? pick(3) : 3;              // three issuing CAs, or the root
    if (pick(100) < 60)
        p.metadata.owner = QStringLiteral("team-%1").arg(pick(17));
    if (pick(100) < 40)
        p.metadata.tags = {QString::fromLatin1(tagPool[pick(8)]), QString::fromLatin1(tagPool[pick(8)])};
    p.revoked = pick(100) == 0;
    return p;
}

/// Creates `path` with `count` managed certificates (and their import audit events).
void generateInventory(const QString &path, int count)
{
    const qint64 start = monotonicNs();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<pki::GeneratedKey> leafKeys;
    for (int k = 0; k < 12; ++k)
        leafKeys.push_back(newKey(pki::KeyAlgorithm::EcP256));
    for (int k = 0; k < 3; ++k)
        leafKeys.push_back(newKey(pki::KeyAlgorithm::Rsa2048));

    pki::CertificateRequest ca;
    ca.isCa = true;
    ca.keyUsage = {QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")};
    ca.notBefore = now.addYears(-5);
    ca.notAfter = now.addYears(10);
    ca.subject = QStringLiteral("/C=DE/O=Bench PKI/CN=Bench Root CA");
    auto rootKey = newKey(pki::KeyAlgorithm::EcP256);
    Signer root{sign(ca, rootKey.publicKeyDer, nullptr, rootKey.pkcs8Der), rootKey.pkcs8Der.clone()};
    std::vector<Signer> issuers;
    for (int n = 0; n < 3; ++n) {
        ca.subject = QStringLiteral("/C=DE/O=Bench PKI/CN=Bench Issuing CA %1").arg(n + 1);
        ca.pathLength = 0;
        auto key = newKey(pki::KeyAlgorithm::EcP256);
        issuers.push_back(Signer{sign(ca, key.publicKeyDer, &root, {}), key.pkcs8Der.clone()});
    }
    issuers.push_back(Signer{root.der, root.key.clone()});

    QFile::remove(path);
    auto db = store::Database::open(store::ConnectionSpec::sqlite(path));
    if (!db)
        die(QStringLiteral("open %1: %2").arg(path, db.error().fullText()));
    auto connection = (*db)->connection();
    store::CertificateRepository repository(connection);
    store::Transaction transaction(connection);
    if (!transaction.isActive())
        die(transaction.error().fullText());

    constexpr int Chunk = 4096;
    qint64 signNs = 0, insertNs = 0;
    for (int first = 0; first < count; first += Chunk) {
        QList<int> indexes;
        for (int i = first; i < std::min(count, first + Chunk); ++i)
            indexes << i;
        qint64 t = monotonicNs();
        // Signing and parsing run on every core; inserting is one writer.
        const auto parsed = QtConcurrent::blockingMapped<QList<std::pair<domain::CertificateDetails, Plan>>>(
            indexes, [&](int i) {
                Plan plan = planFor(i, now);
                const QByteArray der = sign(plan.request, leafKeys[size_t(plan.leafKey)].publicKeyDer,
                                            &issuers[size_t(plan.issuer)], {});
                auto details = pki::parseCertificateDer(der);
                if (!details)
                    die(QStringLiteral("parseCertificateDer: ") + details.error().fullText());
                return std::pair{std::move(*details), std::move(plan)};
            });
        signNs += monotonicNs() - t;
        t = monotonicNs();
        for (const auto &[details, plan] : parsed) {
            store::NewManagedCertificate fresh;
            fresh.details = details;
            fresh.metadata = plan.metadata;
            auto id = repository.create(fresh);
            if (!id)
                die(QStringLiteral("create: ") + id.error().fullText());
            if (plan.revoked) {
                if (auto s = repository.setRevoked(*id, true); !s)
                    die(s.error().fullText());
            }
            // The audit event the import service writes with every certificate.
            if (auto s =
                    core::recordAudit(connection, core::AuditAction::Import, QStringLiteral("certificate"),
                                      QString::number(*id),
                                      QStringLiteral("Imported from bench (SHA-256 %1)").arg(details.sha256));
                !s)
                die(s.error().fullText());
        }
        insertNs += monotonicNs() - t;
        std::fprintf(stderr, "\rinventory_bench: generated %d of %d", std::min(count, first + Chunk), count);
    }
    std::fprintf(stderr, "\n");
    if (auto s = transaction.commit(); !s)
        die(s.error().fullText());
    (void)store::runQuery(connection, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {},
                          QStringLiteral("checkpoint"));
    std::printf(
        "# generated %d certificates in %.1f s (sign+parse %.1f s on %d threads, insert %.1f s), %.1f MiB\n",
        count, msSince(start) / 1000, double(signNs) / 1e9, QThreadPool::globalInstance()->maxThreadCount(),
        double(insertNs) / 1e9, double(QFileInfo(path).size()) / 1048576.0);
}

// ---------------------------------------------------------------------------------------------
// The measured process
// ---------------------------------------------------------------------------------------------

/// Answers no question; an error shown to the user fails the benchmark.
class BenchPrompter final : public ui::Prompter
{
public:
    std::optional<QString> askPassword(QWidget *, const QString &, const QString &) override { return {}; }
    bool confirm(QWidget *, const QString &, const QString &) override { return false; }
    QStringList openCertificateFiles(QWidget *) override { return {}; }
    std::optional<domain::CertificateMetadata> editMetadata(QWidget *,
                                                            const domain::CertificateMetadata &) override
    {
        return {};
    }
    std::optional<ui::ExportChoice> exportOptions(QWidget *, qint64, const QString &, bool) override
    {
        return {};
    }
    void showError(QWidget *, const QString &title, const Error &error) override
    {
        die(title + QStringLiteral(": ") + error.fullText());
    }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    std::optional<core::IssueCertificateRequest> newCertificate(QWidget *, const QStringList &,
                                                                const QStringList &) override
    {
        return {};
    }
    std::optional<pki::RevocationReason> revocationReason(QWidget *, const QString &) override { return {}; }
    std::optional<QString> dismissReason(QWidget *, int) override { return {}; }
    std::optional<qint64> pickCertificate(QWidget *, const QList<domain::CertificateSummary> &,
                                          const QString &) override
    {
        return {};
    }
    QString existingDirectory(QWidget *, const QString &) override { return {}; }
    std::optional<domain::NetworkScanTarget> editScanTarget(QWidget *, const domain::NetworkScanTarget &) override
    {
        return {};
    }
};

/// Counts the paint events of a widget and calls back at the start of each.
class PaintProbe final : public QObject
{
public:
    explicit PaintProbe(QWidget *widget) : QObject(widget) { widget->installEventFilter(this); }
    int paints = 0;
    std::function<void()> onPaint; ///< runs at the start of each paint event

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            if (onPaint)
                onPaint();
        }
        return false;
    }
};

/// The Qt::Key of a lowercase letter, a digit or '-'.
int keyCode(QChar c)
{
    if (c >= u'a' && c <= u'z')
        return Qt::Key_A + (c.unicode() - u'a');
    if (c >= u'0' && c <= u'9')
        return Qt::Key_0 + (c.unicode() - u'0');
    return c == u'-' ? Qt::Key_Minus : Qt::Key_unknown;
}

/// Lets the event loop run until nothing is pending: posted events (the UpdateRequest that
/// repaints the window) included.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents();
}

struct Samples
{
    std::vector<std::pair<QString, std::vector<double>>> byLabel; ///< in first-seen order
    void add(const QString &label, double ms)
    {
        for (auto &[l, v] : byLabel) {
            if (l == label) {
                v.push_back(ms);
                return;
            }
        }
        byLabel.push_back({label, {ms}});
    }
};

int measure(const QString &dbPath, int expectedRows, int rounds, qint64 spawnedAtNs, qint64 mainNs, int argc,
            char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("certdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CertDesk"));
    const QString passphrase = QFileInfo(dbPath).absolutePath() + QStringLiteral("/passphrase");

    ui::MainWindow window(std::make_unique<BenchPrompter>(), [passphrase] {
        return std::make_unique<core::PassphraseKeySource>(passphrase, 1000);
    });
    auto *page = window.inventoryPage();
    QTableView *table = page->table();
    auto *probe = new PaintProbe(table->viewport());
    bool painted = false;
    QEventLoop loop; // the console's app.exec()
    qint64 openedNs = 0, loadedNs = 0, paintStartNs = 0, paintedNs = 0;
    probe->onPaint = [&] {
        if (painted || paintStartNs || table->model()->rowCount() != expectedRows)
            return;
        paintStartNs = monotonicNs();
        // Queued: runs once this paint (and the flush of the window) is done.
        QTimer::singleShot(0, &window, [&] {
            paintedNs = monotonicNs();
            painted = true;
            loop.quit();
        });
    };
    QObject::connect(&window, &ui::MainWindow::databaseOpened, &window, [&](bool ok) {
        if (!ok)
            die(QStringLiteral("the database did not open"));
        openedNs = monotonicNs();
    });
    QObject::connect(window.controller(), &ui::InventoryController::certificatesLoaded, &window,
                     [&] { loadedNs = monotonicNs(); }); // connected after the page: runs after its slot
    window.show();
    const qint64 shownNs = monotonicNs();
    window.openDatabase(store::ConnectionSpec::sqlite(dbPath));

    QTimer::singleShot(300000, &loop,
                       [] { die(QStringLiteral("the table was not populated within 300 s")); });
    if (!painted)
        loop.exec();
    const double cpuMs = processCpuMs();
    const double fromSpawn = spawnedAtNs ? double(paintedNs - spawnedAtNs) / 1e6 : 0;
    const double fromMain = double(paintedNs - mainNs) / 1e6;
    std::printf("# phases from main(): window shown %.1f ms, database open %.1f ms, rows loaded into the "
                "page %.1f ms, first paint with all rows starts %.1f ms, painted %.1f ms\n",
                double(shownNs - mainNs) / 1e6, double(openedNs - mainNs) / 1e6,
                double(loadedNs - mainNs) / 1e6, double(paintStartNs - mainNs) / 1e6, fromMain);
    if (spawnedAtNs)
        result("inventory_populated_from_spawn_ms", fromSpawn, "ms",
               QStringLiteral("(fork+exec+main to painted)"));
    result("inventory_populated_from_main_ms", fromMain, "ms");
    result("inventory_populated_cpu_ms", cpuMs, "ms",
           QStringLiteral("(CPU time of all threads until painted; load average %1)").arg(loadAverage()));
    result("inventory_rows", table->model()->rowCount(), "rows");
    const double populatedVmHwmMiB = double(procStatusKiB("VmHWM")) / 1024.0;
    result("inventory_peak_rss_after_load_mib", populatedVmHwmMiB, "MiB");

    // Filter keystrokes, typed into the real search box.
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    if (!search || !status)
        die(QStringLiteral("the search box or the status filter was not found"));
    search->setFocus();
    settle();
    const QString word = QStringLiteral("host-42");
    Samples keys;
    Samples statuses;
    std::map<QString, int> shownRows;
    const auto key = [&](int code, const QString &text) {
        const int paintsBefore = probe->paints;
        const qint64 t = monotonicNs();
        QKeyEvent press(QEvent::KeyPress, code, Qt::NoModifier, text);
        QKeyEvent release(QEvent::KeyRelease, code, Qt::NoModifier, text);
        QApplication::sendEvent(search, &press);
        QApplication::sendEvent(search, &release);
        settle();
        const double ms = msSince(t);
        if (probe->paints == paintsBefore && table->model()->rowCount() != expectedRows)
            std::fprintf(stderr, "inventory_bench: note: no repaint after a keystroke to \"%s\"\n",
                         qPrintable(search->text()));
        shownRows[search->text()] = table->model()->rowCount();
        return ms;
    };
    for (int r = 0; r < rounds; ++r) {
        for (int c = 0; c < word.size(); ++c) {
            const double ms = key(keyCode(word[c]), word.mid(c, 1));
            keys.add(QStringLiteral("type \"%1\"").arg(word.left(c + 1)), ms);
        }
        for (int c = int(word.size()); c > 0; --c) {
            const double ms = key(Qt::Key_Backspace, {});
            keys.add(QStringLiteral("erase to \"%1\"").arg(word.left(c - 1)), ms);
        }
        if (search->text() != QString())
            die(QStringLiteral("the search box did not take the keystrokes"));
        // Status filter: the combo box's items are All, Valid, Expiring, Expired, Revoked.
        for (int index : {3, 2, 4, 1, 0}) {
            const qint64 t = monotonicNs();
            status->setCurrentIndex(index);
            settle();
            statuses.add(QStringLiteral("status \"%1\"").arg(status->currentText()), msSince(t));
            shownRows[QStringLiteral("status:") + status->currentText()] = table->model()->rowCount();
        }
    }
    std::printf("# filter keystrokes (%d rounds; ms: median / max; rows shown after it)\n", rounds);
    double worstMedian = 0, worstMax = 0;
    std::vector<double> all;
    for (const auto &[label, v] : keys.byLabel) {
        const double med = median(v), max = *std::max_element(v.begin(), v.end());
        worstMedian = std::max(worstMedian, med);
        worstMax = std::max(worstMax, max);
        all.insert(all.end(), v.begin(), v.end());
        const QString text = label.section(u'"', 1, 1);
        std::printf("#   %-22s %8.2f / %8.2f  (%d rows)\n", qPrintable(label), med, max, shownRows[text]);
    }
    for (const auto &[label, v] : statuses.byLabel) {
        const double med = median(v), max = *std::max_element(v.begin(), v.end());
        std::printf("#   %-22s %8.2f / %8.2f  (%d rows)\n", qPrintable(label), med, max,
                    shownRows[QStringLiteral("status:") + label.section(u'"', 1, 1)]);
    }
    double statusWorstMedian = 0, statusWorstMax = 0;
    for (const auto &[label, v] : statuses.byLabel) {
        statusWorstMedian = std::max(statusWorstMedian, median(v));
        statusWorstMax = std::max(statusWorstMax, *std::max_element(v.begin(), v.end()));
    }
    result("filter_keystroke_median_ms", median(all), "ms", QStringLiteral("(all keystrokes)"));
    result("filter_keystroke_worst_median_ms", worstMedian, "ms",
           QStringLiteral("(slowest keystroke, median)"));
    result("filter_keystroke_max_ms", worstMax, "ms", QStringLiteral("(slowest single sample)"));
    result("status_filter_worst_median_ms", statusWorstMedian, "ms");
    result("status_filter_max_ms", statusWorstMax, "ms");

    const double peakMiB = double(procStatusKiB("VmHWM")) / 1024.0;
    result("inventory_peak_rss_mib", peakMiB, "MiB", QStringLiteral("(VmHWM after load and filtering)"));
    result("inventory_rss_end_mib", double(procStatusKiB("VmRSS")) / 1024.0, "MiB");

    const double populated = spawnedAtNs ? fromSpawn : fromMain;
    const bool populatedOk = populated < GoalPopulatedSeconds * 1000;
    const bool keyOk = worstMedian < GoalKeystrokeMs && statusWorstMedian < GoalKeystrokeMs;
    const bool memOk = peakMiB * 1.048576 < GoalPeakMB;
    std::printf("GOAL table populated < %.1f s: %s (%.0f ms)\n", GoalPopulatedSeconds,
                populatedOk ? "met" : "MISSED", populated);
    if (rounds == 0)
        std::printf("GOAL filter keystroke < %.0f ms: not measured (--rounds 0)\n", GoalKeystrokeMs);
    else
        std::printf(
            "GOAL filter keystroke < %.0f ms: %s (slowest keystroke median %.1f ms, max %.1f ms; status "
            "filter median %.1f ms, max %.1f ms)\n",
            GoalKeystrokeMs, keyOk ? "met" : "MISSED", worstMedian, worstMax, statusWorstMedian,
            statusWorstMax);
    std::printf("GOAL peak memory < %.0f MB: %s (%.0f MiB = %.0f MB)\n", GoalPeakMB, memOk ? "met" : "MISSED",
                peakMiB, peakMiB * 1.048576);
    std::fflush(stdout);
    return 0;
}


/// Types the search sequence into `setSearchText` of a filter shown in a table view (the first row
/// selected, as the page does), printing one RESULT per step.
template <typename Filter> void timeSearches(const char *name, Filter &filter, QTableView &view)
{
    view.resize(1000, 700);
    view.setModel(&filter);
    view.show();
    view.selectRow(0);
    settle();
    for (const QString &text :
         {QStringLiteral("h"), QStringLiteral("ho"), QStringLiteral("host-"), QStringLiteral("host-4"),
          QStringLiteral("host-42"), QStringLiteral("host-4"), QStringLiteral("host-"), QString()}) {
        const qint64 t = monotonicNs();
        filter.setSearchText(text);
        settle();
        const QString label = text.isEmpty() ? QStringLiteral("cleared") : QString(text).replace(u'-', u'_');
        result(qPrintable(QStringLiteral("step_%1_search_%2_ms").arg(QLatin1String(name), label)), msSince(t),
               "ms", QStringLiteral("(%1 rows)").arg(filter.rowCount()));
    }
}

/// The same steps one by one, without the window, to see where the time goes.
int breakdown(const QString &dbPath, int argc, char **argv)
{
    QApplication app(argc, argv);
    qint64 t = monotonicNs();
    auto db = store::Database::open(store::ConnectionSpec::sqlite(dbPath));
    if (!db)
        die(db.error().fullText());
    result("step_database_open_ms", msSince(t), "ms");
    auto connection = (*db)->connection();
    t = monotonicNs();
    auto rows = store::CertificateRepository(connection).summaries();
    if (!rows)
        die(rows.error().fullText());
    result("step_summaries_ms", msSince(t), "ms", QStringLiteral("(%1 rows)").arg(rows->size()));
    result("step_rss_after_summaries_mib", double(procStatusKiB("VmRSS")) / 1024.0, "MiB");
    t = monotonicNs();
    item::CertificateTableModel model;
    auto prepared = item::CertificateTableModel::prepareRows(*rows, QDateTime::currentDateTimeUtc(),
                                                             domain::DefaultExpiringDays, model.sortColumn(),
                                                             model.sortOrder());
    result("step_prepare_rows_worker_ms", msSince(t), "ms", QStringLiteral("(worker thread in the console)"));
    t = monotonicNs();
    model.setRows(std::move(prepared));
    result("step_set_rows_gui_ms", msSince(t), "ms", QStringLiteral("(GUI thread in the console)"));
    result("step_rss_after_model_mib", double(procStatusKiB("VmRSS")) / 1024.0, "MiB");
    {
        t = monotonicNs();
        item::CertificateFilterModel filter;
        filter.setSourceModel(&model);
        result("step_filter_model_map_ms", msSince(t), "ms",
               QStringLiteral("(%1 rows)").arg(filter.rowCount()));
        QTableView view;
        timeSearches("product", filter, view);
    }
    result("step_peak_rss_mib", double(procStatusKiB("VmHWM")) / 1024.0, "MiB");
    return 0;
}

void usage()
{
    std::fprintf(
        stderr,
        "usage: inventory_bench [--count N] [--rounds R] [--cache-dir DIR] [--breakdown] [--regenerate]\n"
        "  --count N       certificates in the inventory (default 100000)\n"
        "  --rounds R      rounds of filter keystrokes (default 5; 0 measures the load only)\n"
        "  --cache-dir DIR where the generated inventory is kept between runs\n"
        "                  (default $CERTDESK_BENCH_CACHE or /tmp/certdesk-bench-cache)\n"
        "  --breakdown     also time the load steps one by one, in a second process\n"
        "  --regenerate    make the cached inventory again\n");
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 mainNs = monotonicNs();
    int count = 100000, rounds = 5;
    bool withBreakdown = false, regenerate = false;
    QString cacheDir =
        qEnvironmentVariable("CERTDESK_BENCH_CACHE", QStringLiteral("/tmp/certdesk-bench-cache"));
    QString measureDb, breakdownDb;
    qint64 spawnedAt = 0;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = argv[i];
        const auto value = [&]() -> QByteArray {
            if (i + 1 >= argc) {
                usage();
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--count")
            count = value().toInt();
        else if (a == "--rounds")
            rounds = value().toInt();
        else if (a == "--cache-dir")
            cacheDir = QString::fromLocal8Bit(value());
        else if (a == "--breakdown")
            withBreakdown = true;
        else if (a == "--regenerate")
            regenerate = true;
        else if (a == "--measure-db") // internal: the measured child process
            measureDb = QString::fromLocal8Bit(value());
        else if (a == "--breakdown-db") // internal: the breakdown child process
            breakdownDb = QString::fromLocal8Bit(value());
        else if (a == "--spawned-at")
            spawnedAt = value().toLongLong();
        else {
            usage();
            return 2;
        }
    }
    if (count < 100 || rounds < 0) {
        usage();
        return 2;
    }
    if (!measureDb.isEmpty())
        return measure(measureDb, count, rounds, spawnedAt, mainNs, argc, argv);
    if (!breakdownDb.isEmpty())
        return breakdown(breakdownDb, argc, argv);

    // The parent: make (or reuse) the cached inventory, copy it, and run the measured child on the copy.
    QCoreApplication app(argc, argv);
    QDir().mkpath(cacheDir);
    const QString cached =
        QStringLiteral("%1/inventory-%2-v%3.sqlite").arg(cacheDir).arg(count).arg(CacheFormat);
    if (regenerate || !QFileInfo::exists(cached)) {
        const QString building = cached + QStringLiteral(".building");
        generateInventory(building, count);
        for (const char *suffix : {"-wal", "-shm"})
            QFile::remove(building + QLatin1String(suffix));
        QFile::remove(cached);
        if (!QFile::rename(building, cached))
            die(QStringLiteral("cannot rename %1").arg(building));
    } else {
        std::printf("# reusing %s (%.1f MiB)\n", qPrintable(cached),
                    double(QFileInfo(cached).size()) / 1048576.0);
    }

    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/inventory_bench.XXXXXX"));
    if (!work.isValid())
        die(QStringLiteral("no temporary directory"));
    const QString db = work.filePath(QStringLiteral("inventory.sqlite"));
    if (!QFile::copy(cached, db))
        die(QStringLiteral("cannot copy %1").arg(cached));
    {
        QFile pass(work.filePath(QStringLiteral("passphrase")));
        if (!pass.open(QIODevice::WriteOnly) || pass.write("bench-passphrase\n") < 0)
            die(QStringLiteral("cannot write the passphrase file"));
    }
    QDir(work.path()).mkpath(QStringLiteral("config"));
    QDir(work.path()).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(work.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               work.filePath(QStringLiteral("config"))); // fresh UiSettings
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), work.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("CERTDESK_MASTER_KEY_FILE"), work.filePath(QStringLiteral("passphrase")));
    const auto run = [&](const QStringList &args) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QStringList all = args;
        all << QStringLiteral("--count") << QString::number(count) << QStringLiteral("--rounds")
            << QString::number(rounds) << QStringLiteral("--spawned-at") << QString::number(monotonicNs());
        child.start(QCoreApplication::applicationFilePath(), all);
        if (!child.waitForFinished(600000)) {
            child.kill();
            child.waitForFinished();
            die(QStringLiteral("the measured process did not finish within 600 s"));
        }
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
    };
    std::printf("# inventory_bench: %d certificates, %d filter rounds, QT_QPA_PLATFORM=%s\n", count, rounds,
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"))));
    std::fflush(stdout);
    int code = run({QStringLiteral("--measure-db"), db});
    if (code == 0 && withBreakdown) {
        std::printf("# breakdown: the same steps one by one in a second process\n");
        std::fflush(stdout);
        code = run({QStringLiteral("--breakdown-db"), db});
    }
    return code;
}
