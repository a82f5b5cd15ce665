package dev.swfrelay.emulator.engine.registry;

import dev.swfrelay.core.model.Faults;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * SWF's paging of lists: at most {@code maximumPageSize} items (1,000 when absent or 0), and
 * an opaque {@code nextPageToken} when more remain. A token names the list it came from and
 * the offset of the next item; a token from another list or a forged one is a
 * {@code ValidationException}.
 */
public final class Pages {

    private Pages() {
    }

    /** One page of {@code sorted}. */
    public record Page<T>(List<T> items, String nextPageToken) {
    }

    public static <T> Page<T> page(List<T> sorted, String list, Integer maximumPageSize, String token, int maxPageSize) {
        int size = pageSize(maximumPageSize, maxPageSize);
        int from = token == null ? 0 : offset(token, list);
        if (from > sorted.size()) {
            from = sorted.size();
        }
        int to = Math.min(sorted.size(), from + size);
        String next = to < sorted.size() ? encode(list, to) : null;
        return new Page<>(List.copyOf(sorted.subList(from, to)), next);
    }

    public static int pageSize(Integer maximumPageSize, int maxPageSize) {
        if (maximumPageSize == null || maximumPageSize == 0) {
            return maxPageSize;
        }
        if (maximumPageSize < 0 || maximumPageSize > maxPageSize) {
            throw Faults.invalid(maximumPageSize, "maximumPageSize",
                    Faults.valueAtMost(maxPageSize));
        }
        return maximumPageSize;
    }

    public static String encode(String list, long offset) {
        String raw = list + "|" + offset;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a token carries, checking it was issued for {@code list}. */
    public static int offset(String token, String list) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            if (bar < 0 || !raw.substring(0, bar).equals(list)) {
                throw new IllegalArgumentException("issued for another list");
            }
            int offset = Integer.parseInt(raw.substring(bar + 1));
            if (offset < 0) {
                throw new IllegalArgumentException("negative offset");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw Faults.invalidPageToken().withDetail("nextPageToken '" + token + "' was not issued for this request");
        }
    }
}
