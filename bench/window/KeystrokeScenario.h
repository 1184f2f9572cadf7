#pragma once

#include "Durations.h"

#include <QString>
#include <functional>

class QAbstractItemView;
class QWidget;

namespace AppKeys::Bench {

class PaintProbe;

/// Types a realistic search (words typed, mistakes taken back with Backspace) into the window's search box, then
/// changes each of the combined filters, and times every step from the key or choice until the filtered table has
/// been painted again: what the user waits for, whether the window filters at once or after a pause.
class KeystrokeScenario
{
public:
    KeystrokeScenario(const PaintProbe& probe, QWidget* mainWindow);

    /// Prints the figures `keystroke` and `filters`.
    void run();

private:
    /// Runs `change` and times it until the table is painted with the result.
    void timeChange(const std::function<void()>& change, Durations& into);

    const PaintProbe& m_probe;
    QWidget* m_mainWindow;
    QAbstractItemView* m_table;
    double m_changedAt = -1;
    Durations m_keystrokes;
    Durations m_filters;
    int m_unchanged = 0;
};

} // namespace AppKeys::Bench
