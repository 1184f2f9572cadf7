#include "AppSampler.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace AppKeys::Bench {

namespace {

const QStringList Businesses = {
    u"Harbor"_s,  u"Sunrise"_s, u"Lotus"_s,  u"Evergreen"_s, u"Bluebird"_s,  u"Summit"_s,  u"Willow"_s,   u"Cedar"_s,
    u"Aurora"_s,  u"Coral"_s,   u"Maple"_s,  u"Serenity"_s,  u"Golden"_s,    u"Silver"_s,  u"Oasis"_s,    u"Zen"_s,
    u"Velvet"_s,  u"Pure"_s,    u"Nordic"_s, u"Urban"_s,     u"Riverside"_s, u"Meadow"_s,  u"Crystal"_s,  u"Radiant"_s,
    u"Jasmine"_s, u"Orchid"_s,  u"Sage"_s,   u"Amber"_s,     u"Ivy"_s,       u"Luna"_s,    u"Nova"_s,     u"Pacific"_s,
    u"Alpine"_s,  u"Citrus"_s,  u"Bamboo"_s, u"Mosaic"_s,    u"Emerald"_s,   u"Saffron"_s, u"Tranquil"_s, u"Vital"_s};
const QStringList Kinds = {u"Spa"_s,     u"Salon"_s,   u"Wellness"_s,  u"Fitness"_s, u"Yoga"_s,
                           u"Barbers"_s, u"Clinic"_s,  u"Studio"_s,    u"Beauty"_s,  u"Massage"_s,
                           u"Nails"_s,   u"Pilates"_s, u"Dental"_s,    u"Physio"_s,  u"Med Spa"_s,
                           u"Retreat"_s, u"Lashes"_s,  u"Skin Care"_s, u"Day Spa"_s, u"Gym"_s};
const QStringList Purposes = {u"Booking"_s,        u"Mobile App"_s, u"Web Store"_s,      u"Kiosk"_s,
                              u"Chat Bot"_s,       u"Reports"_s,    u"Front Desk"_s,     u"Gift Cards"_s,
                              u"Loyalty"_s,        u"Payments"_s,   u"Reminders"_s,      u"Staff Portal"_s,
                              u"Marketing Sync"_s, u"Check-in"_s,   u"Waitlist"_s,       u"Memberships"_s,
                              u"Inventory"_s,      u"Analytics"_s,  u"Class Schedule"_s, u"Reviews"_s};
const QStringList Places = {u"Berlin"_s,   u"Madrid"_s,  u"Austin"_s,  u"Toronto"_s, u"Lyon"_s,
                            u"Porto"_s,    u"Denver"_s,  u"Seattle"_s, u"Dublin"_s,  u"Munich"_s,
                            u"Valencia"_s, u"Boston"_s,  u"Oslo"_s,    u"Vienna"_s,  u"Zurich"_s,
                            u"Leeds"_s,    u"Sevilla"_s, u"Hamburg"_s, u"Chicago"_s, u"Miami"_s};
const QStringList Audiences = {u"guests"_s, u"front-desk staff"_s, u"therapists"_s, u"members"_s, u"managers"_s};
const QStringList Duties = {u"book and reschedule appointments"_s,
                            u"buy gift cards and packages"_s,
                            u"check in on arrival"_s,
                            u"see the day's schedule"_s,
                            u"pay outstanding invoices"_s,
                            u"join class waitlists"_s,
                            u"export sales reports"_s,
                            u"answer questions in chat"_s};
const QStringList Permissions = {u"appointments.read"_s,
                                 u"appointments.write"_s,
                                 u"guests.read"_s,
                                 u"guests.write"_s,
                                 u"guests.delete"_s,
                                 u"employees.read"_s,
                                 u"employees.write"_s,
                                 u"centers.read"_s,
                                 u"services.read"_s,
                                 u"products.read"_s,
                                 u"memberships_packages.read"_s,
                                 u"memberships_packages.write"_s,
                                 u"gift_cards.read"_s,
                                 u"gift_cards.write"_s,
                                 u"invoices.read"_s,
                                 u"invoices.write"_s,
                                 u"payments.card"_s,
                                 u"payments.other"_s,
                                 u"classes.read"_s,
                                 u"classes.write"_s,
                                 u"forms.read"_s,
                                 u"forms.write"_s,
                                 u"opportunities.read"_s,
                                 u"opportunities.write"_s,
                                 u"reports.read"_s,
                                 u"webhooks.manage"_s};
const QString Base62 = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"_s;

QString slugOf(const QString& name)
{
    QString slug;
    for (const QChar c : name.toLower())
        slug += c.isLetterOrNumber() ? c : u'-';
    return slug;
}

} // namespace

AppSampler::AppSampler(quint32 seed) : m_random(seed) {}

AppRecord AppSampler::nextApp(const QString& createdBy, const QDateTime& createdAt)
{
    AppRecord app;
    app.applicationId = nextUuid();
    app.details.name = uniqueName();
    const QString slug = slugOf(app.details.name);
    app.details.uri = u"https://%1.example.com"_s.arg(slug);
    app.details.description = nextDescription(app.details.name);
    app.details.loginUserType = m_random.bounded(3) == 0 ? LoginUserType::Employee : LoginUserType::Guest;
    app.details.sourceApp = pick(allSourceApps());
    for (int i = 0, n = bounded(0, 3); i < n; ++i)
        app.details.postLoginRedirectUrls << u"https://%1.example.com/signed-in/%2"_s.arg(slug).arg(i);
    if (m_random.bounded(2) == 0)
        app.details.postLogoutRedirectUrls << u"https://%1.example.com/goodbye"_s.arg(slug);
    app.scope.authMethod = pick(allAuthMethods());
    app.scope.permissionIds = permissionsSample();
    const QString secret = nextToken(CredentialKind::Secret);
    app.secretSha256 = CredentialFormat::sha256Hex(secret);
    app.secretHint = CredentialFormat::hint(secret);
    app.createdBy = createdBy;
    app.createdAt = createdAt;
    return app;
}

QString AppSampler::nextDescription(const QString& name)
{
    return u"%1 lets %2 %3."_s.arg(name, pick(Audiences), pick(Duties));
}

QString AppSampler::nextToken(CredentialKind kind)
{
    QString randomPart;
    for (int i = 0; i < CredentialFormat::RandomPartLength; ++i)
        randomPart += Base62.at(m_random.bounded(int(Base62.size())));
    return CredentialFormat::prefix(kind) + randomPart + CredentialFormat::checksum(randomPart);
}

QString AppSampler::nextUuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    m_random.fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString AppSampler::uniqueName()
{
    // 40 × 20 × 20 × 20 = 320,000 combinations; a repeat gets a number, as a real second app of the same name would.
    const QString base = u"%1 %2 %3 %4"_s.arg(pick(Businesses), pick(Kinds), pick(Places), pick(Purposes));
    QString name = base;
    for (int n = 2; m_nameKeys.contains(name.toCaseFolded()); ++n)
        name = u"%1 %2"_s.arg(base).arg(n);
    m_nameKeys.insert(name.toCaseFolded());
    return name;
}

QStringList AppSampler::permissionsSample()
{
    QSet<QString> chosen;
    for (int i = 0, n = bounded(1, 7); i < n; ++i)
        chosen.insert(pick(Permissions));
    QStringList sorted(chosen.begin(), chosen.end());
    sorted.sort();
    return sorted;
}

} // namespace AppKeys::Bench
