#include "AuditCheckpointRecorder.h"

#include "AuditCheckpointStore.h"
#include "Database.h"

#include <QEventLoop>
#include <optional>

namespace AppKeys::AuditCheckpointRecorder {

void attach(const std::shared_ptr<Database>& database, const std::shared_ptr<SecretStore>& secrets,
            std::function<void(Status)> done)
{
    auto store = std::make_shared<AuditCheckpointStore>(secrets, database->registryId());
    std::weak_ptr<Database> weakDatabase = database;
    store->unlock([store, weakDatabase, done = std::move(done)](Status unlocked) {
        const std::shared_ptr<Database> database = weakDatabase.lock();
        if (unlocked && database)
            // The change is committed already: a checkpoint that cannot be kept is caught up by the next one.
            database->setHeadListener([store](const AuditCheckpoint& head) { store->record(head); });
        done(unlocked);
    });
}

Status attachAndWait(const std::shared_ptr<Database>& database, const std::shared_ptr<SecretStore>& secrets)
{
    std::optional<Status> outcome;
    QEventLoop loop;
    attach(database, secrets, [&outcome, &loop](Status attached) {
        outcome = attached;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace AppKeys::AuditCheckpointRecorder
