package org.mtl4j.math;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * A dense, row-major matrix of doubles: the project's NumPy array.
 *
 * <p>Entry (i, j) lives at {@code data[i * columns + j]}. The shape is fixed at creation; the entries are
 * mutable so that kernels can write into outputs the caller owns and training allocates nothing per batch.
 * Methods whose name ends in {@code InPlace} modify {@code this}; every other method leaves its receiver
 * and arguments unmodified unless its Javadoc marks an argument "modified".
 *
 * <p>Matrix multiplication lives in {@link Gemm}; this class holds the data and the cheap elementwise and
 * reduction kernels a network needs.
 */
public final class Matrix {
    private final int rows;
    private final int columns;
    private final double[] data;

    private Matrix(int rows, int columns, double[] data) {
        this.rows = rows;
        this.columns = columns;
        this.data = data;
    }

    // ---------------------------------------------------------------- creation

    /** A rows × columns matrix of zeros. */
    public static Matrix zeros(int rows, int columns) {
        checkShape(rows, columns);
        return new Matrix(rows, columns, new double[Math.multiplyExact(rows, columns)]);
    }

    /** A rows × columns matrix with every entry equal to {@code value}. */
    public static Matrix filled(int rows, int columns, double value) {
        Matrix m = zeros(rows, columns);
        Arrays.fill(m.data, value);
        return m;
    }

    /** A copy of a rectangular {@code double[][]}; rows of different lengths are an error. */
    public static Matrix of(double[][] values) {
        Objects.requireNonNull(values, "values");
        int rows = values.length;
        int columns = rows == 0 ? 0 : values[0].length;
        Matrix m = zeros(rows, columns);
        for (int i = 0; i < rows; i++) {
            if (values[i].length != columns) {
                throw new IllegalArgumentException("of: row " + i + " has " + values[i].length
                        + " entries, row 0 has " + columns);
            }
            System.arraycopy(values[i], 0, m.data, i * columns, columns);
        }
        return m;
    }

    /** A single-row matrix holding a copy of {@code values}. */
    public static Matrix rowVector(double... values) {
        return fromFlat(1, values.length, values);
    }

    /** A rows × columns matrix holding a copy of the row-major {@code values}. */
    public static Matrix fromFlat(int rows, int columns, double[] values) {
        checkShape(rows, columns);
        if ((long) rows * columns != values.length) {
            throw new IllegalArgumentException("fromFlat: shape [" + rows + "×" + columns + "] needs "
                    + ((long) rows * columns) + " values, got " + values.length);
        }
        return new Matrix(rows, columns, values.clone());
    }

    /**
     * Wraps {@code values} without copying: the matrix and the array share storage. For kernels and file
     * readers that already own a row-major array of the right length.
     */
    public static Matrix wrap(int rows, int columns, double[] values) {
        checkShape(rows, columns);
        if ((long) rows * columns != values.length) {
            throw new IllegalArgumentException("wrap: shape [" + rows + "×" + columns + "] needs "
                    + ((long) rows * columns) + " values, got " + values.length);
        }
        return new Matrix(rows, columns, values);
    }

    /** Entries drawn independently from N(mean, standardDeviation²) using {@code random}. */
    public static Matrix randomNormal(int rows, int columns, double mean, double standardDeviation,
                                      RandomGenerator random) {
        Matrix m = zeros(rows, columns);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = mean + standardDeviation * random.nextGaussian();
        }
        return m;
    }

    /** Entries drawn independently and uniformly from [low, high) using {@code random}. */
    public static Matrix randomUniform(int rows, int columns, double low, double high, RandomGenerator random) {
        if (!(high > low)) {
            throw new IllegalArgumentException("randomUniform: need low < high, got " + low + " and " + high);
        }
        Matrix m = zeros(rows, columns);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = low + (high - low) * random.nextDouble();
        }
        return m;
    }

    private static void checkShape(int rows, int columns) {
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException("shape [" + rows + "×" + columns + "] has a negative size");
        }
    }

    // ---------------------------------------------------------------- access

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** rows × columns. */
    public int size() {
        return data.length;
    }

    /** The backing row-major array (not a copy): entry (i, j) is {@code data()[i * columns() + j]}. */
    public double[] data() {
        return data;
    }

    public double get(int row, int column) {
        return data[index(row, column)];
    }

    public void set(int row, int column, double value) {
        data[index(row, column)] = value;
    }

    private int index(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("(" + row + ", " + column + ") is outside " + shape());
        }
        return row * columns + column;
    }

    /** The shape as {@code [rows×columns]}, the form every shape error uses. */
    public String shape() {
        return "[" + rows + "×" + columns + "]";
    }

    public boolean sameShape(Matrix other) {
        return rows == other.rows && columns == other.columns;
    }

    /** A new matrix with a copy of the entries. */
    public Matrix copy() {
        return new Matrix(rows, columns, data.clone());
    }

    /** Copies this matrix into {@code out} (modified), which must have the same shape. */
    public void copyInto(Matrix out) {
        requireSameShape("copyInto", this, out);
        System.arraycopy(data, 0, out.data, 0, data.length);
    }

    /** A copy of row {@code row} as a plain array. */
    public double[] rowCopy(int row) {
        index(row, 0);
        return Arrays.copyOfRange(data, row * columns, (row + 1) * columns);
    }

    /** A new matrix holding the rows listed in {@code rowIndices}, in that order. */
    public Matrix selectRows(int[] rowIndices) {
        Matrix out = zeros(rowIndices.length, columns);
        selectRowsInto(rowIndices, 0, rowIndices.length, out);
        return out;
    }

    /**
     * Copies rows {@code rowIndices[from .. from+count)} into the first {@code count} rows of {@code out}
     * (modified). Used to gather a shuffled mini-batch into a buffer sized once.
     */
    public void selectRowsInto(int[] rowIndices, int from, int count, Matrix out) {
        if (out.columns != columns || out.rows < count) {
            throw new IllegalArgumentException("selectRowsInto: " + count + " rows of " + shape()
                    + " do not fit into " + out.shape());
        }
        for (int r = 0; r < count; r++) {
            int source = rowIndices[from + r];
            if (source < 0 || source >= rows) {
                throw new IndexOutOfBoundsException("row " + source + " is outside " + shape());
            }
            System.arraycopy(data, source * columns, out.data, r * columns, columns);
        }
    }

    /**
     * Copies rows {@code [from, from + count)} into the first {@code count} rows of {@code out} (modified), one
     * contiguous copy: a chunk of a table without an index array.
     */
    public void rowRangeInto(int from, int count, Matrix out) {
        if (out.columns != columns || out.rows < count || from < 0 || from + count > rows) {
            throw new IllegalArgumentException("rowRangeInto: rows [" + from + ", " + (from + count) + ") of "
                    + shape() + " into " + out.shape());
        }
        System.arraycopy(data, from * columns, out.data, 0, count * columns);
    }

    // ---------------------------------------------------------------- elementwise, in place

    /** Sets every entry to {@code value}. */
    public Matrix fillInPlace(double value) {
        Arrays.fill(data, value);
        return this;
    }

    /** this ← alpha · this. */
    public Matrix scaleInPlace(double alpha) {
        for (int i = 0; i < data.length; i++) {
            data[i] *= alpha;
        }
        return this;
    }

    /** this ← this + alpha · x (BLAS axpy); {@code x} is not modified. */
    public Matrix axpyInPlace(double alpha, Matrix x) {
        requireSameShape("axpy", this, x);
        double[] source = x.data;
        for (int i = 0; i < data.length; i++) {
            data[i] += alpha * source[i];
        }
        return this;
    }

    /** this ← this + other, elementwise. */
    public Matrix addInPlace(Matrix other) {
        return axpyInPlace(1.0, other);
    }

    /** this ← this − other, elementwise. */
    public Matrix subtractInPlace(Matrix other) {
        return axpyInPlace(-1.0, other);
    }

    /** this ← this ⊙ other (Hadamard product). */
    public Matrix multiplyElementsInPlace(Matrix other) {
        requireSameShape("multiplyElements", this, other);
        for (int i = 0; i < data.length; i++) {
            data[i] *= other.data[i];
        }
        return this;
    }

    /**
     * Broadcast add of a 1 × columns row vector to every row: this[i, j] += row[0, j]. The bias step of
     * {@code Z = X·W + B}.
     */
    public Matrix addRowVectorInPlace(Matrix row) {
        if (row.rows != 1 || row.columns != columns) {
            throw new IllegalArgumentException("addRowVector: " + shape() + " + " + row.shape()
                    + ", need a [1×" + columns + "] row vector");
        }
        double[] bias = row.data;
        for (int i = 0; i < rows; i++) {
            int offset = i * columns;
            for (int j = 0; j < columns; j++) {
                data[offset + j] += bias[j];
            }
        }
        return this;
    }

    /** this[i, j] ← f(this[i, j]). */
    public Matrix mapInPlace(DoubleUnaryOperator function) {
        for (int i = 0; i < data.length; i++) {
            data[i] = function.applyAsDouble(data[i]);
        }
        return this;
    }

    /** this[i, j] ← f(this[i, j], other[i, j]); {@code other} is not modified. */
    public Matrix zipInPlace(Matrix other, DoubleBinaryOperator function) {
        requireSameShape("zip", this, other);
        for (int i = 0; i < data.length; i++) {
            data[i] = function.applyAsDouble(data[i], other.data[i]);
        }
        return this;
    }

    // ---------------------------------------------------------------- reductions

    /** Σ of every entry. */
    public double sum() {
        double total = 0;
        for (double value : data) {
            total += value;
        }
        return total;
    }

    /**
     * Column sums, i.e. the sum over rows: out[0, j] = Σ_i this[i, j]. {@code out} (modified) is 1 × columns.
     * The bias gradient {@code dB = Σ_rows dZ}.
     */
    public Matrix sumOverRowsInto(Matrix out) {
        if (out.rows != 1 || out.columns != columns) {
            throw new IllegalArgumentException("sumOverRows: " + shape() + " into " + out.shape()
                    + ", need [1×" + columns + "]");
        }
        double[] sums = out.data;
        Arrays.fill(sums, 0.0);
        for (int i = 0; i < rows; i++) {
            int offset = i * columns;
            for (int j = 0; j < columns; j++) {
                sums[j] += data[offset + j];
            }
        }
        return out;
    }

    /** A new 1 × columns matrix of column sums. */
    public Matrix sumOverRows() {
        return sumOverRowsInto(zeros(1, columns));
    }

    /** A new 1 × columns matrix of column means (zeros for a matrix with no rows). */
    public Matrix meanOverRows() {
        Matrix out = sumOverRows();
        return rows == 0 ? out : out.scaleInPlace(1.0 / rows);
    }

    /** Row sums: out[i, 0] = Σ_j this[i, j]. {@code out} (modified) is rows × 1. */
    public Matrix sumOverColumnsInto(Matrix out) {
        if (out.rows != rows || out.columns != 1) {
            throw new IllegalArgumentException("sumOverColumns: " + shape() + " into " + out.shape()
                    + ", need [" + rows + "×1]");
        }
        for (int i = 0; i < rows; i++) {
            double total = 0;
            int offset = i * columns;
            for (int j = 0; j < columns; j++) {
                total += data[offset + j];
            }
            out.data[i] = total;
        }
        return out;
    }

    /** A new rows × 1 matrix of row sums. */
    public Matrix sumOverColumns() {
        return sumOverColumnsInto(zeros(rows, 1));
    }

    /** A new rows × 1 matrix of row means (zeros for a matrix with no columns). */
    public Matrix meanOverColumns() {
        Matrix out = sumOverColumns();
        return columns == 0 ? out : out.scaleInPlace(1.0 / columns);
    }

    /** The column index of each row's largest entry (the first one on ties), written into {@code out}. */
    public int[] argmaxPerRow(int[] out) {
        requireColumns("argmaxPerRow");
        for (int i = 0; i < rows; i++) {
            int offset = i * columns;
            int best = 0;
            for (int j = 1; j < columns; j++) {
                if (data[offset + j] > data[offset + best]) {
                    best = j;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** A new array with each row's argmax. */
    public int[] argmaxPerRow() {
        return argmaxPerRow(new int[rows]);
    }

    /** Each row's largest entry, written into {@code out}. */
    public double[] maxPerRow(double[] out) {
        requireColumns("maxPerRow");
        for (int i = 0; i < rows; i++) {
            int offset = i * columns;
            double best = data[offset];
            for (int j = 1; j < columns; j++) {
                best = Math.max(best, data[offset + j]);
            }
            out[i] = best;
        }
        return out;
    }

    private void requireColumns(String operation) {
        if (columns == 0) {
            throw new IllegalArgumentException(operation + ": " + shape() + " has no columns");
        }
    }

    /** The largest |entry|, 0 for an empty matrix. */
    public double maxAbs() {
        double best = 0;
        for (double value : data) {
            best = Math.max(best, Math.abs(value));
        }
        return best;
    }

    /** True when every entry is finite (no NaN, no ±∞). */
    public boolean allFinite() {
        for (double value : data) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- column blocks

    /**
     * Copies columns {@code [fromColumn, fromColumn + out.columns())} into {@code out} (modified), which has
     * the same number of rows. One task head's block of a stacked output.
     */
    public Matrix columnBlockInto(int fromColumn, Matrix out) {
        if (out.rows != rows || fromColumn < 0 || fromColumn + out.columns > columns) {
            throw new IllegalArgumentException("columnBlock: columns [" + fromColumn + ", "
                    + (fromColumn + out.columns) + ") of " + shape() + " into " + out.shape());
        }
        for (int i = 0; i < rows; i++) {
            System.arraycopy(data, i * columns + fromColumn, out.data, i * out.columns, out.columns);
        }
        return out;
    }

    /** A new matrix holding columns {@code [fromColumn, fromColumn + count)}. */
    public Matrix columnBlock(int fromColumn, int count) {
        return columnBlockInto(fromColumn, zeros(rows, count));
    }

    /** Writes {@code block} (not modified) into columns starting at {@code fromColumn} of this matrix. */
    public Matrix setColumnBlockInPlace(int fromColumn, Matrix block) {
        if (block.rows != rows || fromColumn < 0 || fromColumn + block.columns > columns) {
            throw new IllegalArgumentException("setColumnBlock: " + block.shape() + " at column " + fromColumn
                    + " of " + shape());
        }
        for (int i = 0; i < rows; i++) {
            System.arraycopy(block.data, i * block.columns, data, i * columns + fromColumn, block.columns);
        }
        return this;
    }

    /** Side-by-side concatenation [A | B | …]; every part must have the same number of rows. */
    public static Matrix horizontalStack(Matrix... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("horizontalStack: no matrices given");
        }
        int rows = parts[0].rows;
        int columns = 0;
        for (Matrix part : parts) {
            if (part.rows != rows) {
                throw new IllegalArgumentException("horizontalStack: " + parts[0].shape() + " and "
                        + part.shape() + " have different row counts");
            }
            columns += part.columns;
        }
        Matrix out = zeros(rows, columns);
        int at = 0;
        for (Matrix part : parts) {
            out.setColumnBlockInPlace(at, part);
            at += part.columns;
        }
        return out;
    }

    /** A new matrix equal to this one transposed. */
    public Matrix transpose() {
        Matrix out = zeros(columns, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                out.data[j * rows + i] = data[i * columns + j];
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- comparison and printing

    /**
     * True when both have the same shape and |a − b| ≤ tolerance · max(1, |a|, |b|) for every entry: an
     * absolute tolerance near zero, a relative one for large values. NaN never equals anything.
     */
    public boolean equalsWithin(Matrix other, double tolerance) {
        if (!sameShape(other)) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            double a = data[i];
            double b = other.data[i];
            double scale = Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
            if (!(Math.abs(a - b) <= tolerance * scale)) {
                return false;
            }
        }
        return true;
    }

    /** Exact, bit-for-bit equality of shape and entries (so NaN equals the same NaN, and 0.0 ≠ −0.0). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Matrix that) || !sameShape(that)) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            if (Double.doubleToLongBits(data[i]) != Double.doubleToLongBits(that.data[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + columns) + Arrays.hashCode(data);
    }

    /** The shape and up to six rows of up to eight columns, for a learner reading a debugger or a log. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Matrix ").append(shape());
        int shownRows = Math.min(rows, 6);
        int shownColumns = Math.min(columns, 8);
        for (int i = 0; i < shownRows; i++) {
            text.append("\n  [");
            for (int j = 0; j < shownColumns; j++) {
                text.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%10.4g", data[i * columns + j]));
            }
            text.append(columns > shownColumns ? ", …]" : "]");
        }
        if (rows > shownRows) {
            text.append("\n  … ").append(rows - shownRows).append(" more rows");
        }
        return text.toString();
    }

    static void requireSameShape(String operation, Matrix a, Matrix b) {
        if (!a.sameShape(b)) {
            throw new IllegalArgumentException(operation + ": shapes " + a.shape() + " and " + b.shape()
                    + " differ");
        }
    }
}
