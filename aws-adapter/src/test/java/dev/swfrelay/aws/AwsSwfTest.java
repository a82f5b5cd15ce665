package dev.swfrelay.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;

/** The factory builds clients for SWF's regions and for any endpoint, without contacting either. */
class AwsSwfTest {

    @Test
    void explicitRegionOverridesRegionChain() {
        try (AwsSwfService swf = AwsSwf.fromDefaultChains("eu-west-1", null)) {
            assertThat(swf.client().serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
        }
    }

    @Test
    void endpointClientSignsForGivenRegionAndTalksToEndpoint() {
        URI endpoint = URI.create("http://127.0.0.1:9");
        try (AwsSwfService swf = AwsSwf.forEndpoint(endpoint, "us-west-2")) {
            assertThat(swf.client().serviceClientConfiguration().region()).isEqualTo(Region.US_WEST_2);
            assertThat(swf.client().serviceClientConfiguration().endpointOverride()).contains(endpoint);
            assertThat(swf.ports("d", "me").workflows()).isNotNull();
        }
    }

    @Test
    void endpointClientTakesNoSettingFromProfileFiles() {
        // that the process reads no profile file at all is the CLI's part: CliEndpointSettingsIT
        try (AwsSwfService swf = AwsSwf.forEndpoint(URI.create("http://127.0.0.1:9"), "us-west-2")) {
            ClientOverrideConfiguration overrides = swf.client().serviceClientConfiguration().overrideConfiguration();
            assertThat(overrides.defaultProfileFile().orElseThrow().profiles()).isEmpty();
            assertThat(overrides.defaultProfileFileSupplier().orElseThrow().get().profiles()).isEmpty();
        }
    }
}
