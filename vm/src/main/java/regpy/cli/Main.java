package regpy.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import regpy.code.CodeObject;
import regpy.code.Pyc;
import regpy.importer.Importer;
import regpy.engine.Engines;
import regpy.engine.tier.TieredEngine;
import regpy.modules.AtexitModule;
import regpy.modules.BuiltinsModule;
import regpy.modules.SysModule;
import regpy.modules.ThreadModule;
import regpy.objects.*;
import regpy.runtime.*;

/**
 * The command line: {@code run FILE [ARGS]}, {@code -c CODE [ARGS]}, {@code -m MODULE [ARGS]},
 * {@code -B}, the engine options {@code --engine NAME}, {@code --stats}, {@code --no-caches} (see
 * {@link EngineOptions}), and {@code dis [--ir] FILE} (see {@link DisCommand}). Python runs on its own thread with a large stack; the exit status follows CPython.
 */
public final class Main {
    private Main() {}

    public static void main(String[] argv) {
        int status = run(argv);
        SysModule.flushStd();
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String[] argv) {
        // Compile-time SyntaxWarnings go through the warnings module, as CPython's compiler sends them.
        regpy.compile.Compiler.setWarnings(regpy.runtime.WarningsBridge.INSTANCE);
        List<String> args = new ArrayList<>(List.of(argv));
        if (!args.isEmpty() && args.get(0).equals("dis")) return dis(args.subList(1, args.size()));
        EngineOptions options = new EngineOptions();
        String mode = null, target = null;
        List<String> launcherFlags = new ArrayList<>();   // kept for the child runs of --stats
        while (!args.isEmpty()) {
            String a = args.remove(0);
            if (options.accept(a, args)) continue;
            if (a.equals("-B")) { SysModule.dontWriteBytecode = true; launcherFlags.add(a); continue; }
            if (a.equals("run")) {
                while (!args.isEmpty() && options.accept(args.get(0), args.subList(1, args.size()))) args.remove(0);
                mode = "file"; if (args.isEmpty()) return usage(); target = args.remove(0); break;
            }
            if (a.equals("-c")) { mode = "code"; if (args.isEmpty()) return usage("Argument expected for the -c option"); target = args.remove(0); break; }
            if (a.equals("-m")) { mode = "module"; if (args.isEmpty()) return usage("Argument expected for the -m option"); target = args.remove(0); break; }
            if (a.startsWith("-")) continue;   // unknown flags are ignored, as harmless interpreter options
            mode = "file";
            target = a;
            break;
        }
        if (options.error != null) return usage(options.error);
        if (mode == null) return usage();
        if (options.stats) {
            List<String> program = new ArrayList<>(launcherFlags);
            program.add(switch (mode) { case "file" -> "run"; case "code" -> "-c"; default -> "-m"; });
            program.add(target);
            program.addAll(args);
            return StatsCommand.run(program, options.caches, System.err);
        }
        if (!options.caches) regpy.cache.InlineCaches.enabled = false;
        if (options.engine.equals("tiered")) TieredEngine.install();
        Calls.engine = Engines.select(options.engine);
        if (System.getenv("PYTHONDONTWRITEBYTECODE") != null) SysModule.dontWriteBytecode = true;
        final String m = mode, t = target;
        final int[] status = {0};
        Thread main = new ThreadState.PyThread(null, () -> status[0] = runMain(m, t, args), "MainThread", ThreadModule.STACK_SIZE * 4);
        Interrupts.install(main);   // Ctrl-C becomes KeyboardInterrupt in this thread
        main.start();
        try {
            main.join();
        } catch (InterruptedException e) {
            return 130;
        }
        StatsSnapshot.writeIfRequested();
        return status[0];
    }

    /** {@code dis [--ir] FILE}, on a large-stack thread as deeply nested sources need. */
    private static int dis(List<String> args) {
        final int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = DisCommand.run(args, System.out, System.err), "dis", ThreadModule.STACK_SIZE * 4);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            return 130;
        }
        return status[0];
    }

    private static int usage(String... msg) {
        for (String s : msg) System.err.println(s);
        System.err.println("usage: regpy [-B] [--engine stack|register|tiered] [--stats] [--no-caches]"
                + " (run FILE | -c CODE | -m MODULE) [ARGS...] | dis [--ir] FILE");
        return 2;
    }

    static int runMain(String mode, String target, List<String> rest) {
        List<String> sysArgv = new ArrayList<>();
        List<String> path = new ArrayList<>();
        switch (mode) {
            case "file" -> {
                sysArgv.add(target);
                File parent = new File(target).getAbsoluteFile().getParentFile();
                path.add(parent == null ? "" : parent.getPath());
            }
            case "code" -> { sysArgv.add("-c"); path.add(""); }
            default -> { sysArgv.add(target); path.add(new File("").getAbsolutePath()); }
        }
        sysArgv.addAll(rest);
        String pp = System.getenv("PYTHONPATH");
        if (pp != null && !pp.isEmpty()) for (String p : pp.split(File.pathSeparator)) if (!p.isEmpty()) path.add(p);
        path.add(Importer.STDLIB_ENTRY);
        SysModule.configure(sysArgv, path);
        int status = 0;
        try {
            SysModule.module();
            PyModule main = new PyModule("__main__");
            main.set("__builtins__", BuiltinsModule.module());
            SysModule.MODULES.putStr("__main__", main);
            SysModule.MODULES.putStr("builtins", BuiltinsModule.module());
            SysModule.MODULES.putStr("sys", SysModule.module());
            switch (mode) {
                case "file" -> runFile(main, target);
                case "code" -> runSource(main, target, "<string>");
                default -> runModule(main, target);
            }
        } catch (PyException e) {
            status = handleUncaught(e.exc);
        } catch (ExitStatus e) {
            status = e.status;
        } catch (StackOverflowError e) {
            status = handleUncaught(Errors.recursionError().exc);
        } catch (Throwable e) {
            status = handleUncaught(Errors.internal(e).exc);
        }
        status = shutdown(status);
        return status;
    }

    private static void runFile(PyModule main, String file) throws Exception {
        Path p = Path.of(file);
        if (!Files.exists(p)) {
            SysModule.STDOUT.flush();
            System.err.println("regpy: can't open file " + regpy.code.Repr.str(p.toAbsolutePath().toString())
                    + ": [Errno 2] No such file or directory");
            throw new ExitStatus(2);
        }
        // CPython 3.9+: the main script's __file__ and co_filename are absolute
        file = p.toAbsolutePath().normalize().toString();
        main.set("__file__", PyStr.of(file));
        main.set("__cached__", PySingleton.NONE);
        CodeObject co;
        if (file.endsWith(".pyc")) co = Pyc.read(Files.readAllBytes(p)).code();
        else {
            String src = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            if (src.startsWith("\uFEFF")) src = src.substring(1);
            co = SourceCompiler.compile(src, file, "exec");
        }
        Calls.engine.runCode(new PyCode(co), main.dict, main.dict, null);
    }

    private static void runSource(PyModule main, String src, String filename) {
        CodeObject co = SourceCompiler.compile(src, filename, "exec");
        Calls.engine.runCode(new PyCode(co), main.dict, main.dict, null);
    }

    private static void runModule(PyModule main, String name) {
        int dot = name.lastIndexOf('.');
        if (dot > 0) Importer.importModule(name.substring(0, dot));
        SysModule.MODULES.removeStr("__main__");
        PyObject m = MainModuleLoader.load(name);
        if (m == null) {
            SysModule.STDOUT.flush();
            System.err.println("regpy: No module named " + name);
            throw new ExitStatus(1);
        }
    }

    /** Maps an uncaught exception to an exit status (130 for KeyboardInterrupt), printing it as CPython does. */
    static int handleUncaught(PyBaseException exc) {
        if (exc.type().isSubtype(Types.SYSTEM_EXIT)) return exitCode(exc);
        SysModule.STDOUT.flush();
        try {
            PyObject hook = SysModule.module().dict.getStr("excepthook");
            if (hook != null) Calls.call(hook, exc.type(), exc, exc.traceback == null ? PySingleton.NONE : exc.traceback);
            else TracebackPrinter.print(exc);
        } catch (RuntimeException e) {
            TracebackPrinter.print(exc);
        }
        // CPython re-raises an unhandled SIGINT so that the process dies of it: the shell sees 128 + 2.
        return exc.type().isSubtype(Types.KEYBOARD_INTERRUPT) ? 130 : 1;
    }

    static int exitCode(PyBaseException exc) {
        PyObject code = exc.getDict().getStr("code");
        if (code == null) code = exc.args.items.length == 0 ? PySingleton.NONE : exc.args.items[0];
        if (code == PySingleton.NONE) return 0;
        if (code instanceof PyInt i) return (int) (i.big != null ? -1 : i.value) & 0xff;
        SysModule.STDOUT.flush();
        try {
            SysModule.STDERR.write(Abstract.strString(code) + "\n");
        } catch (RuntimeException e) {
            SysModule.STDERR.write("<exit code str() failed>\n");
        }
        return 1;
    }

    /** Waits for non-daemon threads (threading._shutdown), runs atexit handlers, flushes. */
    static int shutdown(int status) {
        try {
            PyObject threading = SysModule.MODULES.getStr("threading");
            if (threading != null) {
                PyObject sd = Attr.getAttrOrNull(threading, "_shutdown");
                if (sd != null) Calls.call0(sd);
            }
        } catch (PyException e) {
            // ignore
        }
        try {
            AtexitModule.runAll();
        } catch (RuntimeException ignored) {
        }
        SysModule.flushStd();
        return status;
    }

    /** Thrown to end the main program with a status without a Python exception. */
    static final class ExitStatus extends RuntimeException {
        final int status;
        ExitStatus(int status) { super(null, null, false, false); this.status = status; }
    }
}
