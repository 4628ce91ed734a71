#!/usr/bin/env python3
"""Checks questions.jsonl against the generated sample manuals.

For every expected citation it checks that the document is a canonical file,
that the section heading exists in it, that every fact of the first expected
citation is printed inside that section (and, for PDFs, on the stated page),
and reports alternative citations that contain none of the facts.
Unanswerable questions must have empty expected and facts lists.

Needs python3 (standard library only) and pdftotext (poppler-utils).
Run from anywhere:  python3 samples/manuals/verify-questions.py
"""
import html.parser
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"procedure", "lookup", "troubleshooting", "definition", "unanswerable"}


def norm(text):
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\"'\u2018\u2019\u201c\u201d]", "", text)
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip()


def md_headings(md_path):
    heads, fenced = [], False
    for line in md_path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and re.match(r"#{1,6} ", line):
            heads.append(line.lstrip("#").strip().replace("`", ""))
    return heads


def pdf_pages(pdf):
    pages = []
    for mode in ([], ["-layout"]):
        out = subprocess.run(["pdftotext", *mode, str(pdf), "-"], capture_output=True,
                             text=True, check=True).stdout
        pages.append(out.split("\f"))
    return pages  # [raw pages, layout pages]


def pdf_sections(pdf, headings):
    """section -> list of (page number, text of the section on that page)."""
    raw = pdf_pages(pdf)[0]
    lines = [(p + 1, l.strip()) for p, page in enumerate(raw) for l in page.splitlines()]
    starts, pos = [], 0
    for h in headings:  # headings in document order
        for i in range(pos, len(lines)):
            if lines[i][1] == h:
                starts.append((h, i))
                pos = i + 1
                break
    result = {}
    for k, (h, i) in enumerate(starts):
        end = starts[k + 1][1] if k + 1 < len(starts) else len(lines)
        by_page = {}
        for page, text in lines[i:end]:
            by_page.setdefault(page, []).append(text)
        result[h] = {p: " ".join(t) for p, t in by_page.items()}
    return result


class HtmlSections(html.parser.HTMLParser):
    SKIP = {"nav", "footer", "script", "style", "head"}

    def __init__(self):
        super().__init__()
        self.sections, self.current, self.heading, self.skip = {}, None, None, 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.heading = []

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif re.fullmatch(r"h[1-6]", tag) and self.heading is not None:
            self.current = "".join(self.heading).strip()
            self.sections[self.current] = []
            self.heading = None

    def handle_data(self, data):
        if self.skip:
            return
        if self.heading is not None:
            self.heading.append(data)
        elif self.current:
            self.sections[self.current].append(data)


def txt_sections(path):
    sections, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        is_heading = bool(re.fullmatch(r"\d+\. [A-Z][\w ,/-]*", s)) or (
            len(s) > 3 and s == s.upper() and re.search(r"[A-Z]{3}", s) and not s.startswith("-"))
        if is_heading:
            current = s
            sections[current] = []
        elif current:
            sections[current].append(s)
    return {k: " ".join(v) for k, v in sections.items()}


def main():
    canonical = [l.strip() for l in (HERE / "canonical.txt").read_text().splitlines()
                 if l.strip() and not l.startswith("#")]
    docs = {}
    for name in canonical:
        path = HERE / name
        if name.endswith(".pdf"):
            docs[name] = ("pdf", pdf_sections(path, md_headings(HERE / "source" / (path.stem + ".md"))))
        elif name.endswith(".html"):
            parser = HtmlSections()
            parser.feed(path.read_text(encoding="utf-8"))
            docs[name] = ("html", {k: " ".join(v) for k, v in parser.sections.items()})
        else:
            docs[name] = ("txt", txt_sections(path))

    errors, notes, ids = [], [], set()
    questions = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for q in questions:
        qid = q["id"]
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if q["kind"] not in KINDS or q["lang"] not in ("en", "de"):
            errors.append(f"{qid}: bad kind or lang")
        if q["kind"] == "unanswerable":
            if q["expected"] or q["facts"]:
                errors.append(f"{qid}: unanswerable needs empty expected and facts")
            continue
        if not q["expected"] or not 1 <= len(q["facts"]) <= 3:
            errors.append(f"{qid}: needs expected citations and 1-3 facts")
            continue
        for n, exp in enumerate(q["expected"]):
            doc, section, page = exp["document"], exp["section"], exp["page"]
            if doc not in docs:
                errors.append(f"{qid}: {doc} is not a canonical file")
                continue
            kind, sections = docs[doc]
            if section not in sections:
                errors.append(f"{qid}: section {section!r} not found in {doc}")
                continue
            if kind == "pdf":
                if not isinstance(page, int) or page not in sections[section]:
                    errors.append(f"{qid}: section {section!r} is not printed on page {page} of {doc} "
                                  f"(pages {sorted(sections[section])})")
                    continue
                text = norm(sections[section][page])
            else:
                if page is not None:
                    errors.append(f"{qid}: page must be null for {doc}")
                text = norm(sections[section])
            found = [f for f in q["facts"] if norm(f) in text]
            if n == 0 and len(found) != len(q["facts"]):
                missing = [f for f in q["facts"] if f not in found]
                errors.append(f"{qid}: facts {missing} not in {doc} › {section}" + (f" p.{page}" if page else ""))
            elif n > 0 and not found:
                notes.append(f"{qid}: alternative {doc} › {section} contains none of the facts")

    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    by = {}
    for q in questions:
        by.setdefault((q["lang"], q["kind"]), 0)
        by[(q["lang"], q["kind"])] += 1
    print(f"{len(questions)} questions;", ", ".join(f"{l}/{k} {c}" for (l, k), c in sorted(by.items())))
    print(f"{len(questions) - len({e.split(':')[0] for e in errors})} passed, "
          f"{len({e.split(':')[0] for e in errors})} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
