package regpy.modules;

import java.util.List;

import regpy.objects.*;
import regpy.runtime.*;

/** The sys module. sys.modules exists before the module object (the importer uses it). */
public final class SysModule {
    private SysModule() {}

    public static final PyDict MODULES = new PyDict();
    public static final PyList PATH = new PyList();
    public static final PyList ARGV = new PyList();
    public static volatile boolean dontWriteBytecode;
    private static volatile PyModule module;
    public static final PyFile STDOUT = PyFile.stdout();
    public static final PyFile STDERR = PyFile.stderr(STDOUT);
    private static volatile PyFile stdin;

    public static synchronized PyModule module() {
        if (module == null) module = create();
        return module;
    }

    /** The current sys.stdout object (may be replaced by Python code). */
    public static PyObject stdout() {
        PyModule m = module;
        PyObject o = m == null ? null : m.dict.getStr("stdout");
        return o == null ? STDOUT : o;
    }

    public static PyObject stderr() {
        PyModule m = module;
        PyObject o = m == null ? null : m.dict.getStr("stderr");
        return o == null ? STDERR : o;
    }

    public static PyObject stdin() {
        PyModule m = module;
        PyObject o = m == null ? null : m.dict.getStr("stdin");
        if (o != null) return o;
        synchronized (SysModule.class) {
            if (stdin == null) stdin = PyFile.stdin();
            return stdin;
        }
    }

    public static void flushStd() {
        try { Calls.callMethod(stdout(), "flush"); } catch (RuntimeException ignored) { }
        STDOUT.flush();
        STDERR.flush();
    }

    /** sys.displayhook for the interactive PRINT intrinsic. */
    public static void displayHook(PyObject v) {
        BuiltinsModule.dict().putStr("_", v);
        Calls.callMethod(stdout(), "write", PyStr.of(Abstract.reprString(v) + "\n"));
    }

    private static PyModule create() {
        PyModule m = new PyModule("sys");
        m.set("modules", MODULES);
        m.set("path", PATH);
        m.set("argv", ARGV);
        m.set("orig_argv", ARGV);
        m.set("stdout", STDOUT);
        m.set("stderr", STDERR);
        m.set("__stdout__", STDOUT);
        m.set("__stderr__", STDERR);
        m.set("stdin", stdin());
        m.set("__stdin__", stdin());
        m.set("maxsize", PyInt.of(Long.MAX_VALUE));
        m.set("maxunicode", PyInt.of(0x10FFFF));
        m.set("byteorder", PyStr.of("little"));
        m.set("platform", PyStr.of("linux"));
        m.set("executable", PyStr.of("regpy"));
        m.set("prefix", PyStr.of("/usr/local"));
        m.set("exec_prefix", PyStr.of("/usr/local"));
        m.set("base_prefix", PyStr.of("/usr/local"));
        m.set("api_version", PyInt.of(1013));
        m.set("copyright", PyStr.of("Copyright (c) regpy authors"));
        m.set("version", PyStr.of("3.13.0 (regpy, Java " + Runtime.version().feature() + ")"));
        m.set("hexversion", PyInt.of(0x030d00f0));
        PyType vi = StructSeq.type("sys.version_info", "major", "minor", "micro", "releaselevel", "serial");
        m.set("version_info", StructSeq.make(vi, PyInt.of(3), PyInt.of(13), PyInt.of(0), PyStr.of("final"), PyInt.ZERO));
        PyType impl = Types.builtin("types.SimpleNamespace", Types.OBJECT, null, t -> {});
        PyInstance ns = new PyInstance(Types.OBJECT) {
            final PyDict d = new PyDict();
            @Override public PyDict getDict() { return d; }
        };
        ns.getDict().putStr("name", PyStr.of("regpy"));
        ns.getDict().putStr("cache_tag", PyStr.of("regpy-313"));
        ns.getDict().putStr("version", m.dict.getStr("version_info"));
        ns.getDict().putStr("hexversion", PyInt.of(0x030d00f0));
        m.set("implementation", ns);
        PyType fi = StructSeq.type("sys.float_info", "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
        m.set("float_info", StructSeq.make(fi, PyFloat.of(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308), PyFloat.of(Double.MIN_NORMAL),
                PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53), PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        PyType ii = StructSeq.type("sys.int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");
        m.set("int_info", StructSeq.make(ii, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        PyType hi = StructSeq.type("sys.hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");
        m.set("hash_info", StructSeq.make(hi, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159), PyInt.ZERO, PyInt.of(1000003),
                PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.ZERO));
        PyType fl = StructSeq.type("sys.flags", "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
                "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");
        PyObject[] fv = new PyObject[18];
        java.util.Arrays.fill(fv, PyInt.ZERO);
        fv[4] = PyInt.of(dontWriteBytecode ? 1 : 0);
        fv[11] = PyInt.ONE;
        fv[14] = PyInt.ONE;
        fv[17] = PyInt.of(4300);
        m.set("flags", StructSeq.make(fl, fv));
        m.set("dont_write_bytecode", PyBool.of(dontWriteBytecode));
        m.set("warnoptions", new PyList());
        m.set("meta_path", new PyList());
        m.set("path_hooks", new PyList());
        m.set("path_importer_cache", new PyDict());
        PyObject[] names = Modules.names().stream().sorted().map(PyStr::of).toArray(PyObject[]::new);
        m.set("builtin_module_names", PyTuple.of(names));
        m.def("getrecursionlimit", (a, k) -> PyInt.of(ThreadState.recursionLimit()));
        m.def("setrecursionlimit", (a, k) -> {
            Args.count("setrecursionlimit", a, k, 1, 1);
            if (!(a[0] instanceof PyInt)) throw Errors.typeError("'" + a[0].type().getName() + "' object cannot be interpreted as an integer");
            long n = Abstract.indexLong(a[0]);
            if (n < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
            ThreadState.setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
            return PySingleton.NONE;
        });
        m.def("exit", (a, k) -> {
            Args.count("exit", a, k, 0, 1);
            throw Errors.of(Types.SYSTEM_EXIT, a.length == 0 ? new PyObject[0] : new PyObject[] {a[0]});
        });
        m.def("intern", (a, k) -> { Args.count("intern", a, k, 1, 1); return a[0]; });
        m.def("getsizeof", (a, k) -> {
            PyObject f = a[0].type().lookup("__sizeof__");
            return f == null ? PyInt.of(16) : Calls.callDescr(f, a[0]);
        });
        m.def("_getframe", (a, k) -> {
            long depth = a.length == 0 ? 0 : Abstract.indexLong(a[0]);
            PyFrame f = ThreadState.current().frame;
            for (long i = 0; i < depth && f != null; i++) f = f.back;
            if (f == null) throw Errors.valueError("call stack is not deep enough");
            return f;
        });
        m.def("exc_info", (a, k) -> {
            PyObject h = ThreadState.current().handled;
            if (!(h instanceof PyBaseException e)) return PyTuple.of(PySingleton.NONE, PySingleton.NONE, PySingleton.NONE);
            return PyTuple.of(e.type(), e, e.traceback == null ? PySingleton.NONE : e.traceback);
        });
        m.def("exception", (a, k) -> {
            PyObject h = ThreadState.current().handled;
            return h == null ? PySingleton.NONE : h;
        });
        m.def("getdefaultencoding", (a, k) -> PyStr.of("utf-8"));
        m.def("getfilesystemencoding", (a, k) -> PyStr.of("utf-8"));
        m.def("is_finalizing", (a, k) -> PyBool.FALSE);
        m.def("audit", (a, k) -> PySingleton.NONE);
        m.def("settrace", (a, k) -> PySingleton.NONE);
        m.def("gettrace", (a, k) -> PySingleton.NONE);
        m.def("setprofile", (a, k) -> PySingleton.NONE);
        m.def("getswitchinterval", (a, k) -> PyFloat.of(0.005));
        m.def("setswitchinterval", (a, k) -> PySingleton.NONE);
        m.def("get_int_max_str_digits", (a, k) -> PyInt.of(regpy.text.IntFormat.maxStrDigits));
        m.def("set_int_max_str_digits", (a, k) -> { regpy.text.IntFormat.maxStrDigits = (int) Abstract.indexLong(a[0]); return PySingleton.NONE; });
        m.def("displayhook", (a, k) -> { if (a[0] != PySingleton.NONE) displayHook(a[0]); return PySingleton.NONE; });
        m.def("excepthook", (a, k) -> {
            TracebackPrinter.print((PyBaseException) a[1]);
            return PySingleton.NONE;
        });
        m.set("__displayhook__", m.dict.getStr("displayhook"));
        m.set("__excepthook__", m.dict.getStr("excepthook"));
        return m;
    }

    /** Sets sys.argv and the first sys.path entries. */
    public static void configure(List<String> argv, List<String> pathEntries) {
        PyObject[] a = argv.stream().map(PyStr::of).toArray(PyObject[]::new);
        ARGV.setAll(a);
        PyObject[] p = pathEntries.stream().map(PyStr::of).toArray(PyObject[]::new);
        PATH.setAll(p);
    }
}
