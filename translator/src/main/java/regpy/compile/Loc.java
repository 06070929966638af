package regpy.compile;

import regpy.ast.Located;

/** A source span as the compiler tracks it (CPython's location): -1 means none. */
public record Loc(int lineno, int endLineno, int col, int endCol) {
    public static final Loc NO_LOCATION = new Loc(-1, -1, -1, -1);

    public static Loc of(Located n) {
        return new Loc(n.lineno(), n.end_lineno() == null ? n.lineno() : n.end_lineno(), n.col_offset(),
                n.end_col_offset() == null ? n.col_offset() : n.end_col_offset());
    }

    public boolean hasLine() { return lineno >= 0; }

    regpy.code.LineTable.Position position() { return new regpy.code.LineTable.Position(lineno, endLineno, col, endCol); }
}
