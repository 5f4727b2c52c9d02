package dev.taskclients.corpus.largecomposite;

import static dev.taskclients.corpus.largecomposite.OrderedMaps.m;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.arr;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.bool;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.en;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.integer;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.nstr;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.obj;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.oneOf;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.ref;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.req;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.str;

/**
 * The components every other part refers to: the paging and id parameters, the two error responses,
 * the error model and the small unions of primitives (a label value, a duration, a capacity, ...).
 */
final class CommonPart extends SpecPart {
  CommonPart(ConductorDocument document) {
    super(document);
  }

  @Override
  void write() {
    parameters.put(
        "Limit",
        m(
            "name",
            "limit",
            "in",
            "query",
            "description",
            "The most items to return.",
            "schema",
            m(
                "type",
                "integer",
                "minimum",
                1,
                "maximum",
                200,
                "default",
                50,
                "description",
                "A page size.")));
    parameters.put(
        "Cursor",
        m(
            "name",
            "cursor",
            "in",
            "query",
            "description",
            "Where the page starts, as returned in the previous page's next.",
            "schema",
            m("type", "string", "description", "An opaque cursor.")));
    String[][] ids = {
      {"JobId", "jobId", "The job's id."},
      {"RunId", "runId", "The run's id."},
      {"StepId", "stepId", "The step's id, unique within its job."},
      {"TriggerId", "triggerId", "The trigger's id."},
      {"ArtifactId", "artifactId", "The artifact's id."},
      {"ChannelId", "channelId", "The notification channel's id."},
      {"NotificationId", "notificationId", "The notification's id."},
      {"EventId", "eventId", "The event's id."},
      {"WorkflowId", "workflowId", "The workflow's id."},
      {"RunnerId", "runnerId", "The runner's id."},
      {"SecretName", "secretName", "The secret's name."},
      {"ScheduleId", "scheduleId", "The schedule's id."},
      {"WebhookId", "webhookId", "The webhook's id."},
      {"QueueId", "queueId", "The queue's id."},
      {"PolicyId", "policyId", "The policy's id."},
      {"EnvironmentName", "environmentName", "The environment's name."},
      {"TemplateId", "templateId", "The template's id."},
    };
    for (String[] id : ids) {
      parameters.put(
          id[0],
          m(
              "name",
              id[1],
              "in",
              "path",
              "required",
              true,
              "description",
              id[2],
              "schema",
              m("type", "string", "minLength", 1, "description", id[2])));
    }
    responses.put(
        "NotFound",
        m(
            "description",
            "Nothing has that id.",
            "content",
            m("application/json", m("schema", ref("Error")))));
    responses.put(
        "BadRequest",
        m(
            "description",
            "The request is malformed or breaks a rule.",
            "content",
            m("application/json", m("schema", ref("Error")))));

    schemas.put(
        "Error",
        obj(
            "An error, as every failing operation returns it.",
            req("code", "message"),
            m(
                "code", integer("A machine-readable error code."),
                "message", str("What went wrong, for people."),
                "target", nstr("The field or resource the error is about, if any."))));
    schemas.put(
        "LabelValue",
        oneOf(
            "A label's value: one string or several.",
            str("A single value."),
            arr("Several values, in order.", str("One value."))));
    schemas.put(
        "Duration",
        oneOf(
            "A length of time: whole seconds, or an ISO 8601 duration such as PT5M.",
            m("type", "integer", "minimum", 0, "description", "Whole seconds."),
            str("An ISO 8601 duration.")));
    schemas.put(
        "Capacity",
        oneOf(
            "How much something can take at once: a count, or unlimited.",
            m("type", "integer", "minimum", 1, "description", "A fixed count."),
            en("No limit at all.", "unlimited")));
    schemas.put(
        "ByteSize",
        oneOf(
            "A size: a number of bytes, or a text such as 12MiB.",
            m(
                "type",
                "integer",
                "format",
                "int64",
                "minimum",
                0,
                "description",
                "A number of bytes."),
            str("A size with a unit.")));
    schemas.put(
        "ParameterValue",
        oneOf(
            "A value given to a job parameter.",
            str("A text value."),
            integer("A whole number."),
            bool("A flag."),
            arr("A list of texts.", str("One text."))));
    schemas.put(
        "Severity", en("How serious a message is.", "info", "warning", "error", "critical"));
  }
}
