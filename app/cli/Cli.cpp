#include "cli/Cli.h"
#include "crypto/Wipe.h"

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
    // A pipe is fine (--passphrase-file <(pass show bmp)); reading is bounded all the same (/dev/zero never ends).
    constexpr qint64 kMaxPassphraseFile = 64 * 1024;
    QByteArray data = file.read(kMaxPassphraseFile + 1);
    if (data.size() > kMaxPassphraseFile) {
        crypto::wipe(data);
        return makeError(tr("the passphrase file %1 is too large (over %2 bytes)").arg(path).arg(kMaxPassphraseFile));
    }
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    if (data.isEmpty())
        return makeError(tr("the passphrase file %1 is empty").arg(path));
    return data;
}

QCommandLineOption Cli::forceOption() {
    return {QStringLiteral("force"), tr("replace the output file if it exists (never a project file)")};
}

OutputFile::Overwrite Cli::overwrite(const QCommandLineParser& parser) {
    return parser.isSet(QStringLiteral("force")) ? OutputFile::Overwrite::Allow : OutputFile::Overwrite::Refuse;
}

int Cli::checkOutput(const QString& path, OutputFile::Overwrite overwrite) {
    const Status s = OutputFile::checkTarget(path, overwrite);
    if (s)
        return Ok;
    // The plain "exists" case says how to go on; every other refusal (a project, a folder...) has no way around.
    if (overwrite == OutputFile::Overwrite::Refuse && OutputFile::checkTarget(path, OutputFile::Overwrite::Allow))
        return usage(tr("%1 already exists; it was left untouched (add --force to replace it)").arg(path));
    return badInput(s.error());
}

} // namespace bmp::cli
