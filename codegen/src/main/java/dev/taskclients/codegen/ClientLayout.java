package dev.taskclients.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.tags.Tag;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * How a client's operations are laid out in classes: which sub-client holds each operation, and the
 * Java names of the sub-clients and of the operations' parameter classes.
 *
 * <p><b>Groups.</b> An operation's group is its {@value #EXTENSION} when it has one, else the
 * {@value #EXTENSION} of its first tag (on the tag object in the spec's top-level {@code tags}),
 * else its first tag's name; an operation with no tag has none. When the operations name <em>more
 * than one</em> group, the client is <em>grouped</em>: each group becomes a sub-client, a class of
 * its own returned by an accessor of the root client, and operations without a group stay on the
 * root client. Otherwise (one group or none) every operation is a method of the root client, as
 * before sub-clients existed.
 *
 * <p><b>Names.</b> A group's name is split into words at every character that is not an ASCII
 * letter or digit, after accents are taken off ({@code é} becomes {@code e}; other letters outside
 * ASCII are dropped, as the generator does for model names):
 *
 * <ul>
 *   <li>the accessor is the words in lower camel case ({@code Shared links (Files)} becomes {@code
 *       sharedLinksFiles}, {@code AI Studio} {@code aiStudio}, {@code URLs} {@code urls}); a name
 *       that starts with a digit gets the prefix {@code _} ({@code _3dModels}), as property names
 *       do; a Java keyword or literal, a member of the root client ({@code builder}, {@code
 *       config}, {@code async}, {@code withRawResponse}, {@code toString}, ...) or a method of an
 *       operation left on the root client gets the suffix {@code Group} ({@code defaultGroup},
 *       {@code classGroup}); a name another group already has gets a number ({@code pets}, {@code
 *       pets2});
 *   <li>the class is the words in upper camel case with the suffix {@code Client} ({@code
 *       SharedLinksFilesClient}); a name taken by the root client, a model class or the views'
 *       nested classes ({@code RawClient}, {@code AsyncClient}) gets {@code Group} before {@code
 *       Client} ({@code AsyncGroupClient}); a name another group already has, compared ignoring
 *       case as a file system may, gets a number ({@code Pets2Client});
 *   <li>a name with no ASCII letter or digit is {@code group} ({@code GroupClient}).
 * </ul>
 *
 * <p>An operation with optional parameters has a class of its own, {@code <Operation>Params} (the
 * operation's method name with an upper-case first letter): a name taken by another class of the
 * client package or by a model class, compared ignoring case, gets a number before {@code Params}.
 */
final class ClientLayout {
  /** The vendor extension choosing an operation's group, on the operation or on a tag. */
  static final String EXTENSION = "x-taskclients-group";

  /**
   * Members of the root client an accessor must not take the name of (the views and Object's
   * methods included).
   */
  static final Set<String> ROOT_MEMBERS =
      Set.of(
          "builder",
          "config",
          "async",
          "withRawResponse",
          "toString",
          "hashCode",
          "equals",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize",
          "raw",
          "invoker");

  /**
   * The nested classes every client has: a top-level class of that name would be shadowed inside a
   * client.
   */
  static final Set<String> NESTED_CLASSES = Set.of("RawClient", "AsyncClient", "Builder");

  /**
   * A sub-client.
   *
   * @param name the group's name as the spec gives it (a tag, or the extension's value)
   * @param accessor the root client's method returning the sub-client
   * @param className the sub-client's class, in the client's package
   * @param description the descriptions of the group's tags, or null
   */
  record Group(String name, String accessor, String className, String description) {}

  private final Map<String, String> tagGroups;
  private final Map<String, List<String>> descriptions;
  private final List<String> order;
  private final boolean grouped;

  private ClientLayout(
      Map<String, String> tagGroups,
      Map<String, List<String>> descriptions,
      List<String> order,
      boolean grouped) {
    this.tagGroups = tagGroups;
    this.descriptions = descriptions;
    this.order = order;
    this.grouped = grouped;
  }

  /**
   * Reads the groups of a spec.
   *
   * @param openAPI the spec
   * @return its layout
   */
  static ClientLayout of(OpenAPI openAPI) {
    Map<String, String> tagGroups = new LinkedHashMap<>();
    Map<String, List<String>> descriptions = new LinkedHashMap<>();
    List<String> declared = new ArrayList<>();
    for (Tag tag : openAPI.getTags() == null ? List.<Tag>of() : openAPI.getTags()) {
      if (tag == null || tag.getName() == null) {
        continue;
      }
      String group = extension(tag.getExtensions());
      String name = group != null ? group : tag.getName();
      tagGroups.putIfAbsent(tag.getName(), name);
      declared.add(name);
      String description = tag.getDescription();
      if (description != null && !description.isBlank()) {
        List<String> texts = descriptions.computeIfAbsent(name, k -> new ArrayList<>());
        if (!texts.contains(description.strip())) {
          texts.add(description.strip());
        }
      }
    }
    ClientLayout partial = new ClientLayout(tagGroups, descriptions, List.of(), false);
    Set<String> used = new LinkedHashSet<>();
    if (openAPI.getPaths() != null) {
      for (PathItem item : openAPI.getPaths().values()) {
        for (Operation operation : item == null ? List.<Operation>of() : item.readOperations()) {
          String group = partial.groupOf(operation);
          if (group != null) {
            used.add(group);
          }
        }
      }
    }
    // The order of the spec's top-level tags, then of the operations for groups no declared tag
    // names.
    List<String> order = new ArrayList<>();
    declared.stream().filter(used::contains).distinct().forEach(order::add);
    used.stream().filter(g -> !order.contains(g)).forEach(order::add);
    return new ClientLayout(tagGroups, descriptions, order, used.size() > 1);
  }

  private static String extension(Map<String, Object> extensions) {
    Object value = extensions == null ? null : extensions.get(EXTENSION);
    if (value == null || value instanceof Map || value instanceof Collection) {
      return null;
    }
    String text = value.toString();
    return text.isBlank() ? null : text.strip();
  }

  /**
   * @return whether operations go into sub-clients: they name more than one group
   */
  boolean grouped() {
    return grouped;
  }

  /**
   * The group an operation names, whether or not the client is grouped.
   *
   * @param operation the operation
   * @return the group's name, or null for an operation with no tag and no extension
   */
  String groupOf(Operation operation) {
    String own = extension(operation.getExtensions());
    if (own != null) {
      return own;
    }
    List<String> tags = operation.getTags();
    if (tags == null || tags.isEmpty() || tags.get(0) == null || tags.get(0).isBlank()) {
      return null;
    }
    return tagGroups.getOrDefault(tags.get(0), tags.get(0));
  }

  /**
   * The sub-client that holds an operation.
   *
   * @param operation the operation
   * @return its group's name, or null when the operation stays on the root client
   */
  String subClientOf(Operation operation) {
    return grouped ? groupOf(operation) : null;
  }

  /**
   * Names the sub-clients of the groups that hold operations, in the spec's order (its declared
   * tags first).
   *
   * @param groups the groups that hold operations
   * @param rootMethods the methods of operations left on the root client, which no accessor may
   *     take
   * @param takenClasses class names the sub-clients must not take (the root client's, the models'),
   *     in any case
   * @return the sub-clients
   */
  List<Group> name(Collection<String> groups, Set<String> rootMethods, Set<String> takenClasses) {
    List<String> ordered = new ArrayList<>(order);
    ordered.retainAll(groups);
    groups.stream().filter(g -> !ordered.contains(g)).forEach(ordered::add);
    Set<String> taken = lowerCase(takenClasses);
    taken.addAll(lowerCase(NESTED_CLASSES));
    Set<String> accessors = new HashSet<>();
    Set<String> classes = new HashSet<>();
    List<Group> named = new ArrayList<>();
    for (String group : ordered) {
      List<String> words = words(group);
      String accessor = accessor(words, rootMethods, accessors);
      accessors.add(accessor);
      String className = className(words, taken, classes);
      classes.add(className.toLowerCase(Locale.ROOT));
      List<String> texts = descriptions.getOrDefault(group, List.of());
      named.add(
          new Group(
              group, accessor, className, texts.isEmpty() ? null : String.join("\n\n", texts)));
    }
    return named;
  }

  private static String accessor(List<String> words, Set<String> rootMethods, Set<String> used) {
    String stem = words.isEmpty() ? "group" : lowerCamel(words);
    if (Character.isDigit(stem.charAt(0))) {
      stem = "_" + stem;
    }
    if (unusable(stem, rootMethods)) {
      stem = stem + "Group";
    }
    String accessor = stem;
    for (int n = 2; unusable(accessor, rootMethods) || used.contains(accessor); n++) {
      accessor = stem + n;
    }
    return accessor;
  }

  private static boolean unusable(String accessor, Set<String> rootMethods) {
    return SourceVersion.isKeyword(accessor)
        || accessor.equals("_")
        || ROOT_MEMBERS.contains(accessor)
        || rootMethods.contains(accessor);
  }

  private static String className(List<String> words, Set<String> taken, Set<String> used) {
    String base = words.isEmpty() ? "Group" : upperCamel(words);
    if (Character.isDigit(base.charAt(0))) {
      base = "_" + base;
    }
    if (taken.contains((base + "Client").toLowerCase(Locale.ROOT))) {
      base = base + "Group";
    }
    String className = base + "Client";
    for (int n = 2;
        taken.contains(className.toLowerCase(Locale.ROOT))
            || used.contains(className.toLowerCase(Locale.ROOT));
        n++) {
      className = base + n + "Client";
    }
    return className;
  }

  /**
   * The class name of an operation's optional parameters.
   *
   * @param methodName the operation's method name
   * @param taken class names already taken in the client's package or by models, lower case; the
   *     chosen name is added
   * @return {@code <MethodName>Params}, or with a number before {@code Params} when that is taken
   */
  static String paramsClass(String methodName, Set<String> taken) {
    String base =
        methodName.isEmpty()
            ? methodName
            : Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1);
    String className = base + "Params";
    for (int n = 2; taken.contains(className.toLowerCase(Locale.ROOT)); n++) {
      className = base + n + "Params";
    }
    taken.add(className.toLowerCase(Locale.ROOT));
    return className;
  }

  private static Set<String> lowerCase(Collection<String> names) {
    return names.stream()
        .map(n -> n.toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(HashSet::new));
  }

  /**
   * The words of a name: accents taken off, split at every character that is not an ASCII letter or
   * digit.
   *
   * @param name the name
   * @return the words, possibly none
   */
  static List<String> words(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    List<String> words = new ArrayList<>();
    for (String word : plain.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * Words in lower camel case: the first word's leading capitals lower-cased ({@code AI} becomes
   * {@code ai}, {@code HTTPServer} {@code httpServer}, {@code URLs} {@code urls}), each following
   * word capitalized.
   */
  static String lowerCamel(List<String> words) {
    StringBuilder out = new StringBuilder(decapitalize(words.get(0)));
    for (int i = 1; i < words.size(); i++) {
      out.append(capitalize(words.get(i)));
    }
    return out.toString();
  }

  /** Words in upper camel case: each word capitalized, the rest of it as written. */
  static String upperCamel(List<String> words) {
    return words.stream().map(ClientLayout::capitalize).collect(Collectors.joining());
  }

  private static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String decapitalize(String word) {
    int run = 0;
    while (run < word.length() && !Character.isLowerCase(word.charAt(run))) {
      run++;
    }
    if (run == word.length() || word.substring(run).equals("s")) {
      return word.toLowerCase(Locale.ROOT); // an acronym, or its plural
    }
    if (run <= 1) {
      return Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }
    // Capitals then a lower-case letter: the last capital starts the next word.
    return word.substring(0, run - 1).toLowerCase(Locale.ROOT) + word.substring(run - 1);
  }
}
