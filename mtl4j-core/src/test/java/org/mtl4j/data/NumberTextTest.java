package org.mtl4j.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"12abc", "1,5", "65,536", "12d", "1f", "0x10", "Infinity", "-Infinity", "NaN", "1e999",
            "", " ", "1.2.3", "--1", "1e", "e5", "1 000", "½"})
    void textThatIsNotAPlainDecimalNumberIsNotANumber(String cell) {
        assertThat(NumberText.isNumber(cell)).isFalse();
        assertThat(NumberText.parse(cell)).isNaN();
    }

    @Test
    void plainDecimalsParseAsTheWholeStrippedCell() {
        assertThat(NumberText.parse(" 12 ")).isEqualTo(12.0);
        assertThat(NumberText.parse("-0.5")).isEqualTo(-0.5);
        assertThat(NumberText.parse("+3.")).isEqualTo(3.0);
        assertThat(NumberText.parse(".25")).isEqualTo(0.25);
        assertThat(NumberText.parse("1e-3")).isEqualTo(0.001);
        assertThat(NumberText.parse("6.02E23")).isEqualTo(6.02e23);
    }

    @Test
    void thousandsSeparatorsAndDecimalCommasLookNumericSoTheyAreReportedNotCategorised() {
        assertThat(NumberText.looksNumeric("65,536")).isTrue();
        assertThat(NumberText.looksNumeric("1,5")).isTrue();
        assertThat(NumberText.looksNumeric("12abc")).isFalse();
        assertThat(NumberText.cannotRead(" 65,536 ")).isEqualTo("cannot read \"65,536\" as a number");
    }

    @Test
    void categoriesSortNumericallyWhenAllAreNumbersAndAsTextOtherwise() {
        assertThat(CategoryOrder.sorted(List.of("0", "2", "1", "2"))).containsExactly("0", "1", "2");
        assertThat(CategoryOrder.sorted(List.of("10", "9", "-1", "1.0", "1"))).containsExactly("-1", "1", "1.0", "9", "10");
        assertThat(CategoryOrder.sorted(List.of("true", "false"))).containsExactly("false", "true");
        assertThat(CategoryOrder.sorted(List.of("b", "10", "a", "9"))).containsExactly("10", "9", "a", "b");
    }
}
