#include "RefreshScenario.h"

#include "ApplicationTableModel.h"
#include "Durations.h"
#include "Heartbeat.h"
#include "MainWindow.h"
#include "PaintProbe.h"
#include "ProcessFigures.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace AppKeys::Bench {

namespace {

constexpr int Refreshes = 3;
/// Bounds each refresh: a window this slow has failed the figure anyway.
constexpr int StepTimeoutMs = 120000;

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
