package dev.swfrelay.emulator.http.protocol;

/**
 * The path of a request target, in origin form ({@code /}) or in the absolute form a client
 * sends through a proxy ({@code http://swf.us-east-1.amazonaws.com/}); the query is dropped.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    public static String path(String target) {
        String path = target;
        int scheme = path.indexOf("://");
        if (scheme > 0 && scheme < 8) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
