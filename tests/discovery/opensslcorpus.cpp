// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/discovery/opensslcorpus.h"

#include "tests/pki/opensslcli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace certdesk::testsupport {

namespace {

OpensslRun mustRun(const QStringList &args)
{
    OpensslRun run = runOpenssl(args);
    if (run.exitCode != 0)
        qFatal("openssl %s failed: %s", qPrintable(args.join(u' ')), run.describe().constData());
    return run;
}

/// The CERTIFICATE blocks of PEM text, each with its BEGIN and END line.
QList<QByteArray> certificateBlocks(const QByteArray &pem)
{
    static const QRegularExpression block(
        QStringLiteral("-----BEGIN CERTIFICATE-----[^-]*-----END CERTIFICATE-----"));
    QList<QByteArray> out;
    auto it = block.globalMatch(QString::fromLatin1(pem));
    while (it.hasNext())
        out << it.next().captured(0).toLatin1() + '\n';
    return out;
}

QStringList fingerprintsOfBlocks(const QList<QByteArray> &blocks)
{
    QTemporaryDir dir;
    QStringList out;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("block%1.pem").arg(i));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(blocks[i]) != blocks[i].size())
            qFatal("cannot write %s", qPrintable(path));
        f.close();
        out << cliFingerprint(path, false);
    }
    return out;
}

} // namespace

CliCertificate cliSelfSigned(const QString &dir, const QString &name, const QString &subject,
                             const QStringList &newKey, const QStringList &extra)
{
    CliCertificate cert{name,
                        QDir(dir).filePath(name + QStringLiteral(".pem")),
                        QDir(dir).filePath(name + QStringLiteral(".key")),
                        {}};
    mustRun(QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey")} + newKey +
            QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), cert.keyPath,
                        QStringLiteral("-subj"), subject, QStringLiteral("-days"), QStringLiteral("30"),
                        QStringLiteral("-out"), cert.pemPath} +
            extra);
    cert.der = mustRun({QStringLiteral("x509"), QStringLiteral("-in"), cert.pemPath,
                        QStringLiteral("-outform"), QStringLiteral("DER")})
                   .out;
    return cert;
}

QList<CliCertificate> cliCertificateZoo(const QString &dir)
{
    const auto ec = [](const QString &curve) {
        return QStringList{QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:") + curve};
    };
    QList<CliCertificate> zoo;
    zoo << cliSelfSigned(dir, QStringLiteral("rsa1024"), QStringLiteral("/CN=rsa1024"),
                         {QStringLiteral("rsa:1024")});
    zoo << cliSelfSigned(dir, QStringLiteral("rsa2048"), QStringLiteral("/C=DE/O=Zoo/CN=rsa2048"),
                         {QStringLiteral("rsa:2048")}, {QStringLiteral("-sha384")});
    zoo << cliSelfSigned(dir, QStringLiteral("p256"), QStringLiteral("/CN=p256"),
                         ec(QStringLiteral("P-256")));
    zoo << cliSelfSigned(dir, QStringLiteral("p384"), QStringLiteral("/CN=p384"), ec(QStringLiteral("P-384")),
                         {QStringLiteral("-sha512")});
    zoo << cliSelfSigned(dir, QStringLiteral("p521"), QStringLiteral("/CN=p521"),
                         ec(QStringLiteral("P-521")));
    zoo << cliSelfSigned(dir, QStringLiteral("secp256k1"), QStringLiteral("/CN=secp256k1"),
                         ec(QStringLiteral("secp256k1")));
    zoo << cliSelfSigned(dir, QStringLiteral("ed25519"), QStringLiteral("/CN=ed25519"),
                         {QStringLiteral("ed25519")});
    zoo << cliSelfSigned(dir, QStringLiteral("ed448"), QStringLiteral("/CN=ed448"),
                         {QStringLiteral("ed448")});
    zoo << cliSelfSigned(
        dir, QStringLiteral("rsapss"), QStringLiteral("/CN=rsapss"),
        {QStringLiteral("rsa-pss"), QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048")});

    const QString dsaParams = QDir(dir).filePath(QStringLiteral("dsa.params"));
    mustRun({QStringLiteral("genpkey"), QStringLiteral("-genparam"), QStringLiteral("-algorithm"),
             QStringLiteral("DSA"), QStringLiteral("-pkeyopt"), QStringLiteral("dsa_paramgen_bits:2048"),
             QStringLiteral("-out"), dsaParams});
    zoo << cliSelfSigned(dir, QStringLiteral("dsa"), QStringLiteral("/CN=dsa"),
                         {QStringLiteral("dsa:") + dsaParams});

    zoo << cliSelfSigned(dir, QStringLiteral("negserial"), QStringLiteral("/CN=negative serial"),
                         {QStringLiteral("rsa:1024")}, {QStringLiteral("-set_serial"), QStringLiteral("-5")});
    zoo << cliSelfSigned(dir, QStringLiteral("zeroserial"), QStringLiteral("/CN=zero serial"),
                         ec(QStringLiteral("P-256")), {QStringLiteral("-set_serial"), QStringLiteral("0")});
    zoo << cliSelfSigned(dir, QStringLiteral("quoted"),
                         QStringLiteral("/C=DE/O=a\\, b+OU=c/L=x;y<z>/ST=\"q\"\\\\/CN= lead#trail /CN=#hash"),
                         ec(QStringLiteral("P-256")));
    zoo << cliSelfSigned(dir, QStringLiteral("utf8"),
                         QStringLiteral("/O=Müller & Söhne/CN=Jürgen Ωmega 日本"),
                         ec(QStringLiteral("P-256")), {QStringLiteral("-utf8")});
    zoo << cliSelfSigned(dir, QStringLiteral("longvalidity"),
                         QStringLiteral("/DC=org/DC=example/UID=42/CN=2060"), ec(QStringLiteral("P-256")),
                         {QStringLiteral("-days"), QStringLiteral("14000")});

    // X25519 cannot sign: its certificate is issued by the RSA root for a forced public key.
    const CliCertificate &issuer = zoo.first();
    const QString xKey = QDir(dir).filePath(QStringLiteral("x25519.key"));
    const QString xPub = QDir(dir).filePath(QStringLiteral("x25519.pub"));
    const QString xCsr = QDir(dir).filePath(QStringLiteral("x25519.csr"));
    CliCertificate x{QStringLiteral("x25519"), QDir(dir).filePath(QStringLiteral("x25519.pem")), xKey, {}};
    mustRun({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("X25519"),
             QStringLiteral("-out"), xKey});
    mustRun({QStringLiteral("pkey"), QStringLiteral("-in"), xKey, QStringLiteral("-pubout"),
             QStringLiteral("-out"), xPub});
    mustRun({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), issuer.keyPath,
             QStringLiteral("-subj"), QStringLiteral("/CN=x25519"), QStringLiteral("-out"), xCsr});
    mustRun({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), xCsr,
             QStringLiteral("-CA"), issuer.pemPath, QStringLiteral("-CAkey"), issuer.keyPath,
             QStringLiteral("-force_pubkey"), xPub, QStringLiteral("-days"), QStringLiteral("30"),
             QStringLiteral("-out"), x.pemPath});
    x.der = mustRun({QStringLiteral("x509"), QStringLiteral("-in"), x.pemPath, QStringLiteral("-outform"),
                     QStringLiteral("DER")})
                .out;
    zoo << x;
    return zoo;
}

QString cliFingerprint(const QString &path, bool der)
{
    const OpensslRun run =
        mustRun({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                 QStringLiteral("-sha256"), QStringLiteral("-inform"),
                 der ? QStringLiteral("DER") : QStringLiteral("PEM"), QStringLiteral("-in"), path});
    const QString text = QString::fromLatin1(run.out).trimmed();
    const qsizetype eq = text.indexOf(u'=');
    if (eq < 0)
        qFatal("unexpected openssl output: %s", qPrintable(text));
    return normaliseFingerprint(text.mid(eq + 1));
}

QStringList cliPemBundleFingerprints(const QString &path)
{
    return fingerprintsOfBlocks(certificateBlocks(readWholeFile(path)));
}

QStringList cliPkcs7Fingerprints(const QString &path, bool der)
{
    const OpensslRun run =
        mustRun({QStringLiteral("pkcs7"), QStringLiteral("-print_certs"), QStringLiteral("-inform"),
                 der ? QStringLiteral("DER") : QStringLiteral("PEM"), QStringLiteral("-in"), path});
    return fingerprintsOfBlocks(certificateBlocks(run.out));
}

QString cliPkcs7(const QString &outPath, const QStringList &pemPaths, bool der)
{
    QStringList args{QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl")};
    for (const QString &p : pemPaths)
        args << QStringLiteral("-certfile") << p;
    args << QStringLiteral("-outform") << (der ? QStringLiteral("DER") : QStringLiteral("PEM"))
         << QStringLiteral("-out") << outPath;
    mustRun(args);
    return outPath;
}

QString cliPkcs12(const QString &outPath, const CliCertificate &cert)
{
    mustRun({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), cert.pemPath,
             QStringLiteral("-inkey"), cert.keyPath, QStringLiteral("-passout"),
             QStringLiteral("pass:secret"), QStringLiteral("-out"), outPath});
    return outPath;
}

QString cliToDer(const QString &outPath, const CliCertificate &cert)
{
    mustRun({QStringLiteral("x509"), QStringLiteral("-in"), cert.pemPath, QStringLiteral("-outform"),
             QStringLiteral("DER"), QStringLiteral("-out"), outPath});
    return outPath;
}

QString cliTrusted(const QString &outPath, const CliCertificate &cert)
{
    mustRun({QStringLiteral("x509"), QStringLiteral("-in"), cert.pemPath, QStringLiteral("-addtrust"),
             QStringLiteral("serverAuth"), QStringLiteral("-trustout"), QStringLiteral("-out"), outPath});
    return outPath;
}

QString cliCsr(const QString &outPath, const CliCertificate &cert)
{
    mustRun({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), cert.keyPath,
             QStringLiteral("-subj"), QStringLiteral("/CN=csr"), QStringLiteral("-out"), outPath});
    return outPath;
}

QByteArray readWholeFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString normaliseFingerprint(QString colonHex)
{
    return colonHex.trimmed().remove(u':').toLower();
}

} // namespace certdesk::testsupport
