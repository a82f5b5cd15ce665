package dev.swfrelay.emulator.journal;

import java.nio.file.Path;

/** A server was asked to use a data folder that another server, in this process or another, is using. */
public final class DataFolderInUseException extends IllegalStateException {

    DataFolderInUseException(Path folder, String holder) {
        super("the data folder " + folder + " is in use by " + holder + "; one server per data folder: stop that one, "
                + "or give this one another folder");
    }
}
