#include "KeychainSweepRun.h"

#include "CommandContext.h"
#include "SystemClock.h"

#include <QEventLoop>
#include <optional>

namespace AppKeys::KeychainSweepRun {

Result<KeychainSweep::Outcome> runAndWait(const CommandContext& context, KeychainSweep::Options options)
{
    std::optional<Result<KeychainSweep::Outcome>> outcome;
    QEventLoop loop;
    KeychainSweep::run(context.database(), context.secrets(), std::make_shared<SystemClock>(), options,
                       [&outcome, &loop](Result<KeychainSweep::Outcome> swept) {
                           outcome = std::move(swept);
                           loop.quit();
                       });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace AppKeys::KeychainSweepRun
