package dev.swfrelay.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionFactory;

/**
 * Opens the JDK's {@link HttpURLConnection}s to an endpoint with the adapter's timeouts.
 * Given to {@code UrlConnectionHttpClient.create(factory)}, it spares every endpoint client
 * the SSL context the SDK's builder makes up front (the JDK's trust store read and its
 * certificates parsed, about 50 ms of a CLI command's start): a plain-HTTP endpoint never
 * needs one, and an https endpoint gets the JDK's default one, made when first used, which
 * reads the same {@code javax.net.ssl.*} settings. Proxies come from the JDK's default
 * selector, that is from the {@code http.proxyHost} family of system properties; unlike the
 * SDK's own connections, the {@code HTTP_PROXY}/{@code HTTPS_PROXY} variables are not read,
 * so a shell's proxy no longer carries the calls to an emulator on the local network.
 */
final class EndpointConnections implements UrlConnectionFactory {

    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    EndpointConnections(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.readTimeoutMillis = Math.toIntExact(readTimeout.toMillis());
    }

    @Override
    public HttpURLConnection createConnection(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(connectTimeoutMillis);
            connection.setReadTimeout(readTimeoutMillis);
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a connection to " + uri, e);
        }
    }
}
