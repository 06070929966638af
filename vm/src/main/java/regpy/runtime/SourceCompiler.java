package regpy.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import regpy.ast.Mod;
import regpy.code.CodeObject;
import regpy.compile.Compiler;
import regpy.parse.Parser;
import regpy.parse.PySyntaxError;
import regpy.code.Pyc;
import regpy.objects.*;

/**
 * The one place where source text becomes a code object: parse with regpy.parse.Parser and
 * compile with regpy.compile.Compiler. For development, REGPY_DEV_CPYTHON=/path/to/python3.13
 * with REGPY_DEV_BRIDGE_FIRST=1 compiles with CPython instead, which separates VM bugs from
 * compiler gaps.
 */
public final class SourceCompiler {
    private SourceCompiler() {}

    /** Compiles source in mode "exec", "eval" or "single". Raises SyntaxError as CPython would. */
    public static CodeObject compile(String source, String filename, String mode) {
        String bridge = System.getenv("REGPY_DEV_CPYTHON");
        if (bridge != null && System.getenv("REGPY_DEV_BRIDGE_FIRST") != null) return compileWithCPython(bridge, source, filename, mode);
        try {
            Mod tree = Parser.parse(source, filename, mode);
            return Compiler.compile(tree, filename, mode, -1);
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        } catch (PyException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw Errors.internal(e);
        }
    }

    /** The Python SyntaxError (or IndentationError, TabError) for the front end's error. */
    public static PyException syntaxError(PySyntaxError se) {
        PyType t = Types.exceptions().getOrDefault(se.kind, Types.SYNTAX_ERROR);
        PyObject msg = PyStr.of(se.msg);
        PyBaseException e = Exceptions.create(t, new PyObject[] {msg});
        PyDict d = e.getDict();
        d.putStr("msg", msg);
        d.putStr("filename", PyStr.of(se.filename));
        d.putStr("lineno", PyInt.of(se.lineno));
        d.putStr("offset", PyInt.of(se.offset));
        d.putStr("end_lineno", PyInt.of(se.end_lineno));
        d.putStr("end_offset", PyInt.of(se.end_offset));
        d.putStr("text", se.text == null ? PySingleton.NONE : PyStr.of(se.text));
        d.putStr("print_file_and_line", PySingleton.NONE);
        e.args = PyTuple.of(msg, PyTuple.of(d.getStr("filename"), d.getStr("lineno"), d.getStr("offset"), d.getStr("text"),
                d.getStr("end_lineno"), d.getStr("end_offset")));
        return e.toThrowable();
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
