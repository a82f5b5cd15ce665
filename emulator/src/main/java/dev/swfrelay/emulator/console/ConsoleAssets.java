package dev.swfrelay.emulator.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The web console's static files (HTML, CSS, JavaScript, SVG icon), shipped in the emulator's
 * jar and read once per process. The pages read and act through SWF's own JSON protocol and the
 * server's {@code /_relay/} routes; nothing here knows the engine.
 */
public final class ConsoleAssets {

    /** Where the console is served; {@code GET /} from a browser is sent here. */
    public static final String PATH = "/_relay/console/";

    private static final List<String> FILES = List.of("index.html", "console.css", "icon.svg", "console.js",
            "timeline.js", "executions.js", "execution.js", "tasklists.js", "domains.js", "clock.js");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    private final Map<String, Asset> assets;

    private ConsoleAssets(Map<String, Asset> assets) {
        this.assets = assets;
    }

    /** The files, read from the classpath on first use; fails when the jar lacks one. */
    public static ConsoleAssets shipped() {
        return Shipped.ASSETS;
    }

    private static ConsoleAssets load() {
        Map<String, Asset> read = new java.util.HashMap<>();
        FILES.forEach(name -> read.put(name, new Asset(bytes(name), TYPES.get(name.substring(name.lastIndexOf('.') + 1)))));
        return new ConsoleAssets(Map.copyOf(read));
    }

    /** The file a request path under {@link #PATH} names ({@code index.html} for the directory itself). */
    public Optional<Asset> find(String path) {
        if (!path.startsWith(PATH)) {
            return Optional.empty();
        }
        String name = path.substring(PATH.length());
        return Optional.ofNullable(assets.get(name.isEmpty() ? "index.html" : name));
    }

    /** The files as the jar ships them, the same for every server of a process. */
    private static final class Shipped {
        static final ConsoleAssets ASSETS = load();
    }

    private static byte[] bytes(String name) {
        try (InputStream in = ConsoleAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("console asset " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read console asset " + name, e);
        }
    }

    /** One file's bytes and its {@code Content-Type}. */
    public record Asset(byte[] body, String contentType) {
        public Asset {
            body = body.clone();
            java.util.Objects.requireNonNull(contentType, "contentType");
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }
}
