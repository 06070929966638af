package regpy.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One symbol-table block (CPython's PySTEntryObject): its symbols with their DEF_* flags and,
 * after analysis, their scope in bits {@link #SCOPE_OFFSET} and up.
 */
final class Scope {
    // symbol flags (symtable.h)
    static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_FREE = 32,
            DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512, DEF_TYPE_PARAM = 1024,
            DEF_COMP_CELL = 2048;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    static final int SCOPE_OFFSET = 12, SCOPE_MASK = 7;
    // scopes
    static final int LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

    enum Kind { FUNCTION, CLASS, MODULE, ANNOTATION, TYPE_ALIAS, TYPE_PARAMETERS, TYPE_VAR_BOUND }
    enum Comprehension { NONE, LIST, DICT, SET, GENERATOR }

    final String name;
    final Kind kind;
    final Object key;
    final int lineno;
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();   // parameters, in order
    final List<Scope> children = new ArrayList<>();
    final List<String[]> directives = new ArrayList<>();
    boolean nested, generator, coroutine, varargs, varkeywords, returnsValue, free, childFree, compInlined,
            canSeeClassScope, needsClassClosure, needsClassdict, method, hasDocstring;
    Comprehension comprehension = Comprehension.NONE;
    int compIterTarget, compIterExpr;
    Scope parentForTypeParams;

    Scope(String name, Kind kind, Object key, int lineno) {
        this.name = name;
        this.kind = kind;
        this.key = key;
        this.lineno = lineno;
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.ANNOTATION || kind == Kind.TYPE_ALIAS
                || kind == Kind.TYPE_PARAMETERS || kind == Kind.TYPE_VAR_BOUND;
    }

    int flags(String name) { return symbols.getOrDefault(name, 0); }

    /** The analysed scope of a name (0 if the name is unknown here). */
    int scopeOf(String name) { return (flags(name) >> SCOPE_OFFSET) & SCOPE_MASK; }

    @Override public String toString() { return "<symtable " + kind + " " + name + " " + symbols + ">"; }
}
