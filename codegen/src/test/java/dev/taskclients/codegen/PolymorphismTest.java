package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which schemas become sealed interfaces, with which variants and discriminator values. */
class PolymorphismTest {
  private static final String SCHEMAS =
      String.join(
          "\n",
          "openapi: 3.0.3",
          "info: {title: t, version: '1'}",
          "paths: {}",
          "components:",
          "  schemas:",
          "    Pet:",
          "      oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]",
          "      discriminator: {propertyName: kind, mapping: {kitty: '#/components/schemas/Cat'}}",
          "    Cat: {type: object, properties: {kind: {type: string}}}",
          "    Dog: {type: object, properties: {kind: {type: string}}}",
          "    Label: {anyOf: [{type: string}, {type: integer}]}",
          "    Vehicle:",
          "      type: object",
          "      properties: {kind: {type: string}}",
          "      discriminator: {propertyName: kind, mapping: {car: '#/components/schemas/Car', cat: '#/components/schemas/Cat'}}",
          "    Car: {allOf: [{$ref: '#/components/schemas/Vehicle'}, {properties: {seats: {type: integer}}}]}",
          "    Base: {type: object, properties: {id: {type: string}}}",
          "    Only: {allOf: [{$ref: '#/components/schemas/Base'}]}",
          "    Resource: {type: object, properties: {id: {type: string}}}",
          "    Doc: {allOf: [{$ref: '#/components/schemas/Resource'}]}",
          "    Folder: {allOf: [{$ref: '#/components/schemas/Resource'}]}");

  private static Map<String, Polymorphism.Poly> find() {
    OpenAPI openAPI = new OpenAPIParser().readContents(SCHEMAS, null, null).getOpenAPI();
    return Polymorphism.find(openAPI);
  }

  @Test
  void aOneOfIsAUnionWhoseMappingComesBeforeTheImplicitNames() {
    Polymorphism.Poly pet = find().get("Pet");

    assertFalse(pet.parent());
    assertEquals("kind", pet.discriminator());
    assertEquals(2, pet.members().size());
    assertEquals(
        Map.of("kitty", "Cat", "Dog", "Dog"),
        pet.tags(),
        "Cat is mapped, so its own name is no value");
    assertEquals(List.of("kitty", "Dog"), List.copyOf(pet.tags().keySet()));
  }

  @Test
  void anAnyOfOfPrimitivesIsAUnionWithoutDiscriminator() {
    Polymorphism.Poly label = find().get("Label");

    assertNull(label.discriminator());
    assertTrue(label.tags().isEmpty());
    assertEquals(2, label.members().size());
  }

  @Test
  void aParentWithADiscriminatorAndOneChildIsPolymorphicAndMapsOnlyItsChildren() {
    Polymorphism.Poly vehicle = find().get("Vehicle");

    assertTrue(vehicle.parent());
    assertEquals(
        Map.of("car", "Car"), vehicle.tags(), "Cat does not extend Vehicle, so it cannot be one");
  }

  @Test
  void aParentNeedsTwoChildrenWithoutADiscriminator() {
    Map<String, Polymorphism.Poly> found = find();

    assertFalse(
        found.containsKey("Base"), "one child without a discriminator is a plain allOf merge");
    assertEquals(2, found.get("Resource").members().size());
    assertEquals(
        0,
        List.of("Cat", "Dog", "Car", "Base", "Only", "Doc", "Folder").stream()
            .filter(found::containsKey)
            .count(),
        "plain models and children are no polymorphic types");
  }

  @Test
  void wrapperNamesSayWhatTheyHold() {
    assertEquals("StringValue", PolymorphicModels.wrapperName("String"));
    assertEquals("StringList", PolymorphicModels.wrapperName("List<String>"));
    assertEquals("IntegerSet", PolymorphicModels.wrapperName("Set<Integer>"));
    assertEquals("BigDecimalMap", PolymorphicModels.wrapperName("Map<String, BigDecimal>"));
    assertEquals("StringListList", PolymorphicModels.wrapperName("List<List<String>>"));
    assertEquals("OffsetDateTimeValue", PolymorphicModels.wrapperName("java.time.OffsetDateTime"));
    assertEquals("ByteArrayValue", PolymorphicModels.wrapperName("byte[]"));
  }
}
