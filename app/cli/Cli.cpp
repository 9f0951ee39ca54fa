#include "cli/Cli.h"

#include <QFile>

namespace bmp::cli {

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err) {}

int Cli::usage(const QString& reason) {
    m_err << "bmpctl: " << reason << Qt::endl;
    return Usage;
}

int Cli::failed(const Error& error) {
    m_err << "bmpctl: " << error.toString() << Qt::endl;
    return Failed;
}

int Cli::badInput(const Error& error) {
    m_err << "bmpctl: " << error.toString() << Qt::endl;
    return Usage;
}

void Cli::printJson(const QJsonDocument& doc) {
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool Cli::parse(QCommandLineParser& parser, const QStringList& args) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("bmpctl"));
    if (!parser.parse(withProgram)) {
        usage(parser.errorText());
        return false;
    }
    return true;
}

Result<QByteArray> Cli::readPassphraseFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read the passphrase file %1").arg(path), file.errorString());
    QByteArray data = file.readAll();
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    if (data.isEmpty())
        return makeError(tr("the passphrase file %1 is empty").arg(path));
    return data;
}

} // namespace bmp::cli
