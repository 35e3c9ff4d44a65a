// SPDX-License-Identifier: GPL-3.0-or-later
// FilesystemScanner on a corpus made at run time: what it finds per path is compared with the
// fingerprints the `openssl` command line tool computes, and every kind of troublesome path (FIFO,
// unreadable file and directory, symlink loop, oversized file, junk) is checked.
#include "connectors/discovery/filesystemscanner.h"
#include "tests/discovery/opensslcorpus.h"
#include "tests/support/testcertificates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace certdesk;
using namespace certdesk::discovery;
using namespace certdesk::testsupport;

namespace {

using FingerprintsByPath = QMap<QString, QSet<QString>>;

/// Everything a scan handed to its sink, and on which threads.
struct Collected
{
    FingerprintsByPath found;
    QSet<QString> needsPassword;
    QMap<QString, QString> problems;
    QList<FilesystemScanProgress> progress;
    QList<qint64> progressAtMs;
    QList<qsizetype> batchSizes;
    QSet<Qt::HANDLE> threads;
    FilesystemScanTotals totals;
    QMap<QString, FileFinding> findings;
};

Collected scan(const FilesystemScanOptions &options, const std::atomic<bool> *cancel = nullptr,
               const std::function<void(Collected &)> &afterBatch = {})
{
    Collected c;
    QElapsedTimer clock;
    clock.start();
    FilesystemScanSink sink;
    sink.onFindings = [&](QList<FileFinding> &&batch) {
        c.threads << QThread::currentThreadId();
        c.batchSizes << batch.size();
        for (FileFinding &f : batch) {
            QVERIFY2(!c.findings.contains(f.path), qPrintable(f.path)); // each file once
            QSet<QString> set;
            for (const CertificateBlob &blob : std::as_const(f.certificates))
                set << blob.sha256;
            if (!f.certificates.isEmpty())
                c.found.insert(f.path, set);
            if (f.needsPassword)
                c.needsPassword << f.path;
            c.findings.insert(f.path, std::move(f));
        }
        if (afterBatch)
            afterBatch(c);
    };
    sink.onProblem = [&](const ScanProblem &p) {
        c.threads << QThread::currentThreadId();
        c.problems.insert(p.path, p.reason);
    };
    sink.onProgress = [&](const FilesystemScanProgress &p) {
        c.threads << QThread::currentThreadId();
        c.progress << p;
        c.progressAtMs << clock.elapsed();
    };
    c.totals = FilesystemScanner(options).run(sink, cancel);
    return c;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class TestFilesystemScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void findsWhatOpensslFinds_data();
    void findsWhatOpensslFinds();
    void reportsTroublesomePaths();
    void unreadableFileAndDirectory();
    void sniffAllFiles();
    void rootsThatAreFilesOrMissing();
    void sinkOnCallerThreadAndProgressThrottled();
    void cancelBeforeStart();
    void cancelDuringScan();

private:
    QString path(const QString &relative) const { return m_root.filePath(relative); }
    QString write(const QString &relative, const QByteArray &bytes);
    void expect(const QString &relative, const QStringList &fingerprints);

    QTemporaryDir m_dir;
    QDir m_root;
    QList<CliCertificate> m_certs;
    FingerprintsByPath m_expected;
    QSet<QString> m_expectedPasswords;
    QString m_lockedDir;
    QString m_lockedFile;
};

QString TestFilesystemScanner::write(const QString &relative, const QByteArray &bytes)
{
    const QString full = path(relative);
    QDir().mkpath(QFileInfo(full).path());
    QFile f(full);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(full));
    return full;
}

void TestFilesystemScanner::expect(const QString &relative, const QStringList &fingerprints)
{
    m_expected.insert(path(relative), QSet<QString>(fingerprints.cbegin(), fingerprints.cend()));
}

void TestFilesystemScanner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString work = m_dir.filePath(QStringLiteral("work"));
    QDir().mkpath(work);
    m_root = QDir(m_dir.filePath(QStringLiteral("root")));
    QDir().mkpath(m_root.path());
    m_certs = cliCertificateZoo(work);
    const auto pemOf = [](const CliCertificate &c) { return readWholeFile(c.pemPath); };
    const auto fp = [](const CliCertificate &c) { return cliFingerprint(c.pemPath, false); };

    // Certificates in every encoding and a few extensions in other case.
    expect(QStringLiteral("certs/rsa2048.pem"), {fp(m_certs.at(1))});
    write(QStringLiteral("certs/rsa2048.pem"), pemOf(m_certs.at(1)));
    write(QStringLiteral("certs/p256.CRT"), pemOf(m_certs.at(2)));
    expect(QStringLiteral("certs/p256.CRT"), {fp(m_certs.at(2))});
    cliToDer(path(QStringLiteral("certs/rsa1024.der")), m_certs.at(0));
    expect(QStringLiteral("certs/rsa1024.der"),
           {cliFingerprint(path(QStringLiteral("certs/rsa1024.der")), true)});
    cliToDer(path(QStringLiteral("certs/p384 with spaces.Cer")), m_certs.at(3));
    expect(QStringLiteral("certs/p384 with spaces.Cer"),
           {cliFingerprint(path(QStringLiteral("certs/p384 with spaces.Cer")), true)});
    write(QStringLiteral("certs/ed25519.cert"), pemOf(m_certs.at(6)));
    expect(QStringLiteral("certs/ed25519.cert"), {fp(m_certs.at(6))});
    write(QStringLiteral("nested/a/b/c/d/deep.crt"), pemOf(m_certs.at(7)));
    expect(QStringLiteral("nested/a/b/c/d/deep.crt"), {fp(m_certs.at(7))});

    // A bundle with comments, PKCS#7 in DER and PEM, PKCS#12.
    QList<QByteArray> bundleDers;
    for (int i : {0, 4, 5, 8})
        bundleDers << m_certs.at(i).der;
    const QString bundle = write(QStringLiteral("bundles/ca-bundle.crt"), toPemBundle(bundleDers, true));
    expect(QStringLiteral("bundles/ca-bundle.crt"), cliPemBundleFingerprints(bundle));
    const QStringList chainPems{m_certs.at(9).pemPath, m_certs.at(10).pemPath, m_certs.at(2).pemPath};
    QDir().mkpath(path(QStringLiteral("bundles")));
    const QString p7b = cliPkcs7(path(QStringLiteral("bundles/chain.p7b")), chainPems, true);
    expect(QStringLiteral("bundles/chain.p7b"), cliPkcs7Fingerprints(p7b, true));
    const QString p7c = cliPkcs7(path(QStringLiteral("bundles/chain.P7C")), chainPems, false);
    expect(QStringLiteral("bundles/chain.P7C"), cliPkcs7Fingerprints(p7c, false));
    QDir().mkpath(path(QStringLiteral("keystores")));
    cliPkcs12(path(QStringLiteral("keystores/id.p12")), m_certs.at(2));
    cliPkcs12(path(QStringLiteral("keystores/other.PFX")), m_certs.at(1));
    m_expectedPasswords << path(QStringLiteral("keystores/id.p12"))
                        << path(QStringLiteral("keystores/other.PFX"));

    // The same certificate in several places and encodings; each place is a finding of its own.
    write(QStringLiteral("dup/again.pem"), pemOf(m_certs.at(2)) + pemOf(m_certs.at(2)));
    expect(QStringLiteral("dup/again.pem"), {fp(m_certs.at(2))});
    cliToDer(path(QStringLiteral("dup/again.der")), m_certs.at(2));
    expect(QStringLiteral("dup/again.der"), {fp(m_certs.at(2))});

    // Junk: nothing found, but problems reported for names that promised certificates.
    const QByteArray cut = pemOf(m_certs.at(1));
    write(QStringLiteral("junk/truncated.pem"), cut.left(cut.size() / 2));
    write(QStringLiteral("junk/garbage-between.pem"),
          "junk line\n" + pemOf(m_certs.at(0)) + "\x01\x02 random bytes\n" + pemOf(m_certs.at(1)) + "more\n");
    expect(QStringLiteral("junk/garbage-between.pem"), {fp(m_certs.at(0)), fp(m_certs.at(1))});
    write(QStringLiteral("junk/binary.pem"), QByteArray(2048, '\x07') + QByteArray("\x00\xff\x30", 3));
    write(QStringLiteral("junk/empty.cer"), {});
    write(QStringLiteral("junk/key.pem"), readWholeFile(m_certs.at(2).keyPath));
    cliCsr(path(QStringLiteral("junk/request.pem")), m_certs.at(2));
    write(QStringLiteral("junk/notes.txt"), "not read at all");
    write(QStringLiteral("junk/bad.p12"), "not a pkcs12");

    // Special files: a FIFO with a certificate name must be reported, never opened.
    QDir().mkpath(path(QStringLiteral("special")));
    QCOMPARE(::mkfifo(QFile::encodeName(path(QStringLiteral("special/fifo.pem"))).constData(), 0600), 0);
    QCOMPARE(::mkfifo(QFile::encodeName(path(QStringLiteral("special/fifo-unnamed"))).constData(), 0600), 0);

    // Symbolic links: a loop back to the root, a link to a certificate file, a dangling one.
    QDir().mkpath(path(QStringLiteral("links")));
    QVERIFY(QFile::link(m_root.path(), path(QStringLiteral("links/loop"))));
    QVERIFY(QFile::link(QStringLiteral("."), path(QStringLiteral("links/self"))));
    QVERIFY(QFile::link(path(QStringLiteral("certs/rsa2048.pem")), path(QStringLiteral("links/linked.pem"))));
    expect(QStringLiteral("links/linked.pem"), {fp(m_certs.at(1))});
    QVERIFY(QFile::link(path(QStringLiteral("nowhere.pem")), path(QStringLiteral("links/dangling.pem"))));

    // A file over the size limit the tests use (64 KiB).
    write(QStringLiteral("big/huge.pem"), pemOf(m_certs.at(0)) + QByteArray(70 * 1024, 'x'));

    // Unreadable file and directory (not enforced for root, see unreadableFileAndDirectory).
    m_lockedFile = write(QStringLiteral("locked/secret.pem"), pemOf(m_certs.at(0)));
    m_lockedDir = path(QStringLiteral("locked/closed"));
    write(QStringLiteral("locked/closed/inside.pem"), pemOf(m_certs.at(0)));
    QCOMPARE(::chmod(QFile::encodeName(m_lockedFile).constData(), 0), 0);
    QCOMPARE(::chmod(QFile::encodeName(m_lockedDir).constData(), 0), 0);
    if (runningAsRoot()) {
        expect(QStringLiteral("locked/secret.pem"), {fp(m_certs.at(0))});
        expect(QStringLiteral("locked/closed/inside.pem"), {fp(m_certs.at(0))});
    }

    // A certificate in a file whose name says nothing: found only when sniffing.
    write(QStringLiteral("sniff/cert-without-extension"), pemOf(m_certs.at(3)));
    write(QStringLiteral("sniff/random.bin"), QByteArray(100, '\x30'));
}

void TestFilesystemScanner::cleanupTestCase()
{
    // Let QTemporaryDir remove what the test locked.
    ::chmod(QFile::encodeName(m_lockedDir).constData(), 0700);
    ::chmod(QFile::encodeName(m_lockedFile).constData(), 0600);
}

void TestFilesystemScanner::findsWhatOpensslFinds_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("default") << 0;
    QTest::newRow("one reader") << 1;
    QTest::newRow("two readers") << 2;
    QTest::newRow("five readers") << 5;
}

void TestFilesystemScanner::findsWhatOpensslFinds()
{
    QFETCH(int, threads);
    FilesystemScanOptions options;
    options.roots = {m_root.path()};
    options.maxFileSize = 64 * 1024;
    options.threads = threads;
    const Collected c = scan(options);
    QCOMPARE(c.found, m_expected);
    QCOMPARE(c.needsPassword, m_expectedPasswords);
    QVERIFY(!c.totals.cancelled);
    qint64 occurrences = 0;
    for (const FileFinding &f : c.findings)
        occurrences += f.certificates.size();
    QCOMPARE(c.totals.counts.certificates, occurrences);
    QCOMPARE(c.totals.problems, qint64(c.problems.size()));
    // Findings carry the file's size and modification time.
    const FileFinding &one = c.findings.value(path(QStringLiteral("certs/rsa2048.pem")));
    QCOMPARE(one.size, QFileInfo(one.path).size());
    QCOMPARE(one.modifiedAt, QFileInfo(one.path).lastModified().toUTC());
    QCOMPARE(one.modifiedAt.timeSpec(), Qt::UTC);
    // The symlink loop was cut: every directory was listed once.
    QCOMPARE(c.totals.counts.directories, qint64(runningAsRoot() ? 17 : 16));
}

void TestFilesystemScanner::reportsTroublesomePaths()
{
    FilesystemScanOptions options;
    options.roots = {m_root.path()};
    options.maxFileSize = 64 * 1024;
    const Collected c = scan(options);
    const QMap<QString, QString> expectedStarts{
        {QStringLiteral("junk/truncated.pem"), QStringLiteral("truncated PEM block")},
        {QStringLiteral("junk/binary.pem"), QStringLiteral("no certificate")},
        {QStringLiteral("junk/empty.cer"), QStringLiteral("empty file")},
        {QStringLiteral("junk/key.pem"), QStringLiteral("no certificate: the file holds a PEM PRIVATE KEY")},
        {QStringLiteral("junk/request.pem"),
         QStringLiteral("no certificate: the file holds a PEM CERTIFICATE REQUEST")},
        {QStringLiteral("junk/bad.p12"), QStringLiteral("not a PKCS#12 file")},
        {QStringLiteral("special/fifo.pem"), QStringLiteral("not a regular file (FIFO)")},
        {QStringLiteral("links/dangling.pem"), QStringLiteral("does not exist")},
        {QStringLiteral("big/huge.pem"), QStringLiteral("larger than 64 KiB, not read")},
    };
    for (auto it = expectedStarts.cbegin(); it != expectedStarts.cend(); ++it) {
        const QString reason = c.problems.value(path(it.key()));
        QVERIFY2(reason.startsWith(it.value()), qPrintable(it.key() + u": " + reason));
    }
    QVERIFY(!c.problems.contains(path(QStringLiteral("special/fifo-unnamed"))));
    QVERIFY(!c.problems.contains(path(QStringLiteral("junk/notes.txt"))));
    QVERIFY(!c.problems.contains(path(QStringLiteral("junk/garbage-between.pem"))));
    const int lockedProblems = runningAsRoot() ? 0 : 2;
    QCOMPARE(c.problems.size(), expectedStarts.size() + lockedProblems);
}

void TestFilesystemScanner::unreadableFileAndDirectory()
{
    if (runningAsRoot())
        QSKIP("running as root: file permissions are not enforced");
    FilesystemScanOptions options;
    options.roots = {m_root.path()};
    const Collected c = scan(options);
    QCOMPARE(c.problems.value(m_lockedFile), QStringLiteral("permission denied"));
    QCOMPARE(c.problems.value(m_lockedDir), QStringLiteral("permission denied"));
    QVERIFY(!c.found.contains(m_lockedFile));
}

void TestFilesystemScanner::sniffAllFiles()
{
    FilesystemScanOptions options;
    options.roots = {path(QStringLiteral("sniff")), path(QStringLiteral("junk"))};
    options.sniffAllFiles = true;
    const Collected c = scan(options);
    QCOMPARE(c.found.value(path(QStringLiteral("sniff/cert-without-extension"))),
             QSet<QString>{cliFingerprint(m_certs.at(3).pemPath, false)});
    // Names without a certificate extension stay quiet; the others still report.
    QVERIFY(!c.problems.contains(path(QStringLiteral("sniff/random.bin"))));
    QVERIFY(!c.problems.contains(path(QStringLiteral("junk/notes.txt"))));
    QVERIFY(c.problems.contains(path(QStringLiteral("junk/key.pem"))));
    QCOMPARE(c.totals.counts.filesRead, qint64(2 + 8));
}

void TestFilesystemScanner::rootsThatAreFilesOrMissing()
{
    FilesystemScanOptions options;
    const QString missing = path(QStringLiteral("does/not/exist"));
    const QString fifo = path(QStringLiteral("special/fifo.pem"));
    options.roots = {path(QStringLiteral("certs/rsa2048.pem")),
                     missing,
                     fifo,
                     path(QStringLiteral("sniff/cert-without-extension")),
                     path(QStringLiteral("certs")),
                     QDir(m_root.path()).relativeFilePath(path(QStringLiteral("dup/again.der")))};
    // A relative root is taken relative to the working directory.
    QDir::setCurrent(m_root.path());
    const Collected c = scan(options);
    QCOMPARE(c.problems.value(missing), QStringLiteral("does not exist"));
    QCOMPARE(c.problems.value(fifo), QStringLiteral("not a regular file (FIFO)"));
    QVERIFY(c.found.contains(path(QStringLiteral("certs/rsa2048.pem"))));
    QVERIFY(c.found.contains(path(QStringLiteral("sniff/cert-without-extension"))));
    QVERIFY(c.found.contains(path(QStringLiteral("certs/p256.CRT"))));
    QVERIFY(c.found.contains(path(QStringLiteral("dup/again.der"))));
}

void TestFilesystemScanner::sinkOnCallerThreadAndProgressThrottled()
{
    FilesystemScanOptions options;
    options.roots = {m_root.path()};
    options.threads = 2;
    const Collected c = scan(options);
    QCOMPARE(c.threads, QSet<Qt::HANDLE>{QThread::currentThreadId()});
    QVERIFY(!c.progress.isEmpty());
    for (qsizetype i = 1; i + 1 < c.progressAtMs.size(); ++i)
        QVERIFY(c.progressAtMs.at(i) - c.progressAtMs.at(i - 1) >= 95);
    QCOMPARE(c.progress.last().filesRead, c.totals.counts.filesRead);
    QCOMPARE(c.progress.last().certificates, c.totals.counts.certificates);
    QCOMPARE(c.progress.last().directories, c.totals.counts.directories);

    // A sink called from another thread than run()'s would show up here too.
    Collected fromThread;
    std::thread other([&] { fromThread = scan(options); });
    other.join();
    QCOMPARE(fromThread.threads.size(), 1);
    QVERIFY(!fromThread.threads.contains(QThread::currentThreadId()));
}

void TestFilesystemScanner::cancelBeforeStart()
{
    FilesystemScanOptions options;
    options.roots = {m_root.path()};
    const std::atomic<bool> cancel = true;
    const Collected c = scan(options, &cancel);
    QVERIFY(c.totals.cancelled);
    QCOMPARE(c.totals.counts.filesRead, qint64(0));
    QVERIFY(c.found.isEmpty());
}

void TestFilesystemScanner::cancelDuringScan()
{
    // Many small files, so that the first batch arrives long before the end.
    QTemporaryDir many;
    QVERIFY(many.isValid());
    const QByteArray pem = toPem(m_certs.at(2).der);
    constexpr int Files = 4000;
    for (int d = 0; d < 40; ++d) {
        QDir().mkpath(many.filePath(QString::number(d)));
        for (int i = 0; i < Files / 40; ++i)
            writeFile(many.filePath(QString::number(d)), QStringLiteral("c%1.pem").arg(i), pem);
    }
    FilesystemScanOptions options;
    options.roots = {many.path()};
    options.threads = 1;
    std::atomic<bool> cancel = false;
    const Collected c = scan(options, &cancel, [&](Collected &) { cancel = true; });
    QVERIFY(c.totals.cancelled);
    QVERIFY(!c.found.isEmpty());
    QVERIFY2(c.totals.counts.filesRead < Files, qPrintable(QString::number(c.totals.counts.filesRead)));
    for (const qsizetype size : c.batchSizes)
        QVERIFY(size <= 256);

    // Without cancelling, every file is found, in batches of a few hundred.
    cancel = false;
    const Collected all = scan(options);
    QCOMPARE(all.found.size(), Files);
    QVERIFY(all.batchSizes.size() >= Files / 256);
    for (const qsizetype size : all.batchSizes)
        QVERIFY(size <= 256);
}

QTEST_GUILESS_MAIN(TestFilesystemScanner)
#include "tst_filesystemscanner.moc"
