package dev.swfrelay.cli.simulate;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar, redrawn in place ({@code \r}) at most every percent. */
public final class ProgressBar {

    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final int total;
    private int lastDrawn = -1;

    public ProgressBar(PrintWriter out, int total) {
        this.out = out;
        this.total = total;
    }

    public void show(int done, int failing) {
        int percent = (int) (100L * done / total);
        if (percent == lastDrawn && done != total) {
            return;
        }
        lastDrawn = percent;
        int filled = (int) ((long) WIDTH * done / total);
        out.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d seeds, %d failing", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, failing));
        if (done == total) {
            out.println();
        }
        out.flush();
    }
}
