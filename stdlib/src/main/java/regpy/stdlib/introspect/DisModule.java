package regpy.stdlib.introspect;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import regpy.code.CodeObject;
import regpy.code.LineTable;
import regpy.code.Opcode;
import regpy.dis.Disassembler;
import regpy.dis.Instruction;
import regpy.objects.*;
import regpy.runtime.Abstract;
import regpy.runtime.Args;
import regpy.runtime.Errors;

/**
 * {@code _dis}: the VM side of dis.py. The listing, the instruction decoding and code_info are
 * the translator's {@link Disassembler}; this module only hands it code objects and gives it a
 * repr that prints constants as the VM does (nested code objects with the address of the very
 * PyCode object that co_consts returns).
 */
final class DisModule {
    private DisModule() {}

    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.def("disassemble", DisModule::disassemble);
        m.def("instructions", (a, k) -> {
            PyObject[] p = Args.parse("instructions", a, k, 1, "code");
            return instructions(code(p[0]));
        });
        m.def("code_info", (a, k) -> {
            PyCode c = code(Args.parse("code_info", a, k, 1, "code")[0]);
            return PyStr.of(Disassembler.codeInfo(c.code, reprFor(c)));
        });
        m.def("pretty_flags", (a, k) -> PyStr.of(Disassembler.prettyFlags(Values.toInt(a[0], "flags"))));
        m.def("stack_effect", (a, k) -> {
            PyObject[] p = Args.parse("stack_effect", a, k, 1, "opcode", "oparg", "jump");
            int op = Values.toInt(p[0], "opcode");
            if (!Opcode.isValid(op) || Opcode.deopt(op) != op) throw Errors.valueError("invalid opcode or oparg");
            if (Opcode.hasArg(op) && (p[1] == null || p[1] == PySingleton.NONE))
                throw Errors.valueError("stack_effect: opcode requires oparg but oparg was not specified");
            if (!Opcode.hasArg(op) && p[1] != null && p[1] != PySingleton.NONE)
                throw Errors.valueError("stack_effect: opcode does not permit oparg but oparg was specified");
            int oparg = p[1] == null || p[1] == PySingleton.NONE ? 0 : Values.toInt(p[1], "oparg");
            boolean jump = p[2] != null && p[2] != PySingleton.NONE && Abstract.isTrue(p[2]);
            if (p[2] == null || p[2] == PySingleton.NONE)
                return PyInt.of(Math.max(Opcode.stackEffect(op, oparg, false), Opcode.stackEffect(op, oparg, true)));
            return PyInt.of(Opcode.stackEffect(op, oparg, jump));
        });
        m.set("opcodes", opcodeTable());
        return m;
    }

    /** disassemble(code, depth=-1, show_caches=False, show_offsets=False, lasti=-1) -> str, nested code included. */
    private static PyObject disassemble(PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("disassemble", a, k, 1, "code", "depth", "show_caches", "show_offsets", "lasti");
        PyCode c = code(p[0]);
        int depth = p[1] == null || p[1] == PySingleton.NONE ? -1 : Values.toInt(p[1], "depth");
        Disassembler.Options o = Disassembler.Options.defaults().withRepr(reprFor(c)).withDepth(depth)
                .withShowCaches(p[2] != null && Abstract.isTrue(p[2])).withShowOffsets(p[3] != null && Abstract.isTrue(p[3]))
                .withLasti(p[4] == null ? -1 : Values.toInt(p[4], "lasti"));
        return PyStr.of(Disassembler.dis(c.code, o));
    }

    private static PyCode code(PyObject o) {
        if (o instanceof PyCode c) return c;
        throw Errors.typeError("expected a code object, not " + o.type().getName());
    }

    /** Every nested CodeObject mapped to the PyCode its parent's co_consts hands out. */
    private static Map<CodeObject, PyCode> codeObjects(PyCode root) {
        Map<CodeObject, PyCode> out = new IdentityHashMap<>();
        collect(root, out);
        return out;
    }

    private static void collect(PyCode c, Map<CodeObject, PyCode> out) {
        out.put(c.code, c);
        for (PyObject x : c.consts()) if (x instanceof PyCode n && !out.containsKey(n.code)) collect(n, out);
    }

    private static Function<Object, PyObject> pythonValue(Map<CodeObject, PyCode> codes) {
        return v -> v instanceof CodeObject co ? codes.getOrDefault(co, new PyCode(co)) : Values.toPython(v);
    }

    static Function<Object, String> reprFor(PyCode root) {
        Function<Object, PyObject> value = pythonValue(codeObjects(root));
        return v -> Abstract.reprString(value.apply(v));
    }

    /** get_instructions as tuples in dis.Instruction's field order (dis.py wraps them). */
    private static PyObject instructions(PyCode c) {
        Function<Object, PyObject> value = pythonValue(codeObjects(c));
        Function<Object, String> repr = v -> Abstract.reprString(value.apply(v));
        PyList out = new PyList();
        for (Instruction in : Disassembler.getInstructions(c.code, repr)) {
            LineTable.Position pos = in.positions();
            PyObject positions = pos == null ? PySingleton.NONE : PyTuple.of(opt(pos.line()), opt(pos.endLine()), opt(pos.col()), opt(pos.endCol()));
            PyObject caches = PySingleton.NONE;
            if (!in.cacheInfo().isEmpty()) {
                PyList l = new PyList();
                for (Instruction.CacheEntry ce : in.cacheInfo())
                    l.append(PyTuple.of(PyStr.of(ce.name()), PyInt.of(ce.size()), new PyBytes(ce.data())));
                caches = l;
            }
            out.append(PyTuple.of(PyStr.of(in.opname()), PyInt.of(in.opcode()), in.arg() == null ? PySingleton.NONE : PyInt.of(in.arg()),
                    argval(in.argval(), in.arg() == null, value), PyStr.of(in.argrepr()), PyInt.of(in.offset()), PyInt.of(in.startOffset()),
                    PyBool.of(in.startsLine()), in.lineNumber() == null ? PySingleton.NONE : PyInt.of(in.lineNumber()),
                    in.label() == null ? PySingleton.NONE : PyInt.of(in.label()), positions, caches));
        }
        return out;
    }

    private static PyObject opt(int v) { return v < 0 ? PySingleton.NONE : PyInt.of(v); }

    private static PyObject argval(Object v, boolean noArg, Function<Object, PyObject> value) {
        if (noArg || v == null) return PySingleton.NONE;
        if (v instanceof Integer i) return PyInt.of(i);
        if (v instanceof List<?> l) return PyTuple.of(l.stream().map(x -> argval(x, false, value)).toArray(PyObject[]::new));
        return value.apply(v);
    }

    /** One (opcode, name, caches, hasarg, kinds, deopt) row per defined opcode, kinds as letters. */
    private static PyObject opcodeTable() {
        PyList rows = new PyList();
        for (int op = 0; op < Opcode.TABLE_SIZE; op++) {
            if (!Opcode.isValid(op)) continue;
            StringBuilder kinds = new StringBuilder();
            if (Opcode.hasJump(op)) kinds.append('j');
            if (Opcode.hasConst(op)) kinds.append('c');
            if (Opcode.hasName(op)) kinds.append('n');
            if (Opcode.hasLocal(op)) kinds.append('l');
            if (Opcode.hasFree(op)) kinds.append('f');
            if (Opcode.hasExc(op)) kinds.append('e');
            rows.append(PyTuple.of(PyInt.of(op), PyStr.of(Opcode.name(op)), PyInt.of(Opcode.cacheEntries(op)),
                    PyBool.of(Opcode.hasArg(op)), PyStr.of(kinds.toString()), PyInt.of(Opcode.deopt(op))));
        }
        return rows;
    }
}
