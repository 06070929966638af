package regpy.stdlib.introspect;

import java.util.ArrayList;
import java.util.List;

import regpy.code.CodeObject;
import regpy.code.LineTable;
import regpy.objects.*;
import regpy.runtime.Abstract;
import regpy.runtime.Errors;

/**
 * The code-object attributes the VM's code type leaves to this package: co_linetable,
 * co_exceptiontable, co_lines(), co_positions(), co_lnotab-free replace(), __eq__ and __hash__.
 * They are added to the type's dict once, when {@link IntrospectModules} is loaded.
 */
final class CodeAttributes {
    private CodeAttributes() {}

    private static volatile boolean installed;

    static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType t = Types.CODE;
        PyDict d = t.dict();
        put(t, d, "co_linetable", new PyGetSetDescr(t, "co_linetable", self -> new PyBytes(code(self).linetable), null));
        put(t, d, "co_exceptiontable", new PyGetSetDescr(t, "co_exceptiontable", self -> new PyBytes(code(self).exceptiontable), null));
        put(t, d, "co_lines", new PyMethodDescr(t, "co_lines", 0, 0, (self, a, k) -> lines(code(self))));
        put(t, d, "co_positions", new PyMethodDescr(t, "co_positions", 0, 0, (self, a, k) -> positions(code(self))));
        put(t, d, "replace", new PyMethodDescr(t, "replace", -1, -1, (self, a, k) -> replace((PyCode) self, a, k)));
        t.modified();
    }

    private static void put(PyType t, PyDict d, String name, PyObject v) {
        if (d.getStr(name) == null) d.putStr(name, v);   // the VM's own definition wins
    }

    private static CodeObject code(PyObject self) { return ((PyCode) self).code; }

    private static PyObject orNone(int v) { return v < 0 ? PySingleton.NONE : PyInt.of(v); }

    /** co_lines(): (start, end, line) byte ranges, line None where the table says "no line". */
    static PyObject lines(CodeObject co) {
        PyList out = new PyList();
        for (LineTable.LineRange r : co.lines())
            out.append(PyTuple.of(PyInt.of(r.start()), PyInt.of(r.end()), orNone(r.line())));
        return new PyIterator(PyIterator.Kind.LIST, out);
    }

    /** co_positions(): one (lineno, end_lineno, col_offset, end_col_offset) per code unit. */
    static PyObject positions(CodeObject co) {
        PyList out = new PyList();
        for (LineTable.Position p : co.positions())
            out.append(PyTuple.of(orNone(p.line()), orNone(p.endLine()), orNone(p.col()), orNone(p.endCol())));
        return new PyIterator(PyIterator.Kind.LIST, out);
    }

    private static final String[] REPLACE_KEYS = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
            "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names",
            "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
            "co_exceptiontable"};

    /** code.replace(**changes): keyword-only, as in CPython. */
    static PyObject replace(PyCode self, PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        if (a.length > nkw) throw Errors.typeError("replace() takes no positional arguments");
        CodeObject.Builder b = self.code.toBuilder();
        String[] varnames = null, cellvars = null, freevars = null;
        for (int i = 0; i < nkw; i++) {
            String key = k[i];
            PyObject v = a[a.length - nkw + i];
            if (!List.of(REPLACE_KEYS).contains(key))
                throw Errors.typeError("replace() got an unexpected keyword argument '" + key + "'");
            switch (key) {
                case "co_argcount" -> b.argcount = Values.toInt(v, key);
                case "co_posonlyargcount" -> b.posonlyargcount = Values.toInt(v, key);
                case "co_kwonlyargcount" -> b.kwonlyargcount = Values.toInt(v, key);
                case "co_nlocals" -> Values.toInt(v, key);    // derived from co_varnames here
                case "co_stacksize" -> b.stacksize = Values.toInt(v, key);
                case "co_flags" -> b.flags = Values.toInt(v, key);
                case "co_firstlineno" -> b.firstlineno = Values.toInt(v, key);
                case "co_code" -> b.code = bytes(v, key);
                case "co_linetable" -> b.linetable = bytes(v, key);
                case "co_exceptiontable" -> b.exceptiontable = bytes(v, key);
                case "co_consts" -> b.consts = consts(v);
                case "co_names" -> b.names = strings(v, key);
                case "co_varnames" -> varnames = strings(v, key);
                case "co_cellvars" -> cellvars = strings(v, key);
                case "co_freevars" -> freevars = strings(v, key);
                case "co_filename" -> b.filename = str(v, key);
                case "co_name" -> b.name = str(v, key);
                case "co_qualname" -> b.qualname = str(v, key);
                default -> throw new IllegalStateException(key);
            }
        }
        if (varnames != null || cellvars != null || freevars != null) renameLocals(b, self.code, varnames, cellvars, freevars);
        return new PyCode(b.build());
    }

    /** New names for the locals, cells and free variables, kept in their slots (counts must not change). */
    private static void renameLocals(CodeObject.Builder b, CodeObject co, String[] vars, String[] cells, String[] frees) {
        String[][] wanted = {vars == null ? co.varnames() : vars, cells == null ? co.cellvars() : cells,
                frees == null ? co.freevars() : frees};
        String[][] old = {co.varnames(), co.cellvars(), co.freevars()};
        String[] kindName = {"co_varnames", "co_cellvars", "co_freevars"};
        for (int i = 0; i < 3; i++)
            if (wanted[i].length != old[i].length)
                throw Errors.valueError("code: " + kindName[i] + " must keep its length (" + old[i].length + ") in regpy");
        String[] names = co.localsplusnames.clone();
        int[] next = new int[3];
        byte[] kinds = co.localspluskinds;
        for (int s = 0; s < names.length; s++) {
            int which = (kinds[s] & CodeObject.CO_FAST_LOCAL) != 0 ? 0 : (kinds[s] & CodeObject.CO_FAST_CELL) != 0 ? 1 : 2;
            names[s] = wanted[which][next[which]++];
        }
        b.localsplusnames = names;
    }

    private static byte[] bytes(PyObject v, String key) {
        if (v instanceof PyBytes by && !by.isMutable()) return by.bytes();
        throw Errors.typeError("replace() argument '" + key + "' must be bytes, not " + v.type().getName());
    }

    private static String str(PyObject v, String key) {
        if (v instanceof PyStr s) return s.value;
        throw Errors.typeError("replace() argument '" + key + "' must be str, not " + v.type().getName());
    }

    private static String[] strings(PyObject v, String key) {
        if (!(v instanceof PyTuple t)) throw Errors.typeError("replace() argument '" + key + "' must be tuple, not " + v.type().getName());
        List<String> out = new ArrayList<>();
        for (PyObject x : t.items) {
            if (!(x instanceof PyStr s)) throw Errors.typeError("name tuples must contain only strings, not '" + x.type().getName() + "'");
            out.add(s.value);
        }
        return out.toArray(String[]::new);
    }

    private static Object[] consts(PyObject v) {
        if (!(v instanceof PyTuple t)) throw Errors.typeError("replace() argument 'co_consts' must be tuple, not " + v.type().getName());
        Object[] out = new Object[t.items.length];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Values.toConst(t.items[i]);
            } catch (Values.Unsupported u) {
                throw Errors.typeError("regpy code objects hold constants only, not " + Abstract.reprString(u.value));
            }
        }
        return out;
    }
}
