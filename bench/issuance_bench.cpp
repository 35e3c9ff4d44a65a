// SPDX-License-Identifier: GPL-3.0-or-later
// issuance_bench: bulk issuance by the local CA through the real job queue and store.
//
// For each runner concurrency (default 2, then 1) the benchmark makes a fresh SQLite inventory in a
// temporary directory, opened with core::AppContext and a PassphraseKeySource with the product's
// default PBKDF2 iteration count (600,000), and:
//   * times the first unlock of the SecretStore, which runs the KDF; the key source is wrapped so
//     that the number of KDF runs is counted (it must be 1 for the whole round);
//   * adds a self-signed local CA (EC P-256) with IssuerService::addLocalCa;
//   * enqueues N "certificate.issue" jobs with JobService::enqueueIssue (EC P-256 leaf, 2 DNS SANs):
//     one by one (autocommit) in the first round, in one transaction (JobService::enqueueIssue of a
//     list) in the later ones; timed on its own;
//   * runs a core::JobRunner (registerLifecycleHandlers, Options.maxConcurrent = C) with
//     runUntilIdle() until the queue is empty, timed (wall and CPU): keys, CSRs, signing, sealing of
//     the keys (AES-GCM under the data key), store writes, job bookkeeping;
//   * verifies that every job succeeded at its first attempt with a certificate id, counts the
//     certificates and sealed keys, checks every issued certificate against the CA (issuer chain, 2
//     SANs) and opens one sealed key to check it belongs to its certificate.
// Then, in the same run, it runs ../shared/bench/localca_baseline.sh (OpenSSL CLI variants and a bare
// C loop on libcrypto, with RESULTS_DIR in a temporary directory), prints its RESULT lines, the ratios
// and the goal check: at least half the C loop's certificates per second.
// With --breakdown it times the steps of one issuance one by one on a further fresh inventory.
// Prints "RESULT key value unit" lines and "GOAL ...: met|MISSED". Not a test: not registered with ctest.
#include "app/core/appcontext.h"
#include "app/core/auditlog.h"
#include "app/core/datakeysource.h"
#include "app/core/issuancejobs.h"
#include "app/core/issuerservice.h"
#include "app/core/jobrunner.h"
#include "app/core/jobservice.h"
#include "app/core/lifecycleservice.h"
#include "app/core/secretstore.h"
#include "connectors/issuer/issuer.h"
#include "connectors/pki/certificatebuilder.h"
#include "connectors/pki/certificateparser.h"
#include "connectors/pki/csr.h"
#include "connectors/pki/keygenerator.h"
#include "connectors/pki/privatekey.h"
#include "connectors/pki/symmetriccrypto.h"
#include "models/domain/profile.h"
#include "models/store/certificaterepository.h"
#include "models/store/database.h"
#include "models/store/issuerrepository.h"
#include "models/store/jobrepository.h"
#include "models/store/privatekeyrepository.h"
#include "models/store/settingsrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <sys/resource.h>
#include <thread>
#include <time.h>
#include <vector>

#ifndef CERTDESK_SOURCE_DIR
#define CERTDESK_SOURCE_DIR "."
#endif

using namespace certdesk;

namespace {

using Clock = std::chrono::steady_clock;

constexpr double GoalFractionOfCLoop = 0.5;
const QString IssuerName = QStringLiteral("Bench CA");
const QByteArray PrivateKeyAad = QByteArrayLiteral("private_key"); // as LifecycleService seals keys

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double msSince(Clock::time_point start)
{
    return secondsSince(start) * 1000.0;
}

void result(const QString &key, double value, const char *unit, const QString &note = {})
{
    std::printf("RESULT %s %.3f %s%s%s\n", qPrintable(key), value, unit, note.isEmpty() ? "" : " ",
                qPrintable(note));
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "issuance_bench: %s\n", qPrintable(what));
    std::exit(1);
}

/// User plus system CPU time of this process (all threads) so far, in seconds.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto s = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return s(usage.ru_utime) + s(usage.ru_stime);
}

/// The 1-minute load average: how busy the machine was (other builds share the cores).
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').value(0)) : QString();
}

/// The product's PassphraseKeySource, with the KDF runs counted and timed: the data key must be
/// derived once per inventory, never per key.
class CountingKeySource final : public core::DataKeySource
{
public:
    explicit CountingKeySource(const QString &passphraseFile) : m_inner(passphraseFile) {}
    QString kind() const override { return m_inner.kind(); }
    QString description() const override { return m_inner.description(); }
    QString wrongKeyMessage() const override { return m_inner.wrongKeyMessage(); }
    Result<pki::SecureBytes> obtain(const core::DataKeyContext &context) override
    {
        const auto t0 = Clock::now();
        auto key = m_inner.obtain(context);
        ms += msSince(t0);
        ++calls;
        return key;
    }

    int calls = 0;
    double ms = 0;

private:
    core::PassphraseKeySource m_inner; // the product's default iteration count
};

/// One value of a single-row query on the calling thread's connection.
QVariant scalar(store::Database &db, const QString &sql)
{
    auto q = store::runQuery(db.connection(), sql, {}, QStringLiteral("run a benchmark query"));
    if (!q)
        die(q.error().fullText());
    if (!q.value().next())
        return {};
    const QVariant v = q.value().value(0);
    q.value().finish();
    return v;
}

core::IssueCertificateRequest leafRequest(int i)
{
    core::IssueCertificateRequest r;
    r.issuerName = IssuerName;
    r.commonName = QStringLiteral("leaf-%1.bench.test").arg(i);
    r.sans = {QStringLiteral("DNS:leaf-%1.bench.test").arg(i),
              QStringLiteral("DNS:www.leaf-%1.bench.test").arg(i)};
    r.keyAlgorithm = QStringLiteral("ec256");
    return r;
}

/// A fresh inventory in `dir` with its counted key source and the local CA.
struct Inventory
{
    std::shared_ptr<core::AppContext> app;
    CountingKeySource *keySource = nullptr; // owned by the app's SecretStore
    double unlockMs = 0;
    double addCaMs = 0;
    QByteArray caDer;
    QString iterations;
};

Inventory openInventory(const QString &dir)
{
    const QString passFile = dir + QStringLiteral("/passphrase");
    {
        QFile pass(passFile);
        if (!pass.open(QIODevice::WriteOnly) || pass.write("bench-master-passphrase\n") < 0)
            die(QStringLiteral("cannot write %1").arg(passFile));
    }
    Inventory inv;
    auto source = std::make_unique<CountingKeySource>(passFile);
    inv.keySource = source.get();
    auto app = core::AppContext::open(
        store::ConnectionSpec::sqlite(dir + QStringLiteral("/inventory.sqlite")), std::move(source));
    if (!app)
        die(app.error().fullText());
    inv.app = *app;

    auto t0 = Clock::now();
    if (auto s = inv.app->secrets().unlock(); !s)
        die(s.error().fullText());
    inv.unlockMs = msSince(t0);
    auto iterations = store::SettingsRepository(inv.app->database()->connection())
                          .value(QStringLiteral("secrets.kdf_iterations"));
    if (iterations && iterations->has_value())
        inv.iterations = **iterations;

    core::LocalCaSetup setup;
    setup.name = IssuerName;
    setup.mode = core::LocalCaSetup::Mode::SelfSigned;
    setup.caCommonName = QStringLiteral("CertDesk Bench CA");
    setup.caKeyAlgorithm = QStringLiteral("ec256");
    t0 = Clock::now();
    auto ca = inv.app->issuers().addLocalCa(setup);
    if (!ca)
        die(ca.error().fullText());
    inv.addCaMs = msSince(t0);
    auto stored = inv.app->issuers().findByName(IssuerName);
    if (!stored)
        die(stored.error().fullText());
    inv.caDer =
        QByteArray::fromBase64(stored->config.value(QStringLiteral("ca_certificate")).toString().toLatin1());
    return inv;
}

/// Checks every job, certificate and key after a round; dies on any mismatch.
void verifyRound(Inventory &inv, int n, int finishedSignals)
{
    auto &db = *inv.app->database();
    std::map<QString, int> statuses;
    {
        auto q = store::runQuery(db.connection(),
                                 QStringLiteral("SELECT status, count(*) FROM jobs GROUP BY status"), {},
                                 QStringLiteral("count jobs"));
        if (!q)
            die(q.error().fullText());
        while (q.value().next())
            statuses[q.value().value(0).toString()] = q.value().value(1).toInt();
    }
    QStringList summary;
    for (const auto &[status, count] : statuses)
        summary << QStringLiteral("%1=%2").arg(status).arg(count);
    const int succeeded =
        statuses.count(QStringLiteral("succeeded")) ? statuses[QStringLiteral("succeeded")] : 0;
    const int withCertificate =
        scalar(db, QStringLiteral(
                       "SELECT count(DISTINCT json_extract(result_json, '$.certificate_id')) FROM jobs "
                       "WHERE status = 'succeeded' AND json_extract(result_json, '$.certificate_id') "
                       "IS NOT NULL"))
            .toInt();
    const int maxAttempts = scalar(db, QStringLiteral("SELECT max(attempts) FROM jobs")).toInt();
    const int certificates = scalar(db, QStringLiteral("SELECT count(*) FROM certificates")).toInt();
    const int versions =
        scalar(db, QStringLiteral("SELECT count(*) FROM certificate_versions WHERE private_key_id IS "
                                  "NOT NULL"))
            .toInt();
    const int keys = scalar(db, QStringLiteral("SELECT count(*) FROM private_keys")).toInt(); // + the CA key
    const int linked =
        scalar(db, QStringLiteral("SELECT count(*) FROM certificates WHERE issuer_id IS NOT NULL")).toInt();
    const int audits =
        scalar(db, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'certificate.issue'"))
            .toInt();
    note(QStringLiteral(
             "verify: jobs %1; with certificate_id %2; max attempts %3; certificates %4 (linked to the CA "
             "%5, versions with a key %6); sealed keys %7 (CA included); issue audit events %8; "
             "jobFinished signals %9")
             .arg(summary.join(QStringLiteral(", ")))
             .arg(withCertificate)
             .arg(maxAttempts)
             .arg(certificates)
             .arg(linked)
             .arg(versions)
             .arg(keys)
             .arg(audits)
             .arg(finishedSignals));
    if (succeeded != n || statuses.size() != 1 || withCertificate != n || maxAttempts != 1 ||
        certificates != n || linked != n || versions != n || keys != n + 1 || audits != n)
        die(QStringLiteral("verification failed: not every job issued exactly one certificate"));

    // Every issued certificate: parsed, chains to the CA, carries the 2 SANs.
    auto ca = pki::parseCertificateDer(inv.caDer);
    if (!ca)
        die(ca.error().fullText());
    int good = 0;
    QByteArray lastDer;
    qint64 lastKeyId = 0;
    {
        auto q = store::runQuery(db.connection(),
                                 QStringLiteral("SELECT der, private_key_id FROM certificate_versions"), {},
                                 QStringLiteral("read the issued certificates"));
        if (!q)
            die(q.error().fullText());
        while (q.value().next()) {
            auto leaf = pki::parseCertificateDer(q.value().value(0).toByteArray());
            if (leaf && leaf->sans.tagged().size() == 2 && !leaf->isCa &&
                leaf->keyType == QLatin1String("EC") && !pki::issuerChain(*leaf, {*ca}).isEmpty())
                ++good;
            lastDer = q.value().value(0).toByteArray();
            lastKeyId = q.value().value(1).toLongLong();
        }
    }
    auto sealed = store::PrivateKeyRepository(db.connection()).find(lastKeyId);
    if (!sealed)
        die(sealed.error().fullText());
    auto opened = inv.app->secrets().open(sealed->sealedPkcs8, PrivateKeyAad);
    const bool keyOk = opened && pki::keyMatchesCertificate(*opened, lastDer);
    note(QStringLiteral(
             "verify: %1 of %2 certificates parse, chain to the CA and carry 2 SANs; a sealed key opens "
             "and matches its certificate: %3")
             .arg(good)
             .arg(certificates)
             .arg(keyOk ? QStringLiteral("yes") : QStringLiteral("NO")));
    if (good != n || !keyOk)
        die(QStringLiteral("verification failed: issued certificates or keys are wrong"));
}

struct RoundResult
{
    int concurrency = 0;
    double certsPerSecond = 0;
};

RoundResult runRound(int n, int concurrency, bool enqueueInBulk)
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/issuance_bench.XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("no temporary directory"));
    const QString tag = QStringLiteral("c%1").arg(concurrency);
    note(
        QStringLiteral("round %1: %2 certificates, JobRunner maxConcurrent = %3, fresh inventory in %4, load "
                       "average %5")
            .arg(tag)
            .arg(n)
            .arg(concurrency)
            .arg(dir.path(), loadAverage()));
    Inventory inv = openInventory(dir.path());
    result(tag + QStringLiteral("_first_unlock_ms"), inv.unlockMs, "ms",
           QStringLiteral("(PBKDF2-HMAC-SHA256, %1 iterations, KDF %2 ms)")
               .arg(inv.iterations)
               .arg(inv.keySource->ms, 0, 'f', 1));
    result(tag + QStringLiteral("_add_local_ca_ms"), inv.addCaMs, "ms",
           QStringLiteral("(self-signed EC P-256, test signing included)"));

    // Enqueue.
    auto &jobs = inv.app->jobs();
    auto t0 = Clock::now();
    if (enqueueInBulk) {
        QList<core::IssueCertificateRequest> requests;
        requests.reserve(n);
        for (int i = 0; i < n; ++i)
            requests << leafRequest(i);
        if (auto ids = jobs.enqueueIssue(requests); !ids)
            die(ids.error().fullText());
    } else {
        for (int i = 0; i < n; ++i) {
            if (auto id = jobs.enqueueIssue(leafRequest(i)); !id)
                die(id.error().fullText());
        }
    }
    const double enqueueMs = msSince(t0);
    result(tag + QStringLiteral("_enqueue_ms"), enqueueMs, "ms",
           QStringLiteral("(%1 jobs %2, %3 us/job)")
               .arg(n)
               .arg(enqueueInBulk ? QStringLiteral("in one transaction, JobService::enqueueIssue(list)")
                                  : QStringLiteral("one by one, autocommit"))
               .arg(1000.0 * enqueueMs / n, 0, 'f', 1));

    // Run.
    core::JobRunner::Options options;
    options.maxConcurrent = concurrency;
    core::JobRunner runner(inv.app->database(), options);
    core::registerLifecycleHandlers(runner, inv.app->lifecycle());
    int finished = 0;
    QObject::connect(&runner, &core::JobRunner::jobFinished, [&finished](qint64, domain::JobStatus status) {
        if (status == domain::JobStatus::Succeeded)
            ++finished;
    });
    const int kdfBefore = inv.keySource->calls;
    const double cpu0 = processCpuSeconds();
    t0 = Clock::now();
    runner.runUntilIdle();
    const double seconds = secondsSince(t0);
    const double cpu = processCpuSeconds() - cpu0;
    QCoreApplication::sendPostedEvents(); // deliver the queued jobChanged/jobFinished signals
    const int kdfDuringRun = inv.keySource->calls - kdfBefore;

    RoundResult r;
    r.concurrency = concurrency;
    r.certsPerSecond = n / seconds;
    result(tag + QStringLiteral("_issue_certs_per_s"), r.certsPerSecond, "certs/s",
           QStringLiteral("(%1 certificates in %2 s, %3 ms/cert; CPU %4 s = %5 ms/cert, %6 cores busy; load "
                          "average %7)")
               .arg(n)
               .arg(seconds, 0, 'f', 3)
               .arg(1000.0 * seconds / n, 0, 'f', 3)
               .arg(cpu, 0, 'f', 2)
               .arg(1000.0 * cpu / n, 0, 'f', 2)
               .arg(cpu / seconds, 0, 'f', 2)
               .arg(loadAverage()));
    result(tag + QStringLiteral("_kdf_runs"), inv.keySource->calls, "runs",
           QStringLiteral(
               "(for the whole round, %1 during the %2 issuances; the data key is derived once, then one "
               "AES-GCM seal per key)")
               .arg(kdfDuringRun)
               .arg(n));
    if (inv.keySource->calls != 1 || kdfDuringRun != 0)
        die(QStringLiteral("the KDF ran %1 times (%2 during issuance): expected once")
                .arg(inv.keySource->calls)
                .arg(kdfDuringRun));
    verifyRound(inv, n, finished);
    return r;
}

// ---------------------------------------------------------------------------------------------
// --breakdown: the steps of one issuance, one by one
// ---------------------------------------------------------------------------------------------

/// CPU time of the calling thread, in seconds.
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/// Runs `step` `n` times and prints its mean wall time in microseconds, with the thread's CPU time
/// beside it (wall minus CPU is waiting: fsync, or other processes on the cores); returns the mean.
double timeStep(const QString &key, int n, const std::function<void(int)> &step, const QString &what)
{
    const double cpu0 = threadCpuSeconds();
    const auto t0 = Clock::now();
    for (int i = 0; i < n; ++i)
        step(i);
    const double us = 1e6 * secondsSince(t0) / n;
    const double cpuUs = 1e6 * (threadCpuSeconds() - cpu0) / n;
    result(QStringLiteral("breakdown_") + key + QStringLiteral("_us"), us, "us/cert",
           QStringLiteral("(CPU %1 us) %2").arg(cpuUs, 0, 'f', 1).arg(what));
    return us;
}

/// A handler that does nothing: the job queue's own cost per job.
class NoopHandler final : public core::JobHandler
{
public:
    Status run(core::JobContext &) override { return {}; }
};

/// A handler that ends its job in a transaction of its own, as IssueJobHandler does through the
/// lifecycle service's commit hook, and does nothing else.
class EndingHandler final : public core::JobHandler
{
public:
    Status run(core::JobContext &context) override
    {
        QSqlDatabase db = context.database();
        store::Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        if (auto ended = context.succeedWithin(db, 1, 1, QStringLiteral("Done")); !ended)
            return ended;
        return transaction.commit();
    }
};

/// A handler that reports progress twice and writes a log line, and nothing else: what a handler
/// that reports as it goes costs the job queue.
class BookkeepingOnlyHandler final : public core::JobHandler
{
public:
    Status run(core::JobContext &context) override
    {
        context.setProgress(0, 2, QStringLiteral("Issuing leaf"));
        context.log(QStringLiteral("Issued certificate 1 for leaf"));
        context.setProgress(2, 2, QStringLiteral("Issued leaf"));
        return {};
    }
};

template <typename T> T valueOrDie(Result<T> r)
{
    if (!r)
        die(r.error().fullText());
    return std::move(r).value();
}

// ---------------------------------------------------------------------------------------------
// Prototype of the proposed fix for the crypto part (measures the fix; the product does not use it)
// ---------------------------------------------------------------------------------------------

/// The crypto of one issuance as the proposed fix would do it: the key stays an EVP_PKEY handle from
/// generation to signing (no PKCS#8 decode for the CSR, no SPKI DER round trips), the CSR is built,
/// signed and verified on handles, the CA's notAfter is not re-parsed, the issued certificate is
/// parsed once, the key's SPKI hash comes from the CSR's encoded key, and the key is encoded to
/// PKCS#8 once, for sealing. Same extensions as the C loop of localca_baseline.sh.
struct PrototypeIssuer
{
    X509 *caCert = nullptr;
    EVP_PKEY *caKey = nullptr;
    const pki::SecureBytes *dataKey = nullptr;

    static bool ext(X509 *x, X509V3_CTX *ctx, int nid, const char *value)
    {
        X509_EXTENSION *e = X509V3_EXT_conf_nid(nullptr, ctx, nid, value);
        if (!e)
            return false;
        const bool ok = X509_add_ext(x, e, -1) == 1;
        X509_EXTENSION_free(e);
        return ok;
    }

    /// Returns false on any failure; fills what LifecycleService stores.
    bool issue(int i, domain::CertificateDetails &details, QString &spkiSha256, QByteArray &sealedKey) const
    {
        const QByteArray cn = QStringLiteral("leaf-%1.bench.test").arg(i).toUtf8();
        const QByteArray san =
            QStringLiteral("DNS:leaf-%1.bench.test,DNS:www.leaf-%1.bench.test").arg(i).toUtf8();
        EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        X509_REQ *req = X509_REQ_new();
        X509 *x = X509_new();
        bool ok = key && req && x;
        // The CSR, built and signed on the key handle.
        ok = ok && X509_REQ_set_version(req, X509_REQ_VERSION_1) == 1 &&
             X509_NAME_add_entry_by_txt(X509_REQ_get_subject_name(req), "CN", MBSTRING_UTF8,
                                        reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1,
                                        0) == 1 &&
             X509_REQ_set_pubkey(req, key) == 1;
        if (ok) {
            STACK_OF(X509_EXTENSION) *exts = sk_X509_EXTENSION_new_null();
            X509_EXTENSION *e = X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name, san.constData());
            ok = exts && e && sk_X509_EXTENSION_push(exts, e) > 0 && X509_REQ_add_extensions(req, exts) == 1;
            sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
        }
        ok = ok && X509_REQ_sign(req, key, EVP_sha256()) > 0;
        // The CA side: verify on the handle, build, sign.
        EVP_PKEY *requestKey = ok ? X509_REQ_get0_pubkey(req) : nullptr;
        ok = ok && requestKey && X509_REQ_verify(req, requestKey) == 1;
        if (ok) {
            unsigned char serial[16];
            RAND_bytes(serial, sizeof serial);
            serial[0] = (serial[0] & 0x7f) | 0x40;
            BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
            ok = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x)) &&
                 X509_set_version(x, X509_VERSION_3) == 1 && X509_gmtime_adj(X509_getm_notBefore(x), -300) &&
                 X509_gmtime_adj(X509_getm_notAfter(x), 90L * 86400) &&
                 X509_set_subject_name(x, X509_REQ_get_subject_name(req)) == 1 &&
                 X509_set_issuer_name(x, X509_get_subject_name(caCert)) == 1 &&
                 X509_set_pubkey(x, requestKey) == 1;
            BN_free(bn);
        }
        if (ok) {
            X509V3_CTX ctx;
            X509V3_set_ctx_nodb(&ctx);
            X509V3_set_ctx(&ctx, caCert, x, nullptr, nullptr, 0);
            ok = ext(x, &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
                 ext(x, &ctx, NID_key_usage, "critical,digitalSignature") &&
                 ext(x, &ctx, NID_ext_key_usage, "serverAuth,clientAuth") &&
                 ext(x, &ctx, NID_subject_key_identifier, "hash") &&
                 ext(x, &ctx, NID_authority_key_identifier, "keyid:always") &&
                 ext(x, &ctx, NID_subject_alt_name, san.constData()) && X509_sign(x, caKey, EVP_sha256()) > 0;
        }
        // What the store needs: the details (one parse), the key's SPKI hash, the sealed PKCS#8.
        if (ok) {
            unsigned char *der = nullptr;
            const int len = i2d_X509(x, &der);
            ok = len > 0;
            if (ok) {
                auto parsed = pki::parseCertificateDer(QByteArray(reinterpret_cast<const char *>(der), len));
                ok = bool(parsed);
                if (ok)
                    details = std::move(parsed).value();
            }
            OPENSSL_free(der);
        }
        if (ok) {
            unsigned char *spki = nullptr;
            // The CSR holds the key already encoded: no encoder runs here.
            const int len = i2d_X509_PUBKEY(X509_REQ_get_X509_PUBKEY(req), &spki);
            ok = len > 0;
            if (ok)
                spkiSha256 = pki::sha256Hex(QByteArray(reinterpret_cast<const char *>(spki), len));
            OPENSSL_free(spki);
        }
        if (ok) {
            PKCS8_PRIV_KEY_INFO *p8 = EVP_PKEY2PKCS8(key);
            unsigned char *buf = nullptr;
            const int len = p8 ? i2d_PKCS8_PRIV_KEY_INFO(p8, &buf) : 0;
            ok = len > 0;
            if (ok) {
                pki::SecureBytes pkcs8(QByteArray(reinterpret_cast<const char *>(buf), len));
                OPENSSL_cleanse(buf, size_t(len));
                auto sealed = pki::aeadSeal(*dataKey, pkcs8.bytes(), PrivateKeyAad);
                ok = bool(sealed);
                if (ok)
                    sealedKey = *sealed;
            }
            OPENSSL_free(buf);
            PKCS8_PRIV_KEY_INFO_free(p8);
        }
        X509_free(x);
        X509_REQ_free(req);
        EVP_PKEY_free(key);
        return ok;
    }
};

/// Times the prototype on one thread and on two, and prints its time and CPU per certificate.
void runPrototype(const QByteArray &caDer, const pki::SecureBytes &caKeyPkcs8, int n)
{
    const auto *p = reinterpret_cast<const unsigned char *>(caDer.constData());
    X509 *caCert = d2i_X509(nullptr, &p, long(caDer.size()));
    p = reinterpret_cast<const unsigned char *>(caKeyPkcs8.bytes().constData());
    PKCS8_PRIV_KEY_INFO *p8 = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(caKeyPkcs8.size()));
    EVP_PKEY *caKey = p8 ? EVP_PKCS82PKEY(p8) : nullptr;
    PKCS8_PRIV_KEY_INFO_free(p8);
    const pki::SecureBytes dataKey = pki::randomBytes(32);
    if (!caCert || !caKey)
        die(QStringLiteral("prototype: cannot decode the CA"));
    const PrototypeIssuer proto{caCert, caKey, &dataKey};
    for (int threads : {1, 2}) {
        std::atomic<int> failures{0};
        const double cpu0 = processCpuSeconds();
        const auto t0 = Clock::now();
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                domain::CertificateDetails details;
                QString hash;
                QByteArray sealed;
                for (int i = t; i < n; i += threads) {
                    if (!proto.issue(i, details, hash, sealed) || details.sans.tagged().size() != 2 ||
                        hash.isEmpty())
                        ++failures;
                }
            });
        }
        for (auto &thread : pool)
            thread.join();
        const double seconds = secondsSince(t0);
        const double cpuUs = 1e6 * (processCpuSeconds() - cpu0) / n;
        if (failures.load())
            die(QStringLiteral("prototype: %1 failures").arg(failures.load()));
        result(QStringLiteral("breakdown_prototype_crypto_t%1_us").arg(threads), 1e6 * seconds / n, "us/cert",
               QStringLiteral(
                   "(CPU %1 us, %2 certs/s on %3 thread(s)) PROTOTYPE of the proposed crypto path: key "
                   "handle kept, CSR built and verified on handles, CA not re-parsed, issued certificate "
                   "parsed once, SPKI hash from the CSR, one PKCS#8 encode + AES-GCM seal")
                   .arg(cpuUs, 0, 'f', 1)
                   .arg(n / seconds, 0, 'f', 1)
                   .arg(threads));
    }
    X509_free(caCert);
    EVP_PKEY_free(caKey);
}

void runBreakdown(int n)
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/issuance_bench.XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("no temporary directory"));
    note(QStringLiteral("breakdown: the steps of one issuance one by one, %1 times each, one thread, fresh "
                        "inventory; load average %2")
             .arg(n)
             .arg(loadAverage()));
    Inventory inv = openInventory(dir.path());
    auto &db = *inv.app->database();
    const auto caStored = valueOrDie(inv.app->issuers().findByName(IssuerName));
    const auto connector = valueOrDie(inv.app->issuers().connector(caStored.id));
    const auto caKey = valueOrDie(store::PrivateKeyRepository(db.connection())
                                      .find(caStored.config.value(QStringLiteral("ca_key_id")).toInteger()));
    const auto signer = valueOrDie(pki::CertificateSigner::create(
        inv.caDer, valueOrDie(inv.app->secrets().open(caKey.sealedPkcs8, PrivateKeyAad))));
    const domain::CertificateProfile profile;

    std::vector<pki::KeyPair> keys(n);
    std::vector<pki::CertificationRequest> csrs(n);
    std::vector<QStringList> csrSans(n);
    std::vector<QByteArray> issued(n);
    std::vector<domain::CertificateDetails> details(n);
    std::vector<QByteArray> sealed(n);
    std::vector<QString> publicKeyHashes(n);
    const auto subjectOf = [](int i) { return QStringLiteral("/CN=leaf-%1.bench.test").arg(i); };
    const auto sansOf = [](int i) { return leafRequest(i).sans; };

    // The crypto steps as LifecycleService::issue and LocalCaIssuer::issue run them.
    double sum = 0;
    sum += timeStep(
        QStringLiteral("generate_key_pair"), n,
        [&](int i) { keys[i] = valueOrDie(pki::generateKeyPair(pki::KeyAlgorithm::EcP256)); },
        QStringLiteral("pki::generateKeyPair(EC P-256): keygen, the key kept as a handle (nothing encoded)"));
    sum += timeStep(
        QStringLiteral("create_request"), n,
        [&](int i) { csrs[i] = valueOrDie(pki::createRequest(subjectOf(i), sansOf(i), keys[i])); },
        QStringLiteral("pki::createRequest: SPKI from the key's parameters, build, ECDSA sign, DER"));
    sum += timeStep(
        QStringLiteral("verify_request"), n,
        [&](int i) {
            if (auto verified = csrs[i].verify(); !verified)
                die(verified.error().fullText());
            csrSans[i] = valueOrDie(csrs[i].subjectAltNames());
        },
        QStringLiteral(
            "LocalCaIssuer::issue: CSR signature check (ECDSA verify) and its SANs, on the handle"));
    sum += timeStep(
        QStringLiteral("sign_request"), n,
        [&](int i) {
            const auto now = QDateTime::currentDateTimeUtc();
            pki::CertificateRequest request;
            request.subject = subjectOf(i);
            request.subjectAltNames = csrSans[i];
            request.notBefore = now.addSecs(-300);
            request.notAfter = now.addDays(90);
            request.keyUsage = profile.keyUsageFor(QStringLiteral("EC"));
            request.extendedKeyUsage = profile.extendedKeyUsage;
            issued[i] = valueOrDie(signer.signRequest(request, csrs[i])).der;
        },
        QStringLiteral("CertificateSigner::signRequest: the request's encoded key copied, build, ECDSA sign "
                       "by the CA, serial returned (no parse)"));
    sum += timeStep(
        QStringLiteral("parse_issued_certificate"), n,
        [&](int i) { details[i] = valueOrDie(pki::parseCertificateDer(issued[i])); },
        QStringLiteral("pki::parseCertificateDer of the issued certificate, once (LifecycleService::issue)"));
    sum += timeStep(
        QStringLiteral("public_key_hash"), n,
        [&](int i) {
            const QByteArray spki = csrs[i].publicKeyDer();
            if (!issued[i].contains(spki))
                die(QStringLiteral("breakdown: the certificate does not carry the request's key"));
            publicKeyHashes[i] = pki::sha256Hex(spki);
        },
        QStringLiteral("the key row's hash: SHA-256 of the request's already encoded SPKI"));
    sum += timeStep(
        QStringLiteral("encode_and_seal_key"), n,
        [&](int i) {
            const pki::SecureBytes pkcs8 = keys[i].toPkcs8();
            sealed[i] = valueOrDie(inv.app->secrets().seal(pkcs8.bytes(), PrivateKeyAad));
        },
        QStringLiteral("PKCS#8 encoding (one OSSL_ENCODER) and SecretStore::seal (AES-256-GCM, no KDF)"));

    // The store transaction of LifecycleService::issue, written the same way, with what the issue
    // job's commit hook adds: the job's result and end, and the claim of the worker's next job (in a
    // savepoint; it finds none here). The placeholder jobs are claimed first, as a runner would.
    const QString owner = QStringLiteral("bench-breakdown");
    const QString placeholder = QStringLiteral("bench.placeholder");
    std::vector<qint64> jobIds(n);
    for (int i = 0; i < n; ++i) {
        store::NewJob job;
        job.kind = placeholder;
        jobIds[i] = valueOrDie(store::JobRepository(db.connection()).enqueue(job));
    }
    for (int i = 0; i < n; ++i) {
        if (!valueOrDie(store::JobRepository(db.connection()).claimNext(owner, 600, {placeholder})))
            die(QStringLiteral("breakdown: a placeholder job could not be claimed"));
    }
    sum += timeStep(
        QStringLiteral("store_transaction"), n,
        [&](int i) {
            auto c = db.connection();
            store::Transaction transaction(c);
            if (!transaction.isActive())
                die(transaction.error().fullText());
            const qint64 keyId = valueOrDie(
                store::PrivateKeyRepository(c).insert(details[i].keyType, publicKeyHashes[i], sealed[i]));
            store::NewManagedCertificate fresh;
            fresh.details = details[i];
            fresh.privateKeyId = keyId;
            for (const auto &der : QList<QByteArray>{inv.caDer}) {
                domain::CertificateDetails d;
                d.der = der;
                fresh.chainPem += d.toPem();
            }
            const qint64 id = valueOrDie(store::CertificateRepository(c).create(fresh));
            if (auto s = store::IssuerRepository(c).linkCertificate(id, caStored.id, profile.name); !s)
                die(s.error().fullText());
            if (auto s = core::recordAudit(
                    c, core::AuditAction::Issue, QStringLiteral("certificate"), QString::number(id),
                    QStringLiteral("Issued by %1 (profile %2, serial %3, SHA-256 %4)")
                        .arg(IssuerName, profile.name, details[i].serialHex, details[i].sha256));
                !s)
                die(s.error().fullText());
            store::JobRepository jobs(c);
            if (auto s = jobs.setResult(jobIds[i], QJsonObject{{QStringLiteral("certificate_id"), id}}); !s)
                die(s.error().fullText());
            if (auto s = jobs.markSucceeded(jobIds[i], owner, QStringLiteral("Issued certificate %1").arg(id),
                                            store::JobProgress{1, 1});
                !s)
                die(s.error().fullText());
            {
                store::Transaction savepoint(c);
                (void)valueOrDie(jobs.claimNext(owner, 600, {placeholder}));
            }
            if (auto s = transaction.commit(); !s)
                die(s.error().fullText());
        },
        QStringLiteral(
            "the transaction of LifecycleService::issue: key row, certificate + version (nested savepoint), "
            "issuer link, audit event, job result and end, claim of the next job (savepoint); one commit"));
    timeStep(
        QStringLiteral("autocommit_write"), n,
        [&](int i) {
            if (auto s = store::JobRepository(db.connection()).appendLog(jobIds[i], QStringLiteral("x")); !s)
                die(s.error().fullText());
        },
        QStringLiteral("one autocommit INSERT (JobRepository::appendLog): the price of one commit, "
                       "synchronous=FULL in WAL mode"));
    note(QStringLiteral("breakdown: sum of the issuance steps above: %1 us/cert").arg(sum, 0, 'f', 1));

    // Cross-checks: the product's composite calls.
    timeStep(
        QStringLiteral("local_ca_issue"), n,
        [&](int i) {
            issuer::IssueRequest request;
            request.csrDer = csrs[i].der();
            request.csr = csrs[i];
            request.keyUsage = profile.keyUsageFor(QStringLiteral("EC"));
            request.extendedKeyUsage = profile.extendedKeyUsage;
            (void)valueOrDie(connector->issue(request));
        },
        QStringLiteral("LocalCaIssuer::issue as a whole, given the request's handle (verify, sign)"));
    runPrototype(inv.caDer, valueOrDie(inv.app->secrets().open(caKey.sealedPkcs8, PrivateKeyAad)), n);
    timeStep(
        QStringLiteral("lifecycle_issue"), n,
        [&](int i) { (void)valueOrDie(inv.app->lifecycle().issue(leafRequest(100000 + i))); },
        QStringLiteral("LifecycleService::issue called directly, no job queue (key to commit)"));

    // The job queue alone: jobs whose handler does nothing (the runner's own writes: the claim, and
    // the end with the final progress), jobs whose handler ends its job in a transaction of its own as
    // IssueJobHandler does (one commit per job, with the claim of the next), and jobs whose handler
    // reports progress and writes a log line (the progress throttle holds back both progress values).
    struct QueueCase
    {
        const char *key;
        std::shared_ptr<core::JobHandler> handler;
        int concurrency;
        const char *what;
    };
    const QueueCase cases[] = {
        {"job_runner_floor_c1", std::make_shared<NoopHandler>(), 1,
         "handler returns at once: claim, markSucceeded with the final progress (2 commits)"},
        {"job_ending_within_c1", std::make_shared<EndingHandler>(), 1,
         "handler ends the job in its own transaction, as IssueJobHandler: 1 commit per job (end and "
         "claim of the next)"},
        {"job_ending_within_c2", std::make_shared<EndingHandler>(), 2, "as above, 2 workers"},
        {"job_bookkeeping_c1", std::make_shared<BookkeepingOnlyHandler>(), 1,
         "handler reports progress twice and writes a log line: claim, log line, end (3 commits)"},
    };
    for (const auto &queueCase : cases) {
        const QString kind = QStringLiteral("bench.%1").arg(QLatin1String(queueCase.key));
        for (int i = 0; i < n; ++i) {
            store::NewJob job;
            job.kind = kind;
            (void)valueOrDie(store::JobRepository(db.connection()).enqueue(job));
        }
        core::JobRunner::Options options;
        options.maxConcurrent = queueCase.concurrency;
        core::JobRunner runner(inv.app->database(), options);
        runner.registerHandler(kind, queueCase.handler);
        const double cpu0 = processCpuSeconds();
        const auto t0 = Clock::now();
        runner.runUntilIdle();
        const double us = 1e6 * secondsSince(t0) / n;
        const double cpuUs = 1e6 * (processCpuSeconds() - cpu0) / n;
        QCoreApplication::sendPostedEvents();
        const int done = scalar(db, QStringLiteral("SELECT count(*) FROM jobs WHERE kind = '%1' AND status = "
                                                   "'succeeded'")
                                        .arg(kind))
                             .toInt();
        if (done != n)
            die(QStringLiteral("breakdown: %1 of %2 %3 jobs succeeded").arg(done).arg(n).arg(kind));
        result(QStringLiteral("breakdown_%1_us").arg(QLatin1String(queueCase.key)), us, "us/job",
               QStringLiteral("(CPU %1 us, all threads) JobRunner maxConcurrent=%2, %3 jobs: %4")
                   .arg(cpuUs, 0, 'f', 1)
                   .arg(queueCase.concurrency)
                   .arg(n)
                   .arg(QLatin1String(queueCase.what)));
    }
}

// ---------------------------------------------------------------------------------------------
// The peer baseline
// ---------------------------------------------------------------------------------------------

struct BaselineFigure
{
    double value = 0;
    QString line;
};

/// Runs localca_baseline.sh and returns its RESULT lines by key; its log goes to `logPath` (default: a
/// file in the temporary directory, named in the output).
std::map<QString, BaselineFigure> runBaseline(const QString &script, int n, const QString &logPath)
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/issuance_bench_baseline.XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("no temporary directory"));
    note(QStringLiteral("baseline: %1 %2 (RESULTS_DIR=%3), load average %4")
             .arg(script)
             .arg(n)
             .arg(dir.path(), loadAverage()));
    QProcess child;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RESULTS_DIR"), dir.path());
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    const auto t0 = Clock::now();
    child.start(QStringLiteral("bash"), {script, QString::number(n)});
    if (!child.waitForStarted(10000))
        die(QStringLiteral("cannot start %1").arg(script));
    QByteArray log;
    while (!child.waitForFinished(1000)) {
        log += child.readAll();
        if (secondsSince(t0) > 1800) {
            child.kill();
            child.waitForFinished();
            die(QStringLiteral("%1 did not finish within 30 minutes").arg(script));
        }
    }
    log += child.readAll();
    QFile logFile(
        logPath.isEmpty()
            ? QDir::tempPath() +
                  QStringLiteral("/issuance_bench_baseline.%1.log").arg(QCoreApplication::applicationPid())
            : logPath);
    if (logFile.open(QIODevice::WriteOnly))
        logFile.write(log);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        die(QStringLiteral("%1 failed (exit code %2); its log: %3")
                .arg(script)
                .arg(child.exitCode())
                .arg(logFile.fileName()));
    note(QStringLiteral("baseline took %1 s; its log: %2")
             .arg(secondsSince(t0), 0, 'f', 1)
             .arg(logFile.fileName()));

    QFile results(dir.filePath(QStringLiteral("localca_baseline.txt")));
    if (!results.open(QIODevice::ReadOnly))
        die(QStringLiteral("the baseline wrote no %1").arg(results.fileName()));
    std::map<QString, BaselineFigure> figures;
    for (const QByteArray &raw : results.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(u'#'))
            std::printf("# baseline %s\n", qPrintable(line.mid(1).trimmed()));
        if (!line.startsWith(QLatin1String("RESULT ")))
            continue;
        std::printf("%s\n", qPrintable(line));
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        bool ok = false;
        const double value = parts.value(2).toDouble(&ok);
        if (ok)
            figures[parts.value(1)] = {value, line};
    }
    std::fflush(stdout);
    return figures;
}

void usage()
{
    std::fprintf(
        stderr,
        "usage: issuance_bench [--count N] [--concurrency C[,C...]] [--breakdown] [--breakdown-count M]\n"
        "                      [--baseline SCRIPT] [--baseline-count K] [--baseline-log FILE] "
        "[--skip-baseline]\n"
        "  --count N            certificates per round (default 1000)\n"
        "  --concurrency LIST   JobRunner maxConcurrent of each round (default 2,1); the first round\n"
        "                       enqueues one by one, the later ones in bulk (one transaction); the first\n"
        "                       round's rate is the one checked against the goal\n"
        "  --breakdown          also time the steps of one issuance one by one (M times, default 300)\n"
        "  --baseline SCRIPT    localca_baseline.sh (default " CERTDESK_SOURCE_DIR
        "/../shared/bench/localca_baseline.sh)\n"
        "  --baseline-count K   its N (default 200)\n"
        "  --baseline-log FILE  where its log goes (default: a file in the temporary directory)\n"
        "  --skip-baseline      no baseline, no ratio, no goal check\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 1000;
    QList<int> concurrencies{2, 1};
    bool breakdown = false;
    int breakdownCount = 300;
    QString baseline =
        QDir::cleanPath(QStringLiteral(CERTDESK_SOURCE_DIR "/../shared/bench/localca_baseline.sh"));
    int baselineCount = 200;
    bool skipBaseline = false;
    QString baselineLog;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                usage();
                std::exit(2);
            }
            return args[++i];
        };
        if (a == QLatin1String("--count"))
            count = value().toInt();
        else if (a == QLatin1String("--concurrency")) {
            concurrencies.clear();
            for (const auto &c : value().split(u',', Qt::SkipEmptyParts))
                concurrencies << c.toInt();
        } else if (a == QLatin1String("--breakdown"))
            breakdown = true;
        else if (a == QLatin1String("--breakdown-count"))
            breakdownCount = value().toInt();
        else if (a == QLatin1String("--baseline"))
            baseline = value();
        else if (a == QLatin1String("--baseline-count"))
            baselineCount = value().toInt();
        else if (a == QLatin1String("--baseline-log"))
            baselineLog = value();
        else if (a == QLatin1String("--skip-baseline"))
            skipBaseline = true;
        else {
            usage();
            return 2;
        }
    }
    if (count < 1 || concurrencies.isEmpty() || breakdownCount < 1 || baselineCount < 1 ||
        std::any_of(concurrencies.begin(), concurrencies.end(), [](int c) { return c < 1; })) {
        usage();
        return 2;
    }
    if (!skipBaseline && !QFileInfo::exists(baseline))
        die(QStringLiteral("no baseline script at %1 (--baseline, or --skip-baseline)").arg(baseline));

    qputenv("QT_LOGGING_RULES", "qt.*=false"); // no driver chatter in the RESULT output
    note(QStringLiteral(
             "issuance_bench: %1 EC P-256 certificates per round, JobRunner maxConcurrent %2, %3 cores, "
             "load average %4")
             .arg(count)
             .arg([&] {
                 QStringList s;
                 for (int c : concurrencies)
                     s << QString::number(c);
                 return s.join(QStringLiteral(", "));
             }())
             .arg(QThread::idealThreadCount())
             .arg(loadAverage()));

    std::vector<RoundResult> rounds;
    for (qsizetype i = 0; i < concurrencies.size(); ++i)
        rounds.push_back(runRound(count, concurrencies[i], i > 0));
    if (breakdown)
        runBreakdown(breakdownCount);
    if (skipBaseline)
        return 0;

    const auto figures = runBaseline(baseline, baselineCount, baselineLog);
    const auto figure = [&](const char *key) {
        const auto it = figures.find(QString::fromLatin1(key));
        if (it == figures.end())
            die(QStringLiteral("the baseline printed no %1").arg(QLatin1String(key)));
        return it->second.value;
    };
    const double cLoop = figure("F_c_library_5000_certs_per_s");
    const double cLoopN = figure("F_c_library_certs_per_s");
    const double cli = figure("A_genpkey_req_x509_certs_per_s");
    for (const auto &r : rounds) {
        result(QStringLiteral("c%1_ratio_to_c_loop").arg(r.concurrency), r.certsPerSecond / cLoop, "x",
               QStringLiteral("(%1 vs %2 certs/s of the C loop over 5000 certs; %3 certs/s over %4)")
                   .arg(r.certsPerSecond, 0, 'f', 1)
                   .arg(cLoop, 0, 'f', 1)
                   .arg(cLoopN, 0, 'f', 1)
                   .arg(baselineCount));
        result(QStringLiteral("c%1_ratio_to_openssl_cli").arg(r.concurrency), r.certsPerSecond / cli, "x",
               QStringLiteral("(%1 vs %2 certs/s of genpkey + req + x509 -req, variant A)")
                   .arg(r.certsPerSecond, 0, 'f', 1)
                   .arg(cli, 0, 'f', 1));
    }
    const RoundResult &goalRound = rounds.front();
    const double ratio = goalRound.certsPerSecond / cLoop;
    std::printf(
        "GOAL issuance through the job queue >= %.1fx the C loop: %s (maxConcurrent %d: %.1f certs/s, C loop "
        "%.1f certs/s, %.2fx; needs %.1f certs/s)\n",
        GoalFractionOfCLoop, ratio >= GoalFractionOfCLoop ? "met" : "MISSED", goalRound.concurrency,
        goalRound.certsPerSecond, cLoop, ratio, GoalFractionOfCLoop * cLoop);
    std::fflush(stdout);
    return 0;
}
