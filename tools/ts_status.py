#!/usr/bin/env python3
"""What is left to translate in the Qt Linguist catalogue, and a round trip through a plain text file.

  tools/ts_status.py [TS]                 list unfinished, empty, vanished and obsolete messages;
                                          exit status 1 when there is any
  tools/ts_status.py --export OUT [TS]    write the messages that need work to OUT as a fill-in template
  tools/ts_status.py --export-all OUT [TS]  the same for every message (to review or rework them)
  tools/ts_status.py --import IN [TS]     put the translations written in IN into TS, marked finished

TS defaults to translations/bmp_onboarding_pt_BR.ts. Refresh it from the sources first:
  cmake --build build --target bmpcore_lupdate

Template format (UTF-8): one block per message, separated by a blank line.
  # <context>
  S: <source>                 (read-only: identifies the message)
  C: <disambiguation comment> (read-only, only when the source has one)
  T: <translation>            (plural messages have T0:, T1:, ... one per numerus form)
Line breaks inside a text are written \\n and a backslash \\\\. Blocks with an empty T are left alone.
The .ts is edited in place with lupdate's own layout, so a later lupdate run changes nothing.
"""
import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TS = os.path.join(HERE, '..', 'translations', 'bmp_onboarding_pt_BR.ts')
PLURAL_FORMS = 2  # Brazilian Portuguese in Qt: "n <= 1" and the rest


def text_of(element):
    return '' if element is None or element.text is None else element.text


def messages(path):
    """Yields (context, source, comment, message element)."""
    root = ET.parse(path).getroot()
    for context in root.iter('context'):
        name = text_of(context.find('name'))
        for message in context.iter('message'):
            yield name, text_of(message.find('source')), text_of(message.find('comment')), message


PLACEHOLDER_RE = re.compile(r'%(?:n|L?[1-9][0-9]?)')
TAG_RE = re.compile(r'</?[a-zA-Z][a-zA-Z0-9]*')


def mismatch(source, translation):
    """What a finished translation lost or gained against its source: placeholders, HTML tags, mnemonic."""
    def placeholders(t):
        return sorted(set(PLACEHOLDER_RE.findall(t)))

    def tags(t):
        return sorted(TAG_RE.findall(t))

    def mnemonic(t):
        return re.sub('&&', '', re.sub(r'&[a-zA-Z#0-9]+;', '', t)).count('&')
    if placeholders(source) != placeholders(translation):
        return 'placeholders %s became %s' % (' '.join(placeholders(source)), ' '.join(placeholders(translation)))
    if tags(source) != tags(translation):
        return 'HTML tags differ'
    if mnemonic(source) != mnemonic(translation):
        return 'the & mnemonic is missing or doubled'
    return None


def problem(message):
    """Why a message is not finished, or None."""
    translation = message.find('translation')
    if translation is None:
        return 'no translation'
    kind = translation.get('type')
    if kind in ('vanished', 'obsolete'):
        return kind + ' (run lupdate with -no-obsolete)'
    if kind == 'unfinished':
        return 'unfinished'
    if message.get('numerus') == 'yes':
        forms = [text_of(f) for f in translation.iter('numerusform')]
        if not forms or any(not f.strip() for f in forms):
            return 'empty plural form'
        return next(filter(None, (mismatch(text_of(message.find('source')), f) for f in forms)), None)
    if not text_of(translation).strip():
        return 'empty'
    return mismatch(text_of(message.find('source')), text_of(translation))


def status(path):
    total = 0
    bad = []
    for context, source, comment, message in messages(path):
        total += 1
        why = problem(message)
        if why:
            bad.append((context, source, comment, why))
    for context, source, comment, why in bad:
        extra = ' [%s]' % comment if comment else ''
        print('%s: %s%s: %s' % (context, escape_line(source), extra, why))
    print('%d messages, %d finished, %d need work' % (total, total - len(bad), len(bad)), file=sys.stderr)
    return 1 if bad else 0


def escape_line(text):
    return text.replace('\\', '\\\\').replace('\n', '\\n')


def unescape_line(text):
    return re.sub(r'\\(.)', lambda m: '\n' if m.group(1) == 'n' else m.group(1), text)


def export(path, out, everything):
    blocks = []
    for context, source, comment, message in messages(path):
        if not everything and not problem(message):
            continue
        lines = ['# ' + context, 'S: ' + escape_line(source)]
        if comment:
            lines.append('C: ' + escape_line(comment))
        translation = message.find('translation')
        if message.get('numerus') == 'yes':
            forms = [text_of(f) for f in translation.iter('numerusform')] if translation is not None else []
            forms += [''] * (PLURAL_FORMS - len(forms))
            lines += ['T%d: %s' % (i, escape_line(f)) for i, f in enumerate(forms)]
        else:
            lines.append('T: ' + escape_line(text_of(translation)))
        blocks.append('\n'.join(lines))
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(blocks) + '\n')
    print('%d messages written to %s' % (len(blocks), out), file=sys.stderr)
    return 0


def read_template(path):
    """{(context, source, comment): str or [str]} for the blocks that have a translation."""
    result = {}
    with open(path, encoding='utf-8') as f:
        chunks = f.read().split('\n\n')
    for chunk in chunks:
        context = source = None
        comment = ''
        single = None
        plural = {}
        for line in chunk.splitlines():
            if line.startswith('# '):
                context = line[2:]
            elif line.startswith('S: '):
                source = unescape_line(line[3:])
            elif line.startswith('C: '):
                comment = unescape_line(line[3:])
            elif line.startswith('T: ') or line == 'T:':
                single = unescape_line(line[3:])
            elif re.match(r'^T\d+:', line):
                index, value = line.split(':', 1)
                plural[int(index[1:])] = unescape_line(value[1:] if value.startswith(' ') else value)
        if context is None or source is None:
            continue
        if plural:
            forms = [plural[i] for i in sorted(plural)]
            if all(f.strip() for f in forms):
                result[(context, source, comment)] = forms
        elif single is not None and single.strip():
            result[(context, source, comment)] = single
    return result


def xml_escape(text):
    # The same entities lupdate writes, so that its next run leaves the file as it is.
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
            .replace("'", '&apos;'))


def xml_unescape(text):
    return (text.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")
            .replace('&amp;', '&'))


MESSAGE_RE = re.compile(r'(?P<open>    <message(?P<numerus> numerus="yes")?>\n)(?P<body>.*?)(?P<close>    </message>\n)',
                        re.S)
NAME_RE = re.compile(r'<context>\s*<name>(.*?)</name>', re.S)
TRANSLATION_RE = re.compile(r'        <translation[^>]*?(?:/>|>.*?</translation>)\n', re.S)


def import_(path, template):
    wanted = read_template(template)
    with open(path, encoding='utf-8') as f:
        text = f.read()
    contexts = [(m.start(), xml_unescape(m.group(1))) for m in NAME_RE.finditer(text)]
    applied = set()

    def context_at(position):
        name = ''
        for start, value in contexts:
            if start > position:
                break
            name = value
        return name

    def replace(m):
        body = m.group('body')
        source = re.search(r'<source>(.*?)</source>', body, re.S)
        comment = re.search(r'<comment>(.*?)</comment>', body, re.S)
        key = (context_at(m.start()), xml_unescape(source.group(1)) if source else '',
               xml_unescape(comment.group(1)) if comment else '')
        if key not in wanted:
            return m.group(0)
        value = wanted[key]
        if m.group('numerus'):
            if not isinstance(value, list):
                value = [value] * PLURAL_FORMS
            forms = ''.join('            <numerusform>%s</numerusform>\n' % xml_escape(v) for v in value)
            element = '        <translation>\n%s        </translation>\n' % forms
        else:
            if isinstance(value, list):
                value = value[0]
            element = '        <translation>%s</translation>\n' % xml_escape(value)
        new_body, count = TRANSLATION_RE.subn(lambda _: element, body, count=1)
        if count == 0:
            return m.group(0)
        applied.add(key)
        return m.group('open') + new_body + m.group('close')

    text = MESSAGE_RE.sub(replace, text)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    missing = set(wanted) - applied
    for context, source, _ in sorted(missing):
        print('not in the catalogue (stale template?): %s: %s' % (context, escape_line(source)), file=sys.stderr)
    print('%d translations applied to %s' % (len(applied), path), file=sys.stderr)
    return 1 if missing else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--export', metavar='OUT')
    group.add_argument('--export-all', metavar='OUT')
    group.add_argument('--import', dest='import_', metavar='IN')
    parser.add_argument('ts', nargs='?', default=DEFAULT_TS)
    args = parser.parse_args()
    if args.export:
        return export(args.ts, args.export, everything=False)
    if args.export_all:
        return export(args.ts, args.export_all, everything=True)
    if args.import_:
        return import_(args.ts, args.import_)
    return status(args.ts)


if __name__ == '__main__':
    sys.exit(main())
