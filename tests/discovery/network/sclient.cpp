// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/discovery/network/sclient.h"

#include "tests/pki/opensslcli.h"
#include "tests/support/testcertificates.h"

#include <QRegularExpression>
#include <QTemporaryDir>

namespace certdesk::testsupport {

QStringList opensslFingerprints(const QByteArray &pem)
{
    static const QRegularExpression pemBlock(
        QStringLiteral("-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----"));
    QTemporaryDir dir;
    QStringList fingerprints;
    auto blocks = pemBlock.globalMatch(QString::fromLatin1(pem));
    while (blocks.hasNext()) {
        const QString path = writeFile(dir.path(), QStringLiteral("cert%1.pem").arg(fingerprints.size()),
                                       blocks.next().captured(0).toLatin1());
        const OpensslRun x509 =
            runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), path, QStringLiteral("-noout"),
                        QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        // "sha256 Fingerprint=AB:CD:..."
        const QString line = QString::fromLatin1(x509.out).trimmed();
        fingerprints.append(line.mid(line.indexOf(u'=') + 1).remove(u':').toLower());
    }
    return fingerprints;
}

QStringList sClientFingerprints(quint16 port, const QString &serverName, const QString &startTls)
{
    QStringList args{QStringLiteral("s_client"), QStringLiteral("-connect"),
                     QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-showcerts")};
    if (serverName.isEmpty())
        args << QStringLiteral("-noservername");
    else
        args << QStringLiteral("-servername") << serverName;
    if (!startTls.isEmpty())
        args << QStringLiteral("-starttls") << startTls;
    return opensslFingerprints(runOpenssl(args).out);
}

} // namespace certdesk::testsupport
