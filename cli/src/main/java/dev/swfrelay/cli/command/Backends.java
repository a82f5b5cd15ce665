package dev.swfrelay.cli.command;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.core.api.SwfService;
import java.net.URI;
import java.util.Optional;

/** Builds the {@link SwfService} for an endpoint (the emulator's server) or for AWS, on the AWS SDK. */
final class Backends {

    static final String DEFAULT_REGION = "us-east-1";

    private Backends() {
    }

    /** The endpoint's client; from then on this process reads no AWS profile file. */
    static SwfService endpoint(URI endpoint, String region) {
        AwsProfileFiles.skipInThisProcess();
        return AwsSwf.forEndpoint(endpoint, region);
    }

    static SwfService aws(Optional<String> region, Optional<String> profile) {
        return AwsSwf.fromDefaultChains(region.orElse(null), profile.orElse(null));
    }
}
