// SPDX-License-Identifier: GPL-3.0-or-later
// sysio::writeFileAtomically on real files: the mode of each kind, a replaced key keeping its
// group's read permission, a replaced file keeping its owner and group (as root, as a deployment on a
// server runs), and a non-root user who cannot keep another user's ownership changing nothing. The
// ownership cases need root (to chown, and to become another user); they fail in CI without it.
#include "connectors/sysio/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace certdesk;
using sysio::FileMode;

namespace {

constexpr uid_t Nobody = 65534;
constexpr gid_t NoGroup = 65534;

struct stat statOf(const QString &path)
{
    struct stat st
    {
    };
    ::stat(QFile::encodeName(path).constData(), &st);
    return st;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeWithMode(const QString &path, const QByteArray &bytes, mode_t mode)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && (file.close(), true) &&
           ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

/// Whether the test may need root: in CI it must have it.
bool needRoot()
{
    if (::geteuid() == 0)
        return true;
    if (qEnvironmentVariable("CI") == QLatin1String("true"))
        qFatal("tst_atomicfile: the ownership cases need root in CI");
    return false;
}

} // namespace

class TestAtomicFile final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void newFilesHaveTheModeOfTheirKind()
    {
        const QString cert = m_dir.filePath(QStringLiteral("new-cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("new-key.pem"));
        QVERIFY(sysio::writeFileAtomically(cert, "certificate", FileMode::Public));
        QVERIFY(sysio::writeFileAtomically(key, "key", FileMode::OwnerOnly));
        QCOMPARE(statOf(cert).st_mode & 07777, mode_t(0644));
        QCOMPARE(statOf(key).st_mode & 07777, mode_t(0600));
        QCOMPARE(contents(cert), QByteArray("certificate"));
        QCOMPARE(contents(key), QByteArray("key"));
    }

    void replacedKeyKeepsOnlyItsGroupsReadPermission_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::newRow("0640 read by a group") << 0640 << 0640;
        QTest::newRow("0600") << 0600 << 0600;
        QTest::newRow("0644 world-readable key") << 0644 << 0600;
        QTest::newRow("0604 others only") << 0604 << 0600;
        QTest::newRow("0660 group may write") << 0660 << 0640;
        QTest::newRow("0440 read-only for its group") << 0440 << 0640;
    }

    void replacedKeyKeepsOnlyItsGroupsReadPermission()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        const QString key = m_dir.filePath(QStringLiteral("key-%1.pem").arg(before, 0, 8));
        QVERIFY(writeWithMode(key, "old key", mode_t(before)));
        QVERIFY(sysio::writeFileAtomically(key, "new key", FileMode::OwnerOnly));
        QCOMPARE(statOf(key).st_mode & 07777, mode_t(after));
        QCOMPARE(contents(key), QByteArray("new key"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp")}, QDir::Files), QStringList());
    }

    void replacedFileKeepsItsOwnerAndGroup()
    {
        if (!needRoot())
            QSKIP("needs root to give a file to another user");
        const QString key = m_dir.filePath(QStringLiteral("service-key.pem"));
        QVERIFY(writeWithMode(key, "old key", 0640));
        QCOMPARE(::chown(QFile::encodeName(key).constData(), Nobody, NoGroup), 0);
        QVERIFY(sysio::writeFileAtomically(key, "new key", FileMode::OwnerOnly));
        const auto st = statOf(key);
        QCOMPARE(st.st_uid, Nobody);
        QCOMPARE(st.st_gid, NoGroup);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
        QCOMPARE(contents(key), QByteArray("new key"));
    }

    void ownerThatCannotBeKeptChangesNothing()
    {
        if (!needRoot())
            QSKIP("needs root to become another user");
        // A folder anybody may write to, holding root's file; "nobody" may rename over it but
        // cannot make the new file root's.
        QTemporaryDir shared;
        QVERIFY(::chmod(QFile::encodeName(shared.path()).constData(), 0777) == 0);
        const QString cert = shared.filePath(QStringLiteral("root-cert.pem"));
        QVERIFY(writeWithMode(cert, "root's certificate", 0644));
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            if (::setgid(NoGroup) != 0 || ::setuid(Nobody) != 0)
                ::_exit(3);
            const Status written = sysio::writeFileAtomically(cert, "nobody's certificate", FileMode::Public);
            const bool explained = !written && written.error().message.contains(QLatin1String("root:root")) &&
                                   written.error().message.contains(QLatin1String("Nothing was changed"));
            ::_exit(explained ? 0 : 4);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QCOMPARE(contents(cert), QByteArray("root's certificate"));
        QCOMPARE(statOf(cert).st_uid, uid_t(0));
        QCOMPARE(QDir(shared.path()).entryList(QDir::Files), QStringList{QStringLiteral("root-cert.pem")});
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
