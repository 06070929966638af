# dis: listings of functions, classes, source strings and code objects; Instruction, Bytecode, tables
import dis
import io


def scrub(text):
    """Code object addresses differ from run to run."""
    out = []
    for line in text.split("\n"):
        while " at 0x" in line:
            head, tail = line.split(" at 0x", 1)
            cut = min([i for i in (tail.find(","), tail.find(">")) if i >= 0])
            line = head + " at ADDR" + tail[cut:]
        out.append(line)
    return "\n".join(out)


def show(*args, **kwargs):
    buf = io.StringIO()
    dis.dis(*args, file=buf, **kwargs)
    print(scrub(buf.getvalue()))


def outer(a, b=2):
    def inner(c):
        return a + c
    try:
        return inner(b)
    except ZeroDivisionError:
        return None


class Shape:
    sides = 0

    def area(self):
        return 0

    @classmethod
    def make(cls):
        return cls()


def gen(n):
    for i in range(n):
        yield i * 2


show(outer)
show(outer, depth=0)
show(Shape)
show("x = [i for i in range(3)]")
show("a + b")
show(gen(3))
show(outer.__code__, show_caches=True)
show(outer, show_offsets=True)
show(Shape.make)
print(scrub(dis.code_info(outer)))
buf = io.StringIO()
dis.show_code(gen, file=buf)
print(buf.getvalue(), end="")
for ins in dis.get_instructions(outer):
    print(ins.opname, ins.opcode, ins.arg, scrub(repr(ins.argval)), scrub(ins.argrepr), ins.offset, ins.start_offset,
          ins.starts_line, ins.line_number, ins.label, ins.is_jump_target, ins.jump_target, ins.positions)
first = next(dis.get_instructions(outer, first_line=100))
print(first.line_number, first.positions.lineno, first._fields, first.cache_info, first.baseopname)
call = [i for i in dis.get_instructions(outer, show_caches=True) if i.opname == "CALL"][0]
print(call.cache_info[0][:2], call.cache_offset, call.end_offset, call.oparg)
bc = dis.Bytecode(gen)
print(scrub(repr(bc)), bc.first_line, len(list(bc)) == len(list(dis.get_instructions(gen))))
print(bc.dis() == "".join(scrub(x) for x in [bc.dis()]))
print(len(dis.opname), dis.opname[dis.opmap["LOAD_CONST"]], dis.opmap["RETURN_VALUE"], dis.HAVE_ARGUMENT, dis.EXTENDED_ARG)
print(dis.hasconst, dis.hascompare, dis.hasfree, dis.hasexc, dis.hasjabs, sorted(dis.hasjrel)[:4], len(dis.hasarg))
print(dis.cmp_op, dis.pretty_flags(3), dis.pretty_flags(0x23), dis.stack_effect(dis.opmap["POP_TOP"]))
print(dis.stack_effect(dis.opmap["BUILD_LIST"], 3), dis.stack_effect(dis.opmap["FOR_ITER"], 4, jump=True))
print(list(dis.findlinestarts(outer.__code__)))
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
try:
    dis.code_info(42)
except TypeError as e:
    print("TypeError:", e)
