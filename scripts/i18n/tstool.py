#!/usr/bin/env python3
"""Moves translations between Qt .ts files and plain numbered text, for translators.

Developers' tool only (the build and the tests never run it). Qt Linguist works too; this
exists so that a .ts file of 1,600 messages can be translated in reviewable chunks.

  tstool.py export greenlight_de.ts messages.txt [--all]
      Writes every unfinished message (or every message with --all) as
          #17 [greenlight::MainWindow] numerus
          comment: disambiguation, if any
          en: The source text, newlines written as \\n
          de: The current translation, if any
      Numbers are positions in the .ts file, so export and import must use the same file.

  tstool.py import greenlight_de.ts translated.txt
      Reads lines "17<TAB>Übersetzung" (numerus forms separated by " ||| ", newlines as \\n)
      and fills those messages, marking them finished. Checks that every %1..%9 and %n of the
      source is kept, and refuses the whole file otherwise.

Run `cmake --build build --target update_translations` afterwards: lupdate rewrites the
file in its canonical layout.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d|n)")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def escape(text):
    return (text or "").replace("\\", "\\\\").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append("\n" if text[i + 1] == "n" else text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def translation_texts(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def export(ts_path, out_path, everything):
    tree = ET.parse(ts_path)
    count = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for number, (context, message) in enumerate(messages(tree), start=1):
            translation = message.find("translation")
            if not everything and translation.get("type") != "unfinished":
                continue
            kind = " numerus" if message.get("numerus") == "yes" else ""
            out.write(f"#{number} [{context}]{kind}\n")
            if message.findtext("comment"):
                out.write(f"comment: {escape(message.findtext('comment'))}\n")
            out.write(f"en: {escape(message.findtext('source'))}\n")
            current = [t for t in translation_texts(message) if t]
            if current:
                out.write(f"now: {' ||| '.join(escape(t) for t in current)}\n")
            out.write("\n")
            count += 1
    print(f"{count} messages written to {out_path}")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def import_(ts_path, in_path):
    tree = ET.parse(ts_path)
    numbered = dict(enumerate(messages(tree), start=1))
    problems, filled = [], 0
    updates = []
    with open(in_path, encoding="utf-8") as lines:
        for line_number, line in enumerate(lines, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("//"):
                continue
            number, _, text = line.partition("\t")
            if not number.strip().isdigit() or not text:
                problems.append(f"{in_path}:{line_number}: expected 'NUMBER<TAB>translation'")
                continue
            entry = numbered.get(int(number))
            if entry is None:
                problems.append(f"{in_path}:{line_number}: no message #{number}")
                continue
            _, message = entry
            source = message.findtext("source")
            forms = [unescape(form) for form in text.split(" ||| ")]
            numerus = message.get("numerus") == "yes"
            if numerus and len(forms) != len(message.find("translation").findall("numerusform")):
                problems.append(f"{in_path}:{line_number}: #{number} needs "
                                f"{len(message.find('translation').findall('numerusform'))} forms")
                continue
            if not numerus and len(forms) != 1:
                problems.append(f"{in_path}:{line_number}: #{number} is not a numerus message")
                continue
            for form in forms:
                wanted = [p for p in placeholders(source) if p != "%n" or len(forms) == 1]
                missing = [p for p in wanted if p not in form and p.replace("%", "%L") not in form]
                if missing:
                    problems.append(f"{in_path}:{line_number}: #{number} drops {', '.join(missing)}")
            updates.append((message, forms, numerus))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"nothing imported: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    for message, forms, numerus in updates:
        translation = message.find("translation")
        if numerus:
            for element, form in zip(translation.findall("numerusform"), forms):
                element.text = form
        else:
            translation.text = forms[0]
        translation.attrib.pop("type", None)
        filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts_path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(body + "\n")
    print(f"{filled} messages filled in {ts_path}")
    return 0


def main(argv):
    if len(argv) >= 4 and argv[1] == "export":
        export(argv[2], argv[3], "--all" in argv[4:])
        return 0
    if len(argv) == 4 and argv[1] == "import":
        return import_(argv[2], argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
