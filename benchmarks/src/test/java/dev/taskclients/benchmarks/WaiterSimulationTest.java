package dev.taskclients.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the benchmark (virtual time: no sleeping) and holds the waiter to the goals it was built
 * for.
 */
class WaiterSimulationTest {
  private final WaiterSimulation simulation = new WaiterSimulation(1000, 42);

  @Test
  void waiterUsesAtMostAThirdOfFixedPollingsRequestsAndDetectsWithin2sMedian() throws Exception {
    WaiterSimulation.Result baseline = simulation.fixedOneSecond();
    WaiterSimulation.Result ours = simulation.waiter(true);

    assertTrue(
        ours.meanRequests() <= baseline.meanRequests() / 3,
        "requests per wait " + ours.meanRequests() + " vs fixed " + baseline.meanRequests());
    assertTrue(
        ours.medianDelaySeconds() < 2.0, "median detection delay " + ours.medianDelaySeconds());
    simulation.write(Path.of("target", "waiter-benchmark.md"));
  }

  @Test
  void withoutProgressTheWaiterStillSavesRequests() {
    assertTrue(
        simulation.waiter(false).meanRequests() <= simulation.fixedOneSecond().meanRequests() / 3);
  }
}
