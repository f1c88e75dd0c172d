package org.mtl4j.math;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineTest {

    @Test
    void namesSelectTheirBackendCaseInsensitively() {
        assertThat(Engine.select("plain")).isSameAs(PlainGemm.INSTANCE);
        assertThat(Engine.select(" Vector ")).isSameAs(VectorGemm.INSTANCE);
        GemmBackend expectedAuto = BackendAvailability.nativeBackend().backend().orElse(VectorGemm.INSTANCE);
        assertThat(Engine.select("auto")).isSameAs(expectedAuto);
    }

    @Test
    void nativeIsSelectedWhenAvailableAndExplainedWhenNot() {
        BackendAvailability.Probe probe = BackendAvailability.nativeBackend();
        if (probe.backend().isPresent()) {
            assertThat(Engine.select("native").name()).isEqualTo("native");
        } else {
            assertThatThrownBy(() -> Engine.select("native")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("GEMM backend \"native\" is not available: " + probe.reason());
        }
    }

    @Test
    void anUnknownNameIsAClearError() {
        assertThatThrownBy(() -> Engine.select("fast")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown GEMM backend \"fast\"; use native, vector, plain or auto")
                .hasMessageContaining("-Dmtl4j.backend");
    }

    @Test
    void describeReportsBackendThreadsJdkAndVectorWidth() {
        String description = Engine.describe();
        assertThat(description).startsWith("backend: " + Engine.backend().name() + " (")
                .contains("\nthreads: " + Engine.backend().threads() + " of ")
                .contains("\njdk: ")
                .containsPattern("cpu vector width: \\d+ bits \\(\\d+ doubles\\)");
    }

    @Test
    void withoutTheVectorModuleAutoFallsBackAndForcingVectorNamesTheReason()
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dmtl4j.backend=vector", "-Ddev.ludovic.netlib.blas.allowNative=false",
                EngineWithoutVectorModule.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output)
                .contains("auto: plain")
                .contains("forced vector: IllegalStateException: GEMM backend \"vector\" is not available: "
                        + "the module jdk.incubator.vector is not loaded")
                .contains("backend: none, GEMM backend \"vector\" is not available")
                .contains("cpu vector width: unknown");
        assertThat(process.exitValue()).isZero();
    }
}
