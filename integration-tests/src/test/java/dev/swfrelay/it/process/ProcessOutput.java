package dev.swfrelay.it.process;

/** How the machine processes tell the test what they do: one flushed line on standard output per fact. */
final class ProcessOutput {

    private ProcessOutput() {
    }

    static synchronized void line(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
