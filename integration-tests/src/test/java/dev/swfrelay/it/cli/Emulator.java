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
        CliProcess serve = CliProcess.start(workDir, "serve", "--port", "0", "--poll-hold", "2s");
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

    @Override
    public void close() {
        serve.close();
    }
}
