package dev.swfrelay.core.model;

/**
 * Every fault SWF answers with, by SWF's own names, and the {@code __type} each carries on
 * the wire. From {@code ValidationException} on they are the protocol's rather than SWF's model's:
 * the last four answer a request whose SigV4 signature does not let it in.
 */
public enum FaultType {
    DefaultUndefinedFault(Namespace.SWF),
    DomainAlreadyExistsFault(Namespace.SWF),
    DomainDeprecatedFault(Namespace.SWF),
    LimitExceededFault(Namespace.SWF),
    OperationNotPermittedFault(Namespace.SWF),
    TooManyTagsFault(Namespace.SWF),
    TypeAlreadyExistsFault(Namespace.SWF),
    TypeDeprecatedFault(Namespace.SWF),
    TypeNotDeprecatedFault(Namespace.SWF),
    UnknownResourceFault(Namespace.SWF),
    WorkflowExecutionAlreadyStartedFault(Namespace.SWF),
    ValidationException(Namespace.VALIDATE),
    UnknownOperationException(Namespace.SERVICE),
    SerializationException(Namespace.SERVICE),
    /** A call past its token bucket (SWF's throttling quotas); the SDKs retry it with back-off. */
    ThrottlingException(Namespace.AVAILABILITY),
    InternalFailure(Namespace.SERVICE),
    /** A temporary failure of the server (HTTP 503): the emulator's journal cannot take changes now, e.g. a full disk. */
    ServiceUnavailable(Namespace.SERVICE),
    MissingAuthenticationTokenException(Namespace.SERVICE),
    IncompleteSignatureException(Namespace.SERVICE),
    InvalidSignatureException(Namespace.SERVICE),
    UnrecognizedClientException(Namespace.SERVICE);

    private enum Namespace {
        SWF("com.amazonaws.swf.base.model#"),
        VALIDATE("com.amazon.coral.validate#"),
        SERVICE("com.amazon.coral.service#"),
        /** Where SWF's {@code ThrottlingException} lives on the wire. */
        AVAILABILITY("com.amazon.coral.availability#");

        private final String prefix;

        Namespace(String prefix) {
            this.prefix = prefix;
        }
    }

    private final Namespace namespace;

    FaultType(Namespace namespace) {
        this.namespace = namespace;
    }

    /** The full {@code __type} of an error body, e.g. {@code com.amazonaws.swf.base.model#UnknownResourceFault}. */
    public String wireType() {
        return namespace.prefix + name();
    }

    /** Whether the caller may retry the same request later and expect a different answer. */
    public boolean retryable() {
        return this == ThrottlingException || this == InternalFailure || this == ServiceUnavailable;
    }

    /** The fault named by a wire {@code __type} or error code (with or without its namespace). */
    public static FaultType fromWire(String type) {
        if (type == null) {
            return null;
        }
        String name = type.substring(type.lastIndexOf('#') + 1);
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        for (FaultType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
