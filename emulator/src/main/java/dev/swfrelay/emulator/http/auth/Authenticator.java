package dev.swfrelay.emulator.http.auth;

import dev.swfrelay.emulator.engine.Tenant;
import io.netty.handler.codec.http.FullHttpRequest;

/**
 * Decides whose state a request may reach, before anything reads its body or calls an engine:
 * {@link OpenAuthenticator} lets every request in as the server's one account;
 * {@link SigV4Authenticator} lets in only requests signed with a key it has.
 */
public interface Authenticator {

    /** The account and region of {@code request}; throws SWF's {@code SwfFault} for a request it refuses. */
    Tenant tenant(FullHttpRequest request);
}
