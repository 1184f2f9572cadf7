#pragma once

namespace AppKeys {
class MainWindow;
}

namespace AppKeys::Bench {

class PaintProbe;

/// Does what the window does after every change the user makes (an edit, a rotation, a new app, a deletion): it reads
/// the apps again, as View > Refresh does. Times each refresh from the trigger until the table holds the fresh rows,
/// and the longest the event loop went without a turn meanwhile: what a keystroke or a click would have waited for.
/// It starts once the window's start-up work (the expiry run, the keychain sweep) has ended.
class RefreshScenario
{
public:
    RefreshScenario(const PaintProbe& probe, MainWindow* mainWindow);

    /// Prints the figures `refresh` (until the fresh rows are in) and `refresh_stall` (the longest turn).
    void run();

private:
    const PaintProbe& m_probe;
    MainWindow* m_mainWindow;
};

} // namespace AppKeys::Bench
