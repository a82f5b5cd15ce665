package dev.swfrelay.core.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one catalogue of fault messages: every {@link SwfFault} is made here, worded exactly as
 * SWF words it ({@code shared/swf-api/wire-notes.md} §7). Whatever helps a person beyond
 * SWF's words goes into the fault's {@link SwfFault#detail() detail}, which servers log and
 * clients never see in {@code message}. Faults SWF has no recorded wording for keep short,
 * plain words of our own.
 */
public final class Faults {

    private Faults() {
    }

    // ---- UnknownResourceFault

    public static SwfFault unknownDomain(String name) {
        return fault(FaultType.UnknownResourceFault, "Unknown domain: " + name);
    }

    public static SwfFault unknownType(TypeKind kind, String name, String version) {
        return fault(FaultType.UnknownResourceFault, "Unknown type: " + type(kind, name, version));
    }

    /** An execution named by workflow id and run id, or a task answered whose run is closed. */
    public static SwfFault unknownExecution(WorkflowExecution execution) {
        return fault(FaultType.UnknownResourceFault, "Unknown execution: WorkflowExecution=[workflowId="
                + execution.workflowId() + ", runId=" + execution.runId() + "]");
    }

    /** An execution named by its workflow id alone, which has no open run. */
    public static SwfFault unknownExecution(String workflowId) {
        return fault(FaultType.UnknownResourceFault, "Unknown execution, workflowId = " + workflowId);
    }

    /** The token of an activity task already answered, timed out or canceled. */
    public static SwfFault unknownActivity(long scheduledEventId) {
        return fault(FaultType.UnknownResourceFault, "Unknown activity, scheduledEventId = " + scheduledEventId);
    }

    /** The token of a decision task already answered or timed out. */
    public static SwfFault unknownDecisionTask(long scheduledEventId) {
        return fault(FaultType.UnknownResourceFault, "Unknown decision task, scheduledEventId = " + scheduledEventId);
    }

    /** A task token this service never issued (or no longer remembers). */
    public static SwfFault unknownTaskToken() {
        return fault(FaultType.UnknownResourceFault, "Unknown task token");
    }

    /** A resource ARN that names no domain. */
    public static SwfFault unknownResource(String arn) {
        return fault(FaultType.UnknownResourceFault, "Unknown resource: " + arn);
    }

    // ---- registration

    public static SwfFault domainAlreadyExists(String name) {
        return fault(FaultType.DomainAlreadyExistsFault, name);
    }

    public static SwfFault domainDeprecated(String name) {
        return fault(FaultType.DomainDeprecatedFault, name);
    }

    public static SwfFault typeAlreadyExists(TypeKind kind, String name, String version) {
        return fault(FaultType.TypeAlreadyExistsFault, type(kind, name, version));
    }

    public static SwfFault typeDeprecated(TypeKind kind, String name, String version) {
        return fault(FaultType.TypeDeprecatedFault, type(kind, name, version));
    }

    public static SwfFault typeNotDeprecated(TypeKind kind, String name, String version) {
        return fault(FaultType.TypeNotDeprecatedFault, type(kind, name, version));
    }

    // ---- executions

    public static SwfFault alreadyStarted() {
        return fault(FaultType.WorkflowExecutionAlreadyStartedFault, "Already Started");
    }

    /** {@code member} (camelCase, e.g. {@code executionStartToCloseTimeout}) was not given and has no default. */
    public static SwfFault defaultUndefined(String member) {
        return fault(FaultType.DefaultUndefinedFault, member);
    }

    // ---- limits

    public static SwfFault limitExceeded(String what, int limit) {
        return fault(FaultType.LimitExceededFault, "Limit exceeded: at most " + limit + " " + what);
    }

    public static SwfFault tooManyTags(int limit) {
        return fault(FaultType.TooManyTagsFault, "Too many tags: at most " + limit);
    }

    // ---- ValidationException

    public static SwfFault closeNotLast() {
        return fault(FaultType.ValidationException, "Close must be last decision in list");
    }

    public static SwfFault invalid(Violation violation) {
        return invalid(List.of(violation));
    }

    /** Every violation of a request at once, AWS's way: {@code 2 validation errors detected: …; …}. */
    public static SwfFault invalid(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException names at least one violation");
        }
        String count = violations.size() == 1 ? "1 validation error" : violations.size() + " validation errors";
        return new SwfFault(FaultType.ValidationException, count + " detected: "
                + violations.stream().map(Violation::words).collect(Collectors.joining("; ")), null, null, violations);
    }

    public static SwfFault invalid(Object value, String path, String rule) {
        return invalid(new Violation(value, path, rule));
    }

    /** A required member the request records cannot check themselves (it depends on the operation). */
    public static <T> T required(T value, String path) {
        if (value == null) {
            throw invalid(Violation.notNull(path));
        }
        return value;
    }

    // ---- ValidationException: the rule a member broke, the end of {@code Value … failed to satisfy constraint: <rule>}

    /** A required member that is missing. */
    public static final String NOT_NULL = "Member must not be null";
    /** SWF's name rule ({@link Constraints#name}): the literal {@code arn}. */
    public static final String NOT_ARN = "Member must not be the literal string 'arn'";
    /** SWF's name rule: white space at either end. */
    public static final String NO_EDGE_WHITE_SPACE = "Member must not start or end with white space";
    /** SWF's name rule: a separator. */
    public static final String NO_SEPARATORS = "Member must not contain ':', '/' or '|'";
    /** SWF's name rule: a control character. */
    public static final String NO_CONTROL_CHARACTERS =
            "Member must not contain control characters (\\u0000-\\u001f, \\u007f-\\u009f)";
    /** A timeout given as text that is neither {@code NONE} nor seconds ({@link Timeout#parse}). */
    public static final String TIMEOUT_TEXT = "Member must be NONE or whole seconds of at most 8 digits";
    /** A timeout on the wire that is neither {@code "NONE"} nor seconds (the JSON codec). */
    public static final String TIMEOUT_ON_THE_WIRE = "Member must be \"NONE\" or whole seconds of at most 8 digits";
    /** A timestamp on the wire that is not epoch seconds. */
    public static final String TIMESTAMP = "Member must be a timestamp in epoch seconds";
    /** A history event (in a history file) that is not a JSON object. */
    public static final String HISTORY_EVENT = "Member must be a history event (an object)";
    /** A history event's id that is not a whole number of at least 1. */
    public static final String EVENT_ID = "Member must be a number of at least 1";
    /** A task priority that is not a 32-bit integer. */
    public static final String PRIORITY = "Member must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    /** A member of the wrong JSON type, by the type the model wants. */
    public static final String WELL_FORMED = "Member must be well-formed";
    public static final String NUMBER = "Member must be a number";
    public static final String BOOLEAN = "Member must be a boolean";
    public static final String STRING = "Member must be a string";
    public static final String LIST = "Member must be a list";
    public static final String STRUCTURE = "Member must be a structure";

    /** Whether {@code words} are one of the rules above (a reader's own check, to keep as it is). */
    public static boolean isRule(String words) {
        return words != null && words.startsWith("Member must");
    }

    public static String lengthAtLeast(long min) {
        return "Member must have length greater than or equal to " + min;
    }

    /** A string longer, or a list with more elements, than {@code max}. */
    public static String lengthAtMost(long max) {
        return "Member must have length less than or equal to " + max;
    }

    public static String valueAtLeast(long min) {
        return "Member must have value greater than or equal to " + min;
    }

    public static String valueAtMost(long max) {
        return "Member must have value less than or equal to " + max;
    }

    /** A member that is none of {@code allowed}. */
    public static String oneOf(Collection<String> allowed) {
        return "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]";
    }

    /** A member that is none of the names of {@code enumType}'s constants. */
    public static String oneOf(Class<?> enumType) {
        return oneOf(Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    }

    /** A duration that is negative, has a fraction of a second or exceeds {@code max} seconds ({@link Timeout#of}). */
    public static String wholeSeconds(long max) {
        return "Member must be whole seconds from 0 to " + max;
    }

    /** A run's execution timeout: at most {@code max} seconds, never NONE. */
    public static String executionTimeout(long max) {
        return "Member must be whole seconds from 0 to " + max + " (one year); NONE is not allowed";
    }

    /** A domain's retention: whole days up to {@code maxDays}, or NONE. */
    public static String retentionDays(int maxDays) {
        return "Member must be whole days from 0 to " + maxDays + ", or NONE";
    }

    /** A list or count query with no time filter or with both. */
    public static SwfFault oneTimeFilter() {
        return fault(FaultType.ValidationException, "Exactly one of startTimeFilter and closeTimeFilter must be given");
    }

    /** More than one of executionFilter, typeFilter, tagFilter and closeStatusFilter. */
    public static SwfFault exclusiveFilters() {
        return fault(FaultType.ValidationException,
                "executionFilter, typeFilter, tagFilter and closeStatusFilter are mutually exclusive");
    }

    /** A {@code nextPageToken} this service did not issue for this request. */
    public static SwfFault invalidPageToken() {
        return fault(FaultType.ValidationException, "Invalid nextPageToken");
    }

    public static SwfFault unsupportedDecision() {
        return fault(FaultType.ValidationException, "Unsupported decision");
    }

    public static SwfFault bodyTooLarge(int maxBytes) {
        return fault(FaultType.ValidationException, "Request body exceeds " + maxBytes + " bytes");
    }

    /** A request line or headers longer than the server's limit (the limit is in the server's settings). */
    public static SwfFault headersTooLarge() {
        return fault(FaultType.ValidationException, "Request headers too large");
    }

    /** A connection past the server's maximum of open connections; SDKs retry a throttling fault. */
    public static SwfFault tooManyConnections(int maxConnections) {
        return fault(FaultType.ThrottlingException,
                "Rate exceeded: the server already has " + maxConnections + " connections open");
    }

    /** Bad input to the emulator's own routes (not SWF's), explained for the person calling them. */
    public static SwfFault badAdminRequest(String explanation) {
        return fault(FaultType.ValidationException, explanation);
    }

    /** A console path that names no page or asset. */
    public static SwfFault noConsolePage(String path) {
        return fault(FaultType.UnknownResourceFault, "No console page " + path);
    }

    /** An emulator-only route asked of a console that stands in front of SWF itself. */
    public static SwfFault notAnEmulator(String path) {
        return fault(FaultType.UnknownOperationException,
                path + " is not available: this console talks to SWF, which has no emulator clock or admin routes");
    }

    /** A state-changing admin request sent by a page of another origin. */
    public static SwfFault crossOriginRefused(String origin) {
        return fault(FaultType.OperationNotPermittedFault,
                "Cross-origin request refused: " + origin + " may not change this server's state");
    }

    /** A request to the CLI's console whose Host is not a loopback name (DNS rebinding). */
    public static SwfFault loopbackOnly() {
        return fault(FaultType.OperationNotPermittedFault, "This console answers only requests to 127.0.0.1 or localhost");
    }

    // ---- SigV4: a request a guarded server does not let in (words as AWS's JSON services answer them)

    /** No {@code Authorization} header, or one that is not AWS4's. */
    public static SwfFault missingAuthentication() {
        return fault(FaultType.MissingAuthenticationTokenException, "Request is missing Authentication Token");
    }

    /**
     * An {@code Authorization} header that lacks parts; {@code missing} are AWS's sentences for each
     * part ({@link #missingSignaturePart}), {@code authorization} the header as it came.
     */
    public static SwfFault incompleteSignature(List<String> missing, String authorization) {
        return fault(FaultType.IncompleteSignatureException, String.join("", missing) + "Authorization=" + authorization);
    }

    /** The sentence for one missing part of an {@code Authorization} header: Credential, Signature or SignedHeaders. */
    public static String missingSignaturePart(String part) {
        return "Authorization header requires '" + part + "' parameter. ";
    }

    /** The sentence for a request with neither {@code X-Amz-Date} nor {@code Date}. */
    public static String missingSignatureDate() {
        return "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ";
    }

    public static SwfFault signatureDateFormat(String date) {
        return fault(FaultType.IncompleteSignatureException,
                "Date must be in ISO-8601 'basic format'. Got '" + date + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    public static SwfFault unsupportedSignatureAlgorithm(String algorithm) {
        return fault(FaultType.IncompleteSignatureException,
                "Unsupported AWS 'algorithm': '" + algorithm + "' (only AWS4-HMAC-SHA256 for now). ");
    }

    public static SwfFault credentialShape(String credential) {
        return fault(FaultType.IncompleteSignatureException, "Credential must have exactly 5 slash-delimited elements, "
                + "e.g. keyid/date/region/service/term, got '" + credential + "'");
    }

    /** Dates are SigV4's basic format, {@code 20260101T000000Z}. */
    public static SwfFault signatureExpired(String requestDate, String earliest, String now) {
        return fault(FaultType.InvalidSignatureException,
                "Signature expired: " + requestDate + " is now earlier than " + earliest + " (" + now + " - 15 min.)");
    }

    public static SwfFault signatureNotYetCurrent(String requestDate, String latest, String now) {
        return fault(FaultType.InvalidSignatureException,
                "Signature not yet current: " + requestDate + " is still later than " + latest + " (" + now + " + 15 min.)");
    }

    public static SwfFault hostNotSigned() {
        return fault(FaultType.InvalidSignatureException, "'Host' must be a 'SignedHeader' in the AWS Authorization.");
    }

    /** A credential scope that is wrong in one or more parts; {@code problems} are the sentences below, in scope order. */
    public static SwfFault badCredentialScope(List<String> problems) {
        return fault(FaultType.InvalidSignatureException, String.join("", problems));
    }

    public static String scopeRegion(String region) {
        return "Credential should be scoped to a valid region, not '" + region + "'. ";
    }

    public static String scopeService(String service) {
        return "Credential should be scoped to correct service: '" + service + "'. ";
    }

    public static String scopeTerminator(String terminator) {
        return "Credential should be scoped with a valid terminator: 'aws4_request', not '" + terminator + "'. ";
    }

    public static String scopeDate(String scopeDate, String requestDay, String requestDate) {
        return "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                + scopeDate + "' != '" + requestDay + "', from '" + requestDate + "'.";
    }

    /** An access key id the server has no account for. */
    public static SwfFault unrecognizedClient() {
        return fault(FaultType.UnrecognizedClientException, "The security token included in the request is invalid.");
    }

    public static SwfFault signatureMismatch() {
        return fault(FaultType.InvalidSignatureException, "The request signature we calculated does not match the "
                + "signature you provided. Check your AWS Secret Access Key and signing method. Consult the service "
                + "documentation for details.");
    }

    // ---- the protocol's faults

    public static SwfFault notJson() {
        return fault(FaultType.SerializationException, "Request body is not valid JSON");
    }

    /** A body that is JSON but not an object ({@code null}, a list, a number). */
    public static SwfFault notAnObject() {
        return fault(FaultType.SerializationException, "Request body must be a JSON object");
    }

    public static SwfFault unreadableBody() {
        return fault(FaultType.SerializationException, "Request body could not be read");
    }

    public static SwfFault malformedHttp() {
        return fault(FaultType.SerializationException, "Malformed HTTP request");
    }

    /** An answer from SWF that does not fit SWF's model (say what in the detail). */
    public static SwfFault unreadableAnswer() {
        return fault(FaultType.SerializationException, "The service's answer does not fit SWF's model");
    }

    public static SwfFault unknownOperation(String target) {
        return fault(FaultType.UnknownOperationException, "Unknown operation: " + target);
    }

    public static SwfFault throttled(String why) {
        return fault(FaultType.ThrottlingException, "Rate exceeded").withDetail(why);
    }

    /**
     * A change refused because the server cannot keep it now (its journal's disk is full, or a write failed); sent
     * with HTTP 503, which the AWS SDKs retry. The words are AWS's common error's.
     */
    public static SwfFault serviceUnavailable() {
        return fault(FaultType.ServiceUnavailable, "The request has failed due to a temporary failure of the server.");
    }

    public static SwfFault internalFailure(Throwable cause) {
        return new SwfFault(FaultType.InternalFailure, "Internal failure of the emulator; see the server log",
                null, cause);
    }

    /** A fault another SWF (the real service, a server) answered: its type and message, as they came. */
    public static SwfFault answered(FaultType type, String message, Throwable cause) {
        return new SwfFault(type, message, null, cause);
    }

    private static SwfFault fault(FaultType type, String message) {
        return new SwfFault(Objects.requireNonNull(type), message, null, null);
    }

    private static String type(TypeKind kind, String name, String version) {
        return kind.name() + "=[name=" + name + ", version=" + version + "]";
    }
}
