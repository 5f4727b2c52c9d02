package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A request body leaves out the fields the spec marks readOnly, in nested models too; responses
 * keep them.
 */
class RequestJsonTest {
  /** An account whose id the server sets. */
  static final class Account extends JsonModel {
    private final String id;
    private final String name;
    private final Account parent;

    /** Carries no unlisted fields; the test builds accounts directly. */
    static final class Builder extends JsonModelBuilder<Builder> {
      Builder() {
        super("Account", Set.of("id", "name", "parent"));
      }
    }

    Account(String id, String name, Account parent) {
      super(new Builder());
      this.id = id;
      this.name = name;
      this.parent = parent;
    }

    @Override
    protected Set<String> readOnlyFields() {
      return Set.of("id");
    }

    @Override
    protected void writeFields(FieldWriter out) {
      out.field("id", id).field("name", name).field("parent", parent);
    }
  }

  private final ObjectMapper mapper = Json.newObjectMapper();

  @Test
  void readOnlyFieldsAreLeftOutOfRequestsAtEveryDepth() throws Exception {
    Account account = new Account("a1", "Ann", new Account("a0", "Root", null));
    assertEquals(
        "{\"name\":\"Ann\",\"parent\":{\"name\":\"Root\"}}",
        mapper.writeValueAsString(account.toRequestJsonMap()));
    assertEquals(
        "{\"id\":\"a1\",\"name\":\"Ann\",\"parent\":{\"id\":\"a0\",\"name\":\"Root\"}}",
        mapper.writeValueAsString(account));
  }

  @Test
  void listsAndMapsOfModelsAreWalked() throws Exception {
    Account ann = new Account("a1", "Ann", null);
    assertEquals(
        "[{\"name\":\"Ann\"}]", mapper.writeValueAsString(JsonModel.forRequest(List.of(ann))));
    assertEquals(
        "{\"k\":{\"name\":\"Ann\"}}",
        mapper.writeValueAsString(JsonModel.forRequest(Map.of("k", ann))));
    assertEquals("x", JsonModel.forRequest("x"));
  }
}
