#include "ProcessFigures.h"

#include <QFile>
#include <QTextStream>

#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace AppKeys::Bench {

qint64 ProcessFigures::msSinceStart()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime); the command name in field 2 may hold spaces, so count from its closing parenthesis.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const qint64 startTicks = fields.value(19).toLongLong();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / sysconf(_SC_CLK_TCK);
}

double ProcessFigures::peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void ProcessFigures::print(const QString& figure, const QString& fields)
{
    QTextStream out(stdout);
    out << u"figure=%1 %2 rss_mb=%3\n"_s.arg(figure, fields).arg(peakRssMb(), 0, 'f', 1);
    out.flush();
}

} // namespace AppKeys::Bench
