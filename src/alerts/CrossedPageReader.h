#pragma once

#include "CrossedPage.h"
#include "ExpiryAlertPlanner.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

class QObject;

namespace AppKeys {

class Database;

/// Reads and plans the pages of a run or a listing (CrossedPage::after) on a thread and a connection of its own
/// (Database::openReader), and hands each over through the event loop of a receiver's thread. In the window a page of
/// 250 apps took 16-22 ms of its thread at 100,000 apps, between two keystrokes of the search box; the writes that
/// record a page's alerts (6 ms) stay on the receiver's connection. Pages are read one after another, in the order
/// asked.
class CrossedPageReader
{
public:
    using Done = std::function<void(Result<CrossedPage>)>;

    /// A reader whose answers `receiver` gets, to be owned by it; none when the registry cannot be opened a second time
    /// (the caller then reads on its own connection).
    static std::unique_ptr<CrossedPageReader> open(const Database& database, QObject* receiver);
    /// Waits for the page being read, if any; the answers not yet handed over are dropped.
    ~CrossedPageReader();

    /// Reads the page after `afterApplicationId` as `planner` plans it. `done` runs from the receiver's event loop,
    /// unless the receiver or this reader is gone by then.
    void request(const QString& afterApplicationId, const ExpiryAlertPlanner& planner, Done done);

private:
    struct Request
    {
        QString afterApplicationId;
        ExpiryAlertPlanner planner;
        Done done;
    };

    CrossedPageReader(const Database& database, QObject* receiver);
    void run(std::stop_token stop, const Database& database);

    QObject* const m_receiver; ///< outlives this reader, which it owns
    /// Shared with the answers in the receiver's queue: false once this reader is gone.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::optional<bool> m_opened;
    std::deque<Request> m_requests;
    std::jthread m_thread; ///< last: it starts at once, and uses the members above
};

} // namespace AppKeys
