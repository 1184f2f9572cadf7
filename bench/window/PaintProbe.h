#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <functional>

class QAbstractItemView;
class QWidget;

namespace AppKeys::Bench {

/// Watches every paint of the application (an application-wide event filter) and remembers, for each widget name,
/// when it was last painted: an item view counts by its own name when its viewport is painted. The benchmark's
/// figures end at a paint, because that is when the user sees the result, not when the model has it.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QObject* parent = nullptr);

    /// Milliseconds on the probe's clock (started with the probe).
    double now() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    /// When `widgetName` was last painted, or -1.
    double lastPaint(const QString& widgetName) const { return m_lastPaint.value(widgetName, -1); }
    /// Called as each named widget (or item view) is painted; for figures that end at a particular paint.
    void onPaint(std::function<void(QWidget* widget)> callback) { m_onPaint = std::move(callback); }

    /// Processes events until `done` holds or `timeoutMs` has passed; whether it held.
    static bool processUntil(const std::function<bool()>& done, int timeoutMs);
    /// Processes events until `view` has been painted, at or after `since`, with rows in its model.
    bool waitForRowsPainted(const QAbstractItemView* view, double since, int timeoutMs) const;
    /// Scrolls `view` to its last row, letting the model fetch more each time the bottom is reached, as a user holding
    /// End does, until the model has nothing more to fetch and the last rows are painted (or the time is up).
    bool scrollToEnd(QAbstractItemView* view, int timeoutMs) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_clock;
    QHash<QString, double> m_lastPaint;
    std::function<void(QWidget*)> m_onPaint;
};

} // namespace AppKeys::Bench
