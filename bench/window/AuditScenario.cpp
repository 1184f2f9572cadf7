#include "AuditScenario.h"

#include "Durations.h"
#include "Heartbeat.h"
#include "MainWindow.h"
#include "PaintProbe.h"
#include "ProcessFigures.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace AppKeys::Bench {

namespace {

/// Bounds each step: a window this slow has failed the figure anyway.
constexpr int StepTimeoutMs = 120000;

/// The figure of opening a view: until its rows show. Whether they did.
bool timeOpen(const PaintProbe& probe, QAbstractItemView* view, double openedAt, const QString& figure)
{
    if (!view || !probe.waitForRowsPainted(view, openedAt, StepTimeoutMs)) {
        ProcessFigures::print(figure + u"_open"_s, u"failed=no_rows_painted"_s);
        return false;
    }
    ProcessFigures::print(figure + u"_open"_s,
                          u"ms=%1"_s.arg(probe.lastPaint(view->objectName()) - openedAt, 0, 'f', 1));
    return true;
}

/// The figure of scrolling an open view to its end.
void timeScroll(const PaintProbe& probe, QAbstractItemView* view, const QString& figure)
{
    const double scrollStart = probe.now();
    const bool ended = probe.scrollToEnd(view, StepTimeoutMs);
    ProcessFigures::print(figure + u"_scroll_end"_s, u"ms=%1 rows=%2%3"_s.arg(probe.now() - scrollStart, 0, 'f', 1)
                                                         .arg(view->model()->rowCount())
                                                         .arg(ended ? QString() : u" failed=timeout"_s));
}

/// After the first rows: until the app filter offers the apps (read on the window's reader), with the longest the
/// window's loop was held meanwhile (the choices filled in).
void timeChoices(const PaintProbe& probe, const QComboBox* apps, double openedAt)
{
    Heartbeat heartbeat(probe);
    if (!apps || !PaintProbe::processUntil([apps] { return apps->count() > 1; }, StepTimeoutMs)) {
        ProcessFigures::print(u"audit_trail_choices"_s, u"failed=no_app_choices"_s);
        return;
    }
    ProcessFigures::print(u"audit_trail_choices"_s,
                          u"ms=%1 stall_ms=%2 apps=%3"_s.arg(probe.now() - openedAt, 0, 'f', 1)
                              .arg(heartbeat.longestGapMs(), 0, 'f', 1)
                              .arg(apps->count() - 1));
}

/// Typing a part of an app's name in the app filter, a character at a time: each keystroke until the list of the apps
/// that hold it is laid out, over every app the filter offers.
void timeAppSearch(const PaintProbe& probe, QComboBox* apps)
{
    QLineEdit* typed = apps ? apps->lineEdit() : nullptr;
    if (!typed || !apps->completer()) {
        ProcessFigures::print(u"audit_app_search_keystroke"_s, u"failed=no_search_field"_s);
        return;
    }
    typed->setFocus();
    typed->clear();
    Durations keystrokes;
    for (const QChar character : u"harbor"_s) {
        const double start = probe.now();
        typed->insert(QString(character));
        QCoreApplication::processEvents();
        keystrokes.add(probe.now() - start);
    }
    ProcessFigures::print(u"audit_app_search_keystroke"_s,
                          keystrokes.fields() + u" matches=%1"_s.arg(apps->completer()->completionCount()));
    apps->completer()->popup()->hide();
    typed->setText(apps->itemText(apps->currentIndex()));

    // The whole list, opened by its arrow.
    const double start = probe.now();
    apps->showPopup();
    QCoreApplication::processEvents();
    ProcessFigures::print(u"audit_app_list_open"_s,
                          u"ms=%1 apps=%2"_s.arg(probe.now() - start, 0, 'f', 1).arg(apps->count() - 1));
    apps->hidePopup();
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
    QWidget* trail = nullptr;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && !trail && window->findChild<QAbstractItemView*>(u"auditTable"_s))
            trail = window;
    }
    auto* view = trail ? trail->findChild<QAbstractItemView*>(u"auditTable"_s) : nullptr;
    if (!timeOpen(m_probe, view, start, u"audit_trail"_s))
        return;
    timeChoices(m_probe, trail->findChild<QComboBox*>(u"appCombo"_s), start);
    timeAppSearch(m_probe, trail->findChild<QComboBox*>(u"appCombo"_s));
    timeScroll(m_probe, view, u"audit_trail"_s);
}

void AuditScenario::history()
{
    auto* table = m_mainWindow->findChild<QAbstractItemView*>(u"appTable"_s);
    auto* tabs = m_mainWindow->findChild<QTabWidget*>(u"detailsTabs"_s);
    auto* historyTab = m_mainWindow->findChild<QWidget*>(u"historyTab"_s);
    const double start = m_probe.now();
    table->setCurrentIndex(table->model()->index(0, 0));
    tabs->setCurrentWidget(historyTab);
    auto* view = historyTab->findChild<QAbstractItemView*>(u"historyTable"_s);
    if (timeOpen(m_probe, view, start, u"history"_s))
        timeScroll(m_probe, view, u"history"_s);
}

} // namespace AppKeys::Bench
