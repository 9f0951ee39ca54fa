#pragma once

// Helpers shared by the crypto tests: fixtures and running independent tools (openssl, python3) on our output.
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTest>

namespace testutil {

inline QString keyFixture(const QString& name) {
    return QStringLiteral(BMP_TEST_DATA_DIR "/keys/") + name;
}

inline QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(path));
    return f.readAll();
}

inline QByteArray readKeyFixture(const QString& name) {
    return readFile(keyFixture(name));
}

inline QByteArray fixturePassphrase() {
    return readKeyFixture(QStringLiteral("fixture.pass")).trimmed();
}

inline bool writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// Runs a program to completion (bounded wait, no sleeps); stdin is written then closed.
inline ProcessResult run(const QString& program, const QStringList& args, const QByteArray& input = {},
                         int timeoutMs = 60000) {
    QProcess p;
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(timeoutMs))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline ProcessResult openssl(const QStringList& args, const QByteArray& input = {}) {
    return run(QStringLiteral("openssl"), args, input);
}

} // namespace testutil
