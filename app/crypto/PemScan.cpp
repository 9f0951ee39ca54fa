#include "crypto/PemScan.h"
#include "crypto/Wipe.h"

namespace bmp::crypto {

namespace {

constexpr char kBegin[] = "-----BEGIN ";
constexpr char kDashes[] = "-----";

// The outer DER SEQUENCE must cover the body exactly; a PEM cut short and then "repaired" with an END line
// (or missing lines in the middle) fails here.
bool derSpansExactly(const QByteArray& der) {
    if (der.size() < 2 || static_cast<unsigned char>(der.at(0)) != 0x30)
        return false;
    const auto first = static_cast<unsigned char>(der.at(1));
    qsizetype header = 2;
    qsizetype length = first;
    if (first & 0x80) {
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || der.size() < 2 + count)
            return false;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | static_cast<unsigned char>(der.at(2 + i));
        header += count;
    }
    return header + length == der.size();
}

// body may be a plaintext private key: the intermediate copies are wiped.
void decodeBody(PemBlock& block, QByteArray body) {
    QByteArray base64;
    base64.reserve(body.size()); // no reallocation leaving unwiped fragments
    bool inHeaders = true;
    QList<QByteArray> lines = body.split('\n');
    for (QByteArray& line : lines) {
        line = std::move(line).trimmed(); // in place: no unwiped copy left behind
        if (inHeaders && line.contains(':')) {
            if (line.startsWith("Proc-Type:") && line.contains("ENCRYPTED"))
                block.legacyEncrypted = true;
            continue;
        }
        if (line.isEmpty())
            continue;
        inHeaders = false;
        base64 += line;
        wipe(line);
    }
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    wipe(base64);
    wipe(body);
    if (!decoded || decoded.decoded.isEmpty()) {
        block.state = PemBlock::State::BadBase64;
        return;
    }
    block.der = std::move(decoded.decoded);
    if (!block.legacyEncrypted && !derSpansExactly(block.der))
        block.state = PemBlock::State::BadDer;
}

} // namespace

void PemBlock::wipe() {
    crypto::wipe(text);
    crypto::wipe(der);
}

PemBlocksWiper::~PemBlocksWiper() {
    for (PemBlock& block : blocks)
        block.wipe();
}

QList<PemBlock> scanPem(const QByteArray& data) {
    QList<PemBlock> blocks;
    qsizetype pos = 0;
    while ((pos = data.indexOf(kBegin, pos)) >= 0) {
        PemBlock block;
        const qsizetype labelStart = pos + qsizetype(sizeof kBegin) - 1;
        const qsizetype lineEnd = data.indexOf('\n', labelStart);
        const qsizetype labelEnd = data.indexOf(kDashes, labelStart);
        if (labelEnd < 0 || (lineEnd >= 0 && labelEnd > lineEnd)) {
            block.state = PemBlock::State::Truncated;
            block.text = data.mid(pos);
            blocks.append(block);
            break;
        }
        block.label = data.mid(labelStart, labelEnd - labelStart);
        const QByteArray endLine = "-----END " + block.label + kDashes;
        const qsizetype bodyStart = labelEnd + qsizetype(sizeof kDashes) - 1;
        const qsizetype endPos = data.indexOf(endLine, bodyStart);
        if (endPos < 0) {
            block.state = PemBlock::State::Truncated;
            block.text = data.mid(pos);
            blocks.append(block);
            break;
        }
        const qsizetype blockEnd = endPos + endLine.size();
        block.text.reserve(blockEnd - pos + 1); // built in place: no unwiped temporary
        block.text.append(data.constData() + pos, blockEnd - pos).append('\n');
        decodeBody(block, data.mid(bodyStart, endPos - bodyStart));
        blocks.append(block);
        pos = blockEnd;
    }
    return blocks;
}

bool looksLikeDer(const QByteArray& data) {
    return data.size() > 2 && static_cast<unsigned char>(data.at(0)) == 0x30 &&
           static_cast<unsigned char>(data.at(1)) >= 0x80;
}

} // namespace bmp::crypto
