package regpy.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The state of one code object under construction (CPython's compiler_unit). */
final class Unit {
    enum Kind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPEPARAMS }

    final Scope ste;
    final Kind kind;
    final String name;
    String qualname;
    String privateName;
    final int firstlineno;
    final InstrSequence seq = new InstrSequence();
    final ConstPool consts = new ConstPool();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final Map<String, Integer> cellvars = new LinkedHashMap<>();
    final Map<String, Integer> freevars = new LinkedHashMap<>();
    /** Names temporarily made fast locals by an inlined comprehension; value true while active. */
    final Map<String, Boolean> fasthidden = new LinkedHashMap<>();
    final List<FBlock> fblocks = new ArrayList<>();
    final java.util.Set<String> staticAttributes = new java.util.HashSet<>();
    int argcount, posonlyargcount, kwonlyargcount;
    int inInlinedComp;

    Unit(Scope ste, Kind kind, String name, int firstlineno) {
        this.ste = ste;
        this.kind = kind;
        this.name = name;
        this.firstlineno = firstlineno;
        for (String v : ste.varnames) add(varnames, v);
        for (String cell : sortedByScope(Scope.CELL, Scope.DEF_COMP_CELL)) add(cellvars, cell);
        if (ste.needsClassClosure) add(cellvars, "__class__");
        if (ste.needsClassdict) add(cellvars, "__classdict__");
        int ncells = cellvars.size();
        for (String free : sortedByScope(Scope.FREE, Scope.DEF_FREE_CLASS)) freevars.put(free, ncells + freevars.size());
    }

    private List<String> sortedByScope(int scope, int flag) {
        TreeSet<String> out = new TreeSet<>(Unit::compareCodePoints);
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            int v = e.getValue();
            int sc = (v >> Scope.SCOPE_OFFSET) & Scope.SCOPE_MASK;
            if (sc == scope || (v & flag) != 0) out.add(e.getKey());
        }
        return new ArrayList<>(out);
    }

    /** Python's str ordering (by code point, not UTF-16 unit). */
    static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    static int add(Map<String, Integer> dict, String name) {
        Integer i = dict.get(name);
        if (i != null) return i;
        dict.put(name, dict.size());
        return dict.size() - 1;
    }

    /** Frame-block kinds (fblocktype) for break/continue/return unwinding. */
    enum FBlockType { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION }

    record FBlock(FBlockType type, int block, int exit, Object datum, Loc loc) {}
}
