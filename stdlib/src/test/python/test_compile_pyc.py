# py_compile and compileall: .pyc files (PEP 552 headers), cache paths, messages
import marshal
import sys
import py_compile
import compileall
try:
    from importlib.util import cache_from_source, source_from_cache
except ImportError:      # regpy: importlib.util is not there yet; py_compile has the same helpers
    from py_compile import _cache_from_source as cache_from_source, _source_from_cache as source_from_cache

tag = sys.implementation.cache_tag
base = "/tmp/regpy_test_compile_pyc"
with open(base + "_ok.py", "w") as f:
    f.write("print('ran from the pyc', 6 * 7)\n")
with open(base + "_bad.py", "w") as f:
    f.write("def f(:\n    pass\n")

def show(path):
    return path.replace(tag, "TAG")

print(show(cache_from_source("/a/b/mod.py")), show(cache_from_source("m.py", optimization=2)))
print(source_from_cache("/a/__pycache__/mod." + tag + ".pyc"))
cfile = py_compile.compile(base + "_ok.py")
print(show(cfile))
with open(cfile, "rb") as f:
    data = f.read()
print(data[:4] == b"\xf3\r\r\n", int.from_bytes(data[4:8], "little"))
exec(marshal.loads(data[16:]))
for mode in (py_compile.PycInvalidationMode.CHECKED_HASH, py_compile.PycInvalidationMode.UNCHECKED_HASH):
    out = py_compile.compile(base + "_ok.py", cfile=base + "_hash.pyc", invalidation_mode=mode)
    with open(out, "rb") as f:
        data = f.read()
    print(out, int.from_bytes(data[4:8], "little"), len(data[8:16]))
    exec(marshal.loads(data[16:]))
try:
    py_compile.compile(base + "_bad.py", doraise=True)
except py_compile.PyCompileError as e:
    print(e.msg, end="")
    print(e.exc_type_name, e.file == base + "_bad.py")
print(py_compile.compile(base + "_bad.py", quiet=2))
print(compileall.compile_file(base + "_ok.py", quiet=1, force=True))
print(compileall.compile_file(base + "_bad.py", quiet=1))
print(compileall.compile_file(base + "_ok.py", legacy=True, force=True), open(base + "_ok.pyc", "rb").read(4) == b"\xf3\r\r\n")
