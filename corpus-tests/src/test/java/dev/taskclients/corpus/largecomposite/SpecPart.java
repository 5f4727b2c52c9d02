package dev.taskclients.corpus.largecomposite;

import static dev.taskclients.corpus.largecomposite.OperationShapes.badRequest;
import static dev.taskclients.corpus.largecomposite.OperationShapes.codes;
import static dev.taskclients.corpus.largecomposite.OperationShapes.noContent;
import static dev.taskclients.corpus.largecomposite.OperationShapes.notFound;
import static dev.taskclients.corpus.largecomposite.OperationShapes.op;
import static dev.taskclients.corpus.largecomposite.OperationShapes.param;
import static dev.taskclients.corpus.largecomposite.OperationShapes.requestBody;
import static dev.taskclients.corpus.largecomposite.OperationShapes.response;
import static dev.taskclients.corpus.largecomposite.OrderedMaps.l;
import static dev.taskclients.corpus.largecomposite.OrderedMaps.m;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A part of the spec: a group of resources, each adding its schemas, tags and operations to the
 * document, in the order the parts run. The parts share this vocabulary: {@link #crud} writes a
 * resource's five operations at once.
 */
abstract class SpecPart {
  /** The document's {@code components.schemas}. */
  final Map<String, Object> schemas;

  /** The document's {@code components.parameters}. */
  final Map<String, Object> parameters;

  /** The document's {@code components.responses}. */
  final Map<String, Object> responses;

  private final Map<String, Object> paths;
  private final List<Object> tags;

  /** Writes into the document's maps. */
  SpecPart(ConductorDocument document) {
    this.schemas = document.schemas();
    this.parameters = document.parameters();
    this.responses = document.responses();
    this.paths = document.paths();
    this.tags = document.tags();
  }

  /** Adds this part's tags, schemas and operations. */
  abstract void write();

  /**
   * One CRUD operation: its id, summary, request body (null for none), response body and extras.
   */
  static final class Crud {
    final String id;
    final String summary;
    final Object request;
    final Object response;
    List<Object> extraParams = List.of();
    Object example;
    Object requestExample;
    boolean patch;

    Crud(String id, String summary, Object request, Object response) {
      this.id = id;
      this.summary = summary;
      this.request = request;
      this.response = response;
    }

    /** A list operation: its response and its query parameters besides limit and cursor. */
    Crud(String id, String summary, Object response, List<Object> extraParams) {
      this(id, summary, null, response);
      this.extraParams = extraParams;
    }

    Crud example(Object value) {
      this.example = value;
      return this;
    }

    Crud requestExample(Object value) {
      this.requestExample = value;
      return this;
    }

    Crud patch() {
      this.patch = true;
      return this;
    }
  }

  /**
   * The five operations of a resource: list and create on the collection, get, change and delete an
   * item.
   */
  final void crud(
      String collection,
      String item,
      String idParam,
      String tag,
      String noun,
      Crud list,
      Crud create,
      Crud read,
      Crud update,
      Crud remove) {
    List<Object> listParams = new ArrayList<>(list.extraParams);
    listParams.add(param("Limit"));
    listParams.add(param("Cursor"));
    get(
        collection,
        op(
            list.id,
            list.summary,
            tag,
            listParams,
            null,
            codes(
                "200", response("A page of results.", list.response, list.example),
                "400", badRequest())));
    post(
        collection,
        op(
            create.id,
            create.summary,
            tag,
            l(),
            requestBody("The new " + noun + ".", create.request, create.requestExample),
            codes(
                "201", response("The " + noun + " as stored.", create.response, create.example),
                "400", badRequest())));
    get(
        item,
        op(
            read.id,
            read.summary,
            tag,
            l(param(idParam)),
            null,
            codes(
                "200", response("The " + noun + ".", read.response, read.example),
                "404", notFound())));
    Map<String, Object> change =
        op(
            update.id,
            update.summary,
            tag,
            l(param(idParam)),
            requestBody(
                update.patch ? "The fields to change." : "The new " + noun + ".",
                update.request,
                update.requestExample),
            codes(
                "200", response("The " + noun + " as stored.", update.response, update.example),
                "400", badRequest(),
                "404", notFound()));
    if (update.patch) {
      patch(item, change);
    } else {
      put(item, change);
    }
    delete(
        item,
        op(
            remove.id,
            remove.summary,
            tag,
            l(param(idParam)),
            null,
            codes(
                "204", noContent("Deleted."),
                "404", notFound())));
  }

  /** Declares a tag, in the order tags are listed. */
  final void tag(String name, String description) {
    tags.add(m("name", name, "description", description));
  }

  /** Adds a GET operation. */
  final void get(String path, Map<String, Object> operation) {
    at(path, "get", operation);
  }

  /** Adds a POST operation. */
  final void post(String path, Map<String, Object> operation) {
    at(path, "post", operation);
  }

  /** Adds a PUT operation. */
  final void put(String path, Map<String, Object> operation) {
    at(path, "put", operation);
  }

  /** Adds a PATCH operation. */
  final void patch(String path, Map<String, Object> operation) {
    at(path, "patch", operation);
  }

  /** Adds a DELETE operation. */
  final void delete(String path, Map<String, Object> operation) {
    at(path, "delete", operation);
  }

  @SuppressWarnings("unchecked")
  private void at(String path, String method, Map<String, Object> operation) {
    Map<String, Object> item =
        (Map<String, Object>) paths.computeIfAbsent(path, p -> new LinkedHashMap<>());
    if (item.put(method, operation) != null) {
      throw new IllegalStateException(method + " " + path + " twice");
    }
  }
}
