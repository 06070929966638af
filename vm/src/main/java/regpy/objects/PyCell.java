package regpy.objects;

/** A closure cell; contents is null while empty. */
public final class PyCell extends PyObject {
    public volatile PyObject contents;
    public PyCell(PyObject contents) { this.contents = contents; }
    @Override public PyType type() { return Types.CELL; }
}
