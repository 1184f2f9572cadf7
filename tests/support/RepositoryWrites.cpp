#include "RepositoryWrites.h"

#include "AppRepository.h"
#include "SampleApps.h"

using namespace Qt::StringLiterals;

namespace AppKeys::RepositoryWrites {

std::vector<NamedWrite> every(AppRepository& repository, const AppRecord& app, const KeyRecord& key,
                              const QDateTime& at)
{
    return {
        {"insertApp",
         [&repository, at] {
             return repository.insertApp(SampleApps::record(u"New"_s, at));
         }},
        {"insertKey",
         [&repository, &app, at] {
             return repository.insertKey(SampleApps::key(app.applicationId, at));
         }},
        {"updateDetails",
         [&repository, &app] {
             return repository.updateDetails(app.applicationId, 1, SampleApps::details(u"Renamed"_s));
         }},
        {"updateScope",
         [&repository, &app] {
             return repository.updateScope(app.applicationId, 1, AppScope{AuthMethod::JwtGroups, {u"guests.read"_s}});
         }},
        {"rotateKey",
         [&repository, &app, &key, at] {
             return repository.rotateKey(app.applicationId, key.keyId, at, SampleApps::key(app.applicationId, at));
         }},
        {"revokeKey",
         [&repository, &app, &key] {
             return repository.revokeKey(app.applicationId, key.keyId);
         }},
        {"replaceSecret",
         [&repository, &app] {
             return repository.replaceSecret(app.applicationId, QString(64, u'a'), u"appsec_…aaaa"_s);
         }},
        {"setActive",
         [&repository, &app] {
             return repository.setActive(app.applicationId, false);
         }},
        {"markDeleted",
         [&repository, &app] {
             return repository.markDeleted(app.applicationId);
         }},
        {"recordSecretRead (secret)",
         [&repository, &app] {
             return repository.recordSecretRead(app.applicationId, AuditAction::SecretRevealed);
         }},
        {"recordSecretRead (key)",
         [&repository, &app, &key] {
             return repository.recordSecretRead(app.applicationId, AuditAction::KeyRevealed, key.keyHint);
         }},
    };
}

} // namespace AppKeys::RepositoryWrites
