#pragma once

#include <QString>

namespace bmp::ui {

// Renders every page of a demo project offscreen to DIR/NN-name.png (1280×800) and returns the
// number of pages written, or -1 on error (message on stderr).
int renderScreenshots(const QString& directory);

} // namespace bmp::ui
