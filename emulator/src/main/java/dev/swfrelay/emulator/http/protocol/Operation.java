package dev.swfrelay.emulator.http.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.swfrelay.core.api.SwfService;
import java.util.function.BiConsumer;

/**
 * One SWF operation as the server serves it: its wire name, the record its request body is
 * read into and that record's reader from the checked JSON tree (generated, {@link RequestReaders}),
 * the direct call on {@link SwfService} and the record of its answer ({@code null} for an
 * operation that answers nothing). {@link SwfOperations} lists them all; a long poll's call
 * returns the engine's future of its task.
 */
public record Operation<Q>(String name, Class<Q> requestType, TreeReader<Q> treeReader, Call<Q> call,
                           Class<?> answerType, boolean isLongPoll) {

    /** The call on the service; its result is the answer record, {@code null} or a long poll's future. */
    @FunctionalInterface
    public interface Call<Q> {
        Object on(SwfService service, Q request);
    }

    /**
     * Reads the request record from a JSON object that passed SWF's shapes, each member through
     * {@code values}; throws where a member's form declines the direct reading ({@link TreeValues#read}).
     */
    @FunctionalInterface
    interface TreeReader<Q> {
        Q read(JsonNode body, TreeValues values);
    }

    static <Q> Operation<Q> answering(String name, Class<Q> requestType, TreeReader<Q> treeReader, Call<Q> call,
                                      Class<?> answerType) {
        return new Operation<>(name, requestType, treeReader, call, answerType, false);
    }

    static <Q> Operation<Q> answeringNothing(String name, Class<Q> requestType, TreeReader<Q> treeReader,
                                             BiConsumer<SwfService, Q> call) {
        return new Operation<>(name, requestType, treeReader, (service, request) -> {
            call.accept(service, request);
            return null;
        }, null, false);
    }

    static <Q> Operation<Q> longPoll(String name, Class<Q> requestType, TreeReader<Q> treeReader, Call<Q> call,
                                     Class<?> taskType) {
        return new Operation<>(name, requestType, treeReader, call, taskType, true);
    }

    public boolean isVoid() {
        return answerType == null;
    }

    /** Calls the service with {@code request}, a {@link #requestType}; SWF's faults propagate as thrown. */
    Object invoke(SwfService service, Object request) {
        return call.on(service, requestType.cast(request));
    }
}
