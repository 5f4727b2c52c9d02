package dev.taskclients.corpus.largecomposite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec as the parts write it: its tags, paths and components, each kept in the order added,
 * which is the order they are written out.
 *
 * @param tags the root {@code tags}
 * @param paths the {@code paths}, by path template
 * @param parameters {@code components.parameters}
 * @param responses {@code components.responses}
 * @param schemas {@code components.schemas}
 */
record ConductorDocument(
    List<Object> tags,
    Map<String, Object> paths,
    Map<String, Object> parameters,
    Map<String, Object> responses,
    Map<String, Object> schemas) {

  /** An empty document. */
  ConductorDocument() {
    this(
        new ArrayList<>(),
        new LinkedHashMap<>(),
        new LinkedHashMap<>(),
        new LinkedHashMap<>(),
        new LinkedHashMap<>());
  }
}
