#include "PaintProbe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace AppKeys::Bench {

PaintProbe::PaintProbe(QObject* parent) : QObject(parent)
{
    m_clock.start();
}

bool PaintProbe::processUntil(const std::function<bool()>& done, int timeoutMs)
{
    // The timer wakes the wait below when no event comes, so that the timeout is checked.
    QTimer tick;
    tick.start(10);
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool PaintProbe::waitForRowsPainted(const QAbstractItemView* view, double since, int timeoutMs) const
{
    return processUntil([&] { return lastPaint(view->objectName()) >= since && view->model()->rowCount() > 0; },
                        timeoutMs);
}

bool PaintProbe::scrollToEnd(QAbstractItemView* view, int timeoutMs) const
{
    QElapsedTimer scrolling;
    scrolling.start();
    while (scrolling.elapsed() < timeoutMs) {
        const double before = now();
        view->scrollToBottom();
        if (!processUntil([&] { return lastPaint(view->objectName()) >= before; },
                          int(timeoutMs - scrolling.elapsed())))
            return false;
        if (!view->model()->canFetchMore({}))
            return true;
    }
    return false;
}

bool PaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Paint || !watched->isWidgetType())
        return false;
    // An item view paints its rows in its viewport, a child without a name of its own.
    auto* named = qobject_cast<QWidget*>(watched);
    if (auto* view = qobject_cast<QAbstractItemView*>(watched->parent()); view && view->viewport() == watched)
        named = view;
    const QString name = named->objectName();
    if (name.isEmpty())
        return false;
    m_lastPaint.insert(name, now());
    if (m_onPaint)
        m_onPaint(named);
    return false;
}

} // namespace AppKeys::Bench
