package dev.swfrelay.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.DomainInfo;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;

/** {@code withCredentials}: the container's own client and admin calls sign; a wrong secret is refused. */
@ExtendWith(DockerEngineAvailable.class)
@Testcontainers
class GuardedContainerIT {

    @Container
    static final SwfRelayContainer SWF = TestImage.container().withPollHold(Duration.ofSeconds(5))
            .withCredentials("AKIDCONTAINER", "container/secret", "666666666666");

    @Test
    void theContainersClientAndAdminCallsSignAndAWrongSecretIsRefused() {
        try (SwfClient swf = SWF.swfClient();
             SwfClient wrong = SwfClient.builder().endpointOverride(SWF.getEndpoint()).region(swf.serviceClientConfiguration().region())
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDCONTAINER", "nope")))
                     .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build()) {
            swf.registerDomain(r -> r.name("guarded").workflowExecutionRetentionPeriodInDays("1"));
            AwsServiceException refused = catchThrowableOfType(() -> wrong.registerDomain(r -> r.name("wrong")
                    .workflowExecutionRetentionPeriodInDays("1")), AwsServiceException.class);
            assertThat(refused).isNotNull();
            assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
            assertThat(names(swf)).containsExactly("guarded");

            SWF.freezeClockAt(Instant.parse("2030-01-01T00:00:00Z"));
            assertThat(SWF.clockTime()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
            SWF.reset();
            assertThat(names(swf)).isEmpty();
        }
    }

    private static java.util.List<String> names(SwfClient swf) {
        return swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED)).domainInfos().stream()
                .map(DomainInfo::name).toList();
    }
}
