package dev.swfrelay.emulator.http.auth;

import dev.swfrelay.emulator.engine.Tenant;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;

/**
 * An open server: every request is the one account's, in the region its SigV4 scope names (the
 * signature is not checked), or the server's region when it names none.
 */
public final class OpenAuthenticator implements Authenticator {

    private final String accountId;
    private final String defaultRegion;

    public OpenAuthenticator(String accountId, String defaultRegion) {
        this.accountId = accountId;
        this.defaultRegion = defaultRegion;
    }

    @Override
    public Tenant tenant(FullHttpRequest request) {
        return new Tenant(accountId, SigV4Scope.region(request.headers().get(HttpHeaderNames.AUTHORIZATION), defaultRegion));
    }
}
