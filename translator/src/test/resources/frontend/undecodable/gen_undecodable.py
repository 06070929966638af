# Regenerates cases.txt: python3.13 gen_undecodable.py > cases.txt  (in this directory)
# Each line: the source bytes in hex, a tab, then what ast.parse(bytes) gives in CPython 3.13:
# "OK" or the SyntaxError's class, repr(msg), lineno, offset, end_lineno, end_offset, repr(text).
import ast
cases = [b'x = 1 # \xf6\n', b'\xf6 = 1\n', b'x = "\xf6" # c\n', b'x = b"\xf6"\n', b'"a\\n\xf6"\n',
         b'x = "\xe4\x41"\n', b'x = "\xe4\xb8\x41"\n', b'x = "ab\xe4"\n', b'# \xf6\nx = (\n', b'x = 1 \xf6\n',
         b'x = "\xc3\xa9\xf6"\n', b'x = "\\x41\xf6\xf6"\n', b'x = 1\ny = "\xf6\xf7"\n', b'x = r"\xf6"\n',
         b'x = "\xed\xa0\x80"\n', b'x = "\xf0\x9f\x98"\n', b'"\xf6" "a"\n', b'def f():\n    """\xf6"""\n',
         b'x = ("\xf6"\n', b'print("b\xf6se")\n', b'# coding: utf-8\nx = "\xf6"\n', b'\xef\xbb\xbfx = "\xf6"\n',
         b'x = "\xf6"  \\\n', b'x\xc3\xa9\xf6 = 1\n', b'x = "\xf6" + (\n', b'x = "ok" +\n# \xf6\n', b'x = 1 # \xf6\ny = (\n',
         b'x = 1 # \xff\xfe\n\ndef f(): return "\xc3\xa9"\n']
for c in cases:
    try:
        ast.parse(c)
        out = 'OK'
    except SyntaxError as e:
        out = ' '.join(map(str, (type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset,
                                 repr(e.text) if e.text is not None else 'None')))
    print(c.hex() + '\t' + out)
