#include "widgets/Accessibility.h"

#include <QAbstractItemView>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QWidget>

#include <algorithm>

namespace bmp::ui::a11y {

namespace {

void collectLayout(QLayout* layout, QList<QWidget*>& out);

void collectWidget(QWidget* w, QList<QWidget*>& out) {
    if (!w || w->isWindow())
        return;
    if ((w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QLabel*>(w))
        out.append(w);
    if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
        // Editors placed in cells (e.g. the planned dates of the schedule) come right after their view.
        if (const QAbstractItemModel* model = view->model()) {
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    collectWidget(view->indexWidget(model->index(row, column)), out);
            }
        }
        return;
    }
    if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
        collectWidget(scroll->widget(), out);
        return;
    }
    if (w->layout())
        collectLayout(w->layout(), out);
}

void collectItem(QLayoutItem* item, QList<QWidget*>& out) {
    if (!item)
        return;
    if (QWidget* w = item->widget())
        collectWidget(w, out);
    else if (QLayout* l = item->layout())
        collectLayout(l, out);
}

void collectLayout(QLayout* layout, QList<QWidget*>& out) {
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            for (auto role : {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                collectItem(form->itemAt(row, role), out);
        }
        return;
    }
    if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
        struct Cell {
            int row;
            int column;
            QLayoutItem* item;
        };
        QList<Cell> cells;
        for (int i = 0; i < grid->count(); ++i) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            cells.append({row, column, grid->itemAt(i)});
        }
        std::stable_sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        for (const Cell& c : cells)
            collectItem(c.item, out);
        return;
    }
    for (int i = 0; i < layout->count(); ++i)
        collectItem(layout->itemAt(i), out);
}

} // namespace

QList<QWidget*> readingOrder(QWidget* root) {
    QList<QWidget*> out;
    if (!root)
        return out;
    if (root->layout())
        collectLayout(root->layout(), out);
    else if (auto* scroll = qobject_cast<QScrollArea*>(root))
        collectWidget(scroll->widget(), out);
    out.removeAll(root);
    // A widget reachable twice (e.g. a cell widget also placed in a layout) keeps its first place.
    QList<QWidget*> unique;
    for (QWidget* w : out) {
        if (!unique.contains(w))
            unique.append(w);
    }
    return unique;
}

QWidget* chainTabOrder(QWidget* root, QWidget* previous) {
    for (QWidget* w : readingOrder(root)) {
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
    return previous;
}

void nameFieldsFromLabels(QWidget* root) {
    if (!root)
        return;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        QWidget* buddy = label->buddy();
        if (buddy && buddy->accessibleName().isEmpty())
            buddy->setAccessibleName(plainLabel(label->text()));
    }
}

QString plainLabel(const QString& text) {
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&') {
                plain.append(u'&');
                ++i;
            }
            continue;
        }
        plain.append(text.at(i));
    }
    plain = plain.trimmed();
    if (plain.endsWith(u':'))
        plain.chop(1);
    return plain.trimmed();
}

} // namespace bmp::ui::a11y
