#pragma once

#include "cli/Cli.h"

#include <QCommandLineParser>

namespace bmp::cli {

// The --project forms of bmpctl key and jwt (ProjectKeyCommands.cpp). The parser has already parsed the
// command's options (project, env, passphrase-file, bits, replace, json, lifetime...).
int generateKeyInProject(Cli& cli, const QCommandLineParser& p);
int importKey(Cli& cli, const QStringList& args);
int registerKey(Cli& cli, const QStringList& args);
int signJwtForProject(Cli& cli, const QCommandLineParser& p);

} // namespace bmp::cli
