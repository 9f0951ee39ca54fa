#include "widgets/DateEdits.h"

#include "core/DateText.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace bmp::ui {

namespace {

const char* kInvalidStyle = "border: 2px solid #d04444;";

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QLineEdit(parent) {
    m_format = DateText::dateFormat(); // the one format of dates in the interface
    setPlaceholderText(tr("Not set"));
    setMaxLength(40);
    // Wide enough for the format and the calendar button, not wider.
    setMinimumWidth(fontMetrics().horizontalAdvance(QDate(2026, 12, 28).toString(m_format)) +
                    fontMetrics().height() * 3);
    QAction* calendar = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), TrailingPosition);
    calendar->setObjectName(QStringLiteral("openCalendarAction"));
    calendar->setToolTip(tr("Choose the date in a calendar (Alt+Down)"));
    connect(calendar, &QAction::triggered, this, &OptionalDateEdit::openCalendar);
    // Connected first, so that every other listener of editingFinished reads the committed date.
    connect(this, &QLineEdit::editingFinished, this, &OptionalDateEdit::commitTyped);
    // While typing, the value follows every readable state of the text (empty: not set); the rest waits for the end.
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.simplified().isEmpty()) {
            m_date = {};
        } else if (const QDate d = parse(text, locale()); d.isValid()) {
            m_date = d;
        }
    });
    setAccessibleDescription(tr("Type the date as %1, or leave it empty for \"not set\". Up and Down change it by a "
                                "day (an empty field starts at today), Alt+Down opens a calendar, Delete empties it.")
                                 .arg(QDate(2026, 11, 26).toString(m_format)));
}

QDate OptionalDateEdit::parse(const QString& text, const QLocale& locale) {
    const QString t = text.simplified();
    if (t.isEmpty())
        return {};
    QStringList formats{QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-M-d"),
                        locale.dateFormat(QLocale::ShortFormat), locale.dateFormat(QLocale::LongFormat),
                        locale.dateFormat(QLocale::NarrowFormat)};
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    // Day-first locales (pt_BR: dd/MM/yyyy) also take single digits and two-digit years; month-first ones the same.
    if (shortFormat.startsWith(u'd'))
        formats += {QStringLiteral("d/M/yyyy"), QStringLiteral("d/M/yy"), QStringLiteral("d-M-yyyy"),
                    QStringLiteral("d.M.yyyy")};
    else if (shortFormat.startsWith(u'M'))
        formats += {QStringLiteral("M/d/yyyy"), QStringLiteral("M/d/yy")};
    for (const QString& f : std::as_const(formats)) {
        QDate d = locale.toDate(t, f);
        if (!d.isValid())
            continue;
        // Two-digit years are this century's (Qt reads them as 19xx).
        if (!f.contains(QLatin1String("yyyy")) && d.year() < 2000)
            d = d.addYears(100);
        if (d.year() >= 1900 && d.year() <= 2100)
            return d;
    }
    return {};
}

void OptionalDateEdit::display(const QDate& date) {
    setText(date.isValid() ? date.toString(m_format) : QString());
    markInvalid(false);
}

void OptionalDateEdit::setOptionalDate(const QDate& date) {
    m_date = date.isValid() ? date : QDate();
    display(m_date);
}

void OptionalDateEdit::markInvalid(bool invalid) {
    m_inputValid = !invalid;
    setStyleSheet(invalid ? QString::fromLatin1(kInvalidStyle) : QString());
    setToolTip(invalid ? tr("\"%1\" is not a date: type it as %2, or leave the field empty.")
                             .arg(text(), QDate(2026, 11, 26).toString(m_format))
                       : QString());
}

void OptionalDateEdit::commitTyped() {
    const QString typed = text().simplified();
    if (typed.isEmpty()) {
        m_date = {};
        markInvalid(false);
        return;
    }
    const QDate d = parse(typed, locale());
    if (!d.isValid()) {
        markInvalid(true); // kept as typed, to be fixed; m_date stays the last good one
        return;
    }
    m_date = d;
    display(d);
}

void OptionalDateEdit::step(int days) {
    const QDate current = text().simplified().isEmpty() ? QDate() : parse(text(), locale());
    const QDate next = current.isValid() ? current.addDays(days) : QDate::currentDate();
    m_date = next; // the value now; saved when editing finishes, like a typed date
    display(next);
    selectAll();
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event) {
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if ((event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier)) || event->key() == Qt::Key_F4) {
        openCalendar();
        event->accept();
        return;
    }
    if (plain && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        step(event->key() == Qt::Key_Up ? 1 : -1);
        event->accept();
        return;
    }
    if (plain && event->key() == Qt::Key_Escape &&
        text() != (m_date.isValid() ? m_date.toString(m_format) : QString())) {
        display(m_date); // back to the saved date
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void OptionalDateEdit::openCalendar() {
    if (!m_popup) {
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setObjectName(QStringLiteral("dateCalendarPopup"));
        m_popup->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(2, 2, 2, 2);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("dateCalendar"));
        m_calendar->setLocale(locale());
        m_calendar->setGridVisible(true);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate& d) {
            m_popup->hide();
            m_date = d;
            display(d);
            setFocus(Qt::PopupFocusReason);
            emit editingFinished();
        });
        connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
        m_popup->installEventFilter(this);
    }
    // The calendar opens at the date shown, else the reference date, else today: never at a meaningless default.
    const QDate typed = parse(text(), locale());
    const QDate at = typed.isValid() ? typed : m_reference.isValid() ? m_reference : QDate::currentDate();
    m_calendar->setSelectedDate(at);
    m_calendar->setCurrentPage(at.year(), at.month());
    m_popup->adjustSize();
    const QPoint below = mapToGlobal(QPoint(0, height()));
    m_popup->move(below);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool OptionalDateEdit::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_popup && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        m_popup->hide();
        setFocus(Qt::PopupFocusReason);
        return true;
    }
    return QLineEdit::eventFilter(watched, event);
}

} // namespace bmp::ui
