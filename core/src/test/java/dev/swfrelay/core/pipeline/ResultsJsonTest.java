package dev.swfrelay.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsJsonTest {

    @Test
    void resultsAreJsonStringsInTheOrderGivenWithEveryCharacterJsonMustEscapeEscaped() {
        Map<String, String> results = new LinkedHashMap<>();
        results.put("B", "say \"hi\" \\ now\n\r\t\b\f\u0001");
        results.put("C", "{\"already\":\"json\"}");
        results.put("na\"me", "é ✓ \uD83D\uDE00");

        assertThat(ResultsJson.of(results)).isEqualTo("{\"B\":\"say \\\"hi\\\" \\\\ now\\n\\r\\t\\b\\f\\u0001\","
                + "\"C\":\"{\\\"already\\\":\\\"json\\\"}\",\"na\\\"me\":\"é ✓ \uD83D\uDE00\"}");
    }

    @Test
    void missingResultIsNullAndLoneSurrogatesAreEscaped() {
        Map<String, String> results = new LinkedHashMap<>();
        results.put("B", null);
        results.put("C", "x\uD800y\uDC00");

        assertThat(ResultsJson.of(results)).isEqualTo("{\"B\":null,\"C\":\"x\\ud800y\\udc00\"}");
    }
}
