package org.mtl4j.data;

import java.util.List;

/**
 * How one feature column becomes one or more model inputs. Fitted on the training rows, saved with the
 * model, applied unchanged to every later file.
 */
public sealed interface ColumnEncoding permits NumericColumn, CategoricalColumn {

    /** The column's name in the header. */
    String name();

    /** How many model inputs the column becomes. */
    int width();

    /** A name for each model input, such as {@code Flipper Length (mm)} or {@code Island=Biscoe}. */
    List<String> inputNames();
}
