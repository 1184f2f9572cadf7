#include "AppSettings.h"
#include "Database.h"
#include "FieldMessageLabel.h"
#include "InMemorySecretStore.h"
#include "SettingsDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

Q_DECLARE_METATYPE(FieldCheck::Severity)

/// The registry location in Settings (PRODUCT.md section 7): checked as it is typed, saved to the settings file, and
/// never with a password. The keychain is not the subject: an in-memory one stands in for it.
class SettingsRegistryLocationTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheStoredLocationAndTheDefault();
    void explainsEachLocationAsItIsTyped_data();
    void explainsEachLocationAsItIsTyped();
    void savesTheLocationForTheNextStart();
    void aPasswordNeverReachesTheSettingsFile();

private:
    void openDialog();
    QLineEdit* locationEdit() const { return m_dialog->findChild<QLineEdit*>(u"registryLocationEdit"_s); }
    FieldMessageLabel* locationMessage() const
    {
        return m_dialog->findChild<FieldMessageLabel*>(u"registryLocationMessage"_s);
    }
    QPushButton* okButton() const
    {
        return m_dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }
    void typeLocation(const QString& text) const;
    QString settingsFilePath() const { return m_folder->filePath(u"appkeys.conf"_s); }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::shared_ptr<AppSettings> m_settings;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void SettingsRegistryLocationTest::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_settings = std::make_shared<AppSettings>(settingsFilePath());
}

void SettingsRegistryLocationTest::cleanup()
{
    m_dialog.reset();
    m_settings.reset();
    m_folder.reset();
}

void SettingsRegistryLocationTest::openDialog()
{
    m_dialog = std::make_unique<SettingsDialog>(m_settings, std::make_shared<InMemorySecretStore>(),
                                                u"registry-under-test"_s, nullptr);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void SettingsRegistryLocationTest::typeLocation(const QString& text) const
{
    locationEdit()->selectAll();
    QTest::keyClick(locationEdit(), Qt::Key_Delete);
    QTest::keyClicks(locationEdit(), text);
}

void SettingsRegistryLocationTest::showsTheStoredLocationAndTheDefault()
{
    openDialog();
    QCOMPARE(locationEdit()->text(), QString());
    QVERIFY2(locationEdit()->placeholderText().contains(Database::defaultSqlitePath()),
             qPrintable(locationEdit()->placeholderText()));
    QVERIFY(locationMessage()->isHidden());
    m_dialog.reset();

    const QString team = u"postgresql://appkeys_admin@db.example.com:5432/appkeys"_s;
    QVERIFY(m_settings->setRegistryLocation(team).isValid());
    openDialog();
    QCOMPARE(locationEdit()->text(), team);
    QVERIFY(locationMessage()->isHidden());
    QVERIFY(okButton()->isEnabled());
}

void SettingsRegistryLocationTest::explainsEachLocationAsItIsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<FieldCheck::Severity>("severity");
    QTest::addColumn<QString>("message");

    const QString teamUrlForm = u"Write a PostgreSQL registry as postgresql://role@host:port/database, for example "
                                "postgresql://appkeys_admin@db.example.com:5432/appkeys."_s;
    QTest::newRow("password in the URL")
        << u"postgresql://appkeys_admin:s3cret@db.example.com/appkeys"_s << FieldCheck::Severity::Invalid
        << u"Remove the password from the URL: it does not go into the settings file. AppKeys asks for it when it "
           "connects (or run appkeys login) and keeps it in the keychain."_s;
    QTest::newRow("no role") << u"postgresql://db.example.com/appkeys"_s << FieldCheck::Severity::Invalid
                             << teamUrlForm;
    QTest::newRow("unknown sslmode")
        << u"postgresql://appkeys_admin@db.example.com/appkeys?sslmode=maybe"_s << FieldCheck::Severity::Invalid
        << u"“maybe” is not a value AppKeys knows for the parameter sslmode of the PostgreSQL URL. Use one of: "
           "disable, allow, prefer, require, verify-ca, verify-full."_s;
    QTest::newRow("plain text to a remote server")
        << u"postgresql://appkeys_admin@db.example.com/appkeys?sslmode=disable"_s << FieldCheck::Severity::Invalid
        << u"AppKeys does not connect to the database server db.example.com with sslmode=disable: the connection may "
           "be unencrypted, so that anyone on the network could read the role's password and the registry, or pose "
           "as the server. Leave sslmode out (AppKeys then uses verify-full: TLS, with the server's certificate "
           "checked against its name), or give sslmode=verify-full and, if the server's certificate is signed by "
           "your own CA, sslrootcert=/path/to/ca.pem. Only on a network you trust, add allow_plaintext=yes to the URL "
           "to connect anyway."_s;
    QTest::newRow("no database") << u"postgres://appkeys_admin@db.example.com"_s << FieldCheck::Severity::Invalid
                                 << teamUrlForm;
    QTest::newRow("other scheme") << u"mysql://root@db.example.com/appkeys"_s << FieldCheck::Severity::Invalid
                                  << u"AppKeys cannot open “mysql:” registries: give an SQLite file path, "
                                     "sqlite:///absolute/path or postgresql://role@host:port/database."_s;
    QTest::newRow("relative path") << u"registry.sqlite"_s << FieldCheck::Severity::Invalid
                                   << u"Give the full path of the SQLite file, for example "
                                      "/srv/appkeys/registry.sqlite."_s;
    QTest::newRow("sqlite URL with a host")
        << u"sqlite://registry.sqlite"_s << FieldCheck::Severity::Invalid
        << u"Write an SQLite URL with the absolute path: sqlite:///srv/appkeys/registry.sqlite."_s;
    QTest::newRow("team registry") << u"postgresql://appkeys_support@db.example.com:5432/appkeys?sslmode=require"_s
                                   << FieldCheck::Severity::Ok << u"AppKeys opens this registry from its next start."_s;
    QTest::newRow("new SQLite file") << u"/srv/no-such-folder/registry.sqlite"_s << FieldCheck::Severity::Ok
                                     << u"There is no file here yet: the window creates a new registry at the next "
                                        "start."_s;
}

void SettingsRegistryLocationTest::explainsEachLocationAsItIsTyped()
{
    QFETCH(QString, typed);
    QFETCH(FieldCheck::Severity, severity);
    QFETCH(QString, message);
    openDialog();
    typeLocation(typed);
    QCOMPARE(locationMessage()->severity(), severity);
    QCOMPARE(locationMessage()->text(), message);
    QVERIFY(locationMessage()->isVisible());
    QCOMPARE(okButton()->isEnabled(), severity != FieldCheck::Severity::Invalid);

    // Emptying the field goes back to the embedded default, which needs no message.
    typeLocation({});
    QVERIFY(locationMessage()->isHidden());
    QVERIFY(okButton()->isEnabled());
}

void SettingsRegistryLocationTest::savesTheLocationForTheNextStart()
{
    openDialog();
    const QString existing = m_folder->filePath(u"team.sqlite"_s);
    QVERIFY(Database::openSqlite(existing).ok());
    typeLocation(u"  sqlite://"_s + existing + u"  "_s);
    QCOMPARE(locationMessage()->text(), u"AppKeys opens this registry from its next start."_s);
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::settingsSaved);
    okButton()->click();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    QCOMPARE(AppSettings(settingsFilePath()).registryLocation(), u"sqlite://"_s + existing);
}

void SettingsRegistryLocationTest::aPasswordNeverReachesTheSettingsFile()
{
    openDialog();
    typeLocation(u"postgresql://appkeys_admin:s3cret@db.example.com/appkeys"_s);
    QVERIFY(!okButton()->isEnabled());
    QTest::keyClick(locationEdit(), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());

    // The rule holds for whoever sets it, not only for the dialog.
    const FieldCheck check =
        m_settings->setRegistryLocation(u"postgresql://appkeys_admin:s3cret@db.example.com/appkeys"_s);
    QVERIFY(!check.isValid());
    QVERIFY(m_settings->save().ok());
    QFile file(settingsFilePath());
    QVERIFY(!file.exists() || (file.open(QIODevice::ReadOnly) && !file.readAll().contains("s3cret")));
    QCOMPARE(m_settings->registryLocation(), QString());
}

QTEST_MAIN(SettingsRegistryLocationTest)
#include "tst_settings_registry_location.moc"
