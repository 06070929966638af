package regpy.compile;

import regpy.ast.Mod;
import regpy.ast.Stmt;
import regpy.ast.alias;
import regpy.code.CodeObject;

/**
 * The compiler: AST to CPython 3.13 code objects, instruction for instruction.
 *
 * <pre>
 *   CodeObject co = Compiler.compile(tree, "x.py", "exec", 0);
 * </pre>
 * Pipeline: future-import detection, AST constant folding ({@link AstOptimizer}), symbol
 * tables ({@link SymbolTable}), code generation ({@link CodeGen}) into a flow graph
 * ({@link FlowGraph}) and assembly ({@link Assembler}).
 */
public final class Compiler {
    private Compiler() {}

    private static volatile CompileWarnings warnings = CompileWarnings.STDERR;

    /** Where SyntaxWarnings of later compilations go (the VM routes them to its warnings module). */
    public static void setWarnings(CompileWarnings handler) {
        warnings = java.util.Objects.requireNonNull(handler);
    }

    public static CodeObject compile(Mod tree, String filename, String mode, int optimize) {
        return compile(tree, filename, mode, optimize, warnings);
    }

    /** Compiles with SyntaxWarnings going to {@code handler} (see {@link CompileWarnings}). */
    public static CodeObject compile(Mod tree, String filename, String mode, int optimize, CompileWarnings handler) {
        int future = futureFlags(tree);
        Mod optimized = AstOptimizer.optimize(tree, optimize);
        boolean futureAnnotations = (future & CodeObject.CO_FUTURE_ANNOTATIONS) != 0;
        SymbolTable st = SymbolTable.build(optimized, filename, futureAnnotations);
        CodeGen gen = new CodeGen(filename, st, optimize, future, mode.equals("single"));
        gen.warnings = handler;
        return gen.module(optimized);
    }

    /** The __future__ features named at the top of a module (after an optional docstring). */
    static int futureFlags(Mod tree) {
        if (!(tree instanceof Mod.Module m)) return 0;
        int flags = 0;
        boolean first = true;
        for (Stmt s : m.body()) {
            if (first && CodeGen.docstring(m.body()) != null) { first = false; continue; }
            first = false;
            if (!(s instanceof Stmt.ImportFrom f) || !"__future__".equals(f.module())) break;
            for (alias a : f.names()) {
                switch (a.name()) {
                    case "annotations" -> flags |= CodeObject.CO_FUTURE_ANNOTATIONS;
                    case "barry_as_FLUFL" -> flags |= CodeObject.CO_FUTURE_BARRY_AS_BDFL;
                    default -> {}
                }
            }
        }
        return flags;
    }
}
