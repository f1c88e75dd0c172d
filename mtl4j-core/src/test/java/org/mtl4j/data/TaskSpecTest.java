package org.mtl4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtl4j.model.TaskKind;

class TaskSpecTest {

    @Test
    void nameAndKindGiveWeightOne() {
        assertThat(TaskSpec.parse("Species:multiclass")).isEqualTo(new TaskSpec("Species", TaskKind.MULTICLASS, 1.0));
    }

    @Test
    void namesMayHoldSpacesParenthesesQuotesAndColons() {
        assertThat(TaskSpec.parse("Body Mass (g):regression")).isEqualTo(TaskSpec.of("Body Mass (g)", TaskKind.REGRESSION));
        assertThat(TaskSpec.parse("\"Body Mass (g)\":regression").name()).isEqualTo("Body Mass (g)");
        assertThat(TaskSpec.parse("ratio a:b:binary:2")).isEqualTo(new TaskSpec("ratio a:b", TaskKind.BINARY, 2.0));
        assertThat(TaskSpec.parse("time 12:30:Binary").name()).isEqualTo("time 12:30");
    }

    @Test
    void aTrailingNumberAfterAKindIsTheWeight() {
        assertThat(TaskSpec.parse("Sex:binary:0.5").weight()).isEqualTo(0.5);
    }

    @Test
    void toStringParsesBackToTheSameSpec() {
        TaskSpec spec = new TaskSpec("a:b", TaskKind.REGRESSION, 0.25);

        assertThat(TaskSpec.parse(spec.toString())).isEqualTo(spec);
    }

    @Test
    void malformedSpecsSayWhatIsExpected() {
        assertThatThrownBy(() -> TaskSpec.parse("Species")).hasMessageContaining("is not NAME:KIND[:WEIGHT]");
        assertThatThrownBy(() -> TaskSpec.parse("Species:classification")).hasMessageContaining("regression, binary, multiclass");
        assertThatThrownBy(() -> TaskSpec.parse(":binary")).hasMessageContaining("is not NAME:KIND");
        assertThatThrownBy(() -> TaskSpec.parse("Sex:binary:heavy")).hasMessageContaining("cannot read weight \"heavy\"");
        assertThatThrownBy(() -> TaskSpec.parse("Sex:binary:0")).hasMessageContaining("weight must be a finite number > 0");
    }
}
