#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace AppKeys {

/// The command line run as its own process, as a script or a support engineer runs it.
struct CliProcess
{
    int exitCode = -1; ///< -1 when the process did not start, crashed or did not finish
    QString out;       ///< standard output, UTF-8
    QString err;       ///< standard error, UTF-8
    QString failure;   ///< why exitCode is -1

    /// Runs the command with `input` on its standard input, which is then closed (at once when `input` is empty), in
    /// English whatever `environment` says.
    static CliProcess run(const QStringList& arguments,
                          const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                          const QByteArray& input = {});
    /// The program the tests run: see APPKEYS_CLI_EXECUTABLE in CMakeLists.txt.
    static QString program();

    /// For QVERIFY2: the command's streams.
    QString describe() const;
};

} // namespace AppKeys
