package dev.swfrelay.cli;

import dev.swfrelay.aws.AwsSwf;
import dev.swfrelay.emulator.SwfEmulatorServer;
import java.util.Set;

/**
 * The part of a command's start that does not depend on its options, begun on a second thread
 * while the main thread builds picocli's model and parses the command line (a third of a short
 * command's start): {@code serve} builds what every server builds whatever its options
 * ({@link SwfEmulatorServer#prepare}: SWF's JSON codec, whose date formats load the JDK's locale
 * data, its operations and shapes, the console's files, Netty's native transport), a command
 * that calls SWF the AWS SDK's service metadata (the SDK reads SWF's signing region from it,
 * loading the metadata of every AWS service). On a machine with a free core the main thread then finds them done; on a busy one
 * it waits for them as it waits for any class another thread is initialising, so a command is
 * never slower by more than a thread's start.
 *
 * <p>It only initialises classes and caches the command itself would, whatever its options; it
 * prints nothing and keeps nothing: a failure here is the main thread's to meet and report.
 */
final class HeadStart {

    /** The commands that build an SWF client (an endpoint's or AWS's). */
    private static final Set<String> CALL_SWF = Set.of("register", "decider", "worker", "start", "history", "list",
            "describe", "console");

    private HeadStart() {
    }

    /** Begins the head start of the command {@code args} name, if it has one; returns at once. */
    static void begin(String[] args) {
        Runnable work = forCommand(Subcommands.firstWord(args));
        if (work == null) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError ignored) {
                // the main thread meets the same failure where it can report it
            }
        }, "swf-relay-head-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** What {@code command} will need whatever its options; null for a command with no head start. */
    static Runnable forCommand(String command) {
        if (command.equals("serve")) {
            return SwfEmulatorServer::prepare;
        }
        return CALL_SWF.contains(command) ? AwsSwf::prepare : null;
    }
}
