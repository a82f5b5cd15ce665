package dev.swfrelay.testcontainers;

import dev.swfrelay.core.api.EmulatorDefaults;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * The swf-relay emulator in a container: {@code serve} on port 8080, healthy once
 * {@code GET /_relay/health} answers. Never pulls: the image must be on the Docker engine
 * already ({@code docker build -t swf-relay .} in swf-relay's checkout), or {@link #start()}
 * says how to build it. On a local engine the port is published on 127.0.0.1 only.
 *
 * <pre>{@code
 * @Testcontainers
 * class MyWorkflowTest {
 *     @Container
 *     static SwfRelayContainer swf = new SwfRelayContainer().withPollHold(Duration.ofSeconds(2));
 *
 *     @BeforeEach
 *     void clean() { swf.reset(); }
 *
 *     @Test
 *     void runs() {
 *         try (SwfClient client = swf.swfClient()) { ... }
 *     }
 * }
 * }</pre>
 */
public class SwfRelayContainer extends GenericContainer<SwfRelayContainer> {

    /** The tag {@code docker build -t swf-relay .} gives. */
    public static final String DEFAULT_IMAGE = "swf-relay:latest";
    /** The port {@code serve} listens on inside the container. */
    public static final int PORT = EmulatorDefaults.SERVE_PORT;
    private static final String CREDENTIALS_PATH = "/tmp/swf-relay-credentials";
    private static final String INIT_FOLDER = "/tmp/swf-relay-init";

    private Duration pollHold = Duration.parse(EmulatorDefaults.POLL_HOLD);
    private String region = EmulatorDefaults.REGION;
    private String accountId = EmulatorDefaults.ACCOUNT_ID;
    private final StringBuilder credentialsFile = new StringBuilder();
    private String[] firstKey;
    private final java.util.List<String> initFiles = new java.util.ArrayList<>();

    public SwfRelayContainer() {
        this(DockerImageName.parse(DEFAULT_IMAGE));
    }

    public SwfRelayContainer(String image) {
        this(DockerImageName.parse(image));
    }

    public SwfRelayContainer(DockerImageName image) {
        super(image);
        withExposedPorts(PORT);
        withImagePullPolicy(name -> false);
        waitingFor(Wait.forHttp("/_relay/health").forPort(PORT).forStatusCode(200)
                .withStartupTimeout(Duration.ofMinutes(2)));
        withCreateContainerCmdModifier(SwfRelayContainer::publishOnLoopbackWhenLocal);
    }

    /** How long a long poll waits for a task before answering empty (SWF's 60 s by default). */
    public SwfRelayContainer withPollHold(Duration hold) {
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("poll hold must be positive, was " + hold);
        }
        this.pollHold = hold;
        return withEnv("SWF_RELAY_POLL_HOLD", hold.toMillis() + "ms");
    }

    /** The region of requests that name none, and of {@link #swfClient()}. */
    public SwfRelayContainer withRegion(String region) {
        this.region = Objects.requireNonNull(region, "region");
        return withEnv("SWF_RELAY_REGION", region);
    }

    /** The account id in ARNs. */
    public SwfRelayContainer withAccountId(String accountId) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        return withEnv("SWF_RELAY_ACCOUNT_ID", accountId);
    }

    /**
     * Throttles as SWF does ({@code serve --throttling}): {@code "swf"}, or {@code "swf:0.01"} to
     * multiply every bucket's size and refill rate by 0.01, or {@code "off"} (the default). Calls past
     * their bucket are answered {@code ThrottlingException}, decisions past theirs fail with their
     * {@code _RATE_EXCEEDED} cause; buckets refill on the server's clock ({@link #advanceClock}). The
     * server reads the text: one it cannot read stops it at start, and its log names the text.
     */
    public SwfRelayContainer withThrottling(String throttling) {
        return withEnv("SWF_RELAY_THROTTLING", Objects.requireNonNull(throttling, "throttling"));
    }

    /**
     * Guards the server ({@code serve --credentials}): only requests signed with a key given here
     * get in, each key's account has its own state. Repeatable, one key each; {@link #swfClient()},
     * {@link #reset()} and the clock methods sign with the first.
     */
    public SwfRelayContainer withCredentials(String accessKeyId, String secretAccessKey, String accountId) {
        for (String field : new String[] {accessKeyId, secretAccessKey, accountId}) {
            if (Objects.requireNonNull(field, "credentials").isEmpty() || field.chars().anyMatch(c -> c <= ' ' || c == ',')) {
                throw new IllegalArgumentException("credentials must be non-empty, without spaces or commas");
            }
        }
        if (firstKey == null) {
            firstKey = new String[] {accessKeyId, secretAccessKey};
        }
        credentialsFile.append(accessKeyId).append(' ').append(secretAccessKey).append(' ').append(accountId).append('\n');
        return withEnv("SWF_RELAY_CREDENTIALS", CREDENTIALS_PATH);
    }

    /**
     * Injects faults from the start ({@code serve --faults}): {@code rulesFile} (JSON, or YAML ending in
     * {@code .yaml}/{@code .yml}) is copied into the container. Rules can also be added while it runs with
     * {@link #addFaultRules}.
     */
    public SwfRelayContainer withFaults(java.nio.file.Path rulesFile) {
        String name = rulesFile.getFileName().toString();
        String inside = "/etc/swf-relay/faults" + name.substring(Math.max(0, name.lastIndexOf('.')));
        withCopyFileToContainer(org.testcontainers.utility.MountableFile.forHostPath(rulesFile, 0444), inside);
        return withEnv("SWF_RELAY_FAULTS", inside);
    }

    /** Adds fault rules to the running emulator ({@code POST /_relay/faults}): one rule, a list, or {@code {"rules": […]}} as JSON. */
    public void addFaultRules(String json) {
        admin().post("faults", json);
    }

    /**
     * Seeds the emulator at start ({@code serve --init}): the domains and types of these workflow files,
     * lists of domains and types, or folders of them are registered before the first request is answered.
     * Repeatable; each is copied into the container. A bad file stops the container, its log naming the
     * file, field and rule. {@link #reset()} forgets what was seeded, as it forgets everything.
     */
    public SwfRelayContainer withInit(java.nio.file.Path... files) {
        for (java.nio.file.Path file : files) {
            String target = INIT_FOLDER + "/" + (initFiles.size() + 1) + "-" + file.getFileName();
            initFiles.add(target);
            // readable by the container's user whatever the file's own mode (a temporary file is the owner's only)
            withCopyFileToContainer(org.testcontainers.utility.MountableFile.forHostPath(file,
                    java.nio.file.Files.isDirectory(file) ? 0555 : 0444), target);
        }
        return withEnv("SWF_RELAY_INIT", String.join(",", initFiles));
    }

    /** Copies the keys given to {@link #withCredentials} into the container, once, before it starts. */
    @Override
    protected void configure() {
        super.configure();
        if (!credentialsFile.isEmpty()) {
            withCopyToContainer(Transferable.of(credentialsFile.toString().getBytes(StandardCharsets.UTF_8), 0444),
                    CREDENTIALS_PATH);
        }
    }

    public Duration getPollHold() {
        return pollHold;
    }

    public String getRegion() {
        return region;
    }

    public String getAccountId() {
        return accountId;
    }

    @Override
    public void start() {
        LocalImage.require(getDockerImageName());
        super.start();
    }

    /** Before waiting for health: a JVM in a container that cannot reach the port fails now, saying what to set. */
    @Override
    protected void containerIsStarting(InspectContainerResponse container) {
        super.containerIsStarting(container);
        HostReachability.check(getHost(), getMappedPort(PORT));
    }

    /** Where SWF's protocol answers, for {@code endpointOverride}, boto3's {@code endpoint_url} or the AWS CLI. */
    public URI getEndpoint() {
        String host = getHost().equals("localhost") ? "127.0.0.1" : getHost();
        return URI.create("http://" + host + ":" + getMappedPort(PORT));
    }

    /**
     * A new SDK v2 client for this container (the caller closes it): dummy credentials (the
     * first of {@link #withCredentials} where given), this region, and read timeouts longer than
     * the poll hold, so an empty long poll is an answer.
     */
    public SwfClient swfClient() {
        return firstKey == null ? EmulatorSwfClient.build(getEndpoint(), region, pollHold)
                : EmulatorSwfClient.build(getEndpoint(), region, pollHold, firstKey[0], firstKey[1]);
    }

    /** Forgets every domain, type and execution, and releases the clock (POST /_relay/reset). */
    public void reset() {
        admin().post("reset", "{}");
    }

    /** Stops the emulator's clock at {@code time}; it then moves only by {@link #advanceClock}. */
    public void freezeClockAt(Instant time) {
        admin().post("clock", "{\"time\":\"" + time + "\"}");
    }

    /** Moves the frozen clock forward, firing every timeout and timer that falls due, in order. */
    public void advanceClock(Duration by) {
        admin().post("clock", "{\"advance\":\"" + by + "\"}");
    }

    /** Lets the clock follow real time again. */
    public void releaseClock() {
        admin().post("clock", "{\"release\":true}");
    }

    /** The emulator's current time. */
    public Instant clockTime() {
        return admin().clockTime();
    }

    private AdminRoutes admin() {
        return new AdminRoutes(getEndpoint(), firstKey == null ? Optional.empty()
                : Optional.of(new RequestSigning(firstKey[0], firstKey[1], region)));
    }

    private static void publishOnLoopbackWhenLocal(CreateContainerCmd create) {
        String host = DockerClientFactory.instance().dockerHostIpAddress();
        if (!host.equals("localhost") && !host.equals("127.0.0.1")) {
            return;
        }
        HostConfig hostConfig = create.getHostConfig() != null ? create.getHostConfig() : HostConfig.newHostConfig();
        hostConfig.withPublishAllPorts(false)
                .withPortBindings(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(PORT)));
        create.withHostConfig(hostConfig);
    }
}
