package org.mtl4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mtl4j.data.CsvTable;
import org.mtl4j.data.EncodingReport;
import org.mtl4j.data.TransformResult;
import org.mtl4j.io.ModelFile;
import org.mtl4j.io.SavedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mtl4j predict}: apply a saved model to every row of a CSV file. */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Predict every task for every row of a CSV file with a saved model.",
                "Output columns: line (the row's line in the input), then per regression task its value, per binary "
                        + "task its label and the probability of the positive label, per multiclass task its label and "
                        + "each class's probability. Rows that cannot be predicted (a missing input) keep their place "
                        + "with empty cells and are reported."},
        footer = {"", "Example:", "  mtl4j predict --model model.json --data new-penguins.csv --out predictions.csv"})
final class PredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model saved by 'mtl4j train'.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The CSV file to predict (label columns may be absent).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the predictions here (CSV); default: standard output.")
    Path out;

    @Mixin
    CsvInputOptions csv = new CsvInputOptions();

    @Override
    public Integer call() throws Exception {
        new OutputFiles().input(model).input(data).output("--out", out);
        SavedModel saved = ModelFile.load(model);
        if (saved.preprocessor() == null) {
            throw new Main.UsageException(model + " holds no CSV preprocessing (it was built in code), so it cannot "
                    + "read a CSV file; use the Java API to predict with it");
        }
        CsvTable table = CsvTable.read(data, csv.csvOptions());
        TransformResult encoded = saved.preprocessor().transformFeatures(table);
        PredictionTable predictions = PredictionTable.of(saved.model(), saved.preprocessor(), table, encoded.data());
        PrintWriter err = spec.commandLine().getErr();
        if (!predictions.missingLines().isEmpty()) {
            err.println("mtl4j predict: " + predictions.missingLines().size() + " row(s) could not be predicted "
                    + "(missing inputs) and have empty cells: " + EncodingReport.lines(predictions.missingLines()));
        }
        if (!predictions.nonFiniteLines().isEmpty()) {
            err.println("mtl4j predict: " + predictions.nonFiniteLines().size() + " row(s) gave a non-finite "
                    + "prediction (inputs far outside the training data?) and have empty cells: "
                    + EncodingReport.lines(predictions.nonFiniteLines()));
        }
        encoded.report().messages().stream().filter(message -> message.contains("category not seen"))
                .forEach(message -> err.println("mtl4j predict: " + message));
        err.flush();
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            CSVPrinter printer = new CSVPrinter(stdout, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            printer.printRecord(predictions.header());
            for (var row : predictions.rows()) {
                printer.printRecord(row);
            }
            printer.flush();
        } else {
            try {
                predictions.write(out);
            } catch (java.io.IOException e) {
                throw new Main.OutputException(out + ": cannot write the predictions (" + OutputFiles.reason(e) + ")");
            }
            spec.commandLine().getOut().printf("wrote %d predictions to %s%n",
                    predictions.rows().size() - predictions.missingLines().size(), out);
        }
        return Main.OK;
    }
}
