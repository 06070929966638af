"""Disassembler of Python byte code into mnemonics, as CPython 3.13's dis module.

The listing, the instruction decoding and code_info are computed by the translator's
regpy.dis.Disassembler through the Java module _dis; this module finds the code object in what
it is given (functions, methods, classes, modules, generators, source text) and presents the
results with CPython's API.
"""

import sys
import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels",
           "show_code", "get_instructions", "Instruction", "Bytecode", "opname", "opmap", "cmp_op",
           "stack_effect", "hasarg", "hasconst", "hasname", "hasjump", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "hasexc", "EXTENDED_ARG", "HAVE_ARGUMENT"]

# ---- opcode tables -------------------------------------------------------------------------

cmp_op = ('<', '<=', '==', '!=', '>', '>=')
HAVE_ARGUMENT = 44
opname = ['<%r>' % (op,) for op in range(268)]
opmap = {}
_specialized_opmap = {}
_inline_cache_entries = {}
hasarg, hasconst, hasname, hasjump, haslocal, hasfree, hasexc = [], [], [], [], [], [], []
deoptmap = {}
for _op, _name, _caches, _has_arg, _kinds, _deopt in _dis.opcodes:
    if _deopt != _op:
        _specialized_opmap[_name] = _op
        deoptmap[_name] = opname[_deopt]
        continue
    opname[_op] = _name
    opmap[_name] = _op
    if _caches:
        _inline_cache_entries[_name] = _caches
    if _has_arg:
        hasarg.append(_op)
    for _letter, _table in (("c", hasconst), ("n", hasname), ("j", hasjump), ("l", haslocal),
                            ("f", hasfree), ("e", hasexc)):
        if _letter in _kinds:
            _table.append(_op)
hasjrel = hasjump
hasjabs = []
hascompare = [opmap['COMPARE_OP']]
EXTENDED_ARG = opmap['EXTENDED_ARG']
_all_opname = list(opname)
_all_opmap = dict(opmap)
for _name, _op in _specialized_opmap.items():
    _all_opname[_op] = _name
    _all_opmap[_name] = _op
del _op, _name, _caches, _has_arg, _kinds, _deopt, _letter, _table

COMPILER_FLAG_NAMES = {1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
                       32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
                       512: "ASYNC_GENERATOR"}


def pretty_flags(flags):
    return _dis.pretty_flags(flags)


def stack_effect(opcode, oparg=None, *, jump=None):
    return _dis.stack_effect(opcode, oparg, jump)


# ---- finding the code ----------------------------------------------------------------------

def _try_compile(source, name):
    """Source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _unwrap(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _out(file):
    return sys.stdout if file is None else file


def _has_code(x):
    if isinstance(x, (type, classmethod, staticmethod)):
        return True
    return hasattr(x, '__code__') or hasattr(x, 'co_code') or hasattr(x, '__func__')


# ---- dis -----------------------------------------------------------------------------------

def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False, show_offsets=False):
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive, show_offsets=show_offsets)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__') and not hasattr(x, 'co_code'):       # a class or a module
        for name, member in sorted(x.__dict__.items()):
            if _has_code(member):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive,
                        show_offsets=show_offsets)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches, show_offsets=show_offsets)
    elif isinstance(x, (bytes, bytearray)):
        raise TypeError("regpy's dis does not disassemble raw bytecode; pass a code object")
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth, show_caches=show_caches,
                               show_offsets=show_offsets)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, show_offsets=False, lasti=-1):
    text = _dis.disassemble(co, -1 if depth is None else depth, show_caches, show_offsets, lasti)
    _out(file).write(text)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False, show_offsets=False):
    _disassemble_recursive(co, file=file, depth=0, show_caches=show_caches, show_offsets=show_offsets,
                           lasti=lasti)


disco = disassemble


def distb(tb=None, *, file=None, show_caches=False, adaptive=False, show_offsets=False):
    if tb is None:
        try:
            tb = sys.last_exc.__traceback__
        except AttributeError:
            try:
                tb = sys.last_traceback
            except AttributeError:
                raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches, adaptive=adaptive,
                show_offsets=show_offsets)


def code_info(x):
    return _dis.code_info(_get_code_object(x))


def show_code(co, *, file=None):
    print(code_info(co), file=file)


def findlinestarts(code):
    last = False       # None is a line number too ("no line")
    for start, end, line in code.co_lines():
        if line is not last:
            last = line
            yield start, line


def findlabels(code):
    return sorted({i.argval for i in Bytecode(code) if i.opcode in hasjump})


# ---- instructions --------------------------------------------------------------------------

_instruction_types = None


def _types():
    """Positions and the Instruction base, made on first use (they need collections)."""
    global _instruction_types
    if _instruction_types is None:
        import collections
        positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                           defaults=[None] * 4)
        base = collections.namedtuple('_Instruction', ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
                                                       'start_offset', 'starts_line', 'line_number', 'label',
                                                       'positions', 'cache_info'], defaults=[None, None, None])
        _instruction_types = positions, base
    return _instruction_types


def __getattr__(name):
    if name == 'Positions':
        return _types()[0]
    if name == 'Instruction':
        return _instruction_class()
    raise AttributeError(f"module 'dis' has no attribute {name!r}")


_instruction_cls = None


def _instruction_class():
    global _instruction_cls, Instruction, Positions
    if _instruction_cls is None:
        positions, base = _types()

        class Instruction(base):
            """Details for a bytecode operation (CPython 3.13's fields and properties)."""
            __slots__ = ()

            @property
            def oparg(self):
                return self.arg

            @property
            def baseopcode(self):
                return opmap.get(deoptmap.get(self.opname, self.opname), self.opcode)

            @property
            def baseopname(self):
                return opname[self.baseopcode]

            @property
            def cache_offset(self):
                return self.offset + 2

            @property
            def end_offset(self):
                return self.cache_offset + _inline_cache_entries.get(self.opname, 0) * 2

            @property
            def jump_target(self):
                return self.argval if self.opcode in hasjump or self.opcode in hasexc else None

            @property
            def is_jump_target(self):
                return self.label is not None

        Instruction.__module__ = 'dis'
        positions.__module__ = 'dis'
        _instruction_cls = Instruction
        Positions = positions
    return _instruction_cls


def _instructions(co, line_offset=0, show_caches=False):
    cls = _instruction_class()
    positions = _types()[0]
    for row in _dis.instructions(co):
        (name, op, arg, argval, argrepr, offset, start, starts, line, label, pos, caches) = row
        if line is not None and line_offset:
            line += line_offset
        pos = positions(*pos) if pos is not None else positions()
        if caches is not None:
            caches = [tuple(c) for c in caches] if show_caches else None
        yield cls(name, op, arg, argval, argrepr, offset, start, starts, line, label, pos, caches)


def get_instructions(x, *, first_line=None, show_caches=None, adaptive=False):
    return iter(Bytecode(x, first_line=first_line, show_caches=show_caches, adaptive=adaptive))


class Bytecode:
    """The bytecode operations of a piece of code, iterable as Instructions."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False,
                 show_offsets=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive
        self.show_offsets = show_offsets

    def __iter__(self):
        return _instructions(self.codeobj, self._line_offset, bool(self.show_caches))

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches, adaptive=adaptive)

    def info(self):
        return _dis.code_info(self.codeobj)

    def dis(self):
        lasti = -1 if self.current_offset is None else self.current_offset
        return _dis.disassemble(self.codeobj, 0, self.show_caches, self.show_offsets, lasti)


# ---- python -m dis -------------------------------------------------------------------------

def main(args=None):
    argv = list(sys.argv[1:] if args is None else args)
    show_caches = show_offsets = False
    infile = None
    for a in argv:
        if a in ('-C', '--show-caches'):
            show_caches = True
        elif a in ('-O', '--show-offsets'):
            show_offsets = True
        elif a in ('-h', '--help'):
            print("usage: python -m dis [-h] [-C] [-O] [infile]")
            return
        else:
            infile = a
    if infile is None or infile == '-':
        name = '<stdin>'
        source = sys.stdin.read()
    else:
        name = infile
        with open(infile, 'rb') as f:
            source = f.read()
    code = compile(source, name, "exec")
    dis(code, show_caches=show_caches, show_offsets=show_offsets)


if __name__ == "__main__":
    main()
