package regpy.tokenize;

/**
 * One token. Positions: lines are 1-based; {@code col}/{@code endCol} are code point columns
 * (what the tokenize module prints and SyntaxError offsets use, 0-based here), while
 * {@code bcol}/{@code bendCol} are UTF-8 byte columns (what AST nodes carry).
 */
public final class Token {
    public final int type;
    public final String string;
    public final int line, col, endLine, endCol;
    public final int bcol, bendCol;
    /** Character offsets of the token in the (newline-normalised) source. */
    public final int start, end;
    /** Bracket nesting depth after this token (as CPython's tok->level). */
    public int level;

    public Token(int type, String string, int line, int col, int endLine, int endCol, int bcol, int bendCol,
                 int start, int end) {
        this.type = type;
        this.string = string;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
        this.bcol = bcol;
        this.bendCol = bendCol;
        this.start = start;
        this.end = end;
    }

    @Override public String toString() {
        return TokenType.name(type) + " " + string + " " + line + "," + col + "-" + endLine + "," + endCol;
    }
}
