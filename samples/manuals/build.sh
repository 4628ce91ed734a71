#!/usr/bin/env bash
# Regenerates every output format of the sample manuals from source/.
#
#   samples/manuals/build.sh          rebuild everything
#   samples/manuals/build.sh --check  only check that the tools are installed
#
# A maintainer's script: the generated files are committed, so the product, its
# tests and CI need none of these converters. Output is deterministic for a given
# tool set (fixed dates, fixed zip timestamps, fixed PDF ids); other versions of
# pandoc or LibreOffice may still move text between pages, so check the pages in
# questions.jsonl after a rebuild with other tool versions (see README.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/source"
style="$src/style"

# 2025-03-01T00:00:00Z: the publication date printed on the manuals.
export SOURCE_DATE_EPOCH=1740787200
export TZ=UTC LC_ALL=C.UTF-8

# --- tools -----------------------------------------------------------------
missing=()
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need_cmd pandoc pandoc
need_cmd soffice libreoffice-writer-nogui
need_cmd zip zip
need_cmd unzip unzip
need_cmd pdfinfo poppler-utils
need_cmd perl perl-base
need_cmd fc-list fontconfig
if command -v fc-list >/dev/null 2>&1 && [[ -z "$(fc-list 'Liberation Sans')" ]]; then
  missing+=(fonts-liberation2)
fi
if ((${#missing[@]})); then
  echo "build.sh: missing tools. Install them with:" >&2
  echo "  apt-get install -y $(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')" >&2
  exit 1
fi
[[ "${1:-}" == "--check" ]] && { echo "build.sh: all tools present"; exit 0; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# --- helpers ---------------------------------------------------------------

# make_reference OUT LANG "FOOTER TEXT" PAGE_WORD OF_WORD HEADING_ID_PREFIX
# Builds pandoc's reference DOCX: our styles (source/style/styles.xml), A4 page,
# 2 cm margins and a running footer "FOOTER TEXT ... Page n of m".
# HEADING_ID_PREFIX is the style id stem of the headings: "Heading" as written
# by an English Word, "berschrift" as written by a German Word ("Überschrift 1"
# without the non-ASCII first letter; the style names stay "heading 1").
make_reference() {
  local out="$1" lang="$2" footer="$3" page="$4" of="$5" hid="$6"
  local dir="$work/ref-$(basename "$out" .docx)"
  rm -rf "$dir" && mkdir -p "$dir"
  pandoc -o "$work/default-reference.docx" --print-default-data-file reference.docx
  (cd "$dir" && unzip -q "$work/default-reference.docx")
  sed -e "s/@H1@/${hid}1/; s/@H2@/${hid}2/; s/@H3@/${hid}3/; s/@H4@/${hid}4/; s/@LANG@/${lang}/g" \
    "$style/styles.xml" > "$dir/word/styles.xml"
  sed -e "s|@FOOTER_LEFT@|${footer}|; s|@PAGE_WORD@|${page}|; s|@OF_WORD@|${of}|" \
    "$style/footer.xml" > "$dir/word/footer1.xml"
  perl -0pi -e 's#</Relationships>#<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>#' \
    "$dir/word/_rels/document.xml.rels"
  perl -0pi -e 's#</Types>#<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>#' \
    "$dir/[Content_Types].xml"
  perl -0pi -e 's#<w:sectPr\s*/>#<w:sectPr><w:footerReference w:type="default" r:id="rIdFtr1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>#' \
    "$dir/word/document.xml"
  grep -q rIdFtr1 "$dir/word/document.xml" || { echo "build.sh: could not set the footer in the reference DOCX" >&2; exit 1; }
  find "$dir" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  rm -f "$out"
  (cd "$dir" && zip -q -X -r "$out" '[Content_Types].xml' _rels docProps word)
}

# finish_docx FILE: keep table rows from splitting across pages, then rewrite
# the zip with fixed timestamps and a fixed file order.
finish_docx() {
  local file="$1" dir="$work/zip-$$-$RANDOM"
  mkdir -p "$dir" && (cd "$dir" && unzip -q "$file")
  perl -pi -e 's#<w:tr>(?!<w:trPr>)#<w:tr><w:trPr><w:cantSplit/></w:trPr>#g;
               s#<w:tr><w:trPr>(?!<w:cantSplit)#<w:tr><w:trPr><w:cantSplit/>#g' \
    "$dir/word/document.xml"
  find "$dir" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  rm -f "$file"
  (cd "$dir" && zip -q -X "$file" '[Content_Types].xml' && \
    find . -type f ! -name '[Content_Types].xml' | LC_ALL=C sort | zip -q -X "$file" -@)
  rm -rf "$dir"
}

# md_to_docx SOURCE.md OUT.docx REFERENCE.docx
md_to_docx() {
  pandoc "$1" --from markdown --to docx \
    --lua-filter "$style/pagebreak.lua" \
    --reference-doc "$3" -o "$2"
  finish_docx "$2"
}

# docx_to_pdf IN.docx OUT.pdf BOOKMARKS: LibreOffice, then fixed creation date
# and ids. BOOKMARKS true|false: whether the PDF gets an outline (bookmarks) of
# the headings; without one a reader can only find headings by font size/weight.
docx_to_pdf() {
  local in="$1" out="$2" bookmarks="$3" outdir="$work/pdf"
  mkdir -p "$outdir"
  soffice -env:UserInstallation="file://$work/lo-profile" --headless \
    --convert-to "pdf:writer_pdf_Export:{\"ExportBookmarks\":{\"type\":\"boolean\",\"value\":\"$bookmarks\"}}" \
    --outdir "$outdir" "$in" >"$work/soffice.log" 2>&1 || {
      cat "$work/soffice.log" >&2; exit 1; }
  local produced="$outdir/$(basename "${in%.docx}").pdf"
  [[ -s "$produced" ]] || { cat "$work/soffice.log" >&2; echo "build.sh: no PDF from $in" >&2; exit 1; }
  # Same-length replacements keep the cross-reference offsets valid.
  local id; id="$(md5sum "$in" | cut -c1-32 | tr a-f A-F)"
  perl -pi -e '
    s/\/CreationDate\(D:\d{14}/\/CreationDate(D:20250301000000/g;
    s/\/ModDate\(D:\d{14}/\/ModDate(D:20250301000000/g;
    s/<[0-9A-F]{32}>/<'"$id"'>/g;
    s/\/DocChecksum \/[0-9A-F]{32}/\/DocChecksum \/'"$id"'/g;
  ' "$produced"
  mv "$produced" "$out"
}

pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }

# --- Kessler VMC-850 (English): DOCX and PDF -------------------------------
make_reference "$work/ref-vmc.docx" en-GB \
  "Kessler VMC-850 · Operating and Maintenance Manual · KM-850-EN rev. C" Page of Heading
md_to_docx "$src/vmc-850-cnc-machining-centre.md" "$here/vmc-850-cnc-machining-centre.docx" "$work/ref-vmc.docx"
docx_to_pdf "$here/vmc-850-cnc-machining-centre.docx" "$here/vmc-850-cnc-machining-centre.pdf" true

# --- Brandt HP-200 (German): DOCX with German Word style ids, and PDF -------
make_reference "$work/ref-hp.docx" de-DE \
  "Brandt Pressentechnik · HP-200 Betriebsanleitung · BA-HP200-DE Ausgabe 03/2025" Seite von berschrift
md_to_docx "$src/hp-200-hydraulic-press.md" "$here/hp-200-hydraulic-press.docx" "$work/ref-hp.docx"
docx_to_pdf "$here/hp-200-hydraulic-press.docx" "$here/hp-200-hydraulic-press.pdf" false

# --- PL-400 packaging line (English): standalone HTML, and Markdown as is ---
pandoc "$src/pl-400-packaging-line.md" --from markdown --to html5 --standalone \
  --template "$style/pl-400-template.html" --wrap=none \
  --lua-filter "$style/pagebreak.lua" \
  --metadata pagetitle="Packaging Line PL-400 – Operating and Maintenance Manual" \
  --metadata lang=en-GB \
  --include-in-header "$style/pl-400-head.html" \
  --include-before-body "$style/pl-400-nav.html" \
  --include-after-body "$style/pl-400-footer.html" \
  -o "$here/pl-400-packaging-line.html"
cp "$src/pl-400-packaging-line.md" "$here/pl-400-packaging-line.md"

# --- Line 3 shop notes: plain text as is -----------------------------------
cp "$src/shop-notes.txt" "$here/shop-notes.txt"

echo "build.sh: done"
for f in vmc-850-cnc-machining-centre.pdf hp-200-hydraulic-press.pdf; do
  echo "  $f: $(pages "$here/$f") pages"
done

# The question set cites PDF pages: check them against the new PDFs.
if command -v python3 >/dev/null 2>&1; then
  python3 "$here/verify-questions.py" || {
    echo "build.sh: questions.jsonl no longer matches the manuals (pages or sections moved); fix it" >&2
    exit 1
  }
else
  echo "build.sh: python3 not found; run verify-questions.py to check the pages in questions.jsonl" >&2
fi
