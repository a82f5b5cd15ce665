package dev.swfrelay.emulator.http;

import dev.swfrelay.emulator.http.auth.SigV4Scope;
import dev.swfrelay.emulator.http.protocol.OperationTable;
import dev.swfrelay.emulator.http.protocol.RequestPaths;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import dev.swfrelay.emulator.json.SwfJson;

/** Where a request goes: its region from the SigV4 scope, its path from any request-target form. */
class RequestRoutingTest {

    @Test
    void regionComesFromTheCredentialScope() {
        assertThat(SigV4Scope.region("AWS4-HMAC-SHA256 Credential=AKID/20260101/us-west-2/swf/aws4_request, "
                + "SignedHeaders=host, Signature=abc", "us-east-1")).isEqualTo("us-west-2");
        assertThat(SigV4Scope.region("AWS4-HMAC-SHA256 Credential=AKID/20260101/us-gov-west-1/swf/aws4_request,"
                + "SignedHeaders=host,Signature=abc", "us-east-1")).isEqualTo("us-gov-west-1");
    }

    @Test
    void noScopeOrOneNamingNoRegionMeansTheDefault() {
        assertThat(SigV4Scope.region(null, "eu-west-1")).isEqualTo("eu-west-1");
        assertThat(SigV4Scope.region("AWS4-HMAC-SHA256 Credential=AKID/20261129/0/127/aws4_request,SignedHeaders=host",
                "eu-west-1")).isEqualTo("eu-west-1");
        assertThat(SigV4Scope.region("Bearer token", "eu-west-1")).isEqualTo("eu-west-1");
        assertThat(SigV4Scope.region("AWS4-HMAC-SHA256 Credential=AKID", "eu-west-1")).isEqualTo("eu-west-1");
    }

    @Test
    void onlyARegionShapedScopePartIsARegion() {
        for (String notARegion : new String[] {"us-2", "US-west-2", "us-west-123", "us--west-1", "us-west-", "usa-west-1",
                "us-west2", "-west-1", "", "us-west-1x"}) {
            assertThat(SigV4Scope.region("AWS4-HMAC-SHA256 Credential=AKID/20260101/" + notARegion + "/swf/aws4_request",
                    "eu-west-1")).as(notARegion).isEqualTo("eu-west-1");
        }
        assertThat(SigV4Scope.region("AWS4-HMAC-SHA256 Credential=AKID/20260101/ap-southeast-12/swf/aws4_request",
                "eu-west-1")).isEqualTo("ap-southeast-12");
        assertThat(SigV4Scope.region("AWS4-HMAC-SHA256 Credential=AKID/20260101/us-west-2/swf", "eu-west-1"))
                .isEqualTo("eu-west-1");
    }

    @Test
    void pathsOfOriginAndAbsoluteFormTargets() {
        assertThat(RequestPaths.path("/")).isEqualTo("/");
        assertThat(RequestPaths.path("/_relay/clock?x=1")).isEqualTo("/_relay/clock");
        assertThat(RequestPaths.path("http://swf.us-east-1.amazonaws.com/")).isEqualTo("/");
        assertThat(RequestPaths.path("http://swf.us-east-1.amazonaws.com")).isEqualTo("/");
        assertThat(RequestPaths.path("http://127.0.0.1:8080/_relay/health")).isEqualTo("/_relay/health");
    }

    @Test
    void everyOperationOfSwfIsDispatchedByEitherTargetPrefix() {
        OperationTable table = OperationTable.of(SwfJson.mapper());
        assertThat(table.all()).hasSize(39).containsKeys("RegisterDomain", "PollForDecisionTask", "UntagResource");
        assertThat(table.forTarget("SimpleWorkflowService.RegisterDomain").name()).isEqualTo("RegisterDomain");
        assertThat(table.forTarget("com.amazonaws.swf.service.model.SimpleWorkflowService.RegisterDomain").name())
                .isEqualTo("RegisterDomain");
        assertThat(table.forTarget("SimpleWorkflowService.PollForActivityTask").isLongPoll()).isTrue();
        assertThat(table.forTarget("SimpleWorkflowService.RegisterDomain").isVoid()).isTrue();
    }
}
