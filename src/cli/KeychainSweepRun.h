#pragma once

#include "KeychainSweep.h"

namespace AppKeys {

class CommandContext;

/// KeychainSweep for the command line, which has no event loop of its own: runs one sweep on the context's registry
/// and keychain, waiting for the keychain's answers in a local event loop.
namespace KeychainSweepRun {

Result<KeychainSweep::Outcome> runAndWait(const CommandContext& context, KeychainSweep::Options options);

} // namespace KeychainSweepRun

} // namespace AppKeys
