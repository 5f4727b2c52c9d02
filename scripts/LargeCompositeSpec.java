import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes {@code specs/corpus/large-composite.yaml}: a large OpenAPI 3.0.3 spec of a fictional job
 * orchestration service ("Conductor"), made to keep the corpus gate honest about scale and polymorphism.
 *
 * <p>Run with {@code java scripts/LargeCompositeSpec.java specs/corpus/large-composite.yaml}. No
 * dependencies: the spec is built as ordered maps and lists and written out as block YAML by a small
 * emitter at the bottom of this file, so the same program always writes the same bytes.
 *
 * <p>What it covers, many times over: {@code oneOf} with a discriminator and a {@code mapping}; with a
 * discriminator and no mapping (the schema names are the values); a discriminator on an {@code allOf}
 * parent that several children extend (with and without mapping), and parents without one;
 * {@code anyOf} and {@code oneOf} told apart by required properties; inline {@code oneOf} in array
 * items and properties; unions of primitives and arrays; nullable unions; recursive unions;
 * {@code $ref} chains; unions as request and response bodies, in arrays and in maps. Every union's variants exclude each other as JSON Schema sees them: each has a
 * single-valued discriminator property, or required properties no other variant declares, or another
 * JSON type.
 *
 * <p>A few constructs are left out because the gate cannot pass them yet, each for a reason outside the
 * spec: see the workaround switches below.
 */
public final class LargeCompositeSpec {
  private static final String SCHEMAS = "#/components/schemas/";

  // Workarounds. Each is on (true) because the construct it leaves out fails the corpus gate for a
  // reason outside this spec; set one to false to write the construct back and see the failure.

  /**
   * Leaves the discriminator off the four CRUD parents (Step, Artifact, Runner, Policy), which are
   * then told apart by their children's required properties. swagger-request-validator 2.44.9 leaves
   * a {@code _discriminatorValidation} entry in the cached schema tree that holds the child schema
   * inside itself; once enough other schemas have been validated, checking the same parent again
   * overflows the stack (HTTP 500 from the gate's WireMock). A parent validated in one operation only
   * is safe: Widget and ImportSource keep their discriminators.
   */
  private static final boolean PARENT_DISCRIMINATORS_OFF_ON_CRUD = true;

  /**
   * True makes DeliveryTarget a union of two models instead of a union of a union (NotificationChannel)
   * and a model. It was needed while the gate's variants check wanted a value read as exactly the
   * variant's class; it now accepts the nested union's own variant, so the spec keeps the union of unions.
   */
  private static final boolean NO_UNION_OF_UNIONS = false;

  /**
   * True makes a runner's tolerations a component instead of an inline object. An inline object with an
   * inline enum, inside an allOf part, once generated a class naming an enum never generated
   * ({@code EffectEnum}); the generator now keeps such a field's plain type, so the spec keeps the construct.
   */
  private static final boolean NO_INLINE_ENUM_IN_ALLOF_OBJECT = false;

  private final Map<String, Object> paths = new LinkedHashMap<>();
  private final Map<String, Object> schemas = new LinkedHashMap<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final Map<String, Object> responses = new LinkedHashMap<>();
  private final List<Object> tags = new ArrayList<>();

  private LargeCompositeSpec() {
  }

  /**
   * Writes the spec.
   *
   * @param args the output file
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java scripts/LargeCompositeSpec.java <output.yaml>");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    String yaml = new LargeCompositeSpec().build();
    Files.writeString(out, yaml, StandardCharsets.UTF_8);
    System.out.println("wrote " + out + " (" + yaml.split("\n", -1).length + " lines)");
  }

  private String build() {
    common();
    jobs();
    runs();
    steps();
    triggers();
    artifacts();
    channels();
    notifications();
    events();
    workflows();
    runners();
    secrets();
    schedules();
    webhooks();
    queues();
    policies();
    environments();
    templates();
    audit();
    batch();
    dashboards();
    imports();

    Map<String, Object> spec = m(
        "openapi", "3.0.3",
        "info", m(
            "title", "Conductor",
            "version", "1.0",
            "description", "A fictional job and workflow orchestration service: jobs, their steps and runs, triggers,"
                + " schedules, queues, runners, artifacts, notifications, webhooks, events, policies, secrets,"
                + " environments and templates. Written to exercise the generator on a large spec full of oneOf,"
                + " anyOf and allOf, with and without discriminators."),
        "servers", l(m("url", "https://conductor.example.com/v1", "description", "The production service.")),
        "tags", tags,
        "paths", paths,
        "components", m("parameters", parameters, "responses", responses, "schemas", schemas));
    StringBuilder out = new StringBuilder();
    out.append("# Generated by scripts/LargeCompositeSpec.java: do not edit by hand.\n");
    out.append("# Regenerate from the repository root with\n");
    out.append("#   java scripts/LargeCompositeSpec.java specs/corpus/large-composite.yaml\n");
    out.append("# (the switches at the top of the program write back constructs the gate cannot pass yet).\n");
    Yaml.map(out, spec, 0);
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Shared components
  // ---------------------------------------------------------------------------------------------

  private void common() {
    parameters.put("Limit", m("name", "limit", "in", "query",
        "description", "The most items to return.",
        "schema", m("type", "integer", "minimum", 1, "maximum", 200, "default", 50, "description", "A page size.")));
    parameters.put("Cursor", m("name", "cursor", "in", "query",
        "description", "Where the page starts, as returned in the previous page's next.",
        "schema", m("type", "string", "description", "An opaque cursor.")));
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
      parameters.put(id[0], m("name", id[1], "in", "path", "required", true, "description", id[2],
          "schema", m("type", "string", "minLength", 1, "description", id[2])));
    }
    responses.put("NotFound", m("description", "Nothing has that id.",
        "content", m("application/json", m("schema", ref("Error")))));
    responses.put("BadRequest", m("description", "The request is malformed or breaks a rule.",
        "content", m("application/json", m("schema", ref("Error")))));

    schemas.put("Error", obj("An error, as every failing operation returns it.", req("code", "message"), m(
        "code", integer("A machine-readable error code."),
        "message", str("What went wrong, for people."),
        "target", nstr("The field or resource the error is about, if any."))));
    schemas.put("LabelValue", oneOf("A label's value: one string or several.",
        str("A single value."),
        arr("Several values, in order.", str("One value."))));
    schemas.put("Duration", oneOf("A length of time: whole seconds, or an ISO 8601 duration such as PT5M.",
        m("type", "integer", "minimum", 0, "description", "Whole seconds."),
        str("An ISO 8601 duration.")));
    schemas.put("Capacity", oneOf("How much something can take at once: a count, or unlimited.",
        m("type", "integer", "minimum", 1, "description", "A fixed count."),
        en("No limit at all.", "unlimited")));
    schemas.put("ByteSize", oneOf("A size: a number of bytes, or a text such as 12MiB.",
        m("type", "integer", "format", "int64", "minimum", 0, "description", "A number of bytes."),
        str("A size with a unit.")));
    schemas.put("ParameterValue", oneOf("A value given to a job parameter.",
        str("A text value."),
        integer("A whole number."),
        bool("A flag."),
        arr("A list of texts.", str("One text."))));
    schemas.put("Severity", en("How serious a message is.", "info", "warning", "error", "critical"));
  }

  // ---------------------------------------------------------------------------------------------
  // Jobs
  // ---------------------------------------------------------------------------------------------

  private void jobs() {
    tag("Jobs", "Jobs: what to run, how and where.");
    schemas.put("JobState", en("Where a job is in its life.", "draft", "active", "paused", "archived"));
    schemas.put("JobSpec", mapped("What a job runs, told apart by runtime.", "runtime",
        "container", "ContainerSpec", "script", "ScriptSpec", "sql", "SqlSpec", "notebook", "NotebookSpec"));
    schemas.put("ContainerSpec", tagged("Runs a container image.", "runtime", "container", req("image"), m(
        "image", str("The image reference, with a tag or digest."),
        "command", oneOf("The command: a shell line, or the argument vector.",
            str("A shell command line."),
            arr("The program and its arguments.", str("One argument."))),
        "env", mapOf("Environment variables by name.", ref("EnvValue")),
        "pullPolicy", en("When to pull the image.", "always", "ifNotPresent", "never"),
        "resources", ref("ResourceRequest", "What the container may use."))));
    schemas.put("ResourceRequest", obj("Compute resources a container asks for.", req(), m(
        "cpu", oneOf("CPU: a number of cores, or a text such as 500m.",
            number("Cores."),
            str("A quantity with a unit.")),
        "memory", str("Memory, such as 512Mi."),
        "gpus", m("type", "integer", "minimum", 0, "description", "How many GPUs."))));
    schemas.put("ScriptSpec", tagged("Runs a script.", "runtime", "script", req("language", "source"), m(
        "language", en("The script's language.", "python", "bash", "node"),
        "source", str("The script itself."),
        "args", arr("Arguments passed to the script.", str("One argument.")))));
    schemas.put("SqlSpec", tagged("Runs a SQL statement.", "runtime", "sql", req("connection", "query"), m(
        "connection", str("The name of the connection to use."),
        "query", str("The statement, with ? placeholders."),
        "params", arr("Values for the placeholders, in order.", oneOf("One placeholder value.",
            str("A text value."),
            integer("A whole number."),
            bool("A flag."))))));
    schemas.put("NotebookSpec", tagged("Runs a notebook.", "runtime", "notebook", req("path"), m(
        "path", str("The notebook's path in the repository."),
        "kernel", en("The kernel to run it with.", "python3", "ir", "julia"),
        "parameters", mapOf("Notebook parameters by name.", ref("ParameterValue")))));
    schemas.put("EnvValue", oneOf("An environment variable's value: a literal or a secret.",
        str("A text."),
        integer("A whole number."),
        bool("A flag."),
        ref("SecretRef")));
    schemas.put("SecretRef", obj("A reference to a stored secret.", req("secretName"), m(
        "secretName", str("The secret's name."),
        "key", str("The key within the secret, when it holds several."))));
    schemas.put("Backoff", mapped("How long to wait between attempts, told apart by strategy.", "strategy",
        "fixed", "FixedBackoff", "exponential", "ExponentialBackoff", "linear", "LinearBackoff"));
    schemas.put("FixedBackoff", tagged("The same delay every time.", "strategy", "fixed", req("delay"), m(
        "delay", ref("Duration", "The delay between attempts."))));
    schemas.put("ExponentialBackoff", tagged("A delay that grows by a factor.", "strategy", "exponential",
        req("initial", "factor"), m(
            "initial", ref("Duration", "The first delay."),
            "factor", m("type", "number", "minimum", 1, "description", "What each delay is multiplied by."),
            "max", ref("Duration", "The longest delay."),
            "jitter", en("How the delay is randomized.", "none", "full", "equal"))));
    schemas.put("LinearBackoff", tagged("A delay that grows by a step.", "strategy", "linear", req("step"), m(
        "step", ref("Duration", "What each delay adds."))));
    Map<String, Object> jobProps = m(
        "id", str("The job's id."),
        "name", str("The job's name."),
        "description", nstr("What the job is for."),
        "state", ref("JobState", "Where the job is in its life."),
        "spec", ref("JobSpec", "What the job runs."),
        "labels", mapOf("Labels by name.", ref("LabelValue")),
        "timeout", ref("Duration", "How long a run may take."),
        "retry", nullable(withDiscriminator(oneOf("How failed runs are retried, null for never.",
            ref("FixedBackoff"), ref("ExponentialBackoff"), ref("LinearBackoff")), "strategy",
            "fixed", "FixedBackoff", "exponential", "ExponentialBackoff", "linear", "LinearBackoff")),
        "queueId", nstr("The queue its runs wait in, null for the default."),
        "createdAt", dateTime("When the job was created."));
    schemas.put("Job", obj("A job: something to run, again and again.", req("id", "name", "state", "spec"), jobProps));
    schemas.put("JobPage", page("A page of jobs.", "The jobs.", ref("Job")));
    schemas.put("CreateJobRequest", obj("What a new job needs.", req("name", "spec"), m(
        "name", str("The job's name."),
        "description", str("What the job is for."),
        "spec", ref("JobSpec", "What the job runs."),
        "labels", mapOf("Labels by name.", ref("LabelValue")),
        "timeout", ref("Duration", "How long a run may take."),
        "queueId", str("The queue its runs wait in."))));
    schemas.put("UpdateJobRequest", obj("The fields of a job to change; absent ones stay.", req(), m(
        "name", str("The new name."),
        "description", nstr("The new description, null to remove it."),
        "state", ref("JobState", "The new state."),
        "spec", ref("JobSpec", "The new spec."),
        "labels", mapOf("Labels to set, by name.", ref("LabelValue")),
        "timeout", ref("Duration", "The new timeout."))));
    schemas.put("RunRequest", oneOf("How to start a run: now, or later; told apart by their required properties.",
        ref("RunNowRequest"), ref("DeferredRunRequest")));
    schemas.put("RunNowRequest", obj("Starts a run at once.", req("priority"), m(
        "priority", en("How urgent the run is.", "low", "normal", "high"),
        "overrides", mapOf("Parameter values for this run only.", ref("ParameterValue")))));
    schemas.put("DeferredRunRequest", obj("Starts a run no sooner than a given time.", req("notBefore"), m(
        "notBefore", dateTime("The earliest start."),
        "window", ref("Duration", "How late after notBefore it may still start."))));
    schemas.put("JobSpecAlias", ref("JobSpec"));
    schemas.put("RenderedSpec", ref("JobSpecAlias"));

    crud("/jobs", "/jobs/{jobId}", "JobId", "Jobs", "job",
        new Crud("listJobs", "List jobs", ref("JobPage"), l(
            query("state", "Only jobs in this state.", ref("JobState")),
            query("label", "Only jobs with this label, as name=value.", str("A name=value pair.")))),
        new Crud("createJob", "Create a job", ref("CreateJobRequest"), ref("Job")),
        new Crud("getJob", "Get a job", null, ref("Job")).example(m(
            "id", "job-1", "name", "nightly-report", "description", null, "state", "active",
            "spec", m("runtime", "script", "language", "python", "source", "print('hi')", "args", l("--fast")),
            "labels", m("team", "data", "tiers", l("gold", "silver")),
            "timeout", "PT30M", "retry", m("strategy", "linear", "step", 30), "queueId", null, "createdAt", "2024-01-02T03:04:05Z")),
        new Crud("updateJob", "Change a job", ref("UpdateJobRequest"), ref("Job")).patch(),
        new Crud("deleteJob", "Delete a job", null, null));
    get("/jobs/{jobId}/spec", op("getJobSpec", "Get what a job runs (a union as the response body)", "Jobs",
        l(param("JobId")), null, codes(
            "200", jsonEx("The job's spec.", ref("JobSpec"), m("runtime", "sql", "connection", "warehouse",
                "query", "select * from t where a = ? and b = ? and c = ?", "params", l("x", 3, true))),
            "404", notFound())));
    put("/jobs/{jobId}/spec", op("replaceJobSpec", "Replace what a job runs (a union as the request body)", "Jobs",
        l(param("JobId")), body("The new spec.", ref("JobSpec")), codes(
            "200", json("The stored spec.", ref("JobSpec")),
            "400", badRequest(),
            "404", notFound())));
    post("/jobs/{jobId}/runs", op("runJob", "Start a run of a job (an anyOf-like oneOf as the request body)", "Jobs",
        l(param("JobId")), bodyEx("When and how to run.", ref("RunRequest"),
            m("notBefore", "2024-05-06T07:08:09Z", "window", 600)), codes(
            "201", json("The run, queued.", ref("Run")),
            "400", badRequest(),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Runs
  // ---------------------------------------------------------------------------------------------

  private void runs() {
    tag("Runs", "Runs: one execution of a job.");
    schemas.put("RunStatus", mapped("Where a run is, told apart by state.", "state",
        "queued", "QueuedStatus", "running", "RunningStatus", "succeeded", "SucceededStatus",
        "failed", "FailedStatus", "cancelled", "CancelledStatus"));
    schemas.put("QueuedStatus", tagged("Waiting in a queue.", "state", "queued", req("position"), m(
        "position", m("type", "integer", "minimum", 0, "description", "How many runs are ahead."),
        "queueId", str("The queue it waits in."))));
    schemas.put("RunningStatus", tagged("Running now.", "state", "running", req("startedAt"), m(
        "startedAt", dateTime("When it started."),
        "progress", m("type", "number", "minimum", 0, "maximum", 1, "description", "How far along, from 0 to 1."),
        "currentStep", nstr("The step running now, if known."))));
    schemas.put("SucceededStatus", tagged("Finished well.", "state", "succeeded", req("finishedAt"), m(
        "finishedAt", dateTime("When it finished."),
        "durationSeconds", integer("How long it took."))));
    schemas.put("FailedStatus", tagged("Finished badly.", "state", "failed", req("finishedAt", "reason"), m(
        "finishedAt", dateTime("When it failed."),
        "reason", en("Why it failed.", "timeout", "error", "oom", "preempted"),
        "failure", oneOf("What failed: an exit code or an exception, told apart by required properties.",
            obj("The process exited with a code.", req("exitCode"), m(
                "exitCode", integer("The exit code."),
                "signal", nstr("The signal that ended it, if any."))),
            obj("The program threw an exception.", req("exception"), m(
                "exception", str("The exception's type."),
                "stackTrace", arr("The stack trace, innermost first.", str("One frame."))))))));
    schemas.put("CancelledStatus", tagged("Stopped on request.", "state", "cancelled", req("cancelledBy"), m(
        "cancelledBy", ref("Actor", "Who cancelled it."),
        "reason", nstr("Why, when given."))));
    schemas.put("LogLocation", nullable(anyOf("Where a run's full log is, null while it has none.",
        ref("S3Location"), ref("UrlLocation"))));
    schemas.put("Run", obj("One execution of a job.", req("id", "jobId", "status"), m(
        "id", str("The run's id."),
        "jobId", str("The job it runs."),
        "status", ref("RunStatus", "Where it is."),
        "attempt", m("type", "integer", "minimum", 1, "description", "Which attempt this is."),
        "parameters", mapOf("The parameter values it was given.", ref("ParameterValue")),
        "outputs", arr("The artifacts it produced.", ref("Artifact")),
        "log", ref("LogLocation", "Where its log is."))));
    schemas.put("RunPage", page("A page of runs.", "The runs.", ref("Run")));
    schemas.put("UpdateRunRequest", obj("The fields of a run to change.", req(), m(
        "priority", en("The new priority, while it waits.", "low", "normal", "high"),
        "parameters", mapOf("Parameter values to change before it starts.", ref("ParameterValue")))));
    schemas.put("LogRecord", obj("A structured log line.", req("message", "level"), m(
        "message", str("The text."),
        "level", en("How important it is.", "debug", "info", "warn", "error"),
        "at", dateTime("When it was written."),
        "fields", mapOf("Extra fields.", ref("ParameterValue")))));

    get("/runs", op("listRuns", "List runs", "Runs", l(
        query("jobId", "Only runs of this job.", str("A job id.")),
        query("state", "Only runs in this state.", en("A run state.", "queued", "running", "succeeded", "failed", "cancelled")),
        param("Limit"), param("Cursor")), null, codes(
        "200", json("A page of runs.", ref("RunPage")),
        "400", badRequest())));
    get("/runs/{runId}", op("getRun", "Get a run", "Runs", l(param("RunId")), null, codes(
        "200", jsonEx("The run.", ref("Run"), m("id", "run-9", "jobId", "job-1",
            "status", m("state", "cancelled", "cancelledBy", m("serviceName", "scheduler", "tokenId", "t-1"),
                "reason", null),
            "attempt", 2, "parameters", m("date", "2024-01-02", "retries", 3, "dry", false, "regions", l("eu", "us")),
            "outputs", l(m("artifactType", "report", "id", "a-3", "name", "tests", "passed", 10, "failed", 0,
                "suites", l("unit", m("name", "it", "passed", 4, "failed", 0)))),
            "log", m("url", "https://logs.example.com/run-9", "expiresAt", null))),
        "404", notFound())));
    patch("/runs/{runId}", op("updateRun", "Change a waiting run", "Runs", l(param("RunId")),
        body("What to change.", ref("UpdateRunRequest")), codes(
            "200", json("The run.", ref("Run")),
            "400", badRequest(),
            "404", notFound())));
    delete("/runs/{runId}", op("deleteRun", "Delete a finished run and its logs", "Runs", l(param("RunId")), null,
        codes("204", noContent("Deleted."), "404", notFound())));
    get("/runs/{runId}/status", op("getRunStatus", "Get a run's status (a union as the response body)", "Runs",
        l(param("RunId")), null, codes(
            "200", jsonEx("The status.", ref("RunStatus"), m("state", "failed", "finishedAt", "2024-01-02T03:04:05Z",
                "reason", "error", "failure", m("exception", "java.lang.IllegalStateException",
                    "stackTrace", l("Main.run(Main.java:10)", "Main.main(Main.java:3)")))),
            "404", notFound())));
    post("/runs/{runId}/cancel", op("cancelRun", "Cancel a run", "Runs", l(param("RunId")),
        body("Why.", obj("Why a run is cancelled.", req(), m("reason", str("Why, for the record.")))), codes(
            "200", jsonEx("The cancelled run's status.", ref("RunStatus"), m("state", "cancelled",
                "cancelledBy", m("system", "api"), "reason", "superseded")),
            "404", notFound())));
    get("/runs/{runId}/logs", op("getRunLogs", "Get a run's log lines (an array of a primitive-or-object union)",
        "Runs", l(param("RunId"), param("Limit")), null, codes(
            "200", jsonEx("The log, oldest line first.", arr("Log lines.", oneOf("A log line: plain text or structured.",
                str("A plain line."), ref("LogRecord"))), l("starting", m("message", "step done", "level", "info",
                "at", "2024-01-02T03:04:05Z", "fields", m("step", "build", "ms", 1200)), "done")),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Steps: a parent with a discriminator and a mapping, extended through allOf
  // ---------------------------------------------------------------------------------------------

  private void steps() {
    tag("Steps", "Steps: what a job does, in order.");
    schemas.put("Step", crudParent(obj("A step of a job; kind names which kind.", req("id", "kind", "name"), m(
        "id", str("The step's id, unique within its job."),
        "kind", str("The kind of step."),
        "name", str("The step's name."),
        "dependsOn", arr("The steps that must finish first.", str("A step id.")),
        "when", ref("Condition", "Runs the step only when this holds."),
        "timeout", ref("Duration", "How long the step may take."))), "kind",
        "shell", "ShellStep", "http", "HttpStep", "approval", "ApprovalStep", "parallel", "ParallelStep", "wait", "WaitStep"));
    schemas.put("ShellStep", extend("A step that runs shell commands.", "Step", req("script"), m(
        "script", str("The commands."),
        "shell", en("The shell to run them with.", "bash", "sh", "pwsh"),
        "env", mapOf("Environment variables by name.", ref("EnvValue")))));
    schemas.put("HttpStep", extend("A step that calls a URL.", "Step", req("request"), m(
        "request", ref("HttpRequestSpec", "The request to make."),
        "expectStatus", oneOf("The status codes that count as success.",
            integer("One status code."),
            arr("Several status codes.", integer("A status code."))))));
    schemas.put("HttpRequestSpec", obj("An HTTP request to make.", req("method", "url"), m(
        "method", en("The method.", "GET", "POST", "PUT", "DELETE"),
        "url", str("The URL.", "uri"),
        "headers", mapOf("Headers by name.", ref("LabelValue")),
        "body", oneOf("The body: a text, or a JSON object.",
            str("A text body."),
            m("type", "object", "description", "A JSON object body.")))));
    schemas.put("ApprovalStep", extend("A step that waits for people to approve.", "Step", req("approvers"), m(
        "approvers", arr("Who may approve.", oneOf("One approver: a user or a group, told apart by required properties.",
            ref("UserApprover"), ref("GroupApprover"))),
        "expiresAfter", ref("Duration", "How long approvers have."),
        "onExpiry", en("What happens when nobody answers in time.", "approve", "reject"))));
    schemas.put("UserApprover", obj("A user who may approve.", req("userId"), m(
        "userId", str("The user's id."))));
    schemas.put("GroupApprover", obj("A group whose members may approve.", req("groupId"), m(
        "groupId", str("The group's id."),
        "minimum", m("type", "integer", "minimum", 1, "description", "How many members must approve."))));
    schemas.put("ParallelStep", extend("A step that runs other steps side by side.", "Step", req("branches"), m(
        "branches", arr("The steps to run; each may itself be parallel.", ref("Step")),
        "failFast", bool("Whether one failure stops the others."))));
    schemas.put("WaitStep", extend("A step that waits.", "Step", req("until"), m(
        "until", ref("WaitCondition", "What it waits for."))));
    // No discriminator here (the variants still differ by waitFor): see Integrity about the validator.
    schemas.put("WaitCondition", oneOf("What a wait step waits for, told apart by waitFor and required properties.",
        ref("WaitForTime"), ref("WaitForEvent"), ref("WaitForSignal")));
    schemas.put("WaitForTime", tagged("Waits until a time.", "waitFor", "time", req("at"), m(
        "at", dateTime("The time."))));
    schemas.put("WaitForEvent", tagged("Waits for an event.", "waitFor", "event", req("eventType"), m(
        "eventType", str("The event type, such as run.finished."),
        "timeout", ref("Duration", "How long to wait at most."))));
    schemas.put("WaitForSignal", tagged("Waits for a signal sent through the API.", "waitFor", "signal", req("signalName"), m(
        "signalName", str("The signal's name."))));
    schemas.put("Condition", mapped("A condition over a run's context, told apart by op; and, or and not nest.", "op",
        "and", "AllCondition", "or", "AnyCondition", "not", "NotCondition", "eq", "EqualsCondition", "exists", "ExistsCondition"));
    schemas.put("AllCondition", tagged("Holds when all of its conditions hold.", "op", "and", req("conditions"), m(
        "conditions", arr("The conditions.", ref("Condition")))));
    schemas.put("AnyCondition", tagged("Holds when any of its conditions holds.", "op", "or", req("conditions"), m(
        "conditions", arr("The conditions.", ref("Condition")))));
    schemas.put("NotCondition", tagged("Holds when its condition does not.", "op", "not", req("condition"), m(
        "condition", ref("Condition", "The condition to negate."))));
    schemas.put("EqualsCondition", tagged("Holds when a field has a value.", "op", "eq", req("field", "value"), m(
        "field", str("The field's path, such as trigger.branch."),
        "value", oneOf("The value to compare with.",
            str("A text."),
            number("A number."),
            bool("A flag.")))));
    schemas.put("ExistsCondition", tagged("Holds when a field is set.", "op", "exists", req("field"), m(
        "field", str("The field's path."))));

    String collection = "/jobs/{jobId}/steps";
    String item = "/jobs/{jobId}/steps/{stepId}";
    get(collection, op("listSteps", "List a job's steps (an array of a parent several kinds of step extend)", "Steps",
        l(param("JobId")), null, codes(
            "200", jsonEx("The steps, in order.", arr("The steps.", ref("Step")), l(
                m("kind", "shell", "id", "s1", "name", "build", "dependsOn", l(), "script", "make", "shell", "bash",
                    "env", m("CI", true, "JOBS", 4, "TOKEN", m("secretName", "ci-token"))),
                m("kind", "http", "id", "s2", "name", "ping", "dependsOn", l("s1"),
                    "request", m("method", "POST", "url", "https://example.com/hook",
                        "headers", m("Accept", "application/json", "X-Tags", l("a", "b")), "body", m("ok", true)),
                    "expectStatus", l(200, 204)),
                m("kind", "approval", "id", "s3", "name", "sign-off", "timeout", 3600,
                    "approvers", l(m("userId", "u-1"), m("groupId", "g-ops", "minimum", 2)), "onExpiry", "reject"),
                m("kind", "parallel", "id", "s4", "name", "fan-out",
                    "when", m("op", "and", "conditions", l(
                        m("op", "eq", "field", "trigger.branch", "value", "main"),
                        m("op", "not", "condition", m("op", "exists", "field", "skip")))),
                    "branches", l(
                        m("kind", "shell", "id", "s4a", "name", "lint", "script", "make lint"),
                        m("kind", "wait", "id", "s4b", "name", "cool-down", "until", m("waitFor", "signal", "signalName", "go"))),
                    "failFast", true),
                m("kind", "wait", "id", "s5", "name", "settle",
                    "until", m("waitFor", "event", "eventType", "run.finished", "timeout", "PT1H")))),
            "404", notFound())));
    post(collection, op("addStep", "Add a step to a job (a parent as the request body)", "Steps", l(param("JobId")),
        body("The step.", ref("Step")), codes(
            "201", json("The step as stored.", ref("Step")),
            "400", badRequest(),
            "404", notFound())));
    get(item, op("getStep", "Get a step", "Steps", l(param("JobId"), param("StepId")), null, codes(
        "200", jsonEx("The step.", ref("Step"), m("kind", "http", "id", "s2", "name", "ping",
            "request", m("method", "GET", "url", "https://example.com/health", "body", "hello"), "expectStatus", 200)),
        "404", notFound())));
    put(item, op("replaceStep", "Replace a step", "Steps", l(param("JobId"), param("StepId")),
        bodyEx("The new step.", ref("Step"), m("kind", "wait", "id", "s5", "name", "settle",
            "until", m("waitFor", "time", "at", "2024-03-04T05:06:07Z"))), codes(
            "200", json("The step as stored.", ref("Step")),
            "400", badRequest(),
            "404", notFound())));
    delete(item, op("deleteStep", "Remove a step from a job", "Steps", l(param("JobId"), param("StepId")), null,
        codes("204", noContent("Removed."), "404", notFound())));
    post("/conditions/evaluate", op("evaluateCondition", "Evaluate a condition (a recursive union as the request body)",
        "Steps", l(), bodyEx("The condition and the context.", ref("ConditionCheck"), m(
            "condition", m("op", "or", "conditions", l(
                m("op", "eq", "field", "attempt", "value", 2.5),
                m("op", "and", "conditions", l(m("op", "exists", "field", "branch"))))),
            "context", m("attempt", 1, "branch", "main"))), codes(
            "200", json("Whether it holds.", obj("The outcome of a condition.", req("holds"), m(
                "holds", bool("Whether the condition holds."),
                "unresolved", arr("Fields the condition read that the context lacks.", str("A field path."))))),
            "400", badRequest())));
    schemas.put("ConditionCheck", obj("A condition to evaluate against a context.", req("condition", "context"), m(
        "condition", ref("Condition", "The condition."),
        "context", mapOf("Field values by path.", ref("ParameterValue")))));
  }

  // ---------------------------------------------------------------------------------------------
  // Triggers: oneOf with a discriminator and no mapping
  // ---------------------------------------------------------------------------------------------

  private void triggers() {
    tag("Triggers", "Triggers: what starts runs.");
    schemas.put("Trigger", withDiscriminator(oneOf("What starts a job's runs; type is the variant's schema name.",
        ref("CronTrigger"), ref("WebhookTrigger"), ref("EventTrigger"), ref("ManualTrigger")), "type"));
    Map<String, Object> base = m(
        "id", str("The trigger's id."),
        "jobId", str("The job it starts."),
        "enabled", bool("Whether it fires."));
    schemas.put("CronTrigger", tagged("Fires on a cron schedule.", "type", "CronTrigger", req("id", "jobId", "expression"),
        merge(base, m(
            "expression", str("A cron expression, such as 0 3 * * *."),
            "timezone", nstr("The time zone, null for UTC."),
            "jitter", ref("Duration", "A random delay added to each firing.")))));
    schemas.put("WebhookTrigger", tagged("Fires when a URL is called.", "type", "WebhookTrigger", req("id", "jobId", "path"),
        merge(base, m(
            "path", str("The path under the hooks URL."),
            "secretName", nstr("The secret that signs calls, null for unsigned."),
            "methods", arr("The methods accepted.", en("A method.", "GET", "POST", "PUT"))))));
    schemas.put("EventTrigger", tagged("Fires on events.", "type", "EventTrigger", req("id", "jobId", "eventTypes"),
        merge(base, m(
            "eventTypes", oneOf("The event types: one, or several.",
                str("One event type."),
                arr("Several event types.", str("An event type."))),
            "filter", ref("Condition", "Fires only for events this holds for.")))));
    schemas.put("ManualTrigger", tagged("Fires when a person asks.", "type", "ManualTrigger", req("id", "jobId"),
        merge(base, m(
            "allowedUsers", arr("Who may fire it; empty for anyone.", str("A user id.")),
            "requireReason", bool("Whether a reason must be given.")))));
    schemas.put("TriggerPage", page("A page of triggers.", "The triggers.", ref("Trigger")));

    crud("/triggers", "/triggers/{triggerId}", "TriggerId", "Triggers", "trigger",
        new Crud("listTriggers", "List triggers", ref("TriggerPage"), l(
            query("jobId", "Only triggers of this job.", str("A job id.")),
            query("type", "Only triggers of this type.", en("A trigger type.", "CronTrigger", "WebhookTrigger",
                "EventTrigger", "ManualTrigger")))).example(m("items", l(
            m("type", "CronTrigger", "id", "t1", "jobId", "job-1", "enabled", true, "expression", "0 3 * * *",
                "timezone", null, "jitter", "PT5M"),
            m("type", "WebhookTrigger", "id", "t2", "jobId", "job-1", "path", "deploy", "secretName", "hook",
                "methods", l("POST")),
            m("type", "EventTrigger", "id", "t3", "jobId", "job-2", "eventTypes", l("run.finished", "job.created"),
                "filter", m("op", "eq", "field", "outcome", "value", "failed")),
            m("type", "EventTrigger", "id", "t4", "jobId", "job-2", "eventTypes", "artifact.published"),
            m("type", "ManualTrigger", "id", "t5", "jobId", "job-3", "allowedUsers", l("u-1"), "requireReason", true)),
            "next", null)),
        new Crud("createTrigger", "Create a trigger (a union as the request body)", ref("Trigger"), ref("Trigger")),
        new Crud("getTrigger", "Get a trigger", null, ref("Trigger")),
        new Crud("replaceTrigger", "Replace a trigger", ref("Trigger"), ref("Trigger")),
        new Crud("deleteTrigger", "Delete a trigger", null, null));
    post("/triggers/{triggerId}/fire", op("fireTrigger", "Fire a trigger by hand (a map of unions as the request body)",
        "Triggers", l(param("TriggerId")), bodyEx("Parameter values for the run.",
            mapOf("Parameter values by name.", ref("ParameterValue")), m("date", "2024-01-02", "limit", 10,
                "full", true, "only", l("a", "b"))), codes(
            "201", json("The run started.", ref("Run")),
            "400", badRequest(),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Artifacts: a parent with a discriminator and no mapping
  // ---------------------------------------------------------------------------------------------

  private void artifacts() {
    tag("Artifacts", "Artifacts: what runs produce.");
    schemas.put("Artifact", crudParent(obj("Something a run produced; artifactType names which kind.",
        req("id", "artifactType", "name"), m(
            "id", str("The artifact's id."),
            "artifactType", str("The kind of artifact."),
            "name", str("The artifact's name."),
            "runId", str("The run that produced it."),
            "size", ref("ByteSize", "How big it is."),
            "location", ref("ArtifactLocation", "Where it is stored."),
            "labels", mapOf("Labels by name.", ref("LabelValue")),
            "createdAt", dateTime("When it was stored."))), "artifactType",
        "file", "FileArtifact", "image", "ContainerImage", "report", "TestReport"));
    // The checksum sits in an object of its own: swagger-request-validator 2.44 overflows its stack on a
    // oneOf with a discriminator that is a property (or array items) of a child of a discriminated parent.
    schemas.put("FileArtifact", extend("A file.", "Artifact", req("mediaType"), m(
        "mediaType", str("The file's media type."),
        "integrity", ref("Integrity", "How to check the file."))));
    schemas.put("Integrity", obj("How to check a file is intact.", req("checksum"), m(
        "checksum", ref("Checksum", "The file's checksum."),
        "verifiedAt", nullable(dateTime("When the checksum was last verified, null if never.")))));
    schemas.put("ContainerImage", extend("A container image.", "Artifact", req("repository", "digest"), m(
        "repository", str("The image repository."),
        "digest", str("The image digest."),
        "tags", ref("LabelValue", "The image's tags."))));
    schemas.put("TestReport", extend("Test results.", "Artifact", req("passed", "failed"), m(
        "passed", integer("How many tests passed."),
        "failed", integer("How many tests failed."),
        "skipped", integer("How many tests were skipped."),
        "suites", arr("The suites: a name alone, or a name with counts.", oneOf("One suite.",
            str("A suite's name."),
            ref("SuiteResult"))))));
    schemas.put("SuiteResult", obj("A suite with its counts.", req("name", "passed", "failed"), m(
        "name", str("The suite's name."),
        "passed", integer("Tests passed."),
        "failed", integer("Tests failed."))));
    schemas.put("Checksum", mapped("A checksum, told apart by algorithm.", "algorithm",
        "sha256", "Sha256Checksum", "md5", "Md5Checksum"));
    schemas.put("Sha256Checksum", tagged("A SHA-256 checksum.", "algorithm", "sha256", req("hex"), m(
        "hex", str("The checksum in hexadecimal."))));
    schemas.put("Md5Checksum", tagged("An MD5 checksum.", "algorithm", "md5", req("base64"), m(
        "base64", str("The checksum in base 64."))));
    schemas.put("ArtifactLocation", anyOf("Where an artifact is stored, told apart by required properties.",
        ref("S3Location"), ref("UrlLocation"), ref("InlineLocation")));
    schemas.put("S3Location", obj("An object in a bucket.", req("bucket", "key"), m(
        "bucket", str("The bucket."),
        "key", str("The object's key."),
        "region", str("The bucket's region."))));
    schemas.put("UrlLocation", obj("Anything reachable by URL.", req("url"), m(
        "url", str("The URL.", "uri"),
        "expiresAt", nstr("When the URL stops working, null for never."))));
    schemas.put("InlineLocation", obj("Content kept inline, for small artifacts.", req("content"), m(
        "content", str("The content."),
        "encoding", en("How the content is encoded.", "utf8", "base64"))));
    schemas.put("ArtifactPatch", obj("The fields of an artifact to change.", req(), m(
        "name", str("The new name."),
        "labels", mapOf("Labels to set.", ref("LabelValue")),
        "location", ref("ArtifactLocation", "The new location, after a move."))));
    schemas.put("MetadataValue", oneOf("A metadata value.",
        str("A text."),
        number("A number."),
        bool("A flag."),
        arr("A list of texts.", str("One text."))));

    get("/artifacts", op("listArtifacts", "List artifacts (a top-level array of a parent)",
        "Artifacts", l(
            query("runId", "Only artifacts of this run.", str("A run id.")),
            query("artifactType", "Only artifacts of this type.", en("An artifact type.", "file", "image", "report")),
            param("Limit")), null, codes(
            "200", jsonEx("The artifacts.", arr("The artifacts.", ref("Artifact")), l(
                m("artifactType", "file", "id", "a-1", "name", "report.pdf", "runId", "run-9", "size", 2048,
                    "location", m("bucket", "out", "key", "r/report.pdf", "region", "eu-west-1"),
                    "mediaType", "application/pdf",
                    "integrity", m("checksum", m("algorithm", "md5", "base64", "q1w2e3=="), "verifiedAt", null)),
                m("artifactType", "image", "id", "a-2", "name", "app", "size", "120MiB",
                    "location", m("url", "https://registry.example.com/app", "expiresAt", null),
                    "repository", "registry.example.com/app", "digest", "sha256:abc", "tags", l("latest", "1.2")),
                m("artifactType", "report", "id", "a-3", "name", "tests", "location", m("content", "ok", "encoding", "utf8"),
                    "passed", 12, "failed", 1, "skipped", 0, "suites", l("unit", m("name", "api", "passed", 3, "failed", 1))))),
            "400", badRequest())));
    post("/artifacts", op("createArtifact", "Record an artifact (a parent as the request body)", "Artifacts", l(),
        body("The artifact.", ref("Artifact")), codes(
            "201", json("The artifact as stored.", ref("Artifact")),
            "400", badRequest())));
    get("/artifacts/{artifactId}", op("getArtifact", "Get an artifact", "Artifacts", l(param("ArtifactId")), null, codes(
        "200", json("The artifact.", ref("Artifact")),
        "404", notFound())));
    patch("/artifacts/{artifactId}", op("updateArtifact", "Change an artifact", "Artifacts", l(param("ArtifactId")),
        bodyEx("What to change.", ref("ArtifactPatch"), m("location", m("url", "https://cdn.example.com/a-1"))), codes(
            "200", json("The artifact.", ref("Artifact")),
            "400", badRequest(),
            "404", notFound())));
    delete("/artifacts/{artifactId}", op("deleteArtifact", "Delete an artifact", "Artifacts", l(param("ArtifactId")),
        null, codes("204", noContent("Deleted."), "404", notFound())));
    get("/artifacts/{artifactId}/metadata", op("getArtifactMetadata", "Get an artifact's metadata (a top-level map of unions)",
        "Artifacts", l(param("ArtifactId")), null, codes(
            "200", jsonEx("The metadata by key.", mapOf("Metadata values by key.", ref("MetadataValue")),
                m("author", "ci", "score", 0.75, "public", false, "owners", l("ana", "bo"))),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Notification channels: oneOf with a discriminator and a mapping
  // ---------------------------------------------------------------------------------------------

  private void channels() {
    tag("Channels", "Notification channels: where notifications go.");
    schemas.put("NotificationChannel", mapped("A place notifications are sent to, told apart by channel.", "channel",
        "email", "EmailChannel", "slack", "SlackChannel", "webhook", "WebhookChannel", "sms", "SmsChannel",
        "pagerduty", "PagerDutyChannel"));
    Map<String, Object> base = m(
        "id", str("The channel's id."),
        "name", str("The channel's name."),
        "minSeverity", ref("Severity", "The least severe messages it gets."));
    schemas.put("EmailChannel", tagged("Sends email.", "channel", "email", req("id", "name", "addresses"), merge(base, m(
        "addresses", arr("The addresses.", str("An address.", "email")),
        "format", en("The email format.", "text", "html")))));
    schemas.put("SlackChannel", tagged("Posts to Slack.", "channel", "slack", req("id", "name", "workspace", "channelName"),
        merge(base, m(
            "workspace", str("The workspace."),
            "channelName", str("The channel, without #."),
            "mention", ref("LabelValue", "Who to mention: one handle or several.")))));
    schemas.put("WebhookChannel", tagged("Calls a URL.", "channel", "webhook", req("id", "name", "url"), merge(base, m(
        "url", str("The URL.", "uri"),
        "headers", mapOf("Extra headers.", str("A header value.")),
        "auth", ref("WebhookAuth", "How calls authenticate.")))));
    schemas.put("SmsChannel", tagged("Sends text messages.", "channel", "sms", req("id", "name", "numbers"), merge(base, m(
        "numbers", arr("Phone numbers in E.164 form.", str("A phone number."))))));
    schemas.put("PagerDutyChannel", tagged("Opens incidents.", "channel", "pagerduty", req("id", "name", "routingKey"),
        merge(base, m(
            "routingKey", str("The integration's routing key."),
            "urgency", en("The incidents' urgency.", "high", "low")))));
    schemas.put("ChannelPage", page("A page of channels.", "The channels.", ref("NotificationChannel")));
    schemas.put("TestMessage", obj("A test message.", req("message"), m(
        "message", str("The text to send."),
        "severity", ref("Severity", "The severity to send it with."))));
    schemas.put("DeliveryReport", obj("What happened to each delivery.", req("results"), m(
        "results", arr("One result per address.", withDiscriminator(oneOf("A delivery's result, told apart by outcome.",
            ref("DeliverySucceeded"), ref("DeliveryFailed")), "outcome",
            "delivered", "DeliverySucceeded", "failed", "DeliveryFailed")))));
    schemas.put("DeliverySucceeded", tagged("Delivered.", "outcome", "delivered", req("target"), m(
        "target", str("Where it went."),
        "deliveredAt", dateTime("When."))));
    schemas.put("DeliveryFailed", tagged("Not delivered.", "outcome", "failed", req("target", "error"), m(
        "target", str("Where it should have gone."),
        "error", ref("Error", "Why it failed."),
        "retryable", bool("Whether trying again may help."))));

    crud("/notification-channels", "/notification-channels/{channelId}", "ChannelId", "Channels", "notification channel",
        new Crud("listChannels", "List notification channels", ref("ChannelPage"), l(
            query("severity", "Only channels that get this severity.", ref("Severity")))).example(m("items", l(
            m("channel", "email", "id", "c1", "name", "ops mail", "minSeverity", "warning",
                "addresses", l("ops@example.com"), "format", "html"),
            m("channel", "slack", "id", "c2", "name", "ops chat", "workspace", "acme", "channelName", "ops", "mention", "oncall"),
            m("channel", "webhook", "id", "c3", "name", "relay", "url", "https://relay.example.com",
                "headers", m("X-Env", "prod"), "auth", m("scheme", "hmac", "algorithm", "sha512", "secretName", "relay")),
            m("channel", "sms", "id", "c4", "name", "pager", "numbers", l("+15550100")),
            m("channel", "pagerduty", "id", "c5", "name", "incidents", "minSeverity", "critical",
                "routingKey", "R0UT1NG", "urgency", "high")), "next", "c6")),
        new Crud("createChannel", "Create a notification channel", ref("NotificationChannel"), ref("NotificationChannel")),
        new Crud("getChannel", "Get a notification channel", null, ref("NotificationChannel")),
        new Crud("replaceChannel", "Replace a notification channel", ref("NotificationChannel"), ref("NotificationChannel")),
        new Crud("deleteChannel", "Delete a notification channel", null, null));
    post("/notification-channels/{channelId}/test", op("testChannel", "Send a test message through a channel", "Channels",
        l(param("ChannelId")), body("The message.", ref("TestMessage")), codes(
            "200", jsonEx("What happened.", ref("DeliveryReport"), m("results", l(
                m("outcome", "delivered", "target", "ops@example.com", "deliveredAt", "2024-01-02T03:04:05Z"),
                m("outcome", "failed", "target", "dev@example.com", "error", m("code", 550, "message", "no such user",
                    "target", null), "retryable", false)))),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Notifications: inline unions in properties and array items, a union of unions
  // ---------------------------------------------------------------------------------------------

  private void notifications() {
    tag("Notifications", "Notifications: messages sent through channels.");
    schemas.put("TextPayload", tagged("A plain text message.", "format", "text", req("body"), m(
        "body", str("The text."))));
    schemas.put("TemplatePayload", tagged("A message from a template.", "format", "template", req("templateName"), m(
        "templateName", str("The message template's name."),
        "variables", mapOf("Template variables by name.", ref("ParameterValue")))));
    schemas.put("EmailRecipient", obj("Someone reached by email.", req("email"), m(
        "email", str("The address.", "email"))));
    schemas.put("UserRecipient", obj("A user, reached however they prefer.", req("userId"), m(
        "userId", str("The user's id."))));
    schemas.put("GroupRecipient", obj("Every member of a group.", req("groupId"), m(
        "groupId", str("The group's id."),
        "expand", bool("Whether to send one message per member."))));
    schemas.put("WebhookRef", obj("A registered webhook.", req("webhookId"), m(
        "webhookId", str("The webhook's id."))));
    schemas.put("ChannelRef", obj("A notification channel.", req("channelId"), m(
        "channelId", str("The channel's id."),
        "minSeverity", ref("Severity", "Overrides the channel's least severity."))));
    schemas.put("DeliveryTarget", NO_UNION_OF_UNIONS
        ? oneOf("Where to deliver: a channel or a registered webhook, told apart by required properties.",
            ref("ChannelRef"), ref("WebhookRef"))
        : oneOf("Where to deliver: a channel, or a registered webhook (a union of a union and a model).",
            ref("NotificationChannel"), ref("WebhookRef")));
    Map<String, Object> payload = withDiscriminator(oneOf("The message, told apart by format.",
        ref("TextPayload"), ref("TemplatePayload")), "format", "text", "TextPayload", "template", "TemplatePayload");
    Map<String, Object> recipients = arr("Who gets it.", oneOf("One recipient, told apart by required properties.",
        ref("EmailRecipient"), ref("UserRecipient"), ref("GroupRecipient")));
    schemas.put("Notification", obj("A notification.", req("id", "subject", "payload", "recipients", "status"), m(
        "id", str("The notification's id."),
        "subject", str("The subject."),
        "severity", ref("Severity", "How serious it is."),
        "payload", payload,
        "recipients", recipients,
        "target", ref("DeliveryTarget", "Where it was delivered."),
        "status", en("Where it is.", "pending", "sent", "failed", "acknowledged"),
        "sentAt", nullable(dateTime("When it was sent, null while pending.")))));
    schemas.put("SendNotificationRequest", obj("A notification to send.", req("subject", "payload", "recipients"), m(
        "subject", str("The subject."),
        "severity", ref("Severity", "How serious it is."),
        "payload", payload,
        "recipients", recipients,
        "target", ref("DeliveryTarget", "Where to deliver it."))));
    schemas.put("NotificationPage", page("A page of notifications.", "The notifications.", ref("Notification")));

    get("/notifications", op("listNotifications", "List notifications", "Notifications", l(
        query("status", "Only notifications with this status.", en("A status.", "pending", "sent", "failed", "acknowledged")),
        param("Limit"), param("Cursor")), null, codes(
        "200", json("A page of notifications.", ref("NotificationPage")),
        "400", badRequest())));
    post("/notifications", op("sendNotification", "Send a notification", "Notifications", l(),
        bodyEx("The notification.", ref("SendNotificationRequest"), m("subject", "Deploy done",
            "payload", m("format", "template", "templateName", "deploy", "variables", m("version", "1.2", "count", 3)),
            "recipients", l(m("groupId", "ops", "expand", true), m("email", "cto@example.com")),
            "target", m("webhookId", "wh-1"))), codes(
            "201", json("The notification, queued.", ref("Notification")),
            "400", badRequest())));
    get("/notifications/{notificationId}", op("getNotification", "Get a notification", "Notifications",
        l(param("NotificationId")), null, codes(
            "200", jsonEx("The notification.", ref("Notification"), m("id", "n-1", "subject", "Run failed",
                "severity", "error", "payload", m("format", "text", "body", "run-9 failed"),
                "recipients", l(m("userId", "u-1"), m("email", "ops@example.com")),
                "target", NO_UNION_OF_UNIONS ? m("channelId", "c4", "minSeverity", "error")
                    : m("channel", "sms", "id", "c4", "name", "pager", "numbers", l("+15550100")),
                "status", "sent", "sentAt", "2024-01-02T03:04:05Z")),
            "404", notFound())));
    patch("/notifications/{notificationId}", op("acknowledgeNotification", "Acknowledge a notification", "Notifications",
        l(param("NotificationId")), body("The acknowledgement.", obj("An acknowledgement.", req("acknowledgedBy"), m(
            "acknowledgedBy", str("Who acknowledges it."),
            "note", str("A note for the record.")))), codes(
            "200", json("The notification.", ref("Notification")),
            "404", notFound())));
    delete("/notifications/{notificationId}", op("deleteNotification", "Delete a notification", "Notifications",
        l(param("NotificationId")), null, codes("204", noContent("Deleted."), "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Events: mapping values with dots, variants in two unions, a recursive filter
  // ---------------------------------------------------------------------------------------------

  private void events() {
    tag("Events", "Events: what happened, as a feed.");
    String[][] kinds = {
        {"job.created", "JobCreatedEvent"}, {"job.deleted", "JobDeletedEvent"},
        {"run.started", "RunStartedEvent"}, {"run.finished", "RunFinishedEvent"},
        {"step.failed", "StepFailedEvent"}, {"artifact.published", "ArtifactPublishedEvent"}};
    List<String> mapping = new ArrayList<>();
    for (String[] kind : kinds) {
      mapping.addAll(List.of(kind));
    }
    schemas.put("Event", mapped("Something that happened, told apart by type.", "type", mapping.toArray(new String[0])));
    Map<String, Object> base = m(
        "id", str("The event's id."),
        "occurredAt", dateTime("When it happened."));
    schemas.put("JobCreatedEvent", tagged("A job was created.", "type", "job.created", req("id", "occurredAt", "job"),
        merge(base, m("job", ref("Job", "The job as created.")))));
    schemas.put("JobDeletedEvent", tagged("A job was deleted.", "type", "job.deleted", req("id", "occurredAt", "jobId"),
        merge(base, m("jobId", str("The job's id."), "deletedBy", ref("Actor", "Who deleted it.")))));
    schemas.put("RunStartedEvent", tagged("A run started.", "type", "run.started", req("id", "occurredAt", "runId"),
        merge(base, m("runId", str("The run's id."), "attempt", integer("Which attempt."),
            "triggerId", nstr("The trigger that started it, null when started by hand."),
            "startedBy", ref("Actor", "Who started it.")))));
    schemas.put("RunFinishedEvent", tagged("A run finished.", "type", "run.finished", req("id", "occurredAt", "runId", "outcome"),
        merge(base, m("runId", str("The run's id."),
            "outcome", en("How it ended.", "succeeded", "failed", "cancelled"),
            "duration", ref("Duration", "How long it took.")))));
    schemas.put("StepFailedEvent", tagged("A step failed.", "type", "step.failed", req("id", "occurredAt", "runId", "stepId"),
        merge(base, m("runId", str("The run's id."), "stepId", str("The step's id."),
            "error", ref("Error", "What went wrong.")))));
    schemas.put("ArtifactPublishedEvent", tagged("A run published an artifact.", "type", "artifact.published",
        req("id", "occurredAt", "artifact"), merge(base, m("artifact", ref("Artifact", "The artifact.")))));
    schemas.put("RunEvent", mapped("An event about a run (variants shared with Event).", "type",
        "run.started", "RunStartedEvent", "run.finished", "RunFinishedEvent"));
    schemas.put("EventPage", page("A page of events.", "The events, newest first.", ref("Event")));
    schemas.put("RunEventPage", obj("A run's events.", req("events"), m(
        "events", arr("The events, oldest first.", withDiscriminator(oneOf("An event of a run, told apart by type.",
            ref("RunStartedEvent"), ref("RunFinishedEvent"), ref("StepFailedEvent")), "type",
            "run.started", "RunStartedEvent", "run.finished", "RunFinishedEvent", "step.failed", "StepFailedEvent")),
        "latest", ref("RunEvent", "The latest start or finish."))));
    schemas.put("EventFilter", mapped("A filter over events, told apart by op; and, or and not nest.", "op",
        "and", "AndFilter", "or", "OrFilter", "not", "NotFilter", "type", "TypeFilter", "since", "SinceFilter"));
    schemas.put("AndFilter", tagged("Events every filter matches.", "op", "and", req("filters"), m(
        "filters", arr("The filters.", ref("EventFilter")))));
    schemas.put("OrFilter", tagged("Events any filter matches.", "op", "or", req("filters"), m(
        "filters", arr("The filters.", ref("EventFilter")))));
    schemas.put("NotFilter", tagged("Events the filter does not match.", "op", "not", req("filter"), m(
        "filter", ref("EventFilter", "The filter to negate."))));
    schemas.put("TypeFilter", tagged("Events of some types.", "op", "type", req("types"), m(
        "types", ref("LabelValue", "One type or several."))));
    schemas.put("SinceFilter", tagged("Events after a time.", "op", "since", req("since"), m(
        "since", dateTime("The time."))));
    schemas.put("EventSearch", obj("A search over events.", req("filter"), m(
        "filter", ref("EventFilter", "Which events."),
        "limit", m("type", "integer", "minimum", 1, "maximum", 500, "description", "The most events to return."))));

    get("/events", op("listEvents", "List events (an array of a union with a mapping)", "Events", l(
        query("since", "Only events after this time.", dateTime("A time.")),
        param("Limit"), param("Cursor")), null, codes(
        "200", jsonEx("A page of events.", ref("EventPage"), m("items", l(
            m("type", "job.created", "id", "e1", "occurredAt", "2024-01-02T03:04:05Z",
                "job", m("id", "job-1", "name", "nightly", "state", "draft",
                    "spec", m("runtime", "container", "image", "alpine:3", "command", l("echo", "hi"),
                        "env", m("A", "1"), "pullPolicy", "always", "resources", m("cpu", "500m", "memory", "1Gi")))),
            m("type", "job.deleted", "id", "e2", "occurredAt", "2024-01-02T03:04:05Z", "jobId", "job-0",
                "deletedBy", m("userId", "u-1", "email", "ana@example.com")),
            m("type", "run.started", "id", "e3", "occurredAt", "2024-01-02T03:04:05Z", "runId", "run-9", "attempt", 1,
                "triggerId", null, "startedBy", m("userId", "u-2")),
            m("type", "run.finished", "id", "e4", "occurredAt", "2024-01-02T03:04:05Z", "runId", "run-9",
                "outcome", "succeeded", "duration", 95),
            m("type", "step.failed", "id", "e5", "occurredAt", "2024-01-02T03:04:05Z", "runId", "run-9", "stepId", "s2",
                "error", m("code", 1, "message", "boom")),
            m("type", "artifact.published", "id", "e6", "occurredAt", "2024-01-02T03:04:05Z",
                "artifact", m("artifactType", "image", "id", "a-2", "name", "app",
                    "repository", "r/app", "digest", "sha256:def"))), "next", null)),
        "400", badRequest())));
    get("/events/{eventId}", op("getEvent", "Get an event (a union as the response body)", "Events",
        l(param("EventId")), null, codes(
            "200", json("The event.", ref("Event")),
            "404", notFound())));
    post("/events/{eventId}/ack", op("acknowledgeEvent", "Acknowledge an event", "Events", l(param("EventId")),
        body("Who acknowledges it.", obj("An acknowledgement.", req("by"), m("by", str("Who.")))), codes(
        "204", noContent("Acknowledged."),
        "404", notFound())));
    post("/events/search", op("searchEvents", "Search events (a recursive union in the request body)", "Events", l(),
        bodyEx("The search.", ref("EventSearch"), m("filter", m("op", "and", "filters", l(
            m("op", "type", "types", l("run.started", "run.finished")),
            m("op", "not", "filter", m("op", "since", "since", "2024-01-01T00:00:00Z")),
            m("op", "or", "filters", l(m("op", "type", "types", "job.created"))))), "limit", 20)), codes(
            "200", json("The events found.", ref("EventPage")),
            "400", badRequest())));
    get("/runs/{runId}/events", op("listRunEvents", "List a run's events (an inline union in array items)", "Events",
        l(param("RunId")), null, codes(
            "200", jsonEx("The run's events.", ref("RunEventPage"), m("events", l(
                m("type", "run.started", "id", "e3", "occurredAt", "2024-01-02T03:04:05Z", "runId", "run-9"),
                m("type", "step.failed", "id", "e5", "occurredAt", "2024-01-02T03:04:05Z", "runId", "run-9", "stepId", "s1"),
                m("type", "run.finished", "id", "e4", "occurredAt", "2024-01-02T03:04:05Z", "runId", "run-9",
                    "outcome", "failed", "duration", "PT2M")),
                "latest", m("type", "run.finished", "id", "e4", "occurredAt", "2024-01-02T03:04:05Z", "runId", "run-9",
                    "outcome", "failed"))),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Workflows: a recursive union
  // ---------------------------------------------------------------------------------------------

  private void workflows() {
    tag("Workflows", "Workflows: jobs composed into a graph.");
    schemas.put("WorkflowNode", mapped("A node of a workflow, told apart by nodeType; most hold other nodes.", "nodeType",
        "sequence", "SequenceNode", "parallel", "ParallelNode", "task", "TaskNode", "branch", "BranchNode", "loop", "LoopNode"));
    schemas.put("SequenceNode", tagged("Runs its children one after another.", "nodeType", "sequence", req("id", "children"), m(
        "id", str("The node's id."),
        "children", arr("The children, in order.", ref("WorkflowNode")))));
    schemas.put("ParallelNode", tagged("Runs its branches side by side.", "nodeType", "parallel", req("id", "branches"), m(
        "id", str("The node's id."),
        "branches", arr("The branches.", ref("WorkflowNode")),
        "maxConcurrency", ref("Capacity", "How many branches run at once."))));
    schemas.put("TaskNode", tagged("Runs a job.", "nodeType", "task", req("id", "jobId"), m(
        "id", str("The node's id."),
        "jobId", str("The job to run."),
        "parameters", mapOf("Parameter values by name.", ref("ParameterValue")),
        "retry", ref("Backoff", "How to retry the job."))));
    schemas.put("BranchNode", tagged("Runs one node or another.", "nodeType", "branch", req("id", "condition", "onTrue"), m(
        "id", str("The node's id."),
        "condition", ref("Condition", "What decides."),
        "onTrue", ref("WorkflowNode", "Runs when the condition holds."),
        "onFalse", ref("WorkflowNode", "Runs otherwise; nothing runs when absent."))));
    schemas.put("LoopNode", tagged("Runs a node once per item.", "nodeType", "loop", req("id", "over", "body"), m(
        "id", str("The node's id."),
        "over", ref("LabelValue", "The items: one, or several."),
        "body", ref("WorkflowNode", "What runs for each item."))));
    schemas.put("Workflow", obj("Jobs composed into a tree of nodes.", req("id", "name", "root"), m(
        "id", str("The workflow's id."),
        "name", str("The workflow's name."),
        "version", m("type", "integer", "minimum", 1, "description", "Grows with every change."),
        "root", ref("WorkflowNode", "The root node."),
        "labels", mapOf("Labels by name.", ref("LabelValue")))));
    schemas.put("WorkflowPage", page("A page of workflows.", "The workflows.", ref("Workflow")));
    schemas.put("CreateWorkflowRequest", obj("What a new workflow needs.", req("name", "root"), m(
        "name", str("The name."),
        "root", ref("WorkflowNode", "The root node."),
        "labels", mapOf("Labels by name.", ref("LabelValue")))));
    schemas.put("WorkflowGraph", obj("A workflow flattened into nodes and edges.", req("nodes", "edges"), m(
        "nodes", mapOf("The nodes by id.", ref("WorkflowNode")),
        "edges", arr("The edges.", obj("An edge.", req("from", "to"), m(
            "from", str("The node it leaves."),
            "to", str("The node it enters."),
            "label", nstr("What the edge means, such as true or false.")))))));
    schemas.put("ValidationResult", obj("What is wrong with a workflow, if anything.", req("valid"), m(
        "valid", bool("Whether it may run."),
        "problems", arr("What is wrong.", oneOf("A problem: a message, or a message about a node.",
            str("A message."),
            obj("A problem with one node.", req("nodeId", "message"), m(
                "nodeId", str("The node."),
                "message", str("What is wrong with it."))))))));

    crud("/workflows", "/workflows/{workflowId}", "WorkflowId", "Workflows", "workflow",
        new Crud("listWorkflows", "List workflows", ref("WorkflowPage"), l()),
        new Crud("createWorkflow", "Create a workflow", ref("CreateWorkflowRequest"), ref("Workflow")),
        new Crud("getWorkflow", "Get a workflow", null, ref("Workflow")).example(m("id", "wf-1", "name", "release",
            "version", 3, "root", m("nodeType", "sequence", "id", "n1", "children", l(
                m("nodeType", "task", "id", "n2", "jobId", "build", "parameters", m("target", "prod"),
                    "retry", m("strategy", "exponential", "initial", 5, "factor", 2, "max", "PT1M", "jitter", "full")),
                m("nodeType", "parallel", "id", "n3", "maxConcurrency", "unlimited", "branches", l(
                    m("nodeType", "task", "id", "n4", "jobId", "test-a"),
                    m("nodeType", "loop", "id", "n5", "over", l("eu", "us"),
                        "body", m("nodeType", "task", "id", "n6", "jobId", "deploy")))),
                m("nodeType", "branch", "id", "n7", "condition", m("op", "eq", "field", "approved", "value", true),
                    "onTrue", m("nodeType", "task", "id", "n8", "jobId", "announce"),
                    "onFalse", m("nodeType", "sequence", "id", "n9", "children", l())))),
            "labels", m("owner", "release-team"))),
        new Crud("replaceWorkflow", "Replace a workflow", ref("Workflow"), ref("Workflow")),
        new Crud("deleteWorkflow", "Delete a workflow", null, null));
    get("/workflows/{workflowId}/graph", op("getWorkflowGraph", "Get a workflow as a graph (a map of unions)", "Workflows",
        l(param("WorkflowId")), null, codes(
            "200", json("The graph.", ref("WorkflowGraph")),
            "404", notFound())));
    post("/workflows/validate", op("validateWorkflow", "Check a workflow's root node (a recursive union as the request body)",
        "Workflows", l(), body("The root node.", ref("WorkflowNode")), codes(
            "200", jsonEx("What is wrong, if anything.", ref("ValidationResult"), m("valid", false,
                "problems", l("no tasks", m("nodeId", "n3", "message", "empty branches")))),
            "400", badRequest())));
  }

  // ---------------------------------------------------------------------------------------------
  // Runners: a parent with a discriminator and a mapping
  // ---------------------------------------------------------------------------------------------

  private void runners() {
    tag("Runners", "Runners: where runs execute.");
    schemas.put("Runner", crudParent(obj("A machine or cluster that executes runs; platform is the child schema's name.",
        req("id", "platform", "name"), m(
            "id", str("The runner's id."),
            "platform", str("The runner's platform."),
            "name", str("The runner's name."),
            "capacity", ref("Capacity", "How many runs it takes at once."),
            "tags", ref("LabelValue", "Its tags: one or several."),
            "status", en("Whether it takes work.", "online", "offline", "draining"),
            "lastSeenAt", nullable(dateTime("When it last checked in, null if never.")))), "platform"));
    Map<String, Object> toleration = obj("A taint that pods tolerate.", req("key"), m(
        "key", str("The taint's key."),
        "effect", en("The taint's effect.", "NoSchedule", "PreferNoSchedule", "NoExecute")));
    schemas.put("DockerRunner", extend("A Docker host.", "Runner", req("host"), m(
        "host", str("The Docker host's address."),
        "network", nstr("The network containers join, null for the default."),
        "privileged", bool("Whether containers run privileged."))));
    schemas.put("KubernetesRunner", extend("A Kubernetes namespace.", "Runner", req("namespace"), m(
        "namespace", str("The namespace pods run in."),
        "nodeSelector", mapOf("Node labels pods must match.", str("A label value.")),
        "tolerations", arr("Taints the pods tolerate.", NO_INLINE_ENUM_IN_ALLOF_OBJECT ? ref("Toleration") : toleration))));
    if (NO_INLINE_ENUM_IN_ALLOF_OBJECT) {
      schemas.put("Toleration", toleration);
    }
    schemas.put("VmRunner", extend("A pool of virtual machines.", "Runner", req("image", "size"), m(
        "image", str("The machine image."),
        "size", en("The machine size.", "small", "medium", "large"),
        "region", str("The region."))));
    schemas.put("RunnerPage", page("A page of runners.", "The runners.", ref("Runner")));
    schemas.put("RunnerPatch", obj("The fields of a runner to change.", req(), m(
        "status", en("The new status.", "online", "offline", "draining"),
        "capacity", ref("Capacity", "The new capacity."),
        "tags", ref("LabelValue", "The new tags."))));

    crud("/runners", "/runners/{runnerId}", "RunnerId", "Runners", "runner",
        new Crud("listRunners", "List runners", ref("RunnerPage"), l(
            query("platform", "Only runners on this platform.", en("A platform.", "DockerRunner", "KubernetesRunner", "VmRunner"))))
            .example(m("items", l(
                m("platform", "DockerRunner", "id", "r1", "name", "box", "capacity", 4, "tags", "linux", "status", "online",
                    "lastSeenAt", null, "host", "tcp://10.0.0.2:2376", "network", null, "privileged", false),
                m("platform", "KubernetesRunner", "id", "r2", "name", "cluster", "capacity", "unlimited", "tags", l("gpu", "linux"),
                    "namespace", "ci", "nodeSelector", m("pool", "gpu"),
                    "tolerations", l(m("key", "gpu", "effect", "NoSchedule"))),
                m("platform", "VmRunner", "id", "r3", "name", "pool", "status", "draining", "lastSeenAt", "2024-01-02T03:04:05Z",
                    "image", "ubuntu-22", "size", "large", "region", "eu")), "next", null)),
        new Crud("registerRunner", "Register a runner (a parent as the request body)", ref("Runner"), ref("Runner")),
        new Crud("getRunner", "Get a runner", null, ref("Runner")),
        new Crud("updateRunner", "Change a runner", ref("RunnerPatch"), ref("Runner")).patch(),
        new Crud("deleteRunner", "Remove a runner", null, null));
    post("/runners/{runnerId}/drain", op("drainRunner", "Stop giving a runner new work", "Runners",
        l(param("RunnerId")), null, codes(
            "200", json("The runner, draining.", ref("Runner")),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Secrets: anyOf without a discriminator
  // ---------------------------------------------------------------------------------------------

  private void secrets() {
    tag("Secrets", "Secrets: credentials runs may read.");
    schemas.put("SecretSource", anyOf("Where a secret's value comes from, told apart by required properties.",
        ref("PlainSecret"), ref("VaultSecret"), ref("EnvSecret"), ref("FileSecret")));
    schemas.put("PlainSecret", obj("A value stored here, encrypted.", req("plaintext"), m(
        "plaintext", str("The value; never returned in full."))));
    schemas.put("VaultSecret", obj("A value read from a vault.", req("vaultPath"), m(
        "vaultPath", str("The path in the vault."),
        "role", str("The role to read it with."))));
    schemas.put("EnvSecret", obj("A value read from the runner's environment.", req("envVar"), m(
        "envVar", str("The variable's name."))));
    schemas.put("FileSecret", obj("A value read from a file on the runner.", req("filePath"), m(
        "filePath", str("The file's path."),
        "mode", en("How the file is read.", "text", "binary"))));
    schemas.put("Secret", obj("A named secret.", req("name", "source"), m(
        "name", str("The secret's name."),
        "description", nstr("What it is for."),
        "source", ref("SecretSource", "Where its value comes from."),
        "version", m("type", "integer", "minimum", 1, "description", "Grows with every rotation."),
        "createdAt", dateTime("When it was created."))));
    schemas.put("SecretInput", obj("A secret's new content.", req("source"), m(
        "description", str("What it is for."),
        "source", ref("SecretSource", "Where its value comes from."))));

    get("/secrets", op("listSecrets", "List secrets", "Secrets", l(param("Limit"), param("Cursor")), null, codes(
        "200", jsonEx("The secrets.", arr("The secrets.", ref("Secret")), l(
            m("name", "db", "description", null, "source", m("vaultPath", "kv/db", "role", "ci"), "version", 3),
            m("name", "token", "source", m("plaintext", "****"), "version", 1),
            m("name", "home", "source", m("envVar", "HOME")),
            m("name", "key", "description", "signing key", "source", m("filePath", "/etc/key", "mode", "binary")))),
        "400", badRequest())));
    post("/secrets", op("createSecret", "Create a secret", "Secrets", l(), body("The secret.", ref("Secret")), codes(
        "201", json("The secret.", ref("Secret")),
        "400", badRequest())));
    get("/secrets/{secretName}", op("getSecret", "Get a secret", "Secrets", l(param("SecretName")), null, codes(
        "200", json("The secret.", ref("Secret")),
        "404", notFound())));
    put("/secrets/{secretName}", op("putSecret", "Create or replace a secret", "Secrets", l(param("SecretName")),
        bodyEx("The secret's content.", ref("SecretInput"), m("source", m("envVar", "API_TOKEN"))), codes(
            "200", json("The secret.", ref("Secret")),
            "400", badRequest(),
            "404", notFound())));
    delete("/secrets/{secretName}", op("deleteSecret", "Delete a secret", "Secrets", l(param("SecretName")), null,
        codes("204", noContent("Deleted."), "404", notFound())));
    post("/secrets/{secretName}/rotate", op("rotateSecret", "Rotate a secret (an anyOf as the request body)", "Secrets",
        l(param("SecretName")), bodyEx("The new source.", ref("SecretSource"), m("vaultPath", "kv/db2")), codes(
            "200", json("The secret, rotated.", ref("Secret")),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Schedules: unions of primitives and objects, nullable unions, implicit discriminators inline
  // ---------------------------------------------------------------------------------------------

  private void schedules() {
    tag("Schedules", "Schedules: when jobs run by themselves.");
    schemas.put("ScheduleSpec", oneOf("When to run: a cron expression, an interval, or a list of dates.",
        str("A cron expression."),
        ref("IntervalSpec"),
        ref("CalendarSpec")));
    schemas.put("IntervalSpec", obj("Every so often.", req("every", "unit"), m(
        "every", m("type", "integer", "minimum", 1, "description", "How many units apart."),
        "unit", en("The unit.", "minutes", "hours", "days"))));
    schemas.put("CalendarSpec", obj("On given dates.", req("dates"), m(
        "dates", arr("The dates.", str("A date.", "date")),
        "at", str("The time of day, such as 03:00."))));
    schemas.put("TimeWindow", obj("A daily window.", req("start", "end"), m(
        "start", str("When it opens, such as 22:00."),
        "end", str("When it closes, such as 06:00."))));
    schemas.put("SkipDate", tagged("Skips one date.", "exceptionType", "SkipDate", req("date"), m(
        "date", str("The date.", "date"))));
    schemas.put("ShiftDate", tagged("Moves one date's run.", "exceptionType", "ShiftDate", req("date", "to"), m(
        "date", str("The date.", "date"),
        "to", dateTime("When to run instead."))));
    Map<String, Object> window = nullable(oneOf("When runs may start: a window, a named window, or null for any time.",
        ref("TimeWindow"), str("A named window, such as nights.")));
    Map<String, Object> exceptions = arr("Dates handled differently; exceptionType is the schema name.",
        withDiscriminator(oneOf("One exception.", ref("SkipDate"), ref("ShiftDate")), "exceptionType"));
    schemas.put("Schedule", obj("Runs a job by itself.", req("id", "jobId", "spec"), m(
        "id", str("The schedule's id."),
        "jobId", str("The job it runs."),
        "spec", ref("ScheduleSpec", "When."),
        "timezone", nstr("The time zone, null for UTC."),
        "window", window,
        "exceptions", exceptions,
        "pausedUntil", nullable(dateTime("Paused until then, null when running.")))));
    schemas.put("CreateScheduleRequest", obj("What a new schedule needs.", req("jobId", "spec"), m(
        "jobId", str("The job to run."),
        "spec", ref("ScheduleSpec", "When."),
        "timezone", str("The time zone."),
        "window", window)));
    schemas.put("SchedulePatch", obj("The fields of a schedule to change.", req(), m(
        "spec", ref("ScheduleSpec", "When."),
        "window", window,
        "exceptions", exceptions,
        "pausedUntil", nullable(dateTime("Pause until then; null resumes.")))));
    schemas.put("SchedulePage", page("A page of schedules.", "The schedules.", ref("Schedule")));

    crud("/schedules", "/schedules/{scheduleId}", "ScheduleId", "Schedules", "schedule",
        new Crud("listSchedules", "List schedules", ref("SchedulePage"), l(
            query("jobId", "Only schedules of this job.", str("A job id.")))),
        new Crud("createSchedule", "Create a schedule", ref("CreateScheduleRequest"), ref("Schedule")),
        new Crud("getSchedule", "Get a schedule", null, ref("Schedule")).example(m("id", "sc-1", "jobId", "job-1",
            "spec", m("every", 6, "unit", "hours"), "timezone", "Europe/Paris", "window", m("start", "22:00", "end", "06:00"),
            "exceptions", l(m("exceptionType", "SkipDate", "date", "2024-12-25"),
                m("exceptionType", "ShiftDate", "date", "2024-01-01", "to", "2024-01-02T09:00:00Z")),
            "pausedUntil", null)),
        new Crud("updateSchedule", "Change a schedule", ref("SchedulePatch"), ref("Schedule")).patch()
            .requestExample(m("spec", m("dates", l("2024-07-01", "2024-08-01"), "at", "04:00"), "window", "nights",
                "pausedUntil", null)),
        new Crud("deleteSchedule", "Delete a schedule", null, null));
    post("/schedules/preview", op("previewSchedule", "Preview when a spec fires (a primitive-or-object union as the request body)",
        "Schedules", l(query("count", "How many times to list.", m("type", "integer", "minimum", 1, "maximum", 50,
            "description", "A count."))), body("The spec.", ref("ScheduleSpec")), codes(
            "200", json("The next times it fires.", arr("The times, earliest first.", dateTime("A time."))),
            "400", badRequest())));
  }

  // ---------------------------------------------------------------------------------------------
  // Webhooks
  // ---------------------------------------------------------------------------------------------

  private void webhooks() {
    tag("Webhooks", "Webhooks: events pushed to URLs.");
    schemas.put("WebhookAuth", mapped("How a webhook call authenticates, told apart by scheme.", "scheme",
        "none", "NoAuth", "basic", "BasicAuth", "bearer", "BearerAuth", "hmac", "HmacAuth"));
    schemas.put("NoAuth", tagged("No authentication.", "scheme", "none", req(), m()));
    schemas.put("BasicAuth", tagged("HTTP basic authentication.", "scheme", "basic", req("username", "passwordSecret"), m(
        "username", str("The user name."),
        "passwordSecret", str("The secret holding the password."))));
    schemas.put("BearerAuth", tagged("A bearer token.", "scheme", "bearer", req("tokenSecret"), m(
        "tokenSecret", str("The secret holding the token."))));
    schemas.put("HmacAuth", tagged("A signature of the body.", "scheme", "hmac", req("secretName"), m(
        "algorithm", en("The hash.", "sha256", "sha512"),
        "secretName", str("The secret holding the key."),
        "header", str("The header carrying the signature."))));
    schemas.put("Webhook", obj("A URL events are pushed to.", req("id", "url", "events"), m(
        "id", str("The webhook's id."),
        "url", str("The URL.", "uri"),
        "events", oneOf("The event types pushed: every type, or a list.",
            en("Every event type.", "*"),
            arr("The event types.", str("An event type."))),
        "auth", ref("WebhookAuth", "How calls authenticate."),
        "active", bool("Whether events are pushed."),
        "headers", mapOf("Extra headers.", str("A header value.")))));
    schemas.put("WebhookDeliveryOk", tagged("The URL answered with a success.", "result", "ok", req("status"), m(
        "status", integer("The HTTP status."),
        "elapsedMs", integer("How long the call took."))));
    schemas.put("WebhookDeliveryError", tagged("The URL answered with an error.", "result", "error", req("status"), m(
        "status", integer("The HTTP status."),
        "body", nstr("The start of the answer's body."))));
    schemas.put("WebhookDeliveryTimeout", tagged("The URL did not answer in time.", "result", "timeout", req("afterMs"), m(
        "afterMs", integer("How long it waited."))));
    schemas.put("WebhookDelivery", obj("One push of an event.", req("id", "webhookId", "outcome"), m(
        "id", str("The delivery's id."),
        "webhookId", str("The webhook."),
        "eventId", str("The event pushed."),
        "attempt", integer("Which attempt."),
        "outcome", withDiscriminator(oneOf("What happened, told apart by result.",
            ref("WebhookDeliveryOk"), ref("WebhookDeliveryError"), ref("WebhookDeliveryTimeout")), "result",
            "ok", "WebhookDeliveryOk", "error", "WebhookDeliveryError", "timeout", "WebhookDeliveryTimeout"))));

    get("/webhooks", op("listWebhooks", "List webhooks (a top-level array)", "Webhooks", l(), null, codes(
        "200", jsonEx("The webhooks.", arr("The webhooks.", ref("Webhook")), l(
            m("id", "wh-1", "url", "https://example.com/a", "events", "*", "auth", m("scheme", "none"), "active", true),
            m("id", "wh-2", "url", "https://example.com/b", "events", l("run.finished"),
                "auth", m("scheme", "basic", "username", "ci", "passwordSecret", "b-pass")),
            m("id", "wh-3", "url", "https://example.com/c", "events", l(),
                "auth", m("scheme", "bearer", "tokenSecret", "c-token"), "headers", m("X-A", "1")))),
        "400", badRequest())));
    post("/webhooks", op("createWebhook", "Create a webhook", "Webhooks", l(), body("The webhook.", ref("Webhook")), codes(
        "201", json("The webhook.", ref("Webhook")),
        "400", badRequest())));
    get("/webhooks/{webhookId}", op("getWebhook", "Get a webhook", "Webhooks", l(param("WebhookId")), null, codes(
        "200", json("The webhook.", ref("Webhook")),
        "404", notFound())));
    put("/webhooks/{webhookId}", op("replaceWebhook", "Replace a webhook", "Webhooks", l(param("WebhookId")),
        bodyEx("The webhook.", ref("Webhook"), m("id", "wh-1", "url", "https://example.com/a", "events", l("job.created"),
            "auth", m("scheme", "hmac", "secretName", "k", "header", "X-Sig"))), codes(
            "200", json("The webhook.", ref("Webhook")),
            "400", badRequest(),
            "404", notFound())));
    delete("/webhooks/{webhookId}", op("deleteWebhook", "Delete a webhook", "Webhooks", l(param("WebhookId")), null,
        codes("204", noContent("Deleted."), "404", notFound())));
    post("/webhooks/{webhookId}/test", op("testWebhook", "Push an event to a webhook now (a union as the request body)",
        "Webhooks", l(param("WebhookId")), bodyEx("The event to push.", ref("Event"), m("type", "run.finished", "id", "e4",
            "occurredAt", "2024-01-02T03:04:05Z", "runId", "run-9", "outcome", "cancelled")), codes(
            "200", jsonEx("The delivery.", ref("WebhookDelivery"), m("id", "d-1", "webhookId", "wh-1", "eventId", "e4",
                "attempt", 1, "outcome", m("result", "timeout", "afterMs", 10000))),
            "404", notFound())));
    get("/webhooks/{webhookId}/deliveries", op("listWebhookDeliveries", "List a webhook's deliveries", "Webhooks",
        l(param("WebhookId"), param("Limit")), null, codes(
            "200", jsonEx("The deliveries, newest first.", arr("The deliveries.", ref("WebhookDelivery")), l(
                m("id", "d-2", "webhookId", "wh-1", "outcome", m("result", "ok", "status", 204, "elapsedMs", 31)),
                m("id", "d-1", "webhookId", "wh-1", "outcome", m("result", "error", "status", 502, "body", null)))),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Queues: inline object variants in array items
  // ---------------------------------------------------------------------------------------------

  private void queues() {
    tag("Queues", "Queues: where runs wait for a runner.");
    Map<String, Object> limits = arr("The queue's limits; each is one kind, told apart by required properties.",
        oneOf("One limit.",
            obj("Limits runs at once.", req("maxConcurrent"), m(
                "maxConcurrent", ref("Capacity", "How many runs at once."))),
            obj("Limits starts per minute.", req("maxPerMinute"), m(
                "maxPerMinute", m("type", "integer", "minimum", 1, "description", "Starts per minute."))),
            obj("Limits how many runs wait.", req("maxQueued"), m(
                "maxQueued", m("type", "integer", "minimum", 0, "description", "Runs that may wait."),
                "overflow", en("What happens to one more.", "reject", "dropOldest")))));
    schemas.put("JobQueue", obj("A queue of runs.", req("id", "name", "ordering"), m(
        "id", str("The queue's id."),
        "name", str("The queue's name."),
        "ordering", en("Which waiting run goes first.", "fifo", "priority", "fair"),
        "limits", limits,
        "paused", bool("Whether it holds its runs."),
        "runnerSelector", ref("RunnerSelectorRef", "Which runners take its runs."))));
    schemas.put("RunnerSelector", anyOf("Which runners to use: by platform or by tags, told apart by required properties.",
        obj("Runners on one platform.", req("platform"), m(
            "platform", en("The platform.", "docker", "kubernetes", "vm"))),
        obj("Runners with tags.", req("tags"), m(
            "tags", ref("LabelValue", "The tags: one or several."),
            "matchAll", bool("Whether a runner needs every tag.")))));
    schemas.put("RunnerSelectorAlias", ref("RunnerSelector"));
    schemas.put("RunnerSelectorRef", ref("RunnerSelectorAlias"));
    schemas.put("QueuePage", page("A page of queues.", "The queues.", ref("JobQueue")));
    schemas.put("QueueStats", obj("How a queue is doing.", req("depth"), m(
        "depth", integer("How many runs wait."),
        "byPriority", mapOf("Waiting runs by priority.", integer("A count.")),
        "oldestWait", nullable(oneOf("How long the oldest run has waited, null when empty.",
            integer("Whole seconds."), str("An ISO 8601 duration."))))));

    crud("/queues", "/queues/{queueId}", "QueueId", "Queues", "queue",
        new Crud("listQueues", "List queues", ref("QueuePage"), l()).example(m("items", l(
            m("id", "q1", "name", "default", "ordering", "fifo", "limits", l(
                m("maxConcurrent", 8), m("maxPerMinute", 60), m("maxQueued", 1000, "overflow", "dropOldest")),
                "paused", false, "runnerSelector", m("platform", "kubernetes")),
            m("id", "q2", "name", "gpu", "ordering", "fair", "limits", l(m("maxConcurrent", "unlimited")),
                "runnerSelector", m("tags", l("gpu"), "matchAll", true))), "next", null)),
        new Crud("createQueue", "Create a queue", ref("JobQueue"), ref("JobQueue")),
        new Crud("getQueue", "Get a queue", null, ref("JobQueue")),
        new Crud("replaceQueue", "Replace a queue", ref("JobQueue"), ref("JobQueue")),
        new Crud("deleteQueue", "Delete a queue", null, null));
    get("/queues/{queueId}/stats", op("getQueueStats", "Get a queue's statistics", "Queues", l(param("QueueId")), null,
        codes(
            "200", jsonEx("The statistics.", ref("QueueStats"), m("depth", 3, "byPriority", m("high", 1, "low", 2),
                "oldestWait", "PT4M")),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Policies: a parent with a discriminator and no mapping; a map of unions
  // ---------------------------------------------------------------------------------------------

  private void policies() {
    tag("Policies", "Policies: rules applied to runs.");
    schemas.put("Policy", crudParent(obj("A rule applied to runs; policyType is the child schema's name.",
        req("id", "policyType", "name"), m(
            "id", str("The policy's id."),
            "policyType", str("The kind of policy."),
            "name", str("The policy's name."),
            "enabled", bool("Whether it applies."),
            "scope", ref("PolicyScope", "What it applies to."))), "policyType"));
    schemas.put("RetryPolicy", extend("Retries failed runs.", "Policy", req("maxAttempts", "schedule"), m(
        "maxAttempts", m("type", "integer", "minimum", 1, "description", "How many attempts in all."),
        "schedule", ref("RetrySchedule", "When the attempts happen."),
        "retryOn", arr("Which failures are retried.", en("A failure reason.", "timeout", "error", "oom", "preempted")))));
    schemas.put("RetrySchedule", obj("When retries happen (an object of its own: see Integrity about the validator).",
        req("backoff"), m(
            "backoff", ref("Backoff", "How long to wait between attempts."),
            "giveUpAfter", ref("Duration", "When to stop retrying, however many attempts are left."))));
    schemas.put("TimeoutPolicy", extend("Limits how long runs take.", "Policy", req("limit"), m(
        "limit", ref("Duration", "The longest a run may take."),
        "action", en("What happens at the limit.", "cancel", "fail"))));
    schemas.put("ConcurrencyPolicy", extend("Limits runs at once.", "Policy", req("maxRuns"), m(
        "maxRuns", m("type", "integer", "minimum", 1, "description", "How many runs at once."),
        "key", str("Runs with the same value of this parameter count together."))));
    schemas.put("PolicyScope", anyOf("What a policy applies to, told apart by required properties.",
        ref("JobScope"), ref("QueueScope"), ref("GlobalScope")));
    schemas.put("JobScope", obj("Some jobs.", req("jobIds"), m(
        "jobIds", arr("The jobs.", str("A job id.")))));
    schemas.put("QueueScope", obj("The runs of some queues.", req("queueIds"), m(
        "queueIds", arr("The queues.", str("A queue id.")))));
    schemas.put("GlobalScope", obj("Everything.", req("allJobs"), m(
        "allJobs", bool("Always true."))));
    schemas.put("Decision", mapped("What a policy decided, told apart by effect.", "effect",
        "allow", "AllowDecision", "deny", "DenyDecision", "defer", "DeferDecision"));
    schemas.put("AllowDecision", tagged("The run may go.", "effect", "allow", req(), m(
        "note", str("Why, when given."))));
    schemas.put("DenyDecision", tagged("The run may not go.", "effect", "deny", req("reason"), m(
        "reason", str("Why."),
        "severity", ref("Severity", "How serious the breach is."))));
    schemas.put("DeferDecision", tagged("The run must wait.", "effect", "defer", req("until"), m(
        "until", ref("Duration", "How long to wait."))));
    schemas.put("PolicyEvaluationRequest", obj("A run to evaluate the policies for.", req("jobId"), m(
        "jobId", str("The job."),
        "queueId", str("The queue."),
        "parameters", mapOf("The run's parameters.", ref("ParameterValue")))));
    schemas.put("PolicyEvaluation", obj("What each policy decided.", req("decisions"), m(
        "decisions", mapOf("Decisions by policy id.", ref("Decision")),
        "final", ref("Decision", "The combined decision."))));

    get("/policies", op("listPolicies", "List policies (a top-level array of a parent)", "Policies", l(),
        null, codes(
            "200", jsonEx("The policies.", arr("The policies.", ref("Policy")), l(
                m("policyType", "RetryPolicy", "id", "p1", "name", "retry", "enabled", true,
                    "scope", m("jobIds", l("job-1")), "maxAttempts", 3,
                    "schedule", m("backoff", m("strategy", "linear", "step", "PT10S"), "giveUpAfter", "PT1H"),
                    "retryOn", l("timeout", "oom")),
                m("policyType", "TimeoutPolicy", "id", "p2", "name", "timeout", "scope", m("allJobs", true),
                    "limit", 7200, "action", "fail"),
                m("policyType", "ConcurrencyPolicy", "id", "p3", "name", "one at a time",
                    "scope", m("queueIds", l("q1")), "maxRuns", 1, "key", "region"))),
            "400", badRequest())));
    post("/policies", op("createPolicy", "Create a policy (a parent as the request body)", "Policies", l(),
        body("The policy.", ref("Policy")), codes(
            "201", json("The policy.", ref("Policy")),
            "400", badRequest())));
    get("/policies/{policyId}", op("getPolicy", "Get a policy", "Policies", l(param("PolicyId")), null, codes(
        "200", json("The policy.", ref("Policy")),
        "404", notFound())));
    put("/policies/{policyId}", op("replacePolicy", "Replace a policy", "Policies", l(param("PolicyId")),
        bodyEx("The policy.", ref("Policy"), m("policyType", "TimeoutPolicy", "id", "p2", "name", "timeout",
            "limit", "PT2H", "action", "cancel")), codes(
            "200", json("The policy.", ref("Policy")),
            "400", badRequest(),
            "404", notFound())));
    delete("/policies/{policyId}", op("deletePolicy", "Delete a policy", "Policies", l(param("PolicyId")), null,
        codes("204", noContent("Deleted."), "404", notFound())));
    post("/policies/evaluate", op("evaluatePolicies", "Evaluate the policies for a run (a map of unions in the response)",
        "Policies", l(), body("The run.", ref("PolicyEvaluationRequest")), codes(
            "200", jsonEx("The decisions.", ref("PolicyEvaluation"), m("decisions", m(
                "p1", m("effect", "allow"),
                "p2", m("effect", "defer", "until", "PT5M"),
                "p3", m("effect", "deny", "reason", "busy", "severity", "warning")),
                "final", m("effect", "deny", "reason", "busy"))),
            "400", badRequest())));
  }

  // ---------------------------------------------------------------------------------------------
  // Environments: maps of unions, $ref chains
  // ---------------------------------------------------------------------------------------------

  private void environments() {
    tag("Environments", "Environments: variables shared by jobs.");
    schemas.put("Environment", obj("Named variables jobs can use.", req("name", "variables"), m(
        "name", str("The environment's name."),
        "description", nstr("What it is for."),
        "variables", mapOf("Variables by name: literals or secrets.", ref("EnvValue")),
        "inherits", nstr("The environment it extends, null for none."),
        "runnerSelector", ref("RunnerSelectorRef", "Which runners jobs use here."))));
    schemas.put("EnvironmentAlias", ref("Environment"));
    schemas.put("DefaultEnvironment", ref("EnvironmentAlias"));
    schemas.put("EnvironmentPatch", obj("Variables to set or remove.", req(), m(
        "set", mapOf("Variables to set.", ref("EnvValue")),
        "remove", arr("Variables to remove.", str("A name.")))));
    schemas.put("EnvironmentList", mapOf("Environments by name.", ref("Environment")));

    get("/environments", op("listEnvironments", "List environments (a top-level map of models)", "Environments", l(),
        null, codes(
            "200", json("The environments.", ref("EnvironmentList")),
            "400", badRequest())));
    post("/environments", op("createEnvironment", "Create an environment", "Environments", l(),
        bodyEx("The environment.", ref("Environment"), m("name", "staging", "variables", m(
            "REGION", "eu", "REPLICAS", 2, "DEBUG", false, "DB_PASSWORD", m("secretName", "db", "key", "password")),
            "runnerSelector", m("tags", "staging"))), codes(
            "201", json("The environment.", ref("Environment")),
            "400", badRequest())));
    get("/environments/{environmentName}", op("getEnvironment", "Get an environment", "Environments",
        l(param("EnvironmentName")), null, codes(
            "200", jsonEx("The environment.", ref("Environment"), m("name", "prod", "description", null,
                "variables", m("REGION", "us", "REPLICAS", 6, "TRACE", true, "API_KEY", m("secretName", "api")),
                "inherits", "base", "runnerSelector", m("platform", "vm"))),
            "404", notFound())));
    patch("/environments/{environmentName}", op("updateEnvironment", "Change an environment's variables", "Environments",
        l(param("EnvironmentName")), body("What to change.", ref("EnvironmentPatch")), codes(
            "200", json("The environment.", ref("Environment")),
            "400", badRequest(),
            "404", notFound())));
    delete("/environments/{environmentName}", op("deleteEnvironment", "Delete an environment", "Environments",
        l(param("EnvironmentName")), null, codes("204", noContent("Deleted."), "404", notFound())));
    get("/environment", op("getDefaultEnvironment", "Get the default environment (through a chain of $refs)",
        "Environments", l(), null, codes(
            "200", json("The default environment.", ref("DefaultEnvironment")),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Templates: a discriminator without mapping, a union behind a $ref chain
  // ---------------------------------------------------------------------------------------------

  private void templates() {
    tag("Templates", "Templates: jobs with parameters.");
    schemas.put("TemplateParameter", withDiscriminator(oneOf("A template parameter; paramType is the schema name.",
        ref("StringParameter"), ref("IntegerParameter"), ref("ChoiceParameter"), ref("ListParameter")), "paramType"));
    schemas.put("StringParameter", tagged("A text parameter.", "paramType", "StringParameter", req("name"), m(
        "name", str("The parameter's name."),
        "defaultValue", str("Its default."),
        "pattern", str("A regular expression values must match."))));
    schemas.put("IntegerParameter", tagged("A whole number parameter.", "paramType", "IntegerParameter", req("name"), m(
        "name", str("The parameter's name."),
        "defaultValue", integer("Its default."),
        "minimum", integer("The least value."),
        "maximum", integer("The greatest value."))));
    schemas.put("ChoiceParameter", tagged("A parameter with a fixed set of values.", "paramType", "ChoiceParameter",
        req("name", "choices"), m(
            "name", str("The parameter's name."),
            "choices", arr("The values allowed.", str("A value.")),
            "defaultValue", str("Its default, one of the choices."),
            "display", en("How to show the choices.", "dropdown", "radio"))));
    schemas.put("ListParameter", tagged("A parameter taking several values.", "paramType", "ListParameter",
        req("name", "itemType"), m(
            "name", str("The parameter's name."),
            "itemType", en("The values' type.", "string", "integer"),
            "defaultValue", arr("Its default.", str("A value.")))));
    schemas.put("JobTemplate", obj("A job with parameters filled in when it is used.", req("id", "name", "spec", "parameters"), m(
        "id", str("The template's id."),
        "name", str("The template's name."),
        "parameters", arr("The parameters.", ref("TemplateParameter")),
        "spec", ref("JobSpec", "The job spec, with placeholders."),
        "defaults", mapOf("Default values by parameter.", ref("ParameterValue")))));
    schemas.put("TemplatePage", page("A page of templates.", "The templates.", ref("JobTemplate")));
    schemas.put("RenderRequest", obj("Values to fill a template with.", req("values"), m(
        "values", mapOf("Values by parameter.", ref("ParameterValue")))));

    crud("/templates", "/templates/{templateId}", "TemplateId", "Templates", "template",
        new Crud("listTemplates", "List templates", ref("TemplatePage"), l()),
        new Crud("createTemplate", "Create a template", ref("JobTemplate"), ref("JobTemplate")).requestExample(m(
            "id", "tp-1", "name", "etl", "parameters", l(
                m("paramType", "StringParameter", "name", "table", "pattern", "^[a-z_]+$"),
                m("paramType", "IntegerParameter", "name", "days", "defaultValue", 7, "minimum", 1, "maximum", 90),
                m("paramType", "ChoiceParameter", "name", "mode", "choices", l("full", "delta"), "display", "radio"),
                m("paramType", "ListParameter", "name", "regions", "itemType", "string", "defaultValue", l("eu"))),
            "spec", m("runtime", "notebook", "path", "etl.ipynb", "kernel", "python3",
                "parameters", m("table", "{table}", "days", 7)),
            "defaults", m("mode", "delta", "regions", l("eu", "us")))),
        new Crud("getTemplate", "Get a template", null, ref("JobTemplate")),
        new Crud("replaceTemplate", "Replace a template", ref("JobTemplate"), ref("JobTemplate")),
        new Crud("deleteTemplate", "Delete a template", null, null));
    post("/templates/{templateId}/render", op("renderTemplate", "Render a template into a job spec (a union behind a $ref chain)",
        "Templates", l(param("TemplateId")), body("The values.", ref("RenderRequest")), codes(
            "200", jsonEx("The rendered spec.", ref("RenderedSpec"), m("runtime", "container", "image", "etl:2",
                "command", "run --days 7", "env", m("MODE", "delta"))),
            "400", badRequest(),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Audit log: anyOf actors, nullable unions, inline discriminated targets
  // ---------------------------------------------------------------------------------------------

  private void audit() {
    tag("Audit", "Audit log: who did what.");
    schemas.put("Actor", anyOf("Who did something: a user, a service or the system, told apart by required properties.",
        ref("UserActor"), ref("ServiceActor"), ref("SystemActor")));
    schemas.put("UserActor", obj("A person.", req("userId"), m(
        "userId", str("The user's id."),
        "email", str("The user's address.", "email"))));
    schemas.put("ServiceActor", obj("A service account.", req("serviceName"), m(
        "serviceName", str("The service's name."),
        "tokenId", str("The token it used."))));
    schemas.put("SystemActor", obj("The service itself.", req("system"), m(
        "system", en("Which part of it.", "scheduler", "api", "reaper"))));
    schemas.put("JobTarget", tagged("A job.", "resourceType", "job", req("jobId"), m("jobId", str("The job's id."))));
    schemas.put("RunTarget", tagged("A run.", "resourceType", "run", req("runId"), m(
        "runId", str("The run's id."),
        "jobId", str("Its job's id."))));
    schemas.put("SecretTarget", tagged("A secret.", "resourceType", "secret", req("secretName"), m(
        "secretName", str("The secret's name."))));
    schemas.put("FieldChange", obj("One field's change.", req("field"), m(
        "field", str("The field's path."),
        "before", ref("ParameterValue", "The old value."),
        "after", ref("ParameterValue", "The new value."))));
    schemas.put("AuditEntry", obj("One thing someone did.", req("id", "at", "actor", "action", "target"), m(
        "id", str("The entry's id."),
        "at", dateTime("When."),
        "actor", ref("Actor", "Who."),
        "action", en("What.", "create", "update", "delete", "run", "cancel", "read"),
        "target", withDiscriminator(oneOf("What it was done to, told apart by resourceType.",
            ref("JobTarget"), ref("RunTarget"), ref("SecretTarget")), "resourceType",
            "job", "JobTarget", "run", "RunTarget", "secret", "SecretTarget"),
        "changes", nullable(arr("The fields changed, null when nothing was.", oneOf(
            "A change: described, or a field with its values.", str("A description."), ref("FieldChange")))))));
    schemas.put("AuditPage", page("A page of audit entries.", "The entries, newest first.", ref("AuditEntry")));

    get("/audit", op("listAuditEntries", "List audit entries", "Audit", l(
        query("action", "Only entries with this action.", en("An action.", "create", "update", "delete", "run", "cancel", "read")),
        param("Limit"), param("Cursor")), null, codes(
        "200", jsonEx("A page of entries.", ref("AuditPage"), m("items", l(
            m("id", "au-1", "at", "2024-01-02T03:04:05Z", "actor", m("userId", "u-1"), "action", "update",
                "target", m("resourceType", "job", "jobId", "job-1"),
                "changes", l("renamed", m("field", "timeout", "before", 60, "after", "PT5M"))),
            m("id", "au-2", "at", "2024-01-02T03:04:05Z", "actor", m("system", "reaper"), "action", "delete",
                "target", m("resourceType", "run", "runId", "run-1", "jobId", "job-1"), "changes", null),
            m("id", "au-3", "at", "2024-01-02T03:04:05Z", "actor", m("serviceName", "deployer"), "action", "read",
                "target", m("resourceType", "secret", "secretName", "db"))), "next", null)),
        "400", badRequest())));
    get("/audit/{entryId}", op("getAuditEntry", "Get an audit entry", "Audit", l(m("name", "entryId", "in", "path",
        "required", true, "description", "The entry's id.", "schema", str("An entry id."))), null, codes(
        "200", json("The entry.", ref("AuditEntry")),
        "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Batch: arrays of unions in both directions, a union of models used elsewhere
  // ---------------------------------------------------------------------------------------------

  private void batch() {
    tag("Batch", "Batch: several changes in one call.");
    schemas.put("BatchOperation", mapped("One change in a batch, told apart by op.", "op",
        "createJob", "BatchCreateJob", "deleteJob", "BatchDeleteJob", "pauseJob", "BatchPauseJob", "runJob", "BatchRunJob"));
    schemas.put("BatchCreateJob", tagged("Creates a job.", "op", "createJob", req("job"), m(
        "job", ref("CreateJobRequest", "The job."))));
    schemas.put("BatchDeleteJob", tagged("Deletes a job.", "op", "deleteJob", req("jobId"), m(
        "jobId", str("The job's id."))));
    schemas.put("BatchPauseJob", tagged("Pauses a job.", "op", "pauseJob", req("jobId"), m(
        "jobId", str("The job's id."),
        "until", nullable(dateTime("Until when, null for good.")))));
    schemas.put("BatchRunJob", tagged("Runs a job.", "op", "runJob", req("jobId", "request"), m(
        "jobId", str("The job's id."),
        "request", ref("RunRequest", "When and how."))));
    schemas.put("BatchRequest", obj("Several changes.", req("operations"), m(
        "operations", arr("The changes, applied in order.", ref("BatchOperation")),
        "atomic", bool("Whether all must succeed or none is applied."))));
    schemas.put("BatchItemSucceeded", tagged("A change that was applied.", "status", "ok", req("index"), m(
        "index", integer("The change's position in the request."),
        "resource", oneOf("What it made: a job or a run, told apart by required properties.", ref("Job"), ref("Run")))));
    schemas.put("BatchItemFailed", tagged("A change that was not applied.", "status", "error", req("index", "error"), m(
        "index", integer("The change's position in the request."),
        "error", ref("Error", "Why."))));
    schemas.put("BatchResponse", obj("What happened to each change.", req("results"), m(
        "results", arr("One result per change, in order.", withDiscriminator(oneOf("A result, told apart by status.",
            ref("BatchItemSucceeded"), ref("BatchItemFailed")), "status",
            "ok", "BatchItemSucceeded", "error", "BatchItemFailed")))));

    post("/batch", op("submitBatch", "Apply several changes (arrays of unions both ways)", "Batch", l(),
        bodyEx("The changes.", ref("BatchRequest"), m("operations", l(
            m("op", "createJob", "job", m("name", "tmp", "spec", m("runtime", "script", "language", "bash", "source", "true"))),
            m("op", "pauseJob", "jobId", "job-2", "until", null),
            m("op", "runJob", "jobId", "job-3", "request", m("priority", "high", "overrides", m("n", 1))),
            m("op", "deleteJob", "jobId", "job-4")), "atomic", false)), codes(
            "200", jsonEx("The results.", ref("BatchResponse"), m("results", l(
                m("status", "ok", "index", 0, "resource", m("id", "job-9", "name", "tmp", "state", "draft",
                    "spec", m("runtime", "script", "language", "bash", "source", "true"))),
                m("status", "ok", "index", 1),
                m("status", "ok", "index", 2, "resource", m("id", "run-5", "jobId", "job-3",
                    "status", m("state", "queued", "position", 0))),
                m("status", "error", "index", 3, "error", m("code", 404, "message", "no such job"))))),
            "400", badRequest())));
  }

  // ---------------------------------------------------------------------------------------------
  // Dashboards: a parent with a discriminator and a mapping, read by one operation
  // ---------------------------------------------------------------------------------------------

  private void dashboards() {
    tag("Dashboards", "Dashboards: widgets showing jobs and runs.");
    schemas.put("Widget", withDiscriminator(obj("A widget on a dashboard; widgetType says which.",
        req("id", "widgetType", "title"), m(
            "id", str("The widget's id."),
            "widgetType", str("The kind of widget."),
            "title", str("The widget's title."),
            "width", en("How much of the row it takes.", "third", "half", "full"),
            "filter", ref("Condition", "Which runs it shows."))), "widgetType",
        "chart", "ChartWidget", "table", "TableWidget", "text", "TextWidget"));
    schemas.put("ChartWidget", extend("A chart.", "Widget", req("chartType", "metric"), m(
        "chartType", en("The kind of chart.", "line", "bar", "pie"),
        "metric", str("The metric drawn, such as run.duration."),
        "groupBy", ref("LabelValue", "The labels to group by: one or several."),
        "window", ref("Duration", "How far back it looks."))));
    schemas.put("TableWidget", extend("A table.", "Widget", req("columns"), m(
        "columns", arr("The columns, in order.", en("A column.", "job", "run", "state", "startedAt", "duration")),
        "pageSize", m("type", "integer", "minimum", 1, "maximum", 100, "description", "Rows per page."))));
    schemas.put("TextWidget", extend("Some text.", "Widget", req("markdown"), m(
        "markdown", str("The text, in Markdown."))));
    schemas.put("Dashboard", obj("Widgets showing jobs and runs.", req("id", "title", "widgets"), m(
        "id", str("The dashboard's id."),
        "title", str("The dashboard's title."),
        "widgets", arr("The widgets, row by row.", ref("Widget")),
        "refreshEvery", ref("Duration", "How often it reloads."))));
    get("/dashboards/{dashboardId}", op("getDashboard", "Get a dashboard (an array of a parent with a mapping)",
        "Dashboards", l(m("name", "dashboardId", "in", "path", "required", true, "description", "The dashboard's id.",
            "schema", str("A dashboard id."))), null, codes(
            "200", jsonEx("The dashboard.", ref("Dashboard"), m("id", "d-1", "title", "Nightly", "widgets", l(
                m("widgetType", "chart", "id", "w1", "title", "Durations", "width", "half", "chartType", "line",
                    "metric", "run.duration", "groupBy", l("team", "job"), "window", "P7D"),
                m("widgetType", "table", "id", "w2", "title", "Failures", "width", "half",
                    "filter", m("op", "eq", "field", "state", "value", "failed"),
                    "columns", l("job", "run", "startedAt"), "pageSize", 20),
                m("widgetType", "text", "id", "w3", "title", "Read me", "markdown", "Runs *nightly*.")),
                "refreshEvery", 300)),
            "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Imports: a parent with a discriminator and no mapping, sent by one operation
  // ---------------------------------------------------------------------------------------------

  private void imports() {
    tag("Imports", "Imports: jobs loaded from files.");
    schemas.put("ImportSource", withDiscriminator(obj("Where job definitions come from; sourceType is the child schema's name.",
        req("sourceType"), m(
            "sourceType", str("The kind of source."),
            "format", en("How the definitions are written.", "yaml", "json"))), "sourceType"));
    schemas.put("GitImport", extend("A file in a Git repository.", "ImportSource", req("repository", "path"), m(
        "repository", str("The repository's URL.", "uri"),
        "ref", str("The branch, tag or commit; the default branch when absent."),
        "path", str("The file's path in the repository."))));
    schemas.put("UrlImport", extend("A file at a URL.", "ImportSource", req("url"), m(
        "url", str("The URL.", "uri"),
        "headers", mapOf("Headers to send.", str("A header value.")))));
    schemas.put("InlineImport", extend("Definitions sent inline.", "ImportSource", req("content"), m(
        "content", str("The definitions."))));
    schemas.put("ImportRequest", obj("What to import.", req("source"), m(
        "source", ref("ImportSource", "Where the definitions are."),
        "dryRun", bool("Whether to check only, creating nothing."),
        "onConflict", en("What to do with a job that exists.", "skip", "replace", "fail"))));
    schemas.put("ImportReport", obj("What an import did.", req("created", "skipped"), m(
        "created", arr("The jobs created.", str("A job id.")),
        "skipped", arr("The jobs skipped, as they exist.", str("A job name.")),
        "problems", arr("What could not be imported.", oneOf("A problem: a message, or a message about a line.",
            str("A message."),
            obj("A problem at a line.", req("line", "message"), m(
                "line", m("type", "integer", "minimum", 1, "description", "The line."),
                "message", str("What is wrong there."))))))));
    post("/jobs/import", op("importJobs", "Import jobs (a parent without mapping in the request body)", "Imports", l(),
        bodyEx("What to import.", ref("ImportRequest"), m("source", m("sourceType", "GitImport", "format", "yaml",
            "repository", "https://git.example.com/ops/jobs.git", "ref", "main", "path", "jobs.yaml"),
            "dryRun", true, "onConflict", "skip")), codes(
            "200", jsonEx("What was imported.", ref("ImportReport"), m("created", l("job-7"), "skipped", l("nightly"),
                "problems", l("duplicate name", m("line", 12, "message", "unknown runtime")))),
            "400", badRequest())));
  }

  // ---------------------------------------------------------------------------------------------
  // CRUD: the five operations of a resource
  // ---------------------------------------------------------------------------------------------

  /** One CRUD operation: its id, summary, request body (null for none), response body and extras. */
  private static final class Crud {
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

  private void crud(String collection, String item, String idParam, String tag, String noun,
      Crud list, Crud create, Crud read, Crud update, Crud remove) {
    List<Object> listParams = new ArrayList<>(list.extraParams);
    listParams.add(param("Limit"));
    listParams.add(param("Cursor"));
    get(collection, op(list.id, list.summary, tag, listParams, null, codes(
        "200", response("A page of results.", list.response, list.example),
        "400", badRequest())));
    post(collection, op(create.id, create.summary, tag, l(), requestBody("The new " + noun + ".", create.request,
        create.requestExample), codes(
        "201", response("The " + noun + " as stored.", create.response, create.example),
        "400", badRequest())));
    get(item, op(read.id, read.summary, tag, l(param(idParam)), null, codes(
        "200", response("The " + noun + ".", read.response, read.example),
        "404", notFound())));
    Map<String, Object> change = op(update.id, update.summary, tag, l(param(idParam)),
        requestBody(update.patch ? "The fields to change." : "The new " + noun + ".", update.request, update.requestExample),
        codes(
            "200", response("The " + noun + " as stored.", update.response, update.example),
            "400", badRequest(),
            "404", notFound()));
    if (update.patch) {
      patch(item, change);
    } else {
      put(item, change);
    }
    delete(item, op(remove.id, remove.summary, tag, l(param(idParam)), null, codes(
        "204", noContent("Deleted."),
        "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Operations
  // ---------------------------------------------------------------------------------------------

  private void tag(String name, String description) {
    tags.add(m("name", name, "description", description));
  }

  private void get(String path, Map<String, Object> operation) {
    at(path, "get", operation);
  }

  private void post(String path, Map<String, Object> operation) {
    at(path, "post", operation);
  }

  private void put(String path, Map<String, Object> operation) {
    at(path, "put", operation);
  }

  private void patch(String path, Map<String, Object> operation) {
    at(path, "patch", operation);
  }

  private void delete(String path, Map<String, Object> operation) {
    at(path, "delete", operation);
  }

  @SuppressWarnings("unchecked")
  private void at(String path, String method, Map<String, Object> operation) {
    Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, p -> new LinkedHashMap<>());
    if (item.put(method, operation) != null) {
      throw new IllegalStateException(method + " " + path + " twice");
    }
  }

  private static Map<String, Object> op(String id, String summary, String tag, List<Object> params, Object body,
      Map<String, Object> responses) {
    return mo("operationId", id, "summary", summary, "tags", l(tag),
        "parameters", params.isEmpty() ? null : params,
        "requestBody", body,
        "responses", responses);
  }

  private static Map<String, Object> codes(Object... kv) {
    return m(kv);
  }

  private static Map<String, Object> param(String name) {
    return m("$ref", "#/components/parameters/" + name);
  }

  private static Map<String, Object> query(String name, String description, Object schema) {
    return m("name", name, "in", "query", "description", description, "schema", schema);
  }

  private static Map<String, Object> body(String description, Object schema) {
    return requestBody(description, schema, null);
  }

  private static Map<String, Object> bodyEx(String description, Object schema, Object example) {
    return requestBody(description, schema, example);
  }

  private static Map<String, Object> requestBody(String description, Object schema, Object example) {
    return schema == null ? null : m("description", description, "required", true,
        "content", m("application/json", mo("schema", schema, "example", example)));
  }

  private static Map<String, Object> json(String description, Object schema) {
    return response(description, schema, null);
  }

  private static Map<String, Object> jsonEx(String description, Object schema, Object example) {
    return response(description, schema, example);
  }

  private static Map<String, Object> response(String description, Object schema, Object example) {
    return m("description", description, "content", m("application/json", mo("schema", schema, "example", example)));
  }

  private static Map<String, Object> noContent(String description) {
    return m("description", description);
  }

  private static Map<String, Object> notFound() {
    return m("$ref", "#/components/responses/NotFound");
  }

  private static Map<String, Object> badRequest() {
    return m("$ref", "#/components/responses/BadRequest");
  }

  // ---------------------------------------------------------------------------------------------
  // Schemas
  // ---------------------------------------------------------------------------------------------

  private static Map<String, Object> str(String description) {
    return m("type", "string", "description", description);
  }

  private static Map<String, Object> str(String description, String format) {
    return m("type", "string", "format", format, "description", description);
  }

  private static Map<String, Object> nstr(String description) {
    return m("type", "string", "nullable", true, "description", description);
  }

  private static Map<String, Object> dateTime(String description) {
    return str(description, "date-time");
  }

  private static Map<String, Object> integer(String description) {
    return m("type", "integer", "description", description);
  }

  private static Map<String, Object> number(String description) {
    return m("type", "number", "description", description);
  }

  private static Map<String, Object> bool(String description) {
    return m("type", "boolean", "description", description);
  }

  private static Map<String, Object> en(String description, String... values) {
    return m("type", "string", "enum", l((Object[]) values), "description", description);
  }

  private static Map<String, Object> ref(String name) {
    return m("$ref", SCHEMAS + name);
  }

  /** A reference with a description beside it (which OpenAPI 3.0 tools may ignore; documentation only). */
  private static Map<String, Object> ref(String name, String description) {
    return m("$ref", SCHEMAS + name, "description", description);
  }

  private static Map<String, Object> arr(String description, Object items) {
    return m("type", "array", "description", description, "items", items);
  }

  private static Map<String, Object> mapOf(String description, Object values) {
    return m("type", "object", "description", description, "additionalProperties", values);
  }

  private static List<String> req(String... names) {
    return Arrays.asList(names);
  }

  private static Map<String, Object> obj(String description, List<String> required, Map<String, Object> properties) {
    return mo("type", "object", "description", description,
        "required", required.isEmpty() ? null : new ArrayList<Object>(required),
        "properties", properties);
  }

  /** An object variant with a single-valued discriminator property first. */
  private static Map<String, Object> tagged(String description, String property, String value, List<String> required,
      Map<String, Object> properties) {
    List<String> all = new ArrayList<>();
    all.add(property);
    all.addAll(required);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put(property, en("Always " + value + ".", value));
    props.putAll(properties);
    return obj(description, all, props);
  }

  /** A child extending a parent through allOf, with its own required properties. */
  private static Map<String, Object> extend(String description, String parent, List<String> required,
      Map<String, Object> properties) {
    return m("description", description, "allOf", l(ref(parent),
        obj("The fields only this kind of " + parent + " has.", required, properties)));
  }

  private static Map<String, Object> oneOf(String description, Object... variants) {
    return m("description", description, "oneOf", l(variants));
  }

  private static Map<String, Object> anyOf(String description, Object... variants) {
    return m("description", description, "anyOf", l(variants));
  }

  /** A component oneOf with a discriminator whose mapping lists every variant: value, schema, value, schema... */
  private static Map<String, Object> mapped(String description, String property, String... pairs) {
    List<Object> variants = new ArrayList<>();
    for (int i = 1; i < pairs.length; i += 2) {
      Map<String, Object> variant = ref(pairs[i]);
      if (!variants.contains(variant)) {
        variants.add(variant);
      }
    }
    return withDiscriminator(m("description", description, "oneOf", variants), property, pairs);
  }

  /** Adds a discriminator; pairs (value, schema, ...) give a mapping, none leaves the schema names as values. */
  private static Map<String, Object> withDiscriminator(Map<String, Object> schema, String property, String... pairs) {
    Map<String, Object> mapping = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      mapping.put(pairs[i], SCHEMAS + pairs[i + 1]);
    }
    schema.put("discriminator", mo("propertyName", property, "mapping", mapping.isEmpty() ? null : mapping));
    return schema;
  }

  /** A CRUD parent's discriminator, unless {@link #PARENT_DISCRIMINATORS_OFF_ON_CRUD} leaves it off. */
  private static Map<String, Object> crudParent(Map<String, Object> schema, String property, String... pairs) {
    return PARENT_DISCRIMINATORS_OFF_ON_CRUD ? schema : withDiscriminator(schema, property, pairs);
  }

  private static Map<String, Object> nullable(Map<String, Object> schema) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : schema.entrySet()) {
      copy.put(entry.getKey(), entry.getValue());
      if (entry.getKey().equals("type") || entry.getKey().equals("description") && !schema.containsKey("type")) {
        copy.put("nullable", true);
      }
    }
    return copy;
  }

  /** A page: items of a type and the next page's cursor. */
  private static Map<String, Object> page(String description, String itemsDescription, Object items) {
    return obj(description, req("items"), m(
        "items", arr(itemsDescription, items),
        "next", nstr("The cursor of the next page, null on the last page.")));
  }

  private static Map<String, Object> merge(Map<String, Object> first, Map<String, Object> second) {
    Map<String, Object> merged = new LinkedHashMap<>(first);
    merged.putAll(second);
    return merged;
  }

  /** An ordered map from key, value pairs; a null value is a YAML null (as examples need). */
  private static Map<String, Object> m(Object... kv) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      map.put((String) kv[i], kv[i + 1]);
    }
    return map;
  }

  /** An ordered map from key, value pairs, leaving out the pairs whose value is null (optional keys). */
  private static Map<String, Object> mo(Object... kv) {
    Map<String, Object> map = m(kv);
    map.values().removeIf(value -> value == null);
    return map;
  }

  private static List<Object> l(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  // ---------------------------------------------------------------------------------------------
  // YAML
  // ---------------------------------------------------------------------------------------------

  /** Writes maps, lists and scalars as block YAML; short lists of scalars in flow style. */
  private static final class Yaml {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z/][A-Za-z0-9 _.,;()'/{}+*?=!@-]*");
    private static final Pattern PLAIN_IN_FLOW = Pattern.compile("[A-Za-z/][A-Za-z0-9 _./+=-]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");
    private static final int FLOW_WIDTH = 125;

    static void map(StringBuilder out, Map<?, ?> map, int indent) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(" ".repeat(indent)).append(key(String.valueOf(entry.getKey()))).append(':');
        value(out, entry.getValue(), indent);
      }
    }

    /** The value after "key:" (or "-"): on the same line when a scalar or flow list, else below. */
    private static void value(StringBuilder out, Object value, int indent) {
      if (value instanceof Map<?, ?> map) {
        String flow = flow(map);
        if (flow != null && out.length() - out.lastIndexOf("\n") + flow.length() < FLOW_WIDTH) {
          out.append(' ').append(flow).append('\n');
        } else {
          out.append('\n');
          map(out, map, indent + 2);
        }
      } else if (value instanceof List<?> list) {
        String flow = flow(list);
        if (flow != null && out.length() - out.lastIndexOf("\n") + flow.length() < FLOW_WIDTH) {
          out.append(' ').append(flow).append('\n');
        } else {
          out.append('\n');
          list(out, list, indent + 2);
        }
      } else {
        out.append(' ').append(scalar(value, false)).append('\n');
      }
    }

    private static void list(StringBuilder out, List<?> list, int indent) {
      for (Object item : list) {
        String flow = item instanceof Map<?, ?> small && !small.containsKey("in") ? flow(small) : null;
        if (flow != null && indent + 2 + flow.length() < FLOW_WIDTH) {
          out.append(" ".repeat(indent)).append("- ").append(flow).append('\n');
        } else if (item instanceof Map<?, ?> map && !map.isEmpty()) {
          StringBuilder nested = new StringBuilder();
          map(nested, map, indent + 2);
          out.append(" ".repeat(indent)).append("- ").append(nested, indent + 2, nested.length());
        } else {
          out.append(" ".repeat(indent)).append('-');
          value(out, item, indent);
        }
      }
    }

    /** A map of scalars (and lists of scalars) in flow style, or null when it holds maps or longer lists. */
    private static String flow(Map<?, ?> map) {
      StringBuilder text = new StringBuilder("{");
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Object value = entry.getValue();
        String item = value instanceof Map ? null : value instanceof List<?> list ? flow(list) : scalar(value, true);
        if (item == null) {
          return null;
        }
        text.append(text.length() == 1 ? "" : ", ").append(flowKey(String.valueOf(entry.getKey()))).append(": ").append(item);
      }
      return text.append('}').toString();
    }

    /** A list of scalars in flow style, or null when it holds containers. */
    private static String flow(List<?> list) {
      StringBuilder text = new StringBuilder("[");
      for (Object item : list) {
        if (item instanceof Map || item instanceof List) {
          return null;
        }
        text.append(text.length() == 1 ? "" : ", ").append(scalar(item, true));
      }
      return text.append(']').toString();
    }

    private static String flowKey(String key) {
      return PLAIN_IN_FLOW.matcher(key).matches() && !RESERVED.contains(key.toLowerCase(Locale.ROOT))
          || key.equals("$ref") ? key : quote(key);
    }

    private static String key(String key) {
      return PLAIN.matcher(key).matches() && !RESERVED.contains(key.toLowerCase(Locale.ROOT)) && !key.endsWith(" ")
          || key.equals("$ref") ? key : quote(key);
    }

    private static String scalar(Object value, boolean inFlow) {
      if (value == null) {
        return "null";
      }
      if (value instanceof Number || value instanceof Boolean) {
        return value.toString();
      }
      String text = value.toString();
      boolean plain = (inFlow ? PLAIN_IN_FLOW : PLAIN).matcher(text).matches()
          && !RESERVED.contains(text.toLowerCase(Locale.ROOT)) && !text.endsWith(" ");
      return plain ? text : quote(text);
    }

    private static String quote(String text) {
      return "'" + text.replace("'", "''") + "'";
    }
  }
}
