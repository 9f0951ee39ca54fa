#include "widgets/WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace bmp::ui {

void WheelGuard::install() {
    static bool installed = false;
    if (installed || !qApp)
        return;
    installed = true;
    qApp->installEventFilter(new WheelGuard(qApp));
}

bool WheelGuard::editsValue(const QObject* widget) {
    if (qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget))
        return true;
    return qobject_cast<const QAbstractSlider*>(widget) && !qobject_cast<const QScrollBar*>(widget);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::Wheel || !watched->isWidgetType())
        return false;
    auto* widget = static_cast<QWidget*>(watched);
    // A spin box's inner line edit gets the event first: judge the field itself.
    QWidget* field = widget;
    if (!editsValue(field) && field->parentWidget() && editsValue(field->parentWidget()))
        field = field->parentWidget();
    if (!editsValue(field) || field->hasFocus() || field->isAncestorOf(QApplication::focusWidget()))
        return false;
    // Up the parents to the first that takes it (the page's scroll area), positions mapped as Qt would. Walked here
    // because Qt propagates only spontaneous wheel events, and the field must not see this one at all.
    auto* wheel = static_cast<QWheelEvent*>(event);
    QPointF at = wheel->position();
    for (QWidget* w = field; w->parentWidget() && !w->isWindow(); w = w->parentWidget()) {
        at += QPointF(w->pos());
        QWheelEvent forwarded(at, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                              wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source());
        forwarded.ignore();
        QCoreApplication::sendEvent(w->parentWidget(), &forwarded);
        if (forwarded.isAccepted())
            break;
    }
    event->accept(); // handled: Qt must not hand the original to the parents a second time
    return true;
}

} // namespace bmp::ui
