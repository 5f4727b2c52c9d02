package dev.taskclients.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spec file names become the package and client names the brief fixes. */
class SpecNamingTest {
  @Test
  void fileNamesBecomePackageSegmentsAndClientNames() {
    assertEquals("petstore_expanded", SpecNaming.packageSegment("petstore-expanded.yaml"));
    assertEquals("PetstoreExpanded", SpecNaming.clientName("petstore-expanded.yaml"));
    assertEquals("ApiWithExamples", SpecNaming.clientName("api-with-examples.yaml"));
    assertEquals("default_", SpecNaming.packageSegment("default.json"));
    assertEquals("_3d_models", SpecNaming.packageSegment("3d-models.yml"));
    assertEquals("Spec3dModels", SpecNaming.clientName("3d-models.yml"));
  }
}
