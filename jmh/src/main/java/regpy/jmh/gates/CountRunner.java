package regpy.jmh.gates;

import java.nio.file.Files;
import java.nio.file.Path;

import regpy.modules.SysModule;

/**
 * Runs one Python program through the command line ({@code regpy.cli.Main run FILE}) in a JVM
 * started with {@code -Dregpy.count=true -Dregpy.engine=NAME}, then writes the executed-instruction
 * totals of {@code regpy.engine.Counters} to a file:
 * <pre>
 *   status=0
 *   stack=123456
 *   register=0
 * </pre>
 * The counters are read reflectively so the jmh module builds before the engines exist; without
 * them the file says {@code error=...} and the count gate fails naming what is missing.
 * Usage: {@code CountRunner OUT_FILE PROGRAM.py}.
 */
public final class CountRunner {
    private CountRunner() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CountRunner OUT_FILE PROGRAM.py");
            System.exit(2);
        }
        int status = regpy.cli.Main.run(new String[] {"run", args[1]});
        SysModule.flushStd();
        System.out.flush();
        StringBuilder out = new StringBuilder("status=" + status + "\n");
        try {
            Class<?> counters = Class.forName("regpy.engine.Counters");
            if (!counters.getField("ENABLED").getBoolean(null))
                throw new IllegalStateException("regpy.engine.Counters.ENABLED is false (start with -Dregpy.count=true)");
            out.append("stack=").append(counters.getMethod("stack").invoke(null)).append('\n');
            out.append("register=").append(counters.getMethod("register").invoke(null)).append('\n');
        } catch (ReflectiveOperationException | IllegalStateException e) {
            out.append("error=no instruction counters: ").append(e).append('\n');
        }
        Files.writeString(Path.of(args[0]), out);
        System.exit(status);
    }
}
