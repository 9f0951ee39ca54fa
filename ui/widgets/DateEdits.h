#pragma once

#include <QDate>
#include <QDateEdit>

namespace bmp::ui {

// A QDateEdit that can also be "not set": its minimum date is shown as the special text.
class OptionalDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);
    QDate optionalDate() const;
    void setOptionalDate(const QDate& date);

    static QDate unsetDate() { return QDate(2000, 1, 1); }

protected:
    void stepBy(int steps) override;
    StepEnabled stepEnabled() const override;
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;
};

} // namespace bmp::ui
