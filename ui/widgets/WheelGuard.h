#pragma once

#include <QObject>

namespace bmp::ui {

// Scrolling a page must never change a value on the way. Qt lets the wheel edit a combo box, a spin box or a date
// box it passes over; this application-wide filter hands such a wheel event to the widget's parents (the page's
// scroll area) unless the field has the keyboard focus, i.e. the user chose to edit it.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    // Installs the guard on the application once; later calls do nothing.
    static void install();
    // Whether the wheel over `widget` would edit a value (a combo box, spin box or slider that is not a scroll bar).
    static bool editsValue(const QObject* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace bmp::ui
