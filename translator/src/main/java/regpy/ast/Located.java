package regpy.ast;

/**
 * A node with ASDL attributes (lineno, col_offset, end_lineno, end_col_offset). Lines are
 * 1-based; columns are 0-based UTF-8 byte offsets into the source line, as CPython reports them.
 * The end position may be null in trees built by hand through the {@code ast} module.
 */
public interface Located extends Node {
    int lineno();
    int col_offset();
    Integer end_lineno();
    Integer end_col_offset();
}
