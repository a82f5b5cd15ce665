package dev.swfrelay.emulator.http.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.swfrelay.core.api.CountPendingActivityTasksRequest;
import dev.swfrelay.core.model.TaskList;
import dev.swfrelay.emulator.json.SwfJson;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The direct reading of requests ({@link TreeValues}, {@link RequestReaders}) against Jackson's
 * binding, which it stands in for: on seeded random bodies of every operation, built from SWF's
 * shapes with members absent, null, well formed and of the wrong JSON type, a body read directly
 * gives the very record the binding gives, and a body the binding refuses is never read directly
 * (so the binding words its fault, as before).
 */
class RequestReadersTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> TEXTS = List.of("a_tasks", "", " padded ", "NONE", "30", "arn", "x:y",
            "TERMINATE", "ScheduleActivityTask", "CompleteWorkflowExecution", "REQUEST_CANCEL", "2015-01-01T12:00:00Z");

    private final ObjectMapper mapper = SwfJson.mapper();
    private final OperationTable operations = OperationTable.of(mapper);
    private final TreeValues values = new TreeValues(mapper);
    private final JsonNode shapes = load();

    @Test
    void everyOperationsBodyReadsAsJacksonBindsIt() throws Exception {
        Random seeded = new Random(22);
        Map<String, Integer> readDirectly = new HashMap<>();
        Map<String, Integer> declined = new HashMap<>();
        for (String operation : operations.all().keySet()) {
            String input = shapes.get("operations").get(operation).asText();
            for (int i = 0; i < 300; i++) {
                // the first half well formed throughout, the second with members of any form
                JsonNode body = value(input, seeded, i < 150, 0);
                Object direct = readDirectly(operation, body);
                Object bound;
                try {
                    bound = operations.entryFor(operation).requestReader().readValue(body);
                } catch (Exception refused) {
                    bound = refused;
                }
                if (direct == null) {
                    declined.merge(operation, 1, Integer::sum);
                } else {
                    assertThat(bound).as("%s %s", operation, body).isEqualTo(direct);
                    readDirectly.merge(operation, 1, Integer::sum);
                }
            }
        }
        assertThat(readDirectly.keySet()).as("operations whose well-formed bodies were read directly")
                .containsExactlyInAnyOrderElementsOf(operations.all().keySet());
        assertThat(declined).as("operations with bodies left to the binding").isNotEmpty();
    }

    @Test
    void aTrivialCallsBodyIsReadDirectly() throws Exception {
        JsonNode body = mapper.readTree("{\"domain\":\"bench\",\"taskList\":{\"name\":\"a_tasks\"}}");
        assertThat(readDirectly("CountPendingActivityTasks", body))
                .isEqualTo(new CountPendingActivityTasksRequest("bench", new TaskList("a_tasks")));
    }

    @Test
    void aDecidersAnswerIsReadDirectlyAsTheBindingReadsIt() throws Exception {
        JsonNode body = mapper.readTree("{\"taskToken\":\"t\",\"decisions\":[{\"decisionType\":\"ScheduleActivityTask\","
                + "\"scheduleActivityTaskDecisionAttributes\":{\"activityType\":{\"name\":\"script-a\",\"version\":\"1\"},"
                + "\"activityId\":\"step-0\",\"taskList\":{\"name\":\"a_tasks\"},\"input\":\"seed\","
                + "\"startToCloseTimeout\":\"600\",\"heartbeatTimeout\":\"NONE\"}},"
                + "{\"decisionType\":\"CompleteWorkflowExecution\",\"completeWorkflowExecutionDecisionAttributes\":{\"result\":\"r\"}},"
                + "{\"decisionType\":\"CancelWorkflowExecution\"}]}");
        Object direct = readDirectly("RespondDecisionTaskCompleted", body);
        assertThat(direct).isNotNull()
                .isEqualTo(operations.entryFor("RespondDecisionTaskCompleted").requestReader().readValue(body));
    }

    @Test
    void aMemberOfTheWrongFormIsLeftToTheBinding() throws Exception {
        assertThat(readDirectly("CountPendingActivityTasks",
                mapper.readTree("{\"domain\":7,\"taskList\":{\"name\":\"a_tasks\"}}"))).isNull();
        assertThat(readDirectly("CountPendingActivityTasks",
                mapper.readTree("{\"domain\":\"d\",\"taskList\":\"a_tasks\"}"))).isNull();
        assertThat(readDirectly("StartWorkflowExecution", mapper.readTree("{\"domain\":\"d\",\"workflowId\":\"w\","
                + "\"workflowType\":{\"name\":\"n\",\"version\":\"1\"},\"childPolicy\":\"terminate\"}"))).isNull();
        assertThat(readDirectly("RespondDecisionTaskCompleted", mapper.readTree("{\"taskToken\":\"t\","
                + "\"decisions\":[{\"decisionType\":\"StartTimer\",\"startTimerDecisionAttributes\":[]}]}"))).isNull();
    }

    /** {@code body} read directly, by the tree reader {@code operation}'s entry holds, as the dispatcher reads it. */
    private Object readDirectly(String operation, JsonNode body) {
        return values.read(operations.entryFor(operation).operation().treeReader(), body);
    }

    /** A random value of {@code shape}: well formed when {@code wellFormed}, else sometimes of another JSON type. */
    private JsonNode value(String shapeName, Random random, boolean wellFormed, int depth) {
        JsonNode shape = shapes.get("shapes").get(shapeName);
        if (!wellFormed && random.nextInt(8) == 0) {
            return wrongForm(random);
        }
        switch (shape.get("type").asText()) {
            case "structure" -> {
                ObjectNode object = JSON.objectNode();
                List<String> required = texts(shape.path("required"));
                for (JsonNode member : shape.get("members")) {
                    String name = member.get(0).asText();
                    int roll = random.nextInt(10);
                    if (depth > 3 || !required.contains(name) && roll < 4) {
                        continue;
                    }
                    if (!wellFormed && roll == 9) {
                        object.putNull(name);
                    } else {
                        object.set(name, value(member.get(1).asText(), random, wellFormed, depth + 1));
                    }
                }
                return object;
            }
            case "list" -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(value(shape.get("member").asText(), random, wellFormed, depth + 1));
                }
                return array;
            }
            case "string" -> {
                if (shape.has("enum")) {
                    List<String> allowed = texts(shape.get("enum"));
                    return JSON.textNode(wellFormed || random.nextBoolean()
                            ? allowed.get(random.nextInt(allowed.size())) : TEXTS.get(random.nextInt(TEXTS.size())));
                }
                return JSON.textNode(wellFormed && shapeName.startsWith("DurationInSeconds")
                        ? String.valueOf(random.nextInt(4000)) : TEXTS.get(random.nextInt(TEXTS.size())));
            }
            case "integer", "long" -> {
                return JSON.numberNode(random.nextInt(2000) - 10);
            }
            case "boolean" -> {
                return JSON.booleanNode(random.nextBoolean());
            }
            case "timestamp" -> {
                return JSON.numberNode(1_420_113_600L + random.nextInt(100_000));
            }
            default -> throw new IllegalStateException("a shape of type " + shape.get("type"));
        }
    }

    private static JsonNode wrongForm(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> JSON.numberNode(7);
            case 1 -> JSON.numberNode(2.5);
            case 2 -> JSON.textNode("7");
            case 3 -> JSON.booleanNode(true);
            case 4 -> JSON.arrayNode().add("a");
            default -> JSON.objectNode().put("name", "a");
        };
    }

    private static List<String> texts(JsonNode array) {
        return array.isMissingNode() ? List.of()
                : java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private JsonNode load() {
        try (InputStream in = ShapeValidator.class.getResourceAsStream("swf-shapes.json")) {
            return mapper.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
