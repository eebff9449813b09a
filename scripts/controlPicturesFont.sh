#!/usr/bin/env bash
# Builds src/fonts/control-pictures.woff2: the control pictures the byte inspector draws (␊ U+240A, ␍ U+240D,
# ␣ U+2423; see src/lib/byteGlyphs.ts), cut from Noto Sans Symbols2 (SIL Open Font License 1.1). No font a stock
# Debian Chromium has draws ␊ and ␍, so readers saw empty boxes on the lessons about header bytes.
# global.css loads it with a unicode-range, so browsers fetch it (about 1 KB) only for a page that shows one of them.
#
# Needs Debian's fonts-noto-core (the font) and python3-fonttools + python3-brotli (subsetting to woff2):
#   apt-get install -y fonts-noto-core python3-fonttools python3-brotli
# The output is committed; CI does not run this. Re-run after adding a glyph to byteGlyphs.ts (and to UNICODES
# here and the unicode-range in src/styles/global.css).
set -euo pipefail
cd "$(dirname "$0")/.."

SOURCE=/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf
COPYRIGHT=/usr/share/doc/fonts-noto-core/copyright
UNICODES=U+240A,U+240D,U+2423
OUT=src/fonts/control-pictures.woff2
LICENSE=src/fonts/control-pictures.LICENSE.txt

# Debian's python3 (the one python3-fonttools installs into), not whatever python3 comes first on PATH.
PYTHON=/usr/bin/python3
"$PYTHON" -m fontTools.subset "$SOURCE" \
  --unicodes="$UNICODES" \
  --flavor=woff2 \
  --layout-features='' \
  --no-hinting \
  --desubroutinize \
  --name-IDs='0,1,2,3,4,5,6,13,14' \
  --output-file="$OUT"

# The licence travels with the font (OFL-1.1 §2): the font's own notices, then the licence text from the package.
{
  echo "src/fonts/control-pictures.woff2 is a subset (U+240A, U+240D, U+2423) of Noto Sans Symbols2 Regular"
  echo "from Debian's fonts-noto-core $(dpkg-query -W -f='${Version}' fonts-noto-core), made by scripts/controlPicturesFont.sh."
  echo
  "$PYTHON" - "$SOURCE" <<'PY'
import sys
from fontTools.ttLib import TTFont
names = TTFont(sys.argv[1])['name']
for name_id in (0, 13, 14):
    text = names.getDebugName(name_id)
    if text:
        print(text)
PY
  echo
  echo "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007"
  echo
  # The licence text, from the Debian copyright file's "License: OFL-1.1" paragraph (one-space indent, " ." for blank lines).
  awk '/^License: OFL-1.1$/ { inside = 1; next } inside && /^[^ ]/ { inside = 0 } inside { sub(/^ /, ""); if ($0 == ".") $0 = ""; print }' "$COPYRIGHT" | awk 'NF || printed { print; printed = 1 }'
} > "$LICENSE"

"$PYTHON" - "$OUT" <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
print(f"{sys.argv[1]}: glyphs for {', '.join(f'U+{c:04X}' for c in sorted(font.getBestCmap()))}")
PY
ls -l "$OUT" "$LICENSE"
