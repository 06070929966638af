package regpy.runtime;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import regpy.code.CodeObject;
import regpy.code.Pyc;
import regpy.objects.*;

/**
 * The one place where source text becomes a code object: parse with regpy.parse.Parser and
 * compile with regpy.compile.Compiler. Until the compiler lands in the translator module it is
 * looked up reflectively (once); when it is missing, a development bridge can use CPython 3.13
 * (environment variable REGPY_DEV_CPYTHON=/path/to/python3.13) to produce the code object.
 */
public final class SourceCompiler {
    private SourceCompiler() {}

    private static volatile Method compilerMethod, parserMethod;
    private static volatile boolean looked;

    private static void lookup() {
        if (looked) return;
        synchronized (SourceCompiler.class) {
            if (looked) return;
            try {
                Class<?> p = Class.forName("regpy.parse.Parser");
                parserMethod = p.getMethod("parse", String.class, String.class, String.class);
                Class<?> c = Class.forName("regpy.compile.Compiler");
                for (Method m : c.getMethods()) {
                    if (m.getName().equals("compile") && m.getParameterCount() == 4 && m.getReturnType() == CodeObject.class) compilerMethod = m;
                }
            } catch (ReflectiveOperationException | LinkageError ignored) {
            }
            looked = true;
        }
    }

    /** Compiles source in mode "exec", "eval" or "single". Raises SyntaxError as CPython would. */
    public static CodeObject compile(String source, String filename, String mode) {
        lookup();
        String bridge = System.getenv("REGPY_DEV_CPYTHON");
        if (bridge != null && System.getenv("REGPY_DEV_BRIDGE_FIRST") != null) return compileWithCPython(bridge, source, filename, mode);
        if (compilerMethod != null && parserMethod != null) {
            try {
                Object mod = parserMethod.invoke(null, source, filename, mode);
                return (CodeObject) compilerMethod.invoke(null, mod, filename, mode, -1);
            } catch (InvocationTargetException e) {
                throw translateError(e.getCause(), source);
            } catch (IllegalAccessException e) {
                throw Errors.systemError("compiler not accessible: " + e);
            }
        }
        String py = System.getenv("REGPY_DEV_CPYTHON");
        if (py != null) return compileWithCPython(py, source, filename, mode);
        throw Errors.notImplemented("the compiler is not available yet");
    }

    /** Converts the front end's PySyntaxError (or any error) into a Python exception. */
    static PyException translateError(Throwable t, String source) {
        if (t instanceof PyException p) return p;
        if (t instanceof RuntimeException re && re.getClass().getName().equals("regpy.parse.PySyntaxError")) {
            return syntaxErrorFrom(re);
        }
        return Errors.internal(t);
    }

    private static PyException syntaxErrorFrom(RuntimeException re) {
        try {
            Class<?> c = re.getClass();
            String kind = (String) c.getField("kind").get(re);
            PyType t = Types.exceptions().getOrDefault(kind, Types.SYNTAX_ERROR);
            PyObject msg = PyStr.of(String.valueOf(c.getField("msg").get(re)));
            PyBaseException e = Exceptions.create(t, new PyObject[] {msg});
            PyDict d = e.getDict();
            d.putStr("msg", msg);
            d.putStr("filename", PyStr.of(String.valueOf(c.getField("filename").get(re))));
            d.putStr("lineno", PyInt.of(((Number) c.getField("lineno").get(re)).longValue()));
            d.putStr("offset", PyInt.of(((Number) c.getField("offset").get(re)).longValue()));
            d.putStr("end_lineno", PyInt.of(((Number) c.getField("end_lineno").get(re)).longValue()));
            d.putStr("end_offset", PyInt.of(((Number) c.getField("end_offset").get(re)).longValue()));
            Object text = c.getField("text").get(re);
            d.putStr("text", text == null ? PySingleton.NONE : PyStr.of((String) text));
            d.putStr("print_file_and_line", PySingleton.NONE);
            return e.toThrowable();
        } catch (ReflectiveOperationException ex) {
            return Errors.of(Types.SYNTAX_ERROR, re.getMessage());
        }
    }

    private static CodeObject compileWithCPython(String python, String source, String filename, String mode) {
        try {
            Path src = Files.createTempFile("regpy", ".py");
            Path out = Files.createTempFile("regpy", ".pyc");
            Files.writeString(src, source, StandardCharsets.UTF_8);
            String script = "import sys,marshal,importlib.util\n"
                    + "src=open(sys.argv[1],encoding='utf-8').read()\n"
                    + "try:\n co=compile(src,sys.argv[2],sys.argv[3],dont_inherit=True)\n"
                    + "except SyntaxError as e:\n print(type(e).__name__);print(e.msg);print(e.lineno);print(e.offset);print(e.end_lineno);print(e.end_offset);print(repr(e.text));sys.exit(3)\n"
                    + "open(sys.argv[4],'wb').write(importlib.util.MAGIC_NUMBER+b'\\0'*12+marshal.dumps(co))\n";
            ProcessBuilder pb = new ProcessBuilder(python, "-c", script, src.toString(), filename, mode, out.toString());
            pb.environment().put("PYENV_VERSION", "3.13.0");
            pb.redirectErrorStream(false);
            Process p = pb.start();
            String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int rc = p.waitFor();
            Files.deleteIfExists(src);
            if (rc == 3) {
                String[] l = stdout.split("\n");
                PyType t = Types.exceptions().getOrDefault(l[0], Types.SYNTAX_ERROR);
                PyBaseException e = Exceptions.create(t, new PyObject[] {PyStr.of(l[1])});
                PyDict d = e.getDict();
                d.putStr("msg", PyStr.of(l[1]));
                d.putStr("filename", PyStr.of(filename));
                d.putStr("lineno", l[2].equals("None") ? PySingleton.NONE : PyInt.of(Long.parseLong(l[2])));
                d.putStr("offset", l[3].equals("None") ? PySingleton.NONE : PyInt.of(Long.parseLong(l[3])));
                d.putStr("end_lineno", l[4].equals("None") ? PySingleton.NONE : PyInt.of(Long.parseLong(l[4])));
                d.putStr("end_offset", l[5].equals("None") ? PySingleton.NONE : PyInt.of(Long.parseLong(l[5])));
                String text = l.length > 6 && !l[6].equals("None") ? l[6].substring(1, l[6].length() - 1).replace("\\n", "\n").replace("\\'", "'") : null;
                d.putStr("text", text == null ? PySingleton.NONE : PyStr.of(text));
                throw e.toThrowable();
            }
            if (rc != 0) throw Errors.systemError("CPython bridge failed");
            byte[] data = Files.readAllBytes(out);
            Files.deleteIfExists(out);
            return Pyc.read(data).code();
        } catch (IOException | InterruptedException e) {
            throw Errors.systemError("CPython bridge failed: " + e);
        }
    }
}
