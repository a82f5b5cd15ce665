package dev.swfrelay.emulator.journal;

import java.util.List;

/** The payload of one record: the changes of one unit, kept together or not at all. */
record JournalFrame(List<JournalEntry> entries) {

    JournalFrame {
        entries = List.copyOf(entries);
    }
}
