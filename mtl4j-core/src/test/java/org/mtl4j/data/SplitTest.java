package org.mtl4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {

    private static int[] all(Split split) {
        return IntStream.concat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.validation())),
                Arrays.stream(split.test())).sorted().toArray();
    }

    private static long countIn(int[] part, List<String> groups, String group) {
        return Arrays.stream(part).filter(row -> group.equals(groups.get(row))).count();
    }

    @Test
    void thePartsPartitionEveryRowWithRoundedSizes() {
        Split split = Split.random(101, 0.2, 0.1, new SplittableRandom(7));

        assertThat(all(split)).containsExactly(IntStream.range(0, 101).toArray());
        assertThat(new int[] {split.train().length, split.validation().length, split.test().length})
                .containsExactly(71, 20, 10);
        assertThat(split.train()).isSorted();
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        Split first = Split.random(50, 0.2, 0.2, new SplittableRandom(42));
        Split again = Split.random(50, 0.2, 0.2, new SplittableRandom(42));
        Split other = Split.random(50, 0.2, 0.2, new SplittableRandom(43));

        assertThat(again.test()).isEqualTo(first.test());
        assertThat(again.validation()).isEqualTo(first.validation());
        assertThat(other.test()).isNotEqualTo(first.test());
    }

    @Test
    void zeroFractionsLeaveEveryRowForTraining() {
        Split split = Split.random(3, 0, 0, new SplittableRandom(1));

        assertThat(split.train()).containsExactly(0, 1, 2);
        assertThat(split.validation()).isEmpty();
        assertThat(split.test()).isEmpty();
    }

    @Test
    void aPartThatWouldGetNoRowsIsAnUpfrontError() {
        assertThatThrownBy(() -> Split.random(2, 0.1, 0, new SplittableRandom(1)))
                .isInstanceOf(DataException.class)
                .hasMessage("cannot split 2 rows: a validation fraction of 0.1 gives the validation part no rows; "
                        + "it needs at least 5 rows, or a validation fraction of 0");
        assertThatThrownBy(() -> Split.random(2, 0.4, 0.4, new SplittableRandom(1)))
                .isInstanceOf(DataException.class).hasMessageContaining("nothing is left for training");
        assertThatThrownBy(() -> Split.random(10, 0.6, 0.5, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to less than 1");
    }

    @Test
    void aStratifiedSplitKeepsEachGroupsShareInEveryPartWithinOneRow() {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            groups.add(i % 10 < 6 ? "a" : i % 10 < 9 ? "b" : (i % 20 == 9 ? null : "c"));
        }
        Split split = Split.stratified(groups, 0.2, 0.1, new SplittableRandom(3));

        assertThat(all(split)).containsExactly(IntStream.range(0, 100).toArray());
        assertThat(split.test()).hasSize(10);
        assertThat(split.validation()).hasSize(20);
        assertThat(countIn(split.test(), groups, "a")).isBetween(5L, 7L);
        assertThat(countIn(split.validation(), groups, "a")).isBetween(11L, 13L);
        assertThat(countIn(split.validation(), groups, "b")).isBetween(5L, 7L);
        assertThat(countIn(split.test(), groups, "b")).isBetween(2L, 4L);
    }

    @Test
    void aStratifiedSplitIsSeeded() {
        List<String> groups = IntStream.range(0, 40).mapToObj(i -> i % 3 == 0 ? "x" : "y").toList();

        assertThat(Split.stratified(groups, 0.25, 0.25, new SplittableRandom(9)).test())
                .isEqualTo(Split.stratified(groups, 0.25, 0.25, new SplittableRandom(9)).test());
    }
}
