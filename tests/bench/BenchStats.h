#pragma once

// Small helpers for the benchmarks: medians and aligned output. Figures are always printed with their baseline
// from the same run, and the ratio between them (QUALITY.md "Performance").
#include <QList>
#include <QTextStream>

#include <algorithm>

namespace bench {

inline double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

inline double minimum(const QList<double>& values) {
    return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
}

inline double maximum(const QList<double>& values) {
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

inline QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

} // namespace bench
