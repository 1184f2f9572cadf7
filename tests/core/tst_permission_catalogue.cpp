#include "PermissionCatalogue.h"

#include <QTest>

using namespace AppKeys;
using namespace Qt::StringLiterals;

class TestPermissionCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void shippedCatalogueHasEveryGroup();
    void shippedCatalogueIds();
    void malformed_data();
    void malformed();
    void missingFileIsAnError();
};

void TestPermissionCatalogue::shippedCatalogueHasEveryGroup()
{
    const Result<PermissionCatalogue> catalogue =
        PermissionCatalogue::load(QString::fromLatin1(PermissionCatalogue::DefaultResourcePath));
    QVERIFY2(catalogue.ok(), catalogue.ok() ? "" : qPrintable(catalogue.error().message));
    QCOMPARE(catalogue.value().version(), 1);
    QStringList names;
    for (const PermissionGroup& group : catalogue.value().groups())
        names.append(group.name);
    const QStringList expected{
        u"Appointments"_s,           u"Guests"_s,     u"Employees"_s, u"Centers"_s,  u"Services"_s, u"Products"_s,
        u"Memberships & Packages"_s, u"Gift Cards"_s, u"Invoices"_s,  u"Payments"_s, u"Classes"_s,  u"Forms"_s,
        u"Opportunities"_s,          u"Reports"_s,    u"Webhooks"_s};
    QCOMPARE(names, expected);
    QCOMPARE(catalogue.value().permissionCount(), 26);
}

void TestPermissionCatalogue::shippedCatalogueIds()
{
    const PermissionCatalogue catalogue =
        PermissionCatalogue::load(QString::fromLatin1(PermissionCatalogue::DefaultResourcePath)).value();
    for (const auto* id : {"appointments.read", "appointments.write", "guests.delete", "payments.card",
                           "payments.other", "webhooks.manage", "memberships_packages.write"})
        QVERIFY2(catalogue.contains(QString::fromLatin1(id)), id);
    QVERIFY(!catalogue.contains(u"appointments"_s));
    QVERIFY(!catalogue.contains(u"guests.manage"_s));
    QCOMPARE(catalogue.displayName(u"payments.card"_s), u"Payments: Card"_s);
}

void TestPermissionCatalogue::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("truncated JSON") << u"truncated.json"_s << u"at byte"_s;
    QTest::newRow("no format") << u"no-format.json"_s << u"format"_s;
    QTest::newRow("no version") << u"no-version.json"_s << u"version"_s;
    QTest::newRow("duplicate id") << u"duplicate-id.json"_s << u"“guests.read” is used twice"_s;
    QTest::newRow("wrong prefix") << u"wrong-prefix.json"_s << u"must start with “guests.”"_s;
    QTest::newRow("empty group") << u"empty-group.json"_s << u"has no permissions"_s;
}

void TestPermissionCatalogue::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);
    const auto catalogue = PermissionCatalogue::load(QStringLiteral(APPKEYS_TEST_DATA_DIR "/catalogues/") + file);
    QVERIFY(!catalogue.ok());
    QVERIFY2(catalogue.error().message.startsWith(u"The permission catalogue is malformed"_s),
             qPrintable(catalogue.error().message));
    QVERIFY2(catalogue.error().message.contains(messagePart), qPrintable(catalogue.error().message));
    QVERIFY(!catalogue.error().hint.isEmpty());
}

void TestPermissionCatalogue::missingFileIsAnError()
{
    const auto catalogue = PermissionCatalogue::load(u"/nonexistent/permissions.json"_s);
    QVERIFY(!catalogue.ok());
    QVERIFY(catalogue.error().message.contains(u"/nonexistent/permissions.json"_s));
}

QTEST_GUILESS_MAIN(TestPermissionCatalogue)
#include "tst_permission_catalogue.moc"
