#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace bmp::ui {

// Keyboard and screen-reader plumbing shared by the wizard's pages: tab order in reading order (the order of
// the layouts, not the order in which the widgets were created) and accessible names from the labels.
namespace a11y {

// The widgets under root that take focus with Tab, in reading order: a form row by row, a box item by item,
// a grid cell by cell, into group boxes, scroll areas and stacks, and an item view's cell widgets after it.
QList<QWidget*> readingOrder(QWidget* root);

// Chains root's widgets into the tab order in reading order, after `previous` when given. Returns the last
// widget chained (or `previous` when root has none), to continue the chain with.
QWidget* chainTabOrder(QWidget* root, QWidget* previous = nullptr);

// Gives every field with a buddy label the label's text as accessible name ("&Owner:" -> "Owner") when it
// has none of its own, so a screen reader names the field even where Qt cannot find the label by itself.
void nameFieldsFromLabels(QWidget* root);

// The label text without mnemonic ampersands and the trailing colon: "&Phone (international):" -> "Phone
// (international)"; "R&&D" -> "R&D".
QString plainLabel(const QString& text);

} // namespace a11y

} // namespace bmp::ui
