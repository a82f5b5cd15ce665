package dev.swfrelay.it.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code swf-relay serve --port 0} in its own process, and the URL it printed. */
final class Emulator implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("http://[0-9.]+:\\d+");

    private final CliProcess serve;
    private final String url;

    private Emulator(CliProcess serve, String url) {
        this.serve = serve;
        this.url = url;
    }

    static Emulator start(Path workDir) {
        return start(workDir, new String[0]);
    }

    /** With {@code options} added to {@code serve}'s command line (e.g. {@code --lambda NAME=COMMAND}). */
    static Emulator start(Path workDir, String... options) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("serve", "--port", "0", "--poll-hold", "2s"));
        args.addAll(java.util.List.of(options));
        CliProcess serve = CliProcess.start(workDir, args.toArray(new String[0]));
        serve.awaitOutput("http://", Duration.ofSeconds(60));
        Matcher m = URL.matcher(serve.stdout());
        if (!m.find()) {
            serve.close();
            throw new IllegalStateException("serve printed no URL: " + serve.stdout() + serve.stderr());
        }
        return new Emulator(serve, m.group());
    }

    String url() {
        return url;
    }

    String stdout() {
        return serve.stdout();
    }

    String stderr() {
        return serve.stderr();
    }

    /** Waits until serve's output has a line containing {@code text}. */
    void awaitOutput(String text) {
        serve.awaitOutput(text, Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        serve.close();
    }
}
