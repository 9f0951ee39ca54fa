# Shared by scripts/run, scripts/test and scripts/package: install what is missing, configure, build.
# shellcheck shell=bash
set -euo pipefail

BMP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BMP_BUILD_DIR="${BMP_BUILD_DIR:-$BMP_ROOT/build}"

# Debian 12 / Ubuntu package names. Runtime and test tools are included: the tests use them (clang: the fuzz runs).
BMP_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libgl-dev
    libssl-dev openssl
    fonts-dejavu-core tzdata qt6-translations-l10n
    poppler-utils python3 python3-jwt postgresql
    desktop-file-utils appstream shared-mime-info groff-base
    dpkg-dev file
    clang
)

bmp_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

bmp_missing_packages() {
    local missing=() p
    for p in "${BMP_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    # Nothing at all when nothing is missing (printf with no argument would still print one empty line).
    [ "${#missing[@]}" -eq 0 ] || printf '%s\n' "${missing[@]}"
}

bmp_install_dependencies() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        bmp_say "Not a Debian/Ubuntu system: install Qt 6.4+ (base, tools, httpserver, sqlite), OpenSSL 3 and CMake yourself."
        return 0
    fi
    local missing
    mapfile -t missing < <(bmp_missing_packages)
    [ "${#missing[@]}" -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            bmp_say "These packages are missing and this is not root (and sudo is not available):"
            printf '    %s\n' "${missing[@]}" >&2
            bmp_say "Install them as root: apt-get install ${missing[*]}"
            exit 1
        fi
    fi
    bmp_say "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
    # ccache only speeds rebuilds up; its absence is fine.
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends ccache >/dev/null 2>&1 || true
}

bmp_build() {
    local build_dir="$1"
    shift
    local generator=()
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        bmp_say "Configuring in $build_dir"
        cmake -S "$BMP_ROOT" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    else
        cmake "$build_dir" "$@" >/dev/null
    fi
    bmp_say "Building"
    cmake --build "$build_dir" --parallel "$(nproc)"
}
