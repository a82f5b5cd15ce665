package dev.swfrelay.cli.command;

import dev.swfrelay.cli.UserError;
import dev.swfrelay.core.api.SwfService;
import java.net.URI;
import java.util.Optional;

/** Builds the {@link SwfService} for an endpoint or for AWS. */
final class Backends {

    static final String DEFAULT_REGION = "us-east-1";

    private Backends() {
    }

    static SwfService endpoint(URI endpoint, String region) {
        throw new UserError("the HTTP backend is not available in this build");
    }

    static SwfService aws(Optional<String> region, Optional<String> profile) {
        throw new UserError("the AWS backend is not available in this build");
    }
}
