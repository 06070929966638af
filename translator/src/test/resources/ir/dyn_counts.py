"""Counts the stack instructions CPython 3.13 executes in a program (sys.monitoring INSTRUCTION
events, the program's own code objects only), for the first LIMIT instructions, and writes
'qualname firstlineno offset count' lines: the input of regpy.ir.DynamicReductionTest.

    PYENV_VERSION=3.13.0 python3.13 dyn_counts.py PROGRAM.py OUT.txt [LIMIT]
"""
import sys, collections, runpy

prog, out_path = sys.argv[1], sys.argv[2]
limit = int(sys.argv[3]) if len(sys.argv) > 3 else 3_000_000
counts = collections.Counter()
total = 0
M = sys.monitoring
TOOL = 3

class Enough(Exception):
    pass

def on_instruction(code, offset):
    global total
    if code.co_filename != prog:
        return M.DISABLE
    counts[(code.co_qualname, code.co_firstlineno, offset)] += 1
    total += 1
    if total >= limit:
        M.set_events(TOOL, 0)
        raise Enough

M.use_tool_id(TOOL, "regpy-ir-counts")
M.register_callback(TOOL, M.events.INSTRUCTION, on_instruction)
M.set_events(TOOL, M.events.INSTRUCTION)
sys.argv = [prog]
import io, contextlib
try:
    with contextlib.redirect_stdout(io.StringIO()):
        runpy.run_path(prog, run_name="__main__")
except Enough:
    pass
finally:
    M.set_events(TOOL, 0)
with open(out_path, "w") as out:
    for (q, line, off), n in sorted(counts.items(), key=lambda kv: (kv[0][1], kv[0][0], kv[0][2])):
        out.write(f"{q} {line} {off} {n}\n")
