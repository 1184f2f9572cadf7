#include "RefreshScenario.h"

#include "ApplicationTableModel.h"
#include "Durations.h"
#include "MainWindow.h"
#include "PaintProbe.h"
#include "ProcessFigures.h"

#include <QAction>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace AppKeys::Bench {

namespace {

constexpr int Refreshes = 3;
/// Bounds each refresh: a window this slow has failed the figure anyway.
constexpr int StepTimeoutMs = 120000;

/// The longest time between two turns of the event loop since it was made: a timer asks to run every millisecond, so
/// a gap longer than that is work that held the loop.
class Heartbeat
{
public:
    explicit Heartbeat(const PaintProbe& probe) : m_probe(probe), m_last(probe.now())
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { beat(); });
        m_timer.start(1);
    }
    double longestGapMs()
    {
        beat();
        return m_longest;
    }

private:
    void beat()
    {
        const double now = m_probe.now();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }

    const PaintProbe& m_probe;
    QTimer m_timer;
    double m_last;
    double m_longest = 0;
};

} // namespace

RefreshScenario::RefreshScenario(const PaintProbe& probe, MainWindow* mainWindow)
    : m_probe(probe), m_mainWindow(mainWindow)
{
}

void RefreshScenario::run()
{
    auto* model = m_mainWindow->findChild<ApplicationTableModel*>();
    auto* refresh = m_mainWindow->findChild<QAction*>(u"refreshAction"_s);
    if (!model || !refresh) {
        ProcessFigures::print(u"refresh"_s, u"failed=no_refresh_action"_s);
        return;
    }
    Durations fresh;
    Durations stalls;
    for (int run = 0; run < Refreshes; ++run) {
        Heartbeat heartbeat(m_probe);
        const double start = m_probe.now();
        refresh->trigger();
        if (!PaintProbe::processUntil([model] { return !model->isRefreshing(); }, StepTimeoutMs)) {
            ProcessFigures::print(u"refresh"_s, u"failed=timeout"_s);
            return;
        }
        fresh.add(m_probe.now() - start);
        stalls.add(heartbeat.longestGapMs());
    }
    ProcessFigures::print(u"refresh"_s, fresh.fields() + u" rows=%1"_s.arg(model->rowCount()));
    ProcessFigures::print(u"refresh_stall"_s, stalls.fields());
}

} // namespace AppKeys::Bench
