#pragma once

#include <QByteArray>
#include <QList>

namespace bmp::crypto {

// One "-----BEGIN X-----" ... "-----END X-----" block, checked before OpenSSL sees it so that a damaged file
// gets a precise message (truncated, bad base64) instead of OpenSSL's generic decoder failure.
struct PemBlock {
    enum class State { Ok, Truncated, BadBase64, BadDer };

    QByteArray label; // e.g. "PRIVATE KEY", "RSA PUBLIC KEY"
    QByteArray text;  // the whole block, BEGIN and END lines included
    QByteArray der;   // the decoded body (ciphertext for legacy "Proc-Type: 4,ENCRYPTED" blocks)
    bool legacyEncrypted = false;
    State state = State::Ok;

    bool isEncrypted() const { return legacyEncrypted || label == "ENCRYPTED PRIVATE KEY"; }
    bool isPrivateKey() const { return label.endsWith("PRIVATE KEY"); }
    bool isPublicKey() const { return label == "PUBLIC KEY" || label == "RSA PUBLIC KEY"; }
    bool isCertificate() const { return label.contains("CERTIFICATE"); }
    void wipe(); // text and der may be a plaintext private key
};

// Wipes every block when it goes out of scope.
struct PemBlocksWiper {
    QList<PemBlock>& blocks;
    ~PemBlocksWiper();
};

// All blocks in order; a block whose END line is missing is returned with State::Truncated and ends the scan.
QList<PemBlock> scanPem(const QByteArray& data);

// True when data starts like a binary DER SEQUENCE (someone handed us a .der file).
bool looksLikeDer(const QByteArray& data);

} // namespace bmp::crypto
