#pragma once

#include <QString>

namespace AppKeys::Bench {

/// What a figure line reports about the process itself: the time since the kernel started it (so that a start-up
/// figure includes loading the program and its libraries, as a user waits for them) and its peak resident memory.
class ProcessFigures
{
public:
    /// Milliseconds since this process started (its start time in /proc/self/stat against CLOCK_BOOTTIME; 10 ms
    /// resolution, the kernel's clock tick).
    static qint64 msSinceStart();
    /// Peak resident set size so far (VmHWM), in MiB.
    static double peakRssMb();
    /// Prints `figure=NAME FIELDS rss_mb=…` on standard output and flushes it, so that bench/run reads the line even
    /// when the process is ended afterwards.
    static void print(const QString& figure, const QString& fields);
};

} // namespace AppKeys::Bench
