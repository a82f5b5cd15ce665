package dev.swfrelay.emulator.engine.shared;

import dev.swfrelay.core.model.WorkflowExecution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * What a task token names: the kind of task, its run and its scheduled event, plus 128 random
 * bits so that a token cannot be guessed and a re-scheduled task gets a new one. Encoded as SWF
 * shapes its tokens: the standard base64 alphabet, beginning with {@code AAAA} (three zero
 * bytes lead), so a token never begins with {@code -} and passes as a shell argument.
 */
public record TaskToken(Kind kind, String domain, WorkflowExecution run, long scheduledEventId, long nonceHigh,
                 long nonceLow) {

    /** The kinds of task a token can name. */
    public enum Kind { DECISION, ACTIVITY }

    private static final int FORMAT = 1;

    public TaskToken {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(run, "run");
    }

    public String encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(new byte[3]);
            out.writeByte(FORMAT);
            out.writeByte(kind.ordinal());
            out.writeLong(scheduledEventId);
            out.writeLong(nonceHigh);
            out.writeLong(nonceLow);
            out.writeUTF(domain);
            out.writeUTF(run.workflowId());
            out.writeUTF(run.runId());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** The token {@code text} encodes, or empty when it is not one this emulator issued. */
    public static Optional<TaskToken> decode(String text) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            if (in.readUnsignedByte() != 0 || in.readUnsignedByte() != 0 || in.readUnsignedByte() != 0
                    || in.readUnsignedByte() != FORMAT) {
                return Optional.empty();
            }
            int kind = in.readUnsignedByte();
            if (kind >= Kind.values().length) {
                return Optional.empty();
            }
            long scheduled = in.readLong();
            long high = in.readLong();
            long low = in.readLong();
            String domain = in.readUTF();
            String workflowId = in.readUTF();
            String runId = in.readUTF();
            if (in.available() != 0) {
                return Optional.empty();
            }
            return Optional.of(new TaskToken(Kind.values()[kind], domain, new WorkflowExecution(runId, workflowId),
                    scheduled, high, low));
        } catch (IOException | RuntimeException notOurs) {
            return Optional.empty();
        }
    }
}
