package dev.swfrelay.emulator.http.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.swfrelay.core.model.Violation;
import dev.swfrelay.emulator.json.SwfJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each operation's entry carries its own input shape, found once when the table is built: a
 * request is checked against what its entry holds, never looked up by name again, so an entry
 * wired to another operation's shape would refuse the wrong members. (Each entry's tree reader
 * is held to Jackson's binding of the same operation in {@code RequestReadersTest}.)
 */
class OperationTableTest {

    private final ObjectMapper mapper = SwfJson.mapper();
    private final OperationTable operations = OperationTable.of(mapper);

    @Test
    void anEmptyBodyBreaksExactlyTheRequiredMembersOfTheEntrysOwnOperation() throws IOException {
        JsonNode model = shapesModel();
        int named = 0;
        for (String operation : operations.all().keySet()) {
            JsonNode input = model.get("shapes").get(model.get("operations").get(operation).asText());
            List<String> required = new ArrayList<>();
            input.path("required").forEach(member -> required.add(member.asText()));
            List<Violation> expected = new ArrayList<>();
            for (JsonNode member : input.get("members")) {
                if (required.contains(member.get(0).asText())) {
                    expected.add(Violation.notNull(member.get(0).asText()));
                }
            }
            assertThat(ShapeValidator.violations(operations.entryFor(operation).input(),
                    JsonNodeFactory.instance.objectNode())).as(operation).isEqualTo(expected);
            named += expected.size();
        }
        assertThat(operations.all()).hasSize(39);
        assertThat(named).as("required members named over all operations").isGreaterThan(39);
    }

    private JsonNode shapesModel() throws IOException {
        try (InputStream in = ShapeValidator.class.getResourceAsStream("swf-shapes.json")) {
            return mapper.readTree(in);
        }
    }
}
