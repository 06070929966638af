package regpy.compile;

import regpy.ast.Expr;

/** Annotation text under `from __future__ import annotations` (CPython's ast_unparse.c). */
final class Unparser {
    private Unparser() {}

    static String unparse(Expr e) {
        throw new UnsupportedOperationException("regpy compiler: stringified annotations are not implemented yet");
    }
}
