// SPDX-License-Identifier: GPL-3.0-or-later
// TargetService on a real inventory with the real target types: adding, changing and removing
// targets, secrets sealed in the secret store (never in config_json, the audit log or anywhere in
// the database file in plain text, bound to their target and field), bad input that stores
// nothing, the dry run against real folders, and binding certificates to targets.
#include "app/core/issuerservice.h"
#include "app/core/lifecycleservice.h"
#include "app/core/targetservice.h"
#include "coretestsupport.h"
#include "models/store/database.h"
#include "tests/support/testcertificates.h"

#include <QDir>
#include <QtTest>

using namespace certdesk;

namespace {

const QByteArray SshPassword = "Target-Password-5f2c9e-never-in-plain-text";

target::TargetSettings traefikSettings(const QString &dir)
{
    target::TargetSettings settings;
    settings.values = QJsonObject{{QStringLiteral("cert_dir"), dir}};
    return settings;
}

target::TargetSettings sshSettings(const QByteArray &password)
{
    target::TargetSettings settings;
    settings.values = QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                  {QStringLiteral("user"), QStringLiteral("deploy")},
                                  {QStringLiteral("auth_method"), QStringLiteral("password")},
                                  {QStringLiteral("cert_path"), QStringLiteral("/srv/tls/site.crt")},
                                  {QStringLiteral("key_path"), QStringLiteral("/srv/tls/site.key")}};
    if (!password.isEmpty())
        settings.secrets.emplace(QStringLiteral("password"), pki::SecureBytes(password));
    return settings;
}

/// A PKCS#12 keystore target: its dry run opens the keystore with the password (a secret).
target::TargetSettings keystoreSettings(const QString &path, const QByteArray &password)
{
    target::TargetSettings settings;
    settings.values = QJsonObject{{QStringLiteral("keystore_path"), path},
                                  {QStringLiteral("keystore_type"), QStringLiteral("PKCS12")},
                                  {QStringLiteral("alias"), QStringLiteral("server")}};
    if (!password.isEmpty())
        settings.secrets.emplace(QStringLiteral("keystore_password"), pki::SecureBytes(password));
    return settings;
}

/// The result of the dry run's "Keystore password" check; "missing" when it did not run.
QString passwordCheck(const Result<target::ValidationReport> &report)
{
    if (!report)
        return QStringLiteral("error: ") + report.error().fullText();
    for (const auto &step : report->steps) {
        if (step.title == QLatin1String("Keystore password"))
            return step.ok ? QStringLiteral("passed") : QStringLiteral("failed");
    }
    return QStringLiteral("missing");
}

qint64 count(testsupport::TestInventory &inv, const QString &sql)
{
    auto q = store::runQuery(inv.context->database()->connection(), sql, {}, QStringLiteral("count"));
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

QString text(testsupport::TestInventory &inv, const QString &sql, const QVariantList &bindings)
{
    auto q = store::runQuery(inv.context->database()->connection(), sql, bindings, QStringLiteral("read"));
    return q && q.value().next() ? q.value().value(0).toString() : QString();
}

/// The actions of the audit log, oldest first.
QStringList auditActions(testsupport::TestInventory &inv)
{
    QStringList out;
    auto q = store::runQuery(inv.context->database()->connection(),
                             QStringLiteral("SELECT action FROM audit_events ORDER BY id"), {},
                             QStringLiteral("read"));
    while (q && q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace

class TestTargetService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addChangeAndRemove()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto &targets = inv.context->targets();
        const QString dir = inv.path(QStringLiteral("traefik"));
        QVERIFY(QDir().mkpath(dir));
        auto id = targets.add(QStringLiteral("edge"), QStringLiteral("traefik"), traefikSettings(dir));
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        auto found = targets.find(QStringLiteral("edge"));
        QVERIFY(found.ok());
        QCOMPARE(found->id, *id);
        QCOMPARE(found->type, QStringLiteral("traefik"));
        QCOMPARE(found->config, traefikSettings(dir).values);
        QVERIFY(found->secretKeys.isEmpty());
        QVERIFY(found->enabled);
        QVERIFY(found->lastStatus.isEmpty());
        QCOMPARE(targets.list()->size(), 1);

        auto changed = traefikSettings(dir);
        changed.values.insert(QStringLiteral("cert_file"), QStringLiteral("edge.crt"));
        QVERIFY(targets.update(QStringLiteral("edge"), changed).ok());
        QCOMPARE(targets.find(QStringLiteral("edge"))->config.value(QStringLiteral("cert_file")).toString(),
                 QStringLiteral("edge.crt"));
        changed.values.insert(QStringLiteral("cert_file"), QStringLiteral("../escape.crt"));
        const auto refused = targets.update(QStringLiteral("edge"), changed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("cert_file")),
                 qPrintable(refused.error().message));
        QCOMPARE(targets.find(QStringLiteral("edge"))->config.value(QStringLiteral("cert_file")).toString(),
                 QStringLiteral("edge.crt"));

        QVERIFY(targets.setEnabled(QStringLiteral("edge"), false).ok());
        QVERIFY(!targets.find(QStringLiteral("edge"))->enabled);
        QVERIFY(targets.remove(QStringLiteral("edge")).ok());
        QCOMPARE(targets.find(QStringLiteral("edge")).error().code, ErrorCode::NotFound);
        QCOMPARE(targets.remove(QStringLiteral("edge")).error().code, ErrorCode::NotFound);
        QCOMPARE(auditActions(inv),
                 QStringList({QStringLiteral("target.add"), QStringLiteral("target.edit"),
                              QStringLiteral("target.edit"), QStringLiteral("target.remove")}));
    }

    void badInputStoresNothing()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto &targets = inv.context->targets();
        QVERIFY(targets.add(QStringLiteral("edge"), QStringLiteral("traefik"), traefikSettings(inv.path({})))
                    .ok());
        const qint64 audits = count(inv, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
        const qint64 secrets = count(inv, QStringLiteral("SELECT COUNT(*) FROM secrets"));

        const auto expectInvalid = [&](const Result<qint64> &r, const QString &mentions) {
            QVERIFY2(!r.ok(), "bad input was accepted");
            QVERIFY2(r.error().code == ErrorCode::InvalidInput, qPrintable(r.error().fullText()));
            QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        };
        expectInvalid(
            targets.add(QStringLiteral("x"), QStringLiteral("no-such-type"), traefikSettings(inv.path({}))),
            QStringLiteral("traefik")); // the message lists the types there are
        expectInvalid(targets.add(QStringLiteral("x"), QStringLiteral("traefik"),
                                  traefikSettings(QStringLiteral("relative/dir"))),
                      QStringLiteral("cert_dir"));
        auto typo = traefikSettings(inv.path({}));
        typo.values.insert(QStringLiteral("cert_dri"), QStringLiteral("/tmp"));
        expectInvalid(targets.add(QStringLiteral("x"), QStringLiteral("traefik"), typo),
                      QStringLiteral("cert_dri"));
        expectInvalid(
            targets.add(QStringLiteral("edge"), QStringLiteral("traefik"), traefikSettings(inv.path({}))),
            QStringLiteral("edge"));
        expectInvalid(targets.add(QStringLiteral("two words"), QStringLiteral("traefik"),
                                  traefikSettings(inv.path({}))),
                      QStringLiteral("two words"));
        expectInvalid(
            targets.add(QStringLiteral("../x"), QStringLiteral("traefik"), traefikSettings(inv.path({}))),
            QStringLiteral("../x"));
        auto plainSecret = sshSettings({});
        plainSecret.values.insert(QStringLiteral("password"), QString::fromLatin1(SshPassword));
        expectInvalid(targets.add(QStringLiteral("x"), QStringLiteral("ssh"), plainSecret),
                      QStringLiteral("password"));
        expectInvalid(targets.add(QStringLiteral("x"), QStringLiteral("ssh"), sshSettings({})),
                      QStringLiteral("password"));
        target::TargetSettings nginx;
        nginx.values =
            QJsonObject{{QStringLiteral("cert_path"), inv.path(QStringLiteral("c.pem"))},
                        {QStringLiteral("key_path"), inv.path(QStringLiteral("k.pem"))},
                        {QStringLiteral("reload_command"), QStringLiteral("nginx -s reload; rm -rf /")}};
        expectInvalid(targets.add(QStringLiteral("x"), QStringLiteral("nginx"), nginx),
                      QStringLiteral("reload_command"));

        QCOMPARE(targets.list()->size(), 1);
        QCOMPARE(count(inv, QStringLiteral("SELECT COUNT(*) FROM audit_events")), audits);
        QCOMPARE(count(inv, QStringLiteral("SELECT COUNT(*) FROM secrets")), secrets);
        QVERIFY(!testsupport::allDatabaseBytes(inv.dbPath).contains(SshPassword));
    }

    void secretsAreSealedPerTargetAndField()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto &targets = inv.context->targets();
        auto added = targets.add(QStringLiteral("bastion"), QStringLiteral("ssh"), sshSettings(SshPassword));
        QVERIFY2(added.ok(), qPrintable(added.error().fullText()));
        QCOMPARE(targets.find(QStringLiteral("bastion"))->secretKeys,
                 QStringList{QStringLiteral("password")});
        const QString config =
            text(inv, QStringLiteral("SELECT config_json FROM deployment_targets WHERE name = ?"),
                 {QStringLiteral("bastion")});
        QVERIFY(config.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(!config.contains(QString::fromLatin1(SshPassword)));
        QVERIFY(!config.contains(QStringLiteral("\"password\":")));
        QCOMPARE(
            count(inv, QStringLiteral("SELECT COUNT(*) FROM secrets WHERE name = 'target/bastion/password'")),
            1);
        QVERIFY(targets.connector(QStringLiteral("bastion")).ok());

        // A change that leaves the password out keeps the sealed one (password login needs it).
        auto changed = sshSettings({});
        changed.values.insert(QStringLiteral("port"), QStringLiteral("2222"));
        const auto updated = targets.update(QStringLiteral("bastion"), changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error().fullText()));
        QCOMPARE(targets.find(QStringLiteral("bastion"))->secretKeys,
                 QStringList{QStringLiteral("password")});
        QVERIFY(targets.connector(QStringLiteral("bastion")).ok());

        // The sealed value names its target and field: moved to another target it does not open.
        QVERIFY(targets.add(QStringLiteral("other"), QStringLiteral("ssh"), sshSettings("another password"))
                    .ok());
        QVERIFY(store::runQuery(
                    inv.context->database()->connection(),
                    QStringLiteral("UPDATE secrets SET sealed = (SELECT sealed FROM secrets WHERE name = "
                                   "'target/bastion/password') WHERE name = 'target/other/password'"),
                    {}, QStringLiteral("move a secret"))
                    .ok());
        const auto moved = targets.connector(QStringLiteral("other"));
        QVERIFY(!moved.ok());
        QVERIFY(!moved.error().fullText().contains(QString::fromLatin1(SshPassword)));

        const QByteArray database = testsupport::allDatabaseBytes(inv.dbPath);
        QVERIFY(!database.contains(SshPassword));
        QVERIFY(!database.contains("another password"));
        const QString audit =
            text(inv, QStringLiteral("SELECT group_concat(details, '|') FROM audit_events"), {});
        QVERIFY(audit.contains(QStringLiteral("bastion")));
        QVERIFY(!audit.contains(QString::fromLatin1(SshPassword)));

        QVERIFY(targets.remove(QStringLiteral("bastion")).ok());
        QCOMPARE(
            count(inv, QStringLiteral("SELECT COUNT(*) FROM secrets WHERE name LIKE 'target/bastion/%'")), 0);
        QCOMPARE(count(inv, QStringLiteral("SELECT COUNT(*) FROM secrets WHERE name LIKE 'target/other/%'")),
                 1);
    }

    void dryRunChecksTheRealFolders()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto &targets = inv.context->targets();
        const QString dir = inv.path(QStringLiteral("certs"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(targets.add(QStringLiteral("good"), QStringLiteral("traefik"), traefikSettings(dir)).ok());
        QVERIFY(targets
                    .add(QStringLiteral("missing"), QStringLiteral("traefik"),
                         traefikSettings(inv.path(QStringLiteral("no-such-folder"))))
                    .ok());
        auto good = targets.test(QStringLiteral("good"));
        QVERIFY2(good.ok(), qPrintable(good.error().fullText()));
        QVERIFY(good->ok());
        QVERIFY(!good->steps.isEmpty());
        auto missing = targets.test(QStringLiteral("missing"));
        QVERIFY(missing.ok());
        QVERIFY(!missing->ok());
        QVERIFY(
            std::any_of(missing->steps.cbegin(), missing->steps.cend(), [](const target::ValidationStep &s) {
                return !s.ok && s.title.contains(QStringLiteral("no-such-folder"));
            }));
        QVERIFY(QDir(dir).isEmpty()); // a dry run writes nothing
        auto unsaved = targets.test(QStringLiteral("traefik"), traefikSettings(dir));
        QVERIFY(unsaved.ok() && unsaved->ok());
        QCOMPARE(targets.test(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
        QCOMPARE(auditActions(inv).count(QStringLiteral("target.test")), 3);
        QVERIFY(text(inv,
                     QStringLiteral("SELECT details FROM audit_events WHERE object_id = 'missing' AND action "
                                    "= 'target.test'"),
                     {})
                    .contains(QStringLiteral("failed")));
    }

    void testOfChangedSettingsUsesTheSavedSecrets()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        auto &targets = inv.context->targets();
        const QByteArray saved = "Keystore-Password-1d7e40-never-in-plain-text";
        const QByteArray other = "Other-Keystore-Password-93b2c1";
        const auto ca = testsupport::makeSelfSignedCa(QStringLiteral("Keystore Test CA"));
        const auto leaf = testsupport::makeLeaf(ca, QStringLiteral("tomcat.lab.test"));
        const QString first =
            testsupport::writeFile(inv.path({}), QStringLiteral("first.p12"),
                                   testsupport::toPkcs12(leaf, {}, QString::fromLatin1(saved)));
        const QString second =
            testsupport::writeFile(inv.path({}), QStringLiteral("second.p12"),
                                   testsupport::toPkcs12(leaf, {}, QString::fromLatin1(other)));
        const auto added = targets.add(QStringLiteral("tomcat"), QStringLiteral("javakeystore"),
                                       keystoreSettings(first, saved));
        QVERIFY2(added.ok(), qPrintable(added.error().fullText()));

        // Edited settings without the password: the test opens the keystore with the saved one.
        auto changed = keystoreSettings(first, {});
        changed.values.insert(QStringLiteral("alias"), QStringLiteral("tomcat"));
        QCOMPARE(passwordCheck(targets.testChanged(QStringLiteral("tomcat"), changed)),
                 QStringLiteral("passed"));
        // As unsaved settings the same test has no password at all.
        const auto unsaved = targets.test(QStringLiteral("javakeystore"), changed);
        QVERIFY(!unsaved.ok());
        QCOMPARE(unsaved.error().code, ErrorCode::InvalidInput);

        // The saved password is really used: it does not open another keystore...
        auto moved = keystoreSettings(second, {});
        QCOMPARE(passwordCheck(targets.testChanged(QStringLiteral("tomcat"), moved)),
                 QStringLiteral("failed"));
        // ...and a typed password replaces it, for the test only.
        moved.secrets.emplace(QStringLiteral("keystore_password"), pki::SecureBytes(other));
        QCOMPARE(passwordCheck(targets.testChanged(QStringLiteral("tomcat"), moved)),
                 QStringLiteral("passed"));
        auto wrong = keystoreSettings(first, "not the password");
        QCOMPARE(passwordCheck(targets.testChanged(QStringLiteral("tomcat"), wrong)),
                 QStringLiteral("failed"));

        // A test saves nothing: the target keeps its settings and its password.
        QCOMPARE(targets.find(QStringLiteral("tomcat"))->config, keystoreSettings(first, {}).values);
        QCOMPARE(passwordCheck(targets.test(QStringLiteral("tomcat"))), QStringLiteral("passed"));
        QCOMPARE(targets.testChanged(QStringLiteral("nope"), changed).error().code, ErrorCode::NotFound);

        // Saving the change the same way keeps the password too.
        QVERIFY(targets.update(QStringLiteral("tomcat"), changed).ok());
        QCOMPARE(targets.find(QStringLiteral("tomcat"))->secretKeys,
                 QStringList{QStringLiteral("keystore_password")});
        QCOMPARE(passwordCheck(targets.test(QStringLiteral("tomcat"))), QStringLiteral("passed"));

        const QString audit =
            text(inv,
                 QStringLiteral(
                     "SELECT group_concat(details, '|') FROM audit_events WHERE action = 'target.test'"),
                 {});
        QVERIFY2(audit.contains(QStringLiteral("Tested changed settings of target tomcat")),
                 qPrintable(audit));
        const QByteArray database = testsupport::allDatabaseBytes(inv.dbPath);
        QVERIFY(!database.contains(saved));
        QVERIFY(!database.contains(other));
    }

    void bindAndUnbind()
    {
        testsupport::TestInventory inv;
        QVERIFY(inv.open());
        core::LocalCaSetup ca;
        ca.name = QStringLiteral("Lab");
        QVERIFY(inv.context->issuers().addLocalCa(ca).ok());
        core::IssueCertificateRequest request;
        request.issuerName = QStringLiteral("Lab");
        request.commonName = QStringLiteral("www.lab.test");
        auto certificate = inv.context->lifecycle().issue(request);
        QVERIFY(certificate.ok());
        auto &targets = inv.context->targets();
        QVERIFY(
            targets.add(QStringLiteral("a"), QStringLiteral("traefik"), traefikSettings(inv.path({}))).ok());
        QVERIFY(
            targets.add(QStringLiteral("b"), QStringLiteral("traefik"), traefikSettings(inv.path({}))).ok());

        QVERIFY(targets.bind(*certificate, QStringLiteral("b")).ok());
        QVERIFY(targets.bind(*certificate, QStringLiteral("a")).ok());
        QVERIFY(targets.bind(*certificate, QStringLiteral("a")).ok()); // already bound: no second event
        auto bound = targets.boundTargets(*certificate);
        QVERIFY(bound.ok());
        QCOMPARE(bound->size(), 2);
        QCOMPARE(bound->at(0).name, QStringLiteral("a"));
        QCOMPARE(targets.bind(*certificate + 100, QStringLiteral("a")).error().code, ErrorCode::NotFound);
        QCOMPARE(targets.bind(*certificate, QStringLiteral("nope")).error().code, ErrorCode::NotFound);

        QVERIFY(targets.unbind(*certificate, QStringLiteral("b")).ok());
        QCOMPARE(targets.unbind(*certificate, QStringLiteral("b")).error().code, ErrorCode::NotFound);
        QCOMPARE(targets.boundTargets(*certificate)->size(), 1);
        QCOMPARE(auditActions(inv).count(QStringLiteral("target.bind")), 2);
        QCOMPARE(auditActions(inv).count(QStringLiteral("target.unbind")), 1);
    }
};

QTEST_GUILESS_MAIN(TestTargetService)
#include "tst_targetservice.moc"
