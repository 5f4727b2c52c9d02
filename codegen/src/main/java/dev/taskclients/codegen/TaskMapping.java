package dev.taskclients.codegen;

import dev.taskclients.codegen.view.TaskStateView;
import dev.taskclients.codegen.view.TaskViewModel;
import dev.taskclients.codegen.view.ViewMethodView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/**
 * Turns a task schema's {@code x-taskclients-task} (JSON field paths such as {@code
 * progress.percent}) into the Java a task model implements {@code TaskView} with: each view method
 * reads the mapped field through the models' getters, so nothing is looked up by JSON name at run
 * time. A path that names no property, or a field of a type the view method cannot give, is refused
 * when the client is generated, naming the schema and the path.
 *
 * <p>A property whose Java name is a view method's ({@code state}, {@code id}, ...) keeps it only
 * when it is the field that method reads and has the method's type, so that its getter is the view
 * method; any other such property gets the suffix {@code Value}, as properties named like a model's
 * own members do.
 */
final class TaskMapping {
  /** The extension on a task schema. */
  static final String EXTENSION = "x-taskclients-task";

  /** The view methods a task model implements, with the extension key of the field each reads. */
  private static final Map<String, String> VIEW_METHODS = new LinkedHashMap<>();

  static {
    VIEW_METHODS.put("id", "idField");
    VIEW_METHODS.put("rawStatus", "statusField");
    VIEW_METHODS.put("progressPercent", "progressField");
    VIEW_METHODS.put("errorMessage", "errorField");
    VIEW_METHODS.put("estimatedCompletion", "etaField");
  }

  /** Member names of {@code TaskView} that no property may take, mapped or not. */
  private static final Set<String> ALWAYS_TAKEN = Set.of("state", "isTerminal");

  private final Map<String, CodegenModel> models;
  private final FieldPath paths;

  /**
   * @param models every model of the spec, by class name
   */
  TaskMapping(Map<String, CodegenModel> models) {
    this.models = models;
    this.paths = new FieldPath(models);
  }

  /**
   * Renames the task model's properties that would clash with a view method, and describes the
   * view.
   *
   * @param model a model whose schema has {@value #EXTENSION}
   * @return the view the model's template renders
   * @throws UnsupportedSpecException when the extension names a field that is not there or cannot
   *     be read as its method needs
   */
  TaskViewModel map(CodegenModel model) {
    Map<?, ?> extension = extension(model);
    renameClashes(model, extension);
    List<ViewMethodView> accessors = new ArrayList<>();
    for (Map.Entry<String, String> method : VIEW_METHODS.entrySet()) {
      Object path = extension.get(method.getValue());
      if (path == null && (method.getKey().equals("id") || method.getKey().equals("rawStatus"))) {
        throw refusal(
            model, method.getValue() + " is missing: a task needs its id and status fields");
      }
      ViewMethodView accessor =
          path == null
              ? absent(method.getKey())
              : accessor(model, method.getKey(), path.toString());
      if (accessor != null) {
        accessors.add(accessor);
      }
    }
    return new TaskViewModel(accessors, states(model, extension));
  }

  private static Map<?, ?> extension(CodegenModel model) {
    if (!(model.vendorExtensions.get(EXTENSION) instanceof Map<?, ?> extension)) {
      throw refusal(model, "it must be an object with idField, statusField and states");
    }
    return extension;
  }

  /**
   * A property named like a view method stays only as the field that method reads, with the
   * method's type.
   */
  private void renameClashes(CodegenModel model, Map<?, ?> extension) {
    for (CodegenProperty var : model.vars) {
      String key = VIEW_METHODS.get(var.name);
      boolean isTheViewMethod =
          key != null
              && var.baseName.equals(String.valueOf(extension.get(key)))
              && var.datatypeWithEnum.equals(returnType(var.name));
      if (ALWAYS_TAKEN.contains(var.name) || key != null && !isTheViewMethod) {
        var.name = var.name + "Value";
      }
    }
  }

  private static String returnType(String method) {
    return switch (method) {
      case "progressPercent" -> "Integer";
      case "estimatedCompletion" -> "OffsetDateTime";
      default -> "String";
    };
  }

  /** A view method for a field the spec does not map: it returns null. */
  private static ViewMethodView absent(String method) {
    return new ViewMethodView(returnType(method), method, List.of(), "null");
  }

  private ViewMethodView accessor(CodegenModel model, String method, String path) {
    FieldPath.Resolved field = paths.resolve(model, path, where(model), VIEW_METHODS.get(method));
    if (field.steps().isEmpty() && method.equals(field.property().name)) {
      return null; // the property's own getter is the view method (renameClashes kept it only then)
    }
    return new ViewMethodView(
        returnType(method),
        method,
        field.steps(),
        convert(model, method, path, field.property(), field.access()));
  }

  /** The expression giving the view method's value from the last field's, {@code value}. */
  private String convert(
      CodegenModel model, String method, String path, CodegenProperty field, String value) {
    String type = field.datatypeWithEnum;
    CodegenModel typeModel = field.complexType == null ? null : models.get(field.complexType);
    boolean openEnum = field.isEnum || field.isEnumRef || typeModel != null && typeModel.isEnum;
    switch (method) {
      case "progressPercent":
        if (type.equals("Integer")) {
          return value;
        }
        if (Set.of("Long", "Float", "Double", "BigDecimal", "BigInteger", "Number")
            .contains(type)) {
          return value + " == null ? null : " + value + ".intValue()";
        }
        if (type.equals("JsonNode")) {
          return value + " != null && " + value + ".isNumber() ? " + value + ".intValue() : null";
        }
        throw refusal(model, "progressField '" + path + "' is a " + type + "; it must be a number");
      case "estimatedCompletion":
        if (type.equals("OffsetDateTime")) {
          return value;
        }
        throw refusal(
            model,
            "etaField '" + path + "' is a " + type + "; it must be a string of format date-time");
      default:
        if (type.equals("String")) {
          return value;
        }
        if (openEnum) {
          boolean textual =
              typeModel != null
                  ? "String".equals(typeModel.dataType)
                  : "String".equals(field.dataType);
          return value
              + " == null ? null : "
              + (textual ? value + ".value()" : "String.valueOf(" + value + ".value())");
        }
        if (type.equals("JsonNode")) {
          return value
              + " == null || "
              + value
              + ".isNull() ? null : "
              + value
              + ".isTextual() ? "
              + value
              + ".asText() : "
              + value
              + ".toString()";
        }
        if (field.isPrimitiveType
            || Set.of("Integer", "Long", "UUID", "URI", "BigDecimal").contains(type)) {
          return value + " == null ? null : String.valueOf(" + value + ")";
        }
        throw refusal(
            model,
            VIEW_METHODS.get(method)
                + " '"
                + path
                + "' is a "
                + type
                + "; it must be a string, "
                + "a number or an enum");
    }
  }

  private static List<TaskStateView> states(CodegenModel model, Map<?, ?> extension) {
    List<TaskStateView> states = new ArrayList<>();
    if (extension.get("states") instanceof List<?> entries) {
      for (Object entry : entries) {
        if (!(entry instanceof Map<?, ?> map)
            || map.get("value") == null
            || map.get("state") == null) {
          throw refusal(
              model,
              "each of states must be {value: <status>, state: <PENDING, RUNNING, SUCCEEDED, "
                  + "FAILED or CANCELED>}, was "
                  + entry);
        }
        String state = map.get("state").toString().toUpperCase(Locale.ROOT);
        if (!Set.of("PENDING", "RUNNING", "SUCCEEDED", "FAILED", "CANCELED").contains(state)) {
          throw refusal(
              model,
              "state '"
                  + map.get("state")
                  + "' of status '"
                  + map.get("value")
                  + "' is not one of "
                  + "PENDING, RUNNING, SUCCEEDED, FAILED, CANCELED");
        }
        states.add(
            new TaskStateView(JavaText.stringLiteralBody(map.get("value").toString()), state));
      }
    }
    return states;
  }

  private static String where(CodegenModel model) {
    return "components.schemas." + model.name + "." + EXTENSION;
  }

  private static UnsupportedSpecException refusal(CodegenModel model, String problem) {
    return new UnsupportedSpecException(where(model), problem);
  }
}
