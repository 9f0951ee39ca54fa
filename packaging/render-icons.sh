#!/usr/bin/env bash
# Renders the hand-drawn SVG application icon into the hicolor PNG sizes committed next to it.
# Run it after changing the SVG (needs rsvg-convert, Debian package librsvg2-bin), then commit the PNGs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app_id="br.com.bmponboarding.BmpOnboarding"
icons="$root/resources/icons/hicolor"
svg="$icons/scalable/apps/$app_id.svg"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 32 48 64 128 256; do
    mkdir -p "$icons/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$icons/${size}x${size}/apps/$app_id.png"
done
echo "rendered $(ls "$icons"/*x*/apps/"$app_id".png | wc -l) PNGs from $svg"
