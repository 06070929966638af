package regpy.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable CPython 3.13 code object: every co_* attribute, in CPython's own representation
 * (so marshal and .pyc round-trip exactly), with the derived views (co_varnames, co_cellvars,
 * co_freevars, co_nlocals) and decoders for the location and exception tables.
 *
 * <p>The arrays are handed out without copying for speed; callers must treat them as read-only.
 * {@link #toBuilder()} is the {@code code.replace(...)} of this class.
 *
 * <p>Locals-plus layout: {@code co_localsplusnames[i]} has the kind bits {@code co_localspluskinds[i]};
 * the frame's fast-locals array is indexed the same way (locals, then cells, then free variables).
 */
public final class CodeObject {
    // ---- co_flags --------------------------------------------------------------------------------
    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
            CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
            CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200, CO_HAS_DOCSTRING = 0x4000000,
            CO_METHOD = 0x8000000;
    /** __future__ flags that can appear in co_flags. */
    public static final int CO_FUTURE_DIVISION = 0x20000, CO_FUTURE_ABSOLUTE_IMPORT = 0x40000,
            CO_FUTURE_WITH_STATEMENT = 0x80000, CO_FUTURE_PRINT_FUNCTION = 0x100000,
            CO_FUTURE_UNICODE_LITERALS = 0x200000, CO_FUTURE_BARRY_AS_BDFL = 0x400000,
            CO_FUTURE_GENERATOR_STOP = 0x800000, CO_FUTURE_ANNOTATIONS = 0x1000000;

    // ---- co_localspluskinds ---------------------------------------------------------------------
    /** Hidden local: the iteration variable of an inlined comprehension. */
    public static final byte CO_FAST_HIDDEN = 0x10;
    public static final byte CO_FAST_LOCAL = 0x20;
    public static final byte CO_FAST_CELL = 0x40;
    public static final byte CO_FAST_FREE = (byte) 0x80;

    public final int argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno;
    public final byte[] code;
    /** Constants in {@link Const}'s representation; nested code objects are CodeObjects. */
    public final Object[] consts;
    public final String[] names;
    public final String[] localsplusnames;
    public final byte[] localspluskinds;
    public final String filename, name, qualname;
    public final byte[] linetable;
    public final byte[] exceptiontable;

    // derived
    private final String[] varnames, cellvars, freevars;
    private volatile List<ExceptionEntry> exceptionEntries;

    public CodeObject(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
                      byte[] code, Object[] consts, String[] names, String[] localsplusnames,
                      byte[] localspluskinds, String filename, String name, String qualname, int firstlineno,
                      byte[] linetable, byte[] exceptiontable) {
        if (localsplusnames.length != localspluskinds.length)
            throw new IllegalArgumentException("co_localsplusnames and co_localspluskinds differ in length");
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.flags = flags;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsplusnames = localsplusnames;
        this.localspluskinds = localspluskinds;
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.linetable = linetable;
        this.exceptiontable = exceptiontable;
        this.varnames = select(CO_FAST_LOCAL);
        this.cellvars = select(CO_FAST_CELL);
        this.freevars = select(CO_FAST_FREE);
    }

    private String[] select(byte kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsplusnames.length; i++)
            if ((localspluskinds[i] & kind) != 0) out.add(localsplusnames[i]);
        return out.toArray(String[]::new);
    }

    /** Locals (arguments first), including hidden comprehension locals and arguments that are cells. */
    public String[] varnames() { return varnames; }
    public String[] cellvars() { return cellvars; }
    public String[] freevars() { return freevars; }
    public int nlocals() { return varnames.length; }
    public int nlocalsplus() { return localsplusnames.length; }
    /** Number of code units (2-byte instruction or cache slots). */
    public int codeUnits() { return code.length / 2; }
    /** co_nlocalsplus + co_stacksize: the frame's slot count. */
    public int framesize() { return localsplusnames.length + stacksize; }
    public boolean hasFlag(int flag) { return (flags & flag) != 0; }
    public int totalArgs() {
        return argcount + kwonlyargcount + ((flags & CO_VARARGS) != 0 ? 1 : 0) + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
    }

    /** Name of the fast-locals slot used by LOAD_FAST/LOAD_DEREF and friends (3.13 indexes all by slot). */
    public String localName(int slot) { return localsplusnames[slot]; }

    // ---- locations -------------------------------------------------------------------------------

    /** co_positions(): one entry per code unit (caches included); -1 stands for None. */
    public List<LineTable.Position> positions() { return LineTable.positions(linetable, firstlineno, codeUnits()); }

    /** co_lines(): (start, end, line) byte ranges, line -1 for None; consecutive equal lines merged. */
    public List<LineTable.LineRange> lines() { return LineTable.lines(linetable, firstlineno); }

    /** The line of the instruction at a byte offset, or -1. */
    public int lineAt(int offset) { return LineTable.lineAt(linetable, firstlineno, offset); }

    // ---- exception table ---------------------------------------------------------------------------

    /** A handler region: byte offsets [start, end) jump to target with the value stack cut to depth. */
    public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {}

    public List<ExceptionEntry> exceptionEntries() {
        List<ExceptionEntry> e = exceptionEntries;
        if (e == null) exceptionEntries = e = ExceptionTable.parse(exceptiontable);
        return e;
    }

    /** The handler covering the instruction at byte offset, or null (entries do not overlap). */
    public ExceptionEntry handlerAt(int offset) {
        List<ExceptionEntry> entries = exceptionEntries();
        int lo = 0, hi = entries.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ExceptionEntry m = entries.get(mid);
            if (offset < m.start()) hi = mid - 1;
            else if (offset >= m.end()) lo = mid + 1;
            else return m;
        }
        return null;
    }

    // ---- copying ---------------------------------------------------------------------------------

    public Builder toBuilder() { return new Builder(this); }

    /** code.replace(...): set what changes, then build(). */
    public static final class Builder {
        public int argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno;
        public byte[] code = new byte[0], localspluskinds = new byte[0], linetable = new byte[0],
                exceptiontable = new byte[0];
        public Object[] consts = new Object[0];
        public String[] names = new String[0], localsplusnames = new String[0];
        public String filename = "", name = "", qualname = "";

        public Builder() {}

        Builder(CodeObject c) {
            argcount = c.argcount; posonlyargcount = c.posonlyargcount; kwonlyargcount = c.kwonlyargcount;
            stacksize = c.stacksize; flags = c.flags; firstlineno = c.firstlineno; code = c.code;
            consts = c.consts; names = c.names; localsplusnames = c.localsplusnames;
            localspluskinds = c.localspluskinds; filename = c.filename; name = c.name; qualname = c.qualname;
            linetable = c.linetable; exceptiontable = c.exceptiontable;
        }

        public Builder filename(String f) { filename = f; return this; }
        public Builder name(String n) { name = n; return this; }
        public Builder qualname(String q) { qualname = q; return this; }
        public Builder consts(Object[] c) { consts = c; return this; }
        public Builder code(byte[] c) { code = c; return this; }
        public Builder flags(int f) { flags = f; return this; }
        public Builder firstlineno(int l) { firstlineno = l; return this; }

        public CodeObject build() {
            return new CodeObject(argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code, consts,
                    names, localsplusnames, localspluskinds, filename, name, qualname, firstlineno, linetable,
                    exceptiontable);
        }
    }

    /** Replace co_filename here and in every nested code object (as the import system does). */
    public CodeObject withFilenameRecursive(String newName) {
        Object[] cs = consts.clone();
        for (int i = 0; i < cs.length; i++)
            if (cs[i] instanceof CodeObject c) cs[i] = c.withFilenameRecursive(newName);
        return toBuilder().filename(newName).consts(cs).build();
    }

    // ---- identity --------------------------------------------------------------------------------

    /** Structural equality of every attribute (nested code objects compared recursively). */
    @Override public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CodeObject c)) return false;
        return argcount == c.argcount && posonlyargcount == c.posonlyargcount && kwonlyargcount == c.kwonlyargcount
                && stacksize == c.stacksize && flags == c.flags && firstlineno == c.firstlineno
                && Arrays.equals(code, c.code) && Arrays.deepEquals(consts, c.consts) && Arrays.equals(names, c.names)
                && Arrays.equals(localsplusnames, c.localsplusnames) && Arrays.equals(localspluskinds, c.localspluskinds)
                && filename.equals(c.filename) && name.equals(c.name) && qualname.equals(c.qualname)
                && Arrays.equals(linetable, c.linetable) && Arrays.equals(exceptiontable, c.exceptiontable);
    }

    @Override public int hashCode() {
        return Objects.hash(name, qualname, firstlineno, Arrays.hashCode(code));
    }

    @Override public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
