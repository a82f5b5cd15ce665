package dev.swfrelay.cli.command;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.api.SwfService;
import dev.swfrelay.core.service.ServicePorts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Where a command finds SWF: the emulator (or any SWF endpoint) at {@code --endpoint}, or
 * AWS with the SDK's default credential and region chains, optionally narrowed by
 * {@code --region} and {@code --profile}; and the {@code --domain} to work in. A mixin of the
 * annotated commands, or options added in code ({@link #addTo}) to a command whose model is built
 * in code, which reads them back after parsing ({@link #of}).
 */
public final class BackendOptions {

    private static final String ENDPOINT_HELP = "SWF endpoint, e.g. the emulator's http://127.0.0.1:8080."
            + " Without it: AWS, with the default credentials and region.";
    private static final String REGION_HELP = "AWS region, e.g. us-east-1.";
    private static final String PROFILE_HELP = "AWS credentials profile.";
    private static final String DOMAIN_HELP = "SWF domain to work in.";

    @Option(names = "--endpoint", paramLabel = "URL", description = ENDPOINT_HELP)
    private String endpoint;

    @Option(names = "--region", paramLabel = "REGION", description = REGION_HELP)
    private String region;

    @Option(names = "--profile", paramLabel = "PROFILE", description = PROFILE_HELP)
    private String profile;

    @Option(names = "--domain", paramLabel = "DOMAIN", description = DOMAIN_HELP)
    private String domain;

    /** For picocli, which sets the annotated fields. */
    public BackendOptions() {
    }

    private BackendOptions(String endpoint, String region, String profile, String domain) {
        this.endpoint = endpoint;
        this.region = region;
        this.profile = profile;
        this.domain = domain;
    }

    /** Adds the four options to {@code spec}, a model built in code (the annotations' twins); returns it. */
    static CommandSpec addTo(CommandSpec spec) {
        return spec.addOption(option("--endpoint", "URL", ENDPOINT_HELP))
                .addOption(option("--region", "REGION", REGION_HELP))
                .addOption(option("--profile", "PROFILE", PROFILE_HELP))
                .addOption(option("--domain", "DOMAIN", DOMAIN_HELP));
    }

    /** The options {@link #addTo} added to {@code spec}, as parsed. */
    static BackendOptions of(CommandSpec spec) {
        return new BackendOptions(value(spec, "--endpoint"), value(spec, "--region"), value(spec, "--profile"),
                value(spec, "--domain"));
    }

    private static OptionSpec option(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(String.class).description(description).build();
    }

    private static String value(CommandSpec spec, String name) {
        return spec.findOption(name).getValue();
    }

    /** The domain from {@code --domain}, else {@code fallback} (e.g. the workflow file's). */
    public String domain(String fallback) {
        if (domain != null) {
            return domain;
        }
        if (fallback == null) {
            throw UserError.usage("no domain given; pass --domain NAME (or --workflow FILE that names one)");
        }
        return fallback;
    }

    public Optional<String> domainOption() {
        return Optional.ofNullable(domain);
    }

    /** Connects to the backend these options name. */
    public SwfService connect() {
        if (endpoint != null) {
            return Backends.endpoint(endpointUri(), region == null ? Backends.DEFAULT_REGION : region);
        }
        return Backends.aws(Optional.ofNullable(region), Optional.ofNullable(profile));
    }

    /** The ports on the backend these options name, in {@code domain}, as a process of {@code role}. */
    ServicePorts ports(String domain, String role) {
        return ServicePorts.of(connect(), domain, Identity.of(role));
    }

    /** The options the user gave that say where SWF is, as they would type them again (" --endpoint URL ..."). */
    public String flags() {
        return (endpoint == null ? "" : " --endpoint " + endpoint) + (region == null ? "" : " --region " + region)
                + (profile == null ? "" : " --profile " + profile);
    }

    /** Where the commands talk to, for messages. */
    public String describe() {
        return endpoint != null ? endpoint : "AWS" + (region == null ? "" : " " + region);
    }

    private URI endpointUri() {
        try {
            URI uri = new URI(endpoint);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new URISyntaxException(endpoint, "expected http://HOST:PORT");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw UserError.usage("--endpoint: '" + endpoint + "' is not a URL; write it like http://127.0.0.1:8080");
        }
    }
}
