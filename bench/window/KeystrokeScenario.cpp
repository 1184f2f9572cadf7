#include "KeystrokeScenario.h"

#include "PaintProbe.h"
#include "ProcessFigures.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace AppKeys::Bench {

namespace {

/// Words a user looks for in a registry of spa and salon apps, with typos taken back; '\b' is Backspace.
const QString Typed =
    u"spa\b\b\bharbor\b\b\b\b\b\bwelnes\b\b\blness\b\b\b\b\b\b\b\b\byoga berlin\b\b\b\b\b\b\b\b\b\b\b"_s;
/// The rows change within this time (a window may wait for typing to pause, but not longer than this) or the step
/// counts as one that changed nothing (the same rows match).
constexpr int ChangeTimeoutMs = 300;
/// Bounds one step: a window this slow has failed the figure anyway.
constexpr int PaintTimeoutMs = 30000;
const QStringList FilterCombos = {u"sourceAppCombo"_s, u"loginUserTypeCombo"_s, u"authMethodCombo"_s,
                                  u"apiGroupCombo"_s, u"statusCombo"_s};

} // namespace

KeystrokeScenario::KeystrokeScenario(const PaintProbe& probe, QWidget* mainWindow)
    : m_probe(probe), m_mainWindow(mainWindow), m_table(mainWindow->findChild<QAbstractItemView*>(u"appTable"_s))
{
    QAbstractItemModel* model = m_table->model();
    const auto changed = [this] {
        m_changedAt = m_probe.now();
    };
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, m_table, changed);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, m_table, changed);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, m_table, changed);
    QObject::connect(model, &QAbstractItemModel::modelReset, m_table, changed);
}

void KeystrokeScenario::run()
{
    auto* search = m_mainWindow->findChild<QLineEdit*>(u"searchEdit"_s);
    search->setFocus();
    for (const QChar key : Typed)
        timeChange(
            [&] {
                const bool backspace = key == u'\b';
                QKeyEvent press(QEvent::KeyPress, backspace ? Qt::Key_Backspace : Qt::Key_unknown, Qt::NoModifier,
                                backspace ? QString() : QString(key));
                QKeyEvent release(QEvent::KeyRelease, press.key(), Qt::NoModifier, press.text());
                QCoreApplication::sendEvent(search, &press);
                QCoreApplication::sendEvent(search, &release);
            },
            m_keystrokes);
    ProcessFigures::print(u"keystroke"_s, m_keystrokes.fields() + u" unchanged=%1"_s.arg(m_unchanged));

    m_unchanged = 0;
    for (const QString& name : FilterCombos) {
        auto* combo = m_mainWindow->findChild<QComboBox*>(name);
        timeChange([&] { combo->setCurrentIndex(combo->count() - 1); }, m_filters);
    }
    auto* expiring = m_mainWindow->findChild<QCheckBox*>(u"expiresWithinCheck"_s);
    timeChange([&] { expiring->setChecked(true); }, m_filters);
    timeChange([&] { expiring->setChecked(false); }, m_filters);
    for (const QString& name : FilterCombos) {
        auto* combo = m_mainWindow->findChild<QComboBox*>(name);
        timeChange([&] { combo->setCurrentIndex(0); }, m_filters);
    }
    ProcessFigures::print(u"filters"_s, m_filters.fields() + u" unchanged=%1"_s.arg(m_unchanged));
}

void KeystrokeScenario::timeChange(const std::function<void()>& change, Durations& into)
{
    m_changedAt = -1;
    const double start = m_probe.now();
    change();
    // A key that leaves the same rows matching changes nothing on screen: it has cost what it took until the window
    // was ready for the next event (the zero timer runs after the events already queued).
    double readyAt = -1;
    QTimer::singleShot(0, m_table, [&] { readyAt = m_probe.now(); });
    if (!PaintProbe::processUntil([&] { return m_changedAt >= 0; }, ChangeTimeoutMs)) {
        ++m_unchanged;
        PaintProbe::processUntil([&] { return readyAt >= 0; }, PaintTimeoutMs);
        into.add(readyAt - start);
        return;
    }
    const auto painted = [&] {
        return m_probe.lastPaint(m_table->objectName()) >= m_changedAt;
    };
    if (PaintProbe::processUntil(painted, PaintTimeoutMs))
        into.add(m_probe.lastPaint(m_table->objectName()) - start);
}

} // namespace AppKeys::Bench
