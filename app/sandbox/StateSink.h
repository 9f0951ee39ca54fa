#pragma once

#include <QJsonObject>
#include <QString>

namespace bmp::sandbox {

// Where the engine's components write their state through, one record (kind, id) at a time, so an optional
// SQLite store can make it survive restarts. Components work the same without one (in-memory mode).
class StateSink {
public:
    virtual ~StateSink() = default;
    virtual void put(const QString& kind, const QString& id, const QJsonObject& record) = 0;
    virtual void remove(const QString& kind, const QString& id) = 0;
};

// Small helper so components need not test for a null sink everywhere.
class SinkRef {
public:
    void set(StateSink* sink) { m_sink = sink; }
    // Callers test this before building a record that is expensive to make.
    bool enabled() const { return m_sink != nullptr; }
    void put(const QString& kind, const QString& id, const QJsonObject& record) const {
        if (m_sink)
            m_sink->put(kind, id, record);
    }
    void remove(const QString& kind, const QString& id) const {
        if (m_sink)
            m_sink->remove(kind, id);
    }

private:
    StateSink* m_sink = nullptr;
};

} // namespace bmp::sandbox
