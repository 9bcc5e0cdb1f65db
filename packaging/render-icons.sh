#!/bin/sh
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the committed PNG icons from the SVG. Run it after editing the SVG and commit the PNGs:
#   packaging/render-icons.sh
# Needs rsvg-convert (Debian package librsvg2-bin). Output depends only on the SVG and the
# librsvg version; the PNGs carry no timestamp or other metadata chunk.
set -eu
cd "$(dirname "$0")/icons"
svg=org.dnstimeline.DnsTimeline.svg
for size in 16 24 32 48 64 128 256; do
  mkdir -p "${size}x${size}"
  rsvg-convert --width "$size" --height "$size" --format png "$svg" \
    --output "${size}x${size}/org.dnstimeline.DnsTimeline.png"
done
