package org.mtl4j.math;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GemmThreadsTest {

    @Test
    void everyPartRunsExactlyOnce() {
        for (int parts = 1; parts <= GemmThreads.COUNT + 2; parts++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(parts);
            for (int repeat = 0; repeat < 100; repeat++) {
                GemmThreads.run(parts, runs::incrementAndGet);
            }
            for (int index = 0; index < parts; index++) {
                assertThat(runs.get(index)).as("part %d of %d", index, parts).isEqualTo(100);
            }
        }
    }

    @Test
    void aFailingPartIsRethrownAndThePoolStaysUsable() {
        int parts = Math.max(2, GemmThreads.COUNT);
        assertThatThrownBy(() -> GemmThreads.run(parts, index -> {
            if (index == parts - 1) {
                throw new ArithmeticException("part " + index + " failed");
            }
        })).isInstanceOf(ArithmeticException.class).hasMessage("part " + (parts - 1) + " failed");
        AtomicIntegerArray runs = new AtomicIntegerArray(parts);
        GemmThreads.run(parts, runs::incrementAndGet);
        for (int index = 0; index < parts; index++) {
            assertThat(runs.get(index)).as("part %d after a failure", index).isEqualTo(1);
        }
    }
}
