#pragma once

#include "core/OutputFile.h"
#include "core/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace bmp::cli {

// Exit codes of the bmpctl contract.
enum Exit : int { Ok = 0, Failed = 1, Usage = 2 };

// What every command gets: its arguments (after the command words), output streams and helpers for the
// contract's conventions (one-line reasons on stderr, --json output, passphrase files).
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli(QTextStream& out, QTextStream& err);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    int usage(const QString& reason); // prints "bmpctl: <reason>" and returns 2
    int failed(const Error& error);   // prints "bmpctl: <message> (<detail>)" and returns 1
    int badInput(const Error& error); // like failed, but exit 2
    void printJson(const QJsonDocument& doc);

    // Parses args with the options given; on a parse error prints the reason and returns false.
    bool parse(QCommandLineParser& parser, const QStringList& args);
    // Reads a passphrase from a file (never from argv); the trailing newline is dropped.
    Result<QByteArray> readPassphraseFile(const QString& path);

    // Every command that writes a file takes --force to replace an existing one (never a project: OutputFile).
    static QCommandLineOption forceOption();
    static OutputFile::Overwrite overwrite(const QCommandLineParser& parser);
    // Ok, or prints the one-line reason the output file is refused and returns Usage (2).
    int checkOutput(const QString& path, OutputFile::Overwrite overwrite);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

using CommandHandler = std::function<int(Cli&, const QStringList& args)>;

// Command groups, each in its own file.
int runProject(Cli& cli, const QStringList& args);
int runCalendar(Cli& cli, const QStringList& args);
int runCalc(Cli& cli, const QStringList& args);
int runKey(Cli& cli, const QStringList& args);
int runJwt(Cli& cli, const QStringList& args);
int runSandbox(Cli& cli, const QStringList& args);
int runEnv(Cli& cli, const QStringList& args);
int runToken(Cli& cli, const QStringList& args);
int runProposals(Cli& cli, const QStringList& args);
int runEvidence(Cli& cli, const QStringList& args);
int runReport(Cli& cli, const QStringList& args); // needs the QGuiApplication main() makes for it

} // namespace bmp::cli
