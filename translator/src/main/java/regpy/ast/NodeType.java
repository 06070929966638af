package regpy.ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reflective view of one AST class, used by ast.dump, the VM's {@code ast} module and
 * compile(ast_object): Python name, base class, {@code _fields}, {@code _attributes}, the ASDL
 * type of each field, reading a field by name and building a node from field values.
 * Abstract classes (stmt, expr, ...) have a type too, with no fields and no constructor.
 */
public final class NodeType {
    /** One ASDL field: name, builtin or node type name, and whether it is optional or a list. */
    public record Field(String name, String type, boolean optional, boolean sequence) {
        static Field parse(String decl) {
            int sp = decl.indexOf(' ');
            String t = decl.substring(0, sp);
            boolean seq = t.endsWith("*"), opt = t.endsWith("?");
            if (seq || opt) t = t.substring(0, t.length() - 1);
            return new Field(decl.substring(sp + 1), t, opt, seq);
        }
    }

    private static final Map<String, NodeType> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, NodeType> BY_CLASS = new HashMap<>();

    private final String name;
    private final String base;
    private final Class<?> javaClass;
    private final List<Field> fields;
    private final List<String> attributes;
    private final boolean isAbstract;
    private final Object singleton;          // the enum constant of a field-less simple-sum class
    private final MethodHandle[] getters;    // fields then attributes
    private final MethodHandle constructor;  // takes fields then attributes, boxed

    private NodeType(String name, String base, Class<?> javaClass, List<Field> fields, List<String> attributes,
                     boolean isAbstract) {
        this.name = name;
        this.base = base;
        this.javaClass = javaClass;
        this.fields = fields;
        this.attributes = attributes;
        this.isAbstract = isAbstract;
        Object single = null;
        MethodHandle ctor = null;
        MethodHandle[] gets = new MethodHandle[0];
        if (!isAbstract && javaClass.isEnum()) {
            for (Object c : javaClass.getEnumConstants()) if (((Enum<?>) c).name().equals(name)) single = c;
        } else if (!isAbstract) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                RecordComponent[] comps = javaClass.getRecordComponents();
                Class<?>[] types = new Class<?>[comps.length];
                gets = new MethodHandle[comps.length];
                for (int i = 0; i < comps.length; i++) {
                    types[i] = comps[i].getType();
                    gets[i] = lookup.unreflect(comps[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
                }
                ctor = lookup.findConstructor(javaClass, MethodType.methodType(void.class, types))
                        .asType(MethodType.genericMethodType(comps.length)).asSpreader(Object[].class, comps.length);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
        this.singleton = single;
        this.getters = gets;
        this.constructor = ctor;
    }

    static {
        for (Object[] row : NodeTypes.ABSTRACT) {
            NodeType t = new NodeType((String) row[0], null, (Class<?>) row[1], List.of(),
                    List.of((String[]) row[2]), true);
            BY_NAME.put(t.name, t);
        }
        for (Object[] row : NodeTypes.CONCRETE) {
            List<Field> fs = new ArrayList<>();
            for (String d : (String[]) row[3]) fs.add(Field.parse(d));
            NodeType t = new NodeType((String) row[0], (String) row[1], (Class<?>) row[2],
                    Collections.unmodifiableList(fs), List.of((String[]) row[4]), false);
            // type_ignore and TypeIgnore share a Java class; the concrete one wins for lookups by class.
            BY_NAME.put(t.name, t);
            if (t.singleton == null) BY_CLASS.put(t.javaClass, t);
        }
    }

    /** The class named {@code pythonName} (concrete or abstract), or null. */
    public static NodeType byName(String pythonName) { return BY_NAME.get(pythonName); }

    /** Every class, abstract ones first, in ASDL order. */
    public static Iterable<NodeType> all() { return BY_NAME.values(); }

    /** The class of a node. */
    public static NodeType of(Node node) {
        if (node instanceof Enum<?> e) return BY_NAME.get(e.name());
        return BY_CLASS.get(node.getClass());
    }

    public String name() { return name; }
    /** Python name of the abstract base (e.g. "stmt"), or null for product types and abstract classes. */
    public String base() { return base; }
    public Class<?> javaClass() { return javaClass; }
    public boolean isAbstract() { return isAbstract; }
    public List<Field> fields() { return fields; }
    public List<String> attributes() { return attributes; }

    public List<String> fieldNames() {
        List<String> out = new ArrayList<>(fields.size());
        for (Field f : fields) out.add(f.name());
        return out;
    }

    /** The value of field or attribute {@code name} of {@code node}; IllegalArgumentException if none. */
    public Object get(Node node, String name) {
        int i = indexOf(name);
        if (i < 0) throw new IllegalArgumentException(this.name + " has no field " + name);
        try {
            return getters[i].invokeExact((Object) node);
        } catch (Throwable t) {
            throw sneaky(t);
        }
    }

    private int indexOf(String field) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(field)) return i;
        for (int i = 0; i < attributes.size(); i++) if (attributes.get(i).equals(field)) return fields.size() + i;
        return -1;
    }

    /**
     * Builds a node from its field values followed by its attribute values, in order
     * (fields().size() + attributes().size() values; integers as Integer; attributes may be
     * null except lineno/col_offset which then default to 0). The singletons are returned as-is.
     */
    public Node create(Object... values) {
        if (isAbstract) throw new IllegalStateException("abstract class " + name);
        if (singleton != null) return (Node) singleton;
        if (values.length != getters.length)
            throw new IllegalArgumentException(name + " takes " + getters.length + " values, not " + values.length);
        Object[] args = values.clone();
        int nf = fields.size();
        for (int i = 0; i < nf; i++) {
            if (args[i] == null && fields.get(i).type().equals("int") && !fields.get(i).optional()) args[i] = 0;
        }
        if (!attributes.isEmpty()) {
            if (args[nf] == null) args[nf] = 0;
            if (args[nf + 1] == null) args[nf + 1] = 0;
        }
        try {
            return (Node) constructor.invoke(args);
        } catch (Throwable t) {
            throw sneaky(t);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Override public String toString() { return "<ast class " + name + ">"; }
}
