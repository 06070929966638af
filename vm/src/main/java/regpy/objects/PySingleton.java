package regpy.objects;

/** None, NotImplemented and Ellipsis: one instance each of a type that cannot be subclassed. */
public final class PySingleton extends PyObject {
    private final String name;
    private final int kind;
    private PySingleton(String name, int kind) { this.name = name; this.kind = kind; }

    public static final PySingleton NONE = new PySingleton("None", 0);
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton("NotImplemented", 1);
    public static final PySingleton ELLIPSIS = new PySingleton("Ellipsis", 2);

    public String name() { return name; }

    @Override public PyType type() {
        return switch (kind) { case 0 -> Types.NONE_TYPE; case 1 -> Types.NOT_IMPLEMENTED_TYPE; default -> Types.ELLIPSIS_TYPE; };
    }
}
