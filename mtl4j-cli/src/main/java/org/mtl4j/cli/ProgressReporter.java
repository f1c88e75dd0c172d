package org.mtl4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mtl4j.train.EpochRecord;
import org.mtl4j.train.TrainingListener;

/**
 * Shows training progress: a progress bar over epochs with the current losses and an ETA when the output is
 * a terminal, one plain line every few epochs otherwise (so CI logs stay readable), nothing when quiet.
 */
final class ProgressReporter implements TrainingListener, AutoCloseable {
    private final List<String> taskNames;
    private final PrintWriter out;
    private final boolean terminal;
    private final boolean quiet;
    private ProgressBar bar;
    private int epochs;
    private int every;

    ProgressReporter(List<String> taskNames, PrintWriter out, boolean terminal, boolean quiet) {
        this.taskNames = List.copyOf(taskNames);
        this.out = out;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /** Whether standard output is an interactive terminal (JDK 22+ asks the console; JDK 21 checks it exists). */
    static boolean stdoutIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void onStart(int epochCount, int batchesPerEpoch) {
        epochs = epochCount;
        every = Math.max(1, epochCount / 10);
        if (!quiet && terminal && epochCount > 0) {
            bar = new ProgressBarBuilder().setTaskName("training").setInitialMax(epochCount)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(100).setUnit(" epochs", 1)
.setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.out))
                    .build();
        }
    }

    @Override
    public void onEpochEnd(EpochRecord record) {
        if (quiet) {
            return;
        }
        if (bar != null) {
            bar.stepTo(record.epoch());
            bar.setExtraMessage(summary(record, false));
        } else if (record.epoch() % every == 0 || record.epoch() == epochs || record.epoch() == 1) {
            out.println(String.format(Locale.ROOT, "epoch %" + String.valueOf(epochs).length() + "d/%d  %s",
                    record.epoch(), epochs, summary(record, true)));
            out.flush();
        }
    }

    private String summary(EpochRecord record, boolean withTasks) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "loss %.4f", record.trainLoss()));
        if (record.hasValidation()) {
            text.append(String.format(Locale.ROOT, "  val %.4f", record.validationLoss()));
        }
        double[] losses = record.trainTaskLosses();
        text.append(withTasks ? "  | train" : " | train");
        for (int t = 0; t < losses.length; t++) {
            text.append(String.format(Locale.ROOT, " %s %.3f", shortName(taskNames.get(t)), losses[t]));
        }
        return text.toString();
    }

    private static String shortName(String name) {
        return name.length() <= 16 ? name : name.substring(0, 15) + "…";
    }

    @Override
    public void close() {
        if (bar != null) {
            if (bar.getCurrent() < bar.getMax()) {
                bar.maxHint(bar.getCurrent());             // stopped early: the bar ends full, at the last epoch
            }
            bar.close();
            bar = null;
        }
    }
}
