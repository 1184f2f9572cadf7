#pragma once

#include "Status.h"

#include <QTest>
#include <functional>
#include <memory>
#include <vector>

namespace AppKeys {

/// Catches what an asynchronous callback (SecretStore, AppRegistrationService) is given, so that a test can wait
/// for it with the event loop running instead of sleeping, and check it ran exactly once.
///
///     CallbackResult<Status> written;
///     store.write(entryKey, secret, written.callback());
///     QVERIFY(written.wait());
///     QVERIFY2(written.value().ok(), qPrintable(written.value().error().text()));
template <typename T> class CallbackResult
{
public:
    /// Safe to outlive this object: the callback shares the recorded values.
    std::function<void(T)> callback() const
    {
        return [calls = m_calls](T value) {
            calls->push_back(std::move(value));
        };
    }

    /// Runs the event loop until the callback has run; false if it did not within the timeout.
    bool wait(int timeoutMs = 30000) const
    {
        return QTest::qWaitFor([this] { return !m_calls->empty(); }, timeoutMs);
    }

    int callCount() const { return int(m_calls->size()); }
    /// What the first call received; only after wait() returned true.
    const T& value() const { return m_calls->front(); }

private:
    std::shared_ptr<std::vector<T>> m_calls = std::make_shared<std::vector<T>>();
};

/// Calls an asynchronous method with a callback and waits for its one answer; an Error when there was none or more
/// than one. T is a Status or a Result<...>:
///
///     const Status revoked = answerOf<Status>([&](auto done) { lifecycle.revokeKey(appId, keyId, std::move(done)); });
template <typename T> T answerOf(const std::function<void(std::function<void(T)>)>& call)
{
    using namespace Qt::StringLiterals;
    CallbackResult<T> answer;
    call(answer.callback());
    if (!answer.wait())
        return Error{u"no answer"_s, {}};
    if (answer.callCount() != 1)
        return Error{u"answered %1 times"_s.arg(answer.callCount()), {}};
    return answer.value();
}

} // namespace AppKeys
