package regpy.ast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import regpy.parse.Parser;
import regpy.tokenize.SourceText;
import regpy.tokenize.Tokenizer;

/**
 * Front-end throughput, for scripts/ast-parity --bench: parses every listed file (bytes to AST:
 * decoding, tokenizer, parser, AST records) ROUNDS times in one warm JVM after WARMUP rounds,
 * and prints one line per round with wall-clock and process CPU seconds (the CPU time, JIT and GC
 * threads included, is the robust figure on a shared machine), then the corpus size
 * ("files N bytes N lines N tokens N"; tokens are those the parser sees, NL and COMMENT excluded).
 * Usage: ParseBench LISTFILE [WARMUP] [ROUNDS]
 */
public final class ParseBench {
    private ParseBench() {}

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<byte[]> sources = new ArrayList<>();
        for (String f : Files.readAllLines(Path.of(args[0]))) {
            if (!f.isBlank()) sources.add(Files.readAllBytes(Path.of(f)));
        }
        long bytes = 0, lines = 0, tokens = 0;
        for (byte[] b : sources) {
            bytes += b.length;
            String text = regpy.tokenize.SourceDecoder.decode(b, "<bench>").text();
            SourceText src = new SourceText(text, "<bench>");
            lines += text.chars().filter(c -> c == '\n').count() + (text.isEmpty() || text.endsWith("\n") ? 0 : 1);
            tokens += Tokenizer.tokenize(src, false).size();
        }
        long sink = 0;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < warmup + rounds; r++) {
            long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
            for (byte[] b : sources) sink += ((Mod.Module) Parser.parse(b, "<bench>", "exec")).body().size();
            double wall = (System.nanoTime() - t0) / 1e9, cpu = (os.getProcessCpuTime() - c0) / 1e9;
            System.out.printf("%s %.4f %.4f%n", r < warmup ? "warmup" : "round", wall, cpu);
        }
        System.out.printf("files %d bytes %d lines %d tokens %d (checksum %d)%n", sources.size(), bytes, lines, tokens, sink);
    }
}
