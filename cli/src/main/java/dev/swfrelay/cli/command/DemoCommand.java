package dev.swfrelay.cli.command;

import dev.swfrelay.cli.UserError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo")
public final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UserError("not yet");
    }
}
