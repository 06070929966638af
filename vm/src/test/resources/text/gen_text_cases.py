"""Generates the expected outputs of the regpy.text kernel tests from CPython 3.13.

Run from the repository root:  python3.13 vm/src/test/resources/text/gen_text_cases.py
Each <concern>.tsv line is:  op TAB expected TAB arg...  (ASCII only, see esc()).
expected is repr(result) (ascii(result) for ops named "a:...") or "!ExceptionClass: message". Args are tagged: s=str i=int(hex) f=float(hex)
c=complex(hex,hex) b=bytes(hex) B=bytearray(hex) N=None T=True F=False
t=tuple l=list d=dict (items as LENGTH:TAG).
"""
import math, os, sys, itertools

sys.set_int_max_str_digits(0)

assert sys.version_info[:2] == (3, 13)
HERE = os.path.dirname(os.path.abspath(__file__))

def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\": out.append("\\\\")
        elif ch == "\t": out.append("\\t")
        elif ch == "\n": out.append("\\n")
        elif ch == "\r": out.append("\\r")
        elif 0x20 <= o < 0x7f: out.append(ch)
        elif o <= 0xffff: out.append("\\u%04x" % o)
        else: out.append("\\U%08x" % o)
    return "".join(out)

def fhex(x):
    if math.isnan(x): return "nan"
    if math.isinf(x): return "inf" if x > 0 else "-inf"
    return x.hex()

def tag(v):
    if v is None: return "N"
    if v is True: return "T"
    if v is False: return "F"
    if isinstance(v, int): return "i%x" % v  # hex: no digit limit
    if isinstance(v, float): return "f" + fhex(v)
    if isinstance(v, complex): return "c%s,%s" % (fhex(v.real), fhex(v.imag))
    if isinstance(v, bytearray): return "B" + v.hex()
    if isinstance(v, bytes): return "b" + v.hex()
    if isinstance(v, str): return "s" + esc(v)
    # containers: each item's tag prefixed by its length, so they nest
    if isinstance(v, tuple): return "t" + "".join("%d:%s" % (len(t), t) for t in map(tag, v))
    if isinstance(v, list): return "l" + "".join("%d:%s" % (len(t), t) for t in map(tag, v))
    if isinstance(v, dict): return "d" + "".join("%d:%s" % (len(t), t) for kv in v.items() for t in map(tag, kv))
    raise TypeError(type(v))

class Writer:
    def __init__(self, name):
        self.name = name
        self.rows = []
    def case(self, op, fn, *args):
        try:
            sys.set_int_max_str_digits(4300)  # the default limit applies inside the case...
            try:
                r = fn(*args)
            finally:
                sys.set_int_max_str_digits(0)  # ...but not to the repr of its result
            exp = ascii(r) if op.startswith("a:") else repr(r)
        except Exception as e:
            exp = "!%s: %s" % (type(e).__name__, e)
        self.rows.append("\t".join([op, esc(exp)] + [tag(a) for a in args]))
    def save(self):
        with open(os.path.join(HERE, self.name + ".tsv"), "w", encoding="ascii", newline="\n") as f:
            f.write("\n".join(self.rows) + "\n")
        print(self.name, len(self.rows))

import cases_format, cases_str, cases_numbers, cases_percent, cases_format_string, cases_bytes
for mod in (cases_format, cases_str, cases_numbers, cases_percent, cases_format_string, cases_bytes):
    mod.generate(Writer)
