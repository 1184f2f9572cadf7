#include "RepositoryWrites.h"

#include "AppRepository.h"
#include "KeyRepository.h"
#include "SampleApps.h"

using namespace Qt::StringLiterals;

namespace AppKeys::RepositoryWrites {

std::vector<NamedWrite> every(AppRepository& apps, KeyRepository& keys, const AppRecord& app, const KeyRecord& key,
                              const QDateTime& at)
{
    return {
        {"insertApp",
         [&apps, at] {
             return apps.insertApp(SampleApps::record(u"New"_s, at));
         }},
        {"insertKey",
         [&keys, &app, at] {
             return keys.insertKey(SampleApps::key(app.applicationId, at));
         }},
        {"updateDetails",
         [&apps, &app] {
             return apps.updateDetails(app.applicationId, 1, SampleApps::details(u"Renamed"_s));
         }},
        {"updateScope",
         [&apps, &app] {
             return apps.updateScope(app.applicationId, 1, AppScope{AuthMethod::JwtGroups, {u"guests.read"_s}});
         }},
        {"rotateKey",
         [&keys, &app, &key, at] {
             return keys.rotateKey(app.applicationId, key.keyId, at, SampleApps::key(app.applicationId, at));
         }},
        {"revokeKey",
         [&keys, &app, &key] {
             return keys.revokeKey(app.applicationId, key.keyId);
         }},
        {"replaceSecret",
         [&apps, &app] {
             return apps.replaceSecret(app.applicationId, QString(64, u'a'), u"appsec_…aaaa"_s);
         }},
        {"setActive",
         [&apps, &app] {
             return apps.setActive(app.applicationId, false);
         }},
        {"markDeleted",
         [&apps, &app] {
             return apps.markDeleted(app.applicationId);
         }},
        {"recordSecretRead",
         [&apps, &app] {
             return apps.recordSecretRead(app.applicationId);
         }},
        {"recordKeyRead",
         [&keys, &app, &key] {
             return keys.recordKeyRead(app.applicationId, key.keyId);
         }},
    };
}

} // namespace AppKeys::RepositoryWrites
