#include "AuditScenario.h"

#include "MainWindow.h"
#include "PaintProbe.h"
#include "ProcessFigures.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace AppKeys::Bench {

namespace {

/// Bounds each step: a window this slow has failed the figure anyway.
constexpr int StepTimeoutMs = 120000;

/// The figures of one view: opening it until its rows show, then scrolling to its end.
void timeOpenAndScroll(const PaintProbe& probe, QAbstractItemView* view, double openedAt, const QString& figure)
{
    if (!view || !probe.waitForRowsPainted(view, openedAt, StepTimeoutMs)) {
        ProcessFigures::print(figure + u"_open"_s, u"failed=no_rows_painted"_s);
        return;
    }
    ProcessFigures::print(figure + u"_open"_s,
                          u"ms=%1"_s.arg(probe.lastPaint(view->objectName()) - openedAt, 0, 'f', 1));
    const double scrollStart = probe.now();
    const bool ended = probe.scrollToEnd(view, StepTimeoutMs);
    ProcessFigures::print(figure + u"_scroll_end"_s, u"ms=%1 rows=%2%3"_s.arg(probe.now() - scrollStart, 0, 'f', 1)
                                                         .arg(view->model()->rowCount())
                                                         .arg(ended ? QString() : u" failed=timeout"_s));
}

} // namespace

AuditScenario::AuditScenario(const PaintProbe& probe, MainWindow* mainWindow) : m_probe(probe), m_mainWindow(mainWindow)
{
}

void AuditScenario::run()
{
    waitForStartUpWork();
    auditTrail();
    history();
}

/// The window's work after its first paint (the keychain sweep, whose report it then shows) would run inside the
/// audit trail's figures and be counted as theirs. It ends with a message in the status bar: the benchmark's keychain
/// is empty, so the sweep always reports credentials without their plaintext.
void AuditScenario::waitForStartUpWork()
{
    QStatusBar* statusBar = m_mainWindow->findChild<QStatusBar*>();
    bool reported = statusBar && !statusBar->currentMessage().isEmpty();
    if (statusBar)
        QObject::connect(statusBar, &QStatusBar::messageChanged, statusBar, [&reported] { reported = true; });
    if (!PaintProbe::processUntil([&reported] { return reported; }, StepTimeoutMs))
        ProcessFigures::print(u"start_up_work"_s, u"failed=no_status_message"_s);
}

void AuditScenario::auditTrail()
{
    const double start = m_probe.now();
    m_mainWindow->openAuditTrail();
    QAbstractItemView* view = nullptr;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && !view)
            view = window->findChild<QAbstractItemView*>(u"auditTable"_s);
    }
    timeOpenAndScroll(m_probe, view, start, u"audit_trail"_s);
}

void AuditScenario::history()
{
    auto* table = m_mainWindow->findChild<QAbstractItemView*>(u"appTable"_s);
    auto* tabs = m_mainWindow->findChild<QTabWidget*>(u"detailsTabs"_s);
    auto* historyTab = m_mainWindow->findChild<QWidget*>(u"historyTab"_s);
    const double start = m_probe.now();
    table->setCurrentIndex(table->model()->index(0, 0));
    tabs->setCurrentWidget(historyTab);
    timeOpenAndScroll(m_probe, historyTab->findChild<QAbstractItemView*>(u"historyTable"_s), start, u"history"_s);
}

} // namespace AppKeys::Bench
