#pragma once

#include "Status.h"

#include <functional>
#include <memory>

namespace AppKeys {

class Database;
class SecretStore;

/// Keeps a checkpoint (AuditCheckpointStore) of the audit trail's head after every change a registry connection
/// commits (Database::setHeadListener), so that a machine that writes to a registry remembers what it wrote even if
/// nobody runs `audit verify` there. The window and the commands that write attach it once the registry is open.
namespace AuditCheckpointRecorder {
/// Reads (or creates) the checkpoints' key in the keychain, then listens to `database`. `done` runs once: an Error when
/// the keychain could not give the key, and then nothing is recorded.
void attach(const std::shared_ptr<Database>& database, const std::shared_ptr<SecretStore>& secrets,
            std::function<void(Status)> done);
/// attach(), waiting for the keychain in a local event loop: for the command line.
Status attachAndWait(const std::shared_ptr<Database>& database, const std::shared_ptr<SecretStore>& secrets);
} // namespace AuditCheckpointRecorder

} // namespace AppKeys
