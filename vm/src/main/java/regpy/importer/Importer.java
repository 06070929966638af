package regpy.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import regpy.code.CodeObject;
import regpy.modules.BuiltinsModule;
import regpy.modules.Modules;
import regpy.modules.SysModule;
import regpy.objects.*;
import regpy.runtime.*;

/**
 * The import system: sys.modules, Java modules ({@link Modules}), source modules found on
 * sys.path (the script directory, PYTHONPATH entries, then regpy's stdlib resources under
 * regpy/lib/ on the class path, named by the path entry {@link #STDLIB_ENTRY}), packages,
 * namespace packages and relative imports. A per-module {@link ImportLock} makes concurrent
 * imports of one module run its body once; circular imports see the partially initialised
 * module, in one thread or across threads that would otherwise deadlock.
 */
public final class Importer {
    private Importer() {}

    /** The sys.path entry standing for the stdlib modules packaged as class path resources. */
    public static final String STDLIB_ENTRY = "<regpy-stdlib>";
    private static final String RESOURCE_ROOT = "regpy/lib/";

    // ---- IMPORT_NAME / __import__ ---------------------------------------------------------------

    public static PyObject importName(PyFrame f, String name, PyObject fromlist, int level) {
        PyObject imp = f.builtins.getStr("__import__");
        if (imp != null && !(imp instanceof PyBuiltinFunction b && b.name.equals("__import__") && b.self instanceof PyModule)) {
            PyObject locals = f.locals == null ? PySingleton.NONE : f.locals;
            return Calls.call(imp, PyStr.of(name), f.globals, locals, fromlist, PyInt.of(level));
        }
        return importModuleLevel(name, f.globals, fromlist, level);
    }

    /** builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0). */
    public static PyObject builtinImport(PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("__import__", a, k, 1, "name", "globals", "locals", "fromlist", "level");
        if (!(p[0] instanceof PyStr n)) throw Errors.typeError("__import__() argument 1 must be str, not " + p[0].type().getName());
        PyDict globals = p[1] instanceof PyDict d ? d : null;
        int level = p[4] == null ? 0 : (int) Abstract.indexLong(p[4]);
        return importModuleLevel(n.value, globals, p[3] == null ? PySingleton.NONE : p[3], level);
    }

    public static PyObject importModuleLevel(String name, PyDict globals, PyObject fromlist, int level) {
        if (level < 0) throw Errors.valueError("level must be >= 0");
        String full = name;
        if (level > 0) full = resolveRelative(name, globals, level);
        else if (name.isEmpty()) throw Errors.valueError("Empty module name");
        PyObject mod = importModule(full);
        boolean hasFrom = fromlist != PySingleton.NONE && fromlist != null && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !name.isEmpty()) {
                String top = level == 0 ? name.split("\\.", 2)[0] : null;
                if (top != null) return SysModule.MODULES.getStr(top);
                // relative import without fromlist: return the top of the resolved name within the package
                int cut = full.length() - name.length();
                String first = full.substring(0, cut) + name.split("\\.", 2)[0];
                return SysModule.MODULES.getStr(first);
            }
            return mod;
        }
        // fromlist: import submodules named there when they are not attributes yet
        if (mod instanceof PyModule m && m.dict.getStr("__path__") != null) {
            for (PyObject item : Iter.toArray(fromlist)) {
                if (!(item instanceof PyStr s)) continue;
                if (s.value.equals("*")) {
                    PyObject all = m.dict.getStr("__all__");
                    if (all != null) for (PyObject x : Iter.toArray(all)) ensureSub(m, full, Abstract.strString(x));
                    continue;
                }
                ensureSub(m, full, s.value);
            }
        }
        return mod;
    }

    private static void ensureSub(PyModule m, String full, String sub) {
        if (m.dict.getStr(sub) != null) return;
        try {
            importModule(full + "." + sub);
        } catch (PyException e) {
            if (e.exc.type() == Types.MODULE_NOT_FOUND_ERROR) {
                PyObject n = e.exc.getDict().getStr("name");
                if (n instanceof PyStr ns && ns.value.equals(full + "." + sub)) return;
            }
            throw e;
        }
    }

    private static String resolveRelative(String name, PyDict globals, int level) {
        String pkg = null;
        if (globals != null) {
            PyObject p = globals.getStr("__package__");
            if (p instanceof PyStr ps) pkg = ps.value;
            else {
                PyObject n = globals.getStr("__name__");
                if (n instanceof PyStr ns) {
                    pkg = globals.getStr("__path__") != null ? ns.value : (ns.value.contains(".") ? ns.value.substring(0, ns.value.lastIndexOf('.')) : "");
                }
            }
        }
        if (pkg == null || pkg.isEmpty()) throw Errors.importError("attempted relative import with no known parent package");
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw Errors.importError("attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports a dotted name (parents first) and returns the module itself. */
    public static PyObject importModule(String full) {
        PyObject m = SysModule.MODULES.getStr(full);
        if (m != null && !isInitializing(m)) return m;
        int dot = full.lastIndexOf('.');
        PyObject parent = null;
        if (dot >= 0) {
            parent = importModule(full.substring(0, dot));
            m = SysModule.MODULES.getStr(full);
            if (m != null && !isInitializing(m)) return m;
        }
        ImportLock lock = ImportLock.of(full);
        if (!lock.acquire()) {
            // Two threads importing modules that import each other: as CPython does, this thread
            // gets the other's partially initialised module instead of waiting for ever.
            m = SysModule.MODULES.getStr(full);
            if (m != null) return m;
            throw Errors.importError("deadlock detected importing " + full);
        }
        try {
            m = SysModule.MODULES.getStr(full);
            if (m != null) return m;   // another thread finished it, or a circular import in this thread
            m = load(full, parent);
            if (parent instanceof PyModule pm) pm.dict.putStr(full.substring(dot + 1), m);
            return m;
        } finally {
            lock.release();
        }
    }

    private static boolean isInitializing(PyObject m) {
        if (!(m instanceof PyModule mod)) return false;
        PyObject init = mod.dict.getStr("__initializing__");
        if (init != PyBool.TRUE) return false;
        // another thread is running its body: wait for it (a same-thread circular import holds the
        // lock already; when waiting would deadlock, the partial module is used, as in CPython)
        ImportLock lock = ImportLock.existing(mod.name());
        if (lock == null || lock.heldByCurrentThread()) return false;
        if (lock.acquire()) lock.release();
        return false;
    }

    private static PyObject load(String full, PyObject parent) {
        String last = full.substring(full.lastIndexOf('.') + 1);
        if (parent == null) {
            PyModule jm = Modules.create(full);
            if (jm != null) {
                SysModule.MODULES.putStr(full, jm);
                return jm;
            }
        }
        PyObject[] searchPath;
        if (parent != null) {
            PyObject pp = parent instanceof PyModule pm ? pm.dict.getStr("__path__") : null;
            if (pp == null) {
                PyException e = Errors.of(Types.MODULE_NOT_FOUND_ERROR, "No module named '" + full + "'; '" + ((PyModule) parent).name() + "' is not a package");
                e.exc.getDict().putStr("name", PyStr.of(full));
                throw e;
            }
            searchPath = Iter.toArray(pp);
        } else searchPath = SysModule.PATH.toArray();
        Found found = locate(last, searchPath);
        if (found != null && found.source != null) return exec(full, found.source, found.file, found.pkgDir);
        if (found != null) {
            PyModule m = new PyModule(full);
            m.set("__path__", new PyList(found.namespaceDirs.stream().map(PyStr::of).toArray(PyObject[]::new)));
            m.set("__package__", PyStr.of(full));
            m.set("__file__", PySingleton.NONE);
            SysModule.MODULES.putStr(full, m);
            return m;
        }
        throw Errors.moduleNotFound(full);
    }

    /** A located module: source text with its file and package directory, or only namespace directories. */
    record Found(String source, String file, String pkgDir, java.util.List<String> namespaceDirs) {}

    /** Finds module 'last' on a search path (class path resources for the stdlib entry). */
    static Found locate(String last, PyObject[] searchPath) {
        java.util.List<String> namespaceDirs = new java.util.ArrayList<>();
        for (PyObject entry : searchPath) {
            if (!(entry instanceof PyStr es)) continue;
            String dir = es.value;
            if (dir.equals(STDLIB_ENTRY) || dir.startsWith(STDLIB_ENTRY + "/")) {
                String rel = dir.equals(STDLIB_ENTRY) ? "" : dir.substring(STDLIB_ENTRY.length() + 1) + "/";
                String base = RESOURCE_ROOT + rel + last;
                String pkgInit = readResource(base + "/__init__.py");
                if (pkgInit != null) return new Found(pkgInit, STDLIB_ENTRY + "/" + rel + last + "/__init__.py", STDLIB_ENTRY + "/" + rel + last, null);
                String src = readResource(base + ".py");
                if (src != null) return new Found(src, STDLIB_ENTRY + "/" + rel + last + ".py", null, null);
                continue;
            }
            Path d = Path.of(dir.isEmpty() ? "." : dir);
            Path pkg = d.resolve(last);
            Path init = pkg.resolve("__init__.py");
            if (Files.isRegularFile(init)) return new Found(read(init), init.toString(), pkg.toString(), null);
            Path py = d.resolve(last + ".py");
            if (Files.isRegularFile(py)) return new Found(read(py), py.toString(), null, null);
            if (Files.isDirectory(pkg)) namespaceDirs.add(pkg.toString());
        }
        return namespaceDirs.isEmpty() ? null : new Found(null, null, null, namespaceDirs);
    }

    private static String readResource(String name) {
        try (InputStream in = Importer.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.of(Types.OS_ERROR, e.getMessage());
        }
    }

    /** Creates the module, registers it in sys.modules, runs its code; removes it again on failure. */
    private static PyModule exec(String full, String source, String file, String pkgDir) {
        PyModule m = new PyModule(full);
        m.set("__file__", PyStr.of(file));
        m.set("__builtins__", BuiltinsModule.module());
        if (pkgDir != null) {
            m.set("__path__", new PyList(new PyObject[] {PyStr.of(pkgDir)}));
            m.set("__package__", PyStr.of(full));
        } else {
            int dot = full.lastIndexOf('.');
            m.set("__package__", PyStr.of(dot < 0 ? "" : full.substring(0, dot)));
        }
        m.set("__cached__", PySingleton.NONE);
        m.set("__initializing__", PyBool.TRUE);
        SysModule.MODULES.putStr(full, m);
        try {
            CodeObject co = file.startsWith(STDLIB_ENTRY) ? SourceCompiler.compile(source, file, "exec")
                    : BytecodeCache.load(Path.of(file), source, file);
            Calls.engine.runCode(new PyCode(co), m.dict, m.dict, null);
        } catch (RuntimeException e) {
            SysModule.MODULES.removeStr(full);
            throw e;
        } finally {
            m.dict.removeStr("__initializing__");
        }
        PyObject fin = SysModule.MODULES.getStr(full);
        return fin instanceof PyModule pm ? pm : m;
    }

    // ---- IMPORT_FROM and import * ---------------------------------------------------------------

    public static PyObject importFrom(PyObject module, String name) {
        PyObject v = Attr.getAttrOrNull(module, name);
        if (v != null) return v;
        String modName = null;
        if (module instanceof PyModule m) {
            modName = m.name();
            PyObject sub = SysModule.MODULES.getStr(modName + "." + name);
            if (sub != null) return sub;
        }
        String where = "";
        PyObject file = module instanceof PyModule m ? m.dict.getStr("__file__") : null;
        if (file instanceof PyStr fs) where = " (" + fs.value + ")";
        else if (module instanceof PyModule) where = " (unknown location)";
        boolean partial = module instanceof PyModule m && m.dict.getStr("__initializing__") == PyBool.TRUE;
        PyException e = Errors.importError("cannot import name '" + name + "' from " + (partial ? "partially initialized module " : "")
                + "'" + modName + "'" + (partial ? " (most likely due to a circular import)" : "") + where);
        e.exc.getDict().putStr("name", PyStr.of(modName == null ? "?" : modName));
        return throwIt(e);
    }

    private static PyObject throwIt(PyException e) { throw e; }

    public static void importStar(PyFrame f, PyObject module) {
        PyObject locals = f.locals;
        if (locals == null) throw Errors.systemError("no locals found during 'import *'");
        PyObject all = Attr.getAttrOrNull(module, "__all__");
        PyObject[] names;
        boolean skipPrivate = false;
        if (all != null) names = Iter.toArray(all);
        else {
            PyDict d = module.getDict();
            if (d == null) throw Errors.importError("from-import-* object has no __dict__ and no __all__");
            names = d.keysArray();
            skipPrivate = true;
        }
        for (PyObject n : names) {
            if (!(n instanceof PyStr s)) throw Errors.typeError("Item in " + (all != null ? "__all__" : "__dict__") + " must be str, not " + n.type().getName());
            if (skipPrivate && s.value.startsWith("_")) continue;
            Abstract.setItem(locals, s, Attr.getAttr(module, s.value));
        }
    }
}
