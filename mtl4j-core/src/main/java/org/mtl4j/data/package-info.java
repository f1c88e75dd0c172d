/**
 * From a CSV file to the matrices a multi-task model trains on, with every encoding decision kept so that
 * a new file is encoded the same way.
 *
 * <p>The flow, and the type for each step:
 * <ol>
 *   <li>{@link org.mtl4j.data.CsvTable#read} reads the file (RFC 4180 via Apache Commons CSV) into raw cell
 *       text with physical line numbers; {@link org.mtl4j.data.CsvOptions} sets the delimiter, the
 *       {@link org.mtl4j.data.MissingValues missing-value tokens} and the error limit.</li>
 *   <li>{@link org.mtl4j.data.SchemaOptions} names the tasks ({@link org.mtl4j.data.TaskSpec},
 *       {@code NAME:KIND[:WEIGHT]}), the features and the policies
 *       ({@link org.mtl4j.data.MissingFeaturePolicy}, {@link org.mtl4j.data.UnseenCategoryPolicy}).</li>
 *   <li>{@link org.mtl4j.data.Split} makes a seeded training/validation/test partition of the rows.</li>
 *   <li>{@link org.mtl4j.data.Preprocessor#fit} fits feature encodings
 *       ({@link org.mtl4j.data.NumericColumn}, {@link org.mtl4j.data.CategoricalColumn}) on the training rows
 *       and target encodings ({@link org.mtl4j.data.RegressionTarget}, {@link org.mtl4j.data.BinaryTarget},
 *       {@link org.mtl4j.data.MulticlassTarget}).</li>
 *   <li>{@link org.mtl4j.data.Preprocessor#transform} encodes any table into
 *       {@link org.mtl4j.data.EncodedData} plus an {@link org.mtl4j.data.EncodingReport}.</li>
 * </ol>
 * {@link org.mtl4j.data.PreparedData#prepare} does steps 3 to 5 in that order.
 *
 * <p>Rules that hold throughout:
 * <ul>
 *   <li>Numbers are read strictly: the whole stripped cell, by {@link java.lang.Double#parseDouble}, plain
 *       decimal notation only; {@code 12abc}, {@code 1,5} and {@code 65,536} are errors, never 12, 1.5 or
 *       65.536. A missing cell is never 0.</li>
 *   <li>Order is never left to a hash map: categories, classes and binary labels are sorted numerically
 *       when all are numbers, otherwise by {@link java.lang.String#compareTo}; the positive binary label is
 *       the second in that order ({@code 1}, {@code true}, {@code yes}, {@code MALE}).</li>
 *   <li>Statistics (means, scales, categories) come from the training rows only; class sets come from all
 *       labelled rows, so a class seen only in the test part is still a known class.</li>
 *   <li>Problems in the user's data are collected, up to a limit, and thrown together as a
 *       {@link org.mtl4j.data.DataException} whose message lists them as
 *       {@code file:line: column "price": cannot read "65,536" as a number}. Input files are never
 *       written.</li>
 * </ul>
 */
package org.mtl4j.data;
