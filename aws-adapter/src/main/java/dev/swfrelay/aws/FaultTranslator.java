package dev.swfrelay.aws;

import dev.swfrelay.core.model.FaultType;
import dev.swfrelay.core.model.Faults;
import dev.swfrelay.core.model.SwfFault;
import java.net.URI;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Runs SDK calls, turning the SDK's exceptions into core's: SWF's faults by SWF's names, or unreachable. */
final class FaultTranslator {

    private final URI endpoint;

    FaultTranslator(URI endpoint) {
        this.endpoint = endpoint;
    }

    <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            throw fault(operation, e);
        } catch (SdkClientException e) {
            throw new SwfUnreachableException(operation + " got no answer from SWF at "
                    + (endpoint == null ? "the region's endpoint" : endpoint) + ": " + e.getMessage(), e);
        }
    }

    private static SwfFault fault(String operation, AwsServiceException e) {
        AwsErrorDetails details = e.awsErrorDetails();
        String code = details == null ? null : details.errorCode();
        String message = details == null || details.errorMessage() == null ? e.getMessage() : details.errorMessage();
        FaultType type = FaultType.fromWire(code);
        if (type == null) {
            return Faults.answered(FaultType.InternalFailure, message, e)
                    .withDetail(operation + " failed with " + (code == null ? "HTTP " + e.statusCode() : code));
        }
        return Faults.answered(type, message, e);
    }
}
