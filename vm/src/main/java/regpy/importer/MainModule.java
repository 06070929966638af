package regpy.importer;

import regpy.code.CodeObject;
import regpy.modules.BuiltinsModule;
import regpy.modules.SysModule;
import regpy.objects.*;
import regpy.runtime.*;

/** python -m NAME: runs a module (or a package's __main__) as __main__. */
public final class MainModule {
    private MainModule() {}

    /** Runs the module; returns it, or null when it cannot be found. */
    public static PyObject run(String name) {
        int dot = name.lastIndexOf('.');
        PyObject[] path;
        if (dot > 0) {
            PyObject parent = SysModule.MODULES.getStr(name.substring(0, dot));
            PyObject pp = parent instanceof PyModule pm ? pm.dict.getStr("__path__") : null;
            if (pp == null) return null;
            path = Iter.toArray(pp);
        } else path = SysModule.PATH.toArray();
        Importer.Found f = Importer.locate(name.substring(dot + 1), path);
        if (f == null || f.source() == null) return null;
        if (f.pkgDir() != null) {
            Importer.importModule(name);
            return run(name + ".__main__");
        }
        PyModule m = new PyModule("__main__");
        m.set("__file__", PyStr.of(f.file()));
        m.set("__builtins__", BuiltinsModule.module());
        m.set("__package__", PyStr.of(dot > 0 ? name.substring(0, dot) : ""));
        SysModule.MODULES.putStr("__main__", m);
        SysModule.ARGV.set(0, PyStr.of(f.file()));
        CodeObject co = SourceCompiler.compile(f.source(), f.file(), "exec");
        Calls.engine.runCode(new PyCode(co), m.dict, m.dict, null);
        return m;
    }
}
