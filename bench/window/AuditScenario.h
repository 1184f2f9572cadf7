#pragma once

namespace AppKeys {
class MainWindow;
}

namespace AppKeys::Bench {

class PaintProbe;

/// Opens the audit trail window as View > Audit trail does and scrolls it to the last entry, then selects the first
/// app and opens its History tab and scrolls that to the end: each timed until the rows are painted, so that a
/// trail loaded whole (rather than fetched on demand) shows in the figures. It starts once the main window has done
/// its start-up work.
class AuditScenario
{
public:
    AuditScenario(const PaintProbe& probe, MainWindow* mainWindow);

    /// Prints the figures `audit_trail_open`, `audit_trail_scroll_end`, `history_open` and `history_scroll_end`.
    void run();

private:
    void waitForStartUpWork();
    void auditTrail();
    void history();

    const PaintProbe& m_probe;
    MainWindow* m_mainWindow;
};

} // namespace AppKeys::Bench
