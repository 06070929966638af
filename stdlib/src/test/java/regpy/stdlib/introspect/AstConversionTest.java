package regpy.stdlib.introspect;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import regpy.ast.Mod;
import regpy.ast.Node;
import regpy.ast.NodeType;
import regpy.objects.*;
import regpy.parse.Parser;
import regpy.runtime.PyException;

/**
 * The Java <-> Python AST conversions without the interpreter: the ast classes are made here as
 * plain heap types (ast.py makes them the same way, with more behaviour), trees of the
 * translator's compiler corpus go to Python objects and back and must come back equal, and
 * hand-made wrong trees get CPython's errors.
 */
class AstConversionTest {
    @BeforeAll
    static void registerClasses() {
        PyDict classes = new PyDict();
        PyType astBase = heapType("AST", Types.OBJECT);
        classes.putStr("AST", astBase);
        for (NodeType t : NodeType.all()) {
            PyType base = t.base() != null ? (PyType) classes.getStr(t.base()) : astBase;
            classes.putStr(t.name(), heapType(t.name(), base));
        }
        AstClasses.register(classes);
    }

    private static PyType heapType(String name, PyType base) {
        PyType t = new PyType(Types.TYPE, name, new PyType[] {base}, new PyDict());
        t.instanceDict = true;
        return t;
    }

    private static Stream<Path> corpus() throws IOException {
        Path dir = Path.of("../translator/src/test/resources/compiler/corpus");
        assertTrue(Files.isDirectory(dir), "corpus directory " + dir.toAbsolutePath());
        return Files.list(dir).filter(p -> p.toString().endsWith(".py")).sorted();
    }

    @Test
    void corpusTreesSurviveTheRoundTrip() throws IOException {
        List<Path> files = corpus().toList();
        assertFalse(files.isEmpty());
        for (Path p : files) {
            Mod tree = Parser.parse(Files.readAllBytes(p), p.toString(), "exec");
            PyObject py = AstToPython.convert(tree);
            assertEquals("Module", py.type().getName());
            Node back = PythonToAst.convert(py, "mod");
            assertEquals(tree, back, "round trip of " + p.getFileName());
            AstValidator.validate(back);    // a parsed tree is always valid
        }
    }

    @Test
    void pythonNodesCarryFieldsAndLocations() {
        PyObject py = AstToPython.convert(Parser.parse("x = 'a' + 2\n", "<t>", "exec"));
        PyObject assign = ((PyList) py.getDict().getStr("body")).get(0);
        assertEquals("Assign", assign.type().getName());
        assertEquals(PyInt.of(1), assign.getDict().getStr("lineno"));
        assertEquals(PyInt.of(11), assign.getDict().getStr("end_col_offset"));
        PyObject binop = assign.getDict().getStr("value");
        PyObject left = binop.getDict().getStr("left");
        assertEquals("a", ((PyStr) left.getDict().getStr("value")).value);
        // the field-less classes are shared instances, as CPython's parser returns them
        PyObject target = ((PyList) assign.getDict().getStr("targets")).get(0);
        PyObject again = AstToPython.convert(Parser.parse("y = 1\n", "<t>", "exec"));
        PyObject target2 = ((PyList) ((PyList) again.getDict().getStr("body")).get(0).getDict().getStr("targets")).get(0);
        assertSame(target.getDict().getStr("ctx"), target2.getDict().getStr("ctx"));
    }

    private static String error(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return e.exc.type().getName() + ": " + regpy.runtime.Abstract.strString(e.exc);
    }

    private static PyInstance node(String cls, Object... kv) {
        PyInstance n = new PyInstance(AstClasses.cls(cls));
        for (int i = 0; i < kv.length; i += 2) n.getDict().putStr((String) kv[i], (PyObject) kv[i + 1]);
        return n;
    }

    private static Object[] at(Object... kv) {
        Object[] loc = {"lineno", PyInt.ONE, "col_offset", PyInt.ZERO};
        Object[] out = new Object[kv.length + 4];
        System.arraycopy(kv, 0, out, 0, kv.length);
        System.arraycopy(loc, 0, out, kv.length, 4);
        return out;
    }

    @Test
    void wrongTreesGetCPythonsErrors() {
        PyObject load = AstClasses.singleton("Load"), store = AstClasses.singleton("Store");
        PyObject nameX = node("Name", at("id", PyStr.of("x"), "ctx", load));
        assertEquals("TypeError: required field \"lineno\" missing from stmt",
                error(() -> PythonToAst.convert(node("Module", "body", new PyList(new PyObject[] {node("Expr", "value", nameX)})), "mod")));
        assertEquals("TypeError: Module field \"body\" must be a list, not a Expr",
                error(() -> PythonToAst.convert(node("Module", "body", node("Expr", at("value", nameX))), "mod")));
        assertEquals("ValueError: field 'value' is required for Expr",
                error(() -> PythonToAst.convert(node("Expr", at("value", PySingleton.NONE)), "stmt")));
        assertEquals("TypeError: AST identifier must be of type str",
                error(() -> PythonToAst.convert(node("Name", at("id", PyInt.ONE, "ctx", load)), "expr")));
        assertEquals("TypeError: got an invalid type in Constant: list",
                error(() -> PythonToAst.convert(node("Constant", at("value", new PyList())), "expr")));
        Node storeName = PythonToAst.convert(node("Expr", at("value", node("Name", at("id", PyStr.of("x"), "ctx", store)))), "stmt");
        assertEquals("ValueError: expression must have Load context but has Store instead",
                error(() -> AstValidator.validate(storeName)));
        Node emptyIf = PythonToAst.convert(node("If", at("test", nameX, "body", new PyList())), "stmt");
        assertEquals("ValueError: empty body on If", error(() -> AstValidator.validate(emptyIf)));
    }

    @Test
    void constantsConvertBothWays() {
        PyObject[] values = {PyInt.of(7), PyInt.of(new java.math.BigInteger("123456789012345678901234567890")),
                PyFloat.of(-0.0), new PyComplex(1, 2), PyStr.of("\u00e9\ud83d\ude00"), new PyBytes(new byte[] {0, -1}),
                PyBool.TRUE, PySingleton.NONE, PySingleton.ELLIPSIS, PyTuple.of(PyInt.ONE, PyTuple.of(PyStr.of("x")))};
        for (PyObject v : values) {
            PyObject back = Values.toPython(Values.toConst(v));
            assertEquals(v.type(), back.type());
            assertEquals(regpy.runtime.Abstract.reprString(v), regpy.runtime.Abstract.reprString(back));
        }
        assertThrows(Values.Unsupported.class, () -> Values.toConst(new PyList()));
        PyList cyclic = new PyList();
        cyclic.append(cyclic);
        assertThrows(Values.Unsupported.class, () -> Values.toMarshal(cyclic));
    }

    @Test
    void marshalRoundTripsContainers() {
        PyDict d = new PyDict();
        d.putStr("k", new PyList(new PyObject[] {PyInt.ONE, PyStr.of("two")}));
        byte[] data = MarshalModule.dumps(d, null);
        PyObject back = MarshalModule.loads(data, null);
        assertEquals("{'k': [1, 'two']}", regpy.runtime.Abstract.reprString(back));
        assertEquals("EOFError: marshal data too short", error(() -> MarshalModule.loads(new byte[] {'i', 1}, null)));
        assertEquals("ValueError: bad marshal data (unknown type code)", error(() -> MarshalModule.loads(new byte[] {0}, null)));
    }
}
