#!/bin/sh
# Regenerates the key fixtures with the openssl command (OpenSSL 3). Run once; the outputs are committed.
# The passphrase of the encrypted fixtures is in fixture.pass (a test secret, not a real one).
set -eu
cd "$(dirname "$0")"
printf 'correct horse battery staple\n' > fixture.pass
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa2048-pkcs8.pem
openssl pkey -in rsa2048-pkcs8.pem -pubout -out rsa2048-public.pem
openssl rsa -in rsa2048-pkcs8.pem -RSAPublicKey_out -out rsa2048-public-pkcs1.pem
openssl pkey -in rsa2048-pkcs8.pem -outform DER -out rsa2048-pkcs8.der
openssl pkcs8 -topk8 -in rsa2048-pkcs8.pem -v2 aes-256-cbc -v2prf hmacWithSHA256 -passout file:fixture.pass \
    -out rsa2048-pkcs8-encrypted.pem
openssl genrsa -traditional -out rsa2048-pkcs1.pem 2048
openssl rsa -in rsa2048-pkcs1.pem -traditional -aes256 -passout file:fixture.pass -out rsa2048-pkcs1-encrypted.pem
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa1024.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec-p256.pem
openssl ecparam -name prime256v1 -genkey -out ec-p256-traditional.pem
openssl pkey -in ec-p256.pem -pubout -out ec-p256-public.pem
openssl genpkey -algorithm ED25519 -out ed25519.pem
openssl req -x509 -new -key rsa2048-pkcs8.pem -subj /CN=fixture -days 3650 -out certificate.pem
# Broken ones.
head -c 900 rsa2048-pkcs8.pem > truncated.pem
{ head -n 10 rsa2048-pkcs8.pem; tail -n 1 rsa2048-pkcs8.pem; } > missing-lines.pem
{ head -n 1 rsa2048-pkcs8.pem; echo 'this is not base64 at all!'; tail -n 1 rsa2048-pkcs8.pem; } > bad-base64.pem
printf 'hello, I am not a key\n' > garbage.pem
: > empty.pem
