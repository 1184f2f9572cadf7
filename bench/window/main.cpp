// appkeys_bench_window --database PATH --alerts on|off [--then keystrokes|audit|refresh] [--timeout-seconds S]
// Starts the real window (WindowLauncher, as `appkeys` without a command does) and measures inside the process what
// timing the whole process cannot: start to the first paint of the table with rows (or of the empty registry's
// page), start to the table holding every app (`_all_rows`: the newest page comes first), with alerts on start to the
// end of the first expiry run (`_first_run`) and start to the end of the keychain sweep (`_checks_done`), or else
// keystrokes and filters, or the audit trail and History tab, or (after the checks) the refresh every change makes.
// Prints one `figure=` line per figure for bench/run. A
// developer tool: its output is not for users, so it is not translated.
#include "AlertDispatcher.h"
#include "AppSettings.h"
#include "ApplicationIdentity.h"
#include "ApplicationTableModel.h"
#include "AuditScenario.h"
#include "ExpiryAlertsPresenter.h"
#include "KeystrokeScenario.h"
#include "MainWindow.h"
#include "PaintProbe.h"
#include "ProcessFigures.h"
#include "RefreshScenario.h"
#include "WindowLauncher.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

struct BenchOptions
{
    QStringList launcherArguments;
    bool alerts = true;
    QString then;
    int timeoutSeconds = 300;
};

/// Takes the benchmark's own options out; the rest goes to WindowLauncher.
BenchOptions parse(QStringList arguments)
{
    BenchOptions options;
    while (!arguments.isEmpty()) {
        const QString argument = arguments.takeFirst();
        if (argument == u"--alerts"_s && !arguments.isEmpty())
            options.alerts = arguments.takeFirst() == u"on"_s;
        else if (argument == u"--then"_s && !arguments.isEmpty())
            options.then = arguments.takeFirst();
        else if (argument == u"--timeout-seconds"_s && !arguments.isEmpty())
            options.timeoutSeconds = arguments.takeFirst().toInt();
        else
            options.launcherArguments << argument;
    }
    return options;
}

/// A window stuck before its first paint never returns to the event loop: a thread ends the process instead, with
/// a line that says so.
void startWatchdog(int seconds)
{
    std::thread([seconds] {
        std::this_thread::sleep_for(std::chrono::seconds(seconds));
        Bench::ProcessFigures::print(u"timeout"_s, u"after_s=%1"_s.arg(seconds));
        std::_Exit(3);
    }).detach();
}

/// Once the table holds every app (the window shows the newest page first and reads the rest through the event
/// loop), prints `figure` with the time since start and the rows, then runs `next`.
void whenEveryRowIsRead(MainWindow* window, const QString& figure, std::function<void()> next)
{
    auto* model = window->findChild<ApplicationTableModel*>();
    const auto report = [model, figure, next] {
        Bench::ProcessFigures::print(
            figure, u"ms=%1 rows=%2"_s.arg(Bench::ProcessFigures::msSinceStart()).arg(model ? model->rowCount() : 0));
        next();
    };
    if (!model || !model->isLoading())
        return report();
    QObject::connect(model, &ApplicationTableModel::loadFinished, window, report, Qt::SingleShotConnection);
}

/// With alerts on, the window's first expiry run starts once every row is read, and plans and records a page of apps
/// in each turn of the event loop. When it is under way, prints `figure` as it ends (the banner and the tray then show
/// its outcome), with the time since start and the peak memory so far, then runs `next`; otherwise runs `next` now.
void whenTheFirstAlertRunEnds(MainWindow* window, const QString& figure, std::function<void()> next)
{
    auto* alerts = window->findChild<ExpiryAlertsPresenter*>();
    if (!alerts || !alerts->dispatcher().isRunning())
        return next();
    QObject::connect(
        alerts, &ExpiryAlertsPresenter::runFinished, window,
        [figure, next](const AlertRunSummary& summary) {
            Bench::ProcessFigures::print(
                figure, u"ms=%1 expiring=%2 desktop_alerts=%3"_s.arg(Bench::ProcessFigures::msSinceStart())
                            .arg(summary.expiring.count())
                            .arg(summary.desktopAlerts.count()));
            next();
        },
        Qt::SingleShotConnection);
}

/// The findings in the keychain report files of this (private) data folder: a line each after a file's header.
qint64 reportedFindings()
{
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/keychain-checks"_s);
    qint64 lines = 0;
    for (const QString& name : folder.entryList({u"*.json"_s}, QDir::Files)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (QByteArray chunk = file.read(1 << 16); !chunk.isEmpty(); chunk = file.read(1 << 16))
            lines += chunk.count('\n');
        --lines;
    }
    return lines;
}

/// When the keychain sweep that starts with the checks has ended (the table has its report, for the Status column),
/// prints `figure` with the time since start, the findings and the peak memory so far, then runs `next`. A registry
/// whose credentials are not in this keychain (a team registry on another admin's machine) has a finding for each.
void whenTheKeychainSweepEnds(MainWindow* window, const QString& figure, std::function<void()> next)
{
    auto* model = window->findChild<ApplicationTableModel*>();
    const auto report = [figure, next] {
        Bench::ProcessFigures::print(
            figure, u"ms=%1 findings=%2"_s.arg(Bench::ProcessFigures::msSinceStart()).arg(reportedFindings()));
        next();
    };
    if (!model || model->isKeychainChecked())
        return report();
    // Asked every few milliseconds: the sweep's end changes no row of an empty table, so no signal says it.
    auto* poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [model, report, poll] {
        if (!model->isKeychainChecked())
            return;
        poll->deleteLater();
        poll->stop();
        report();
    });
    poll->start(5);
}

void runAfterFirstPaint(const Bench::PaintProbe& probe, MainWindow* window, const QString& then)
{
    if (then == u"keystrokes"_s)
        Bench::KeystrokeScenario(probe, window).run();
    else if (then == u"audit"_s)
        Bench::AuditScenario(probe, window).run();
    else if (then == u"refresh"_s)
        Bench::RefreshScenario(probe, window).run();
    // The figures are out; tearing down 100,000 rows would measure nothing.
    std::_Exit(0);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    const BenchOptions options = parse(QApplication::arguments().mid(1));
    // The window reads the alerts switch from the settings file: it must be a private one, never the user's.
    if (qEnvironmentVariableIsEmpty("APPKEYS_KEYRING_HOME")) {
        QTextStream(stderr) << u"appkeys_bench_window: run it through scripts/with-keyring (bench/run does), which "
                               "gives it a keychain and a settings folder of its own.\n"_s;
        return 2;
    }
    applyApplicationIdentity();
    AppSettings().setAlertsEnabled(options.alerts);

    Bench::PaintProbe probe;
    application.installEventFilter(&probe);
    const QString figure = options.alerts ? u"window_start_alerts_on"_s : u"window_start_alerts_off"_s;
    bool painted = false;
    probe.onPaint([&](QWidget* widget) {
        const auto* table = qobject_cast<QAbstractItemView*>(widget);
        const bool rows = table && widget->objectName() == u"appTable"_s && table->model()->rowCount() > 0;
        if (painted || !(rows || widget->objectName() == u"emptyStateLabel"_s))
            return;
        painted = true;
        Bench::ProcessFigures::print(
            figure,
            u"ms=%1 rows=%2"_s.arg(Bench::ProcessFigures::msSinceStart()).arg(table ? table->model()->rowCount() : 0));
        auto* window = qobject_cast<MainWindow*>(widget->window());
        QTimer::singleShot(0, [&probe, window, figure, then = options.then, alerts = options.alerts] {
            whenEveryRowIsRead(window, figure + u"_all_rows"_s, [&probe, window, figure, then, alerts] {
                // Keystrokes are typed while the checks are under way: the window must answer meanwhile. A refresh
                // waits for them, so that it measures itself.
                if (!then.isEmpty() && then != u"refresh"_s)
                    return runAfterFirstPaint(probe, window, then);
                const auto afterTheSweep = [&probe, window, figure, then] {
                    whenTheKeychainSweepEnds(window, figure + u"_checks_done"_s,
                                             [&probe, window, then] { runAfterFirstPaint(probe, window, then); });
                };
                if (!alerts)
                    return afterTheSweep();
                whenTheFirstAlertRunEnds(window, figure + u"_first_run"_s, afterTheSweep);
            });
        });
    });
    startWatchdog(options.timeoutSeconds);
    return WindowLauncher::run(options.launcherArguments);
}
