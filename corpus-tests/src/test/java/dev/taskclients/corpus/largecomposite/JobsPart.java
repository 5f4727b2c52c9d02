package dev.taskclients.corpus.largecomposite;

import static dev.taskclients.corpus.largecomposite.OperationShapes.badRequest;
import static dev.taskclients.corpus.largecomposite.OperationShapes.body;
import static dev.taskclients.corpus.largecomposite.OperationShapes.bodyEx;
import static dev.taskclients.corpus.largecomposite.OperationShapes.codes;
import static dev.taskclients.corpus.largecomposite.OperationShapes.json;
import static dev.taskclients.corpus.largecomposite.OperationShapes.jsonEx;
import static dev.taskclients.corpus.largecomposite.OperationShapes.noContent;
import static dev.taskclients.corpus.largecomposite.OperationShapes.notFound;
import static dev.taskclients.corpus.largecomposite.OperationShapes.op;
import static dev.taskclients.corpus.largecomposite.OperationShapes.param;
import static dev.taskclients.corpus.largecomposite.OperationShapes.query;
import static dev.taskclients.corpus.largecomposite.OrderedMaps.l;
import static dev.taskclients.corpus.largecomposite.OrderedMaps.m;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.anyOf;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.arr;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.bool;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.crudParent;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.dateTime;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.en;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.extend;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.integer;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.mapOf;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.mapped;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.merge;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.nstr;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.nullable;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.number;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.obj;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.oneOf;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.page;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.ref;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.req;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.str;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.tagged;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.withDiscriminator;

import java.util.Map;

/**
 * Jobs, their runs, steps and triggers: discriminated unions with and without a mapping, a parent
 * extended through {@code allOf}, {@code $ref} chains.
 */
final class JobsPart extends SpecPart {
  JobsPart(ConductorDocument document) {
    super(document);
  }

  @Override
  void write() {
    jobs();
    runs();
    steps();
    triggers();
  }

  // ---------------------------------------------------------------------------------------------
  // Jobs
  // ---------------------------------------------------------------------------------------------

  private void jobs() {
    tag("Jobs", "Jobs: what to run, how and where.");
    schemas.put(
        "JobState", en("Where a job is in its life.", "draft", "active", "paused", "archived"));
    schemas.put(
        "JobSpec",
        mapped(
            "What a job runs, told apart by runtime.",
            "runtime",
            "container",
            "ContainerSpec",
            "script",
            "ScriptSpec",
            "sql",
            "SqlSpec",
            "notebook",
            "NotebookSpec"));
    schemas.put(
        "ContainerSpec",
        tagged(
            "Runs a container image.",
            "runtime",
            "container",
            req("image"),
            m(
                "image", str("The image reference, with a tag or digest."),
                "command",
                    oneOf(
                        "The command: a shell line, or the argument vector.",
                        str("A shell command line."),
                        arr("The program and its arguments.", str("One argument."))),
                "env", mapOf("Environment variables by name.", ref("EnvValue")),
                "pullPolicy", en("When to pull the image.", "always", "ifNotPresent", "never"),
                "resources", ref("ResourceRequest", "What the container may use."))));
    schemas.put(
        "ResourceRequest",
        obj(
            "Compute resources a container asks for.",
            req(),
            m(
                "cpu",
                    oneOf(
                        "CPU: a number of cores, or a text such as 500m.",
                        number("Cores."),
                        str("A quantity with a unit.")),
                "memory", str("Memory, such as 512Mi."),
                "gpus", m("type", "integer", "minimum", 0, "description", "How many GPUs."))));
    schemas.put(
        "ScriptSpec",
        tagged(
            "Runs a script.",
            "runtime",
            "script",
            req("language", "source"),
            m(
                "language", en("The script's language.", "python", "bash", "node"),
                "source", str("The script itself."),
                "args", arr("Arguments passed to the script.", str("One argument.")))));
    schemas.put(
        "SqlSpec",
        tagged(
            "Runs a SQL statement.",
            "runtime",
            "sql",
            req("connection", "query"),
            m(
                "connection", str("The name of the connection to use."),
                "query", str("The statement, with ? placeholders."),
                "params",
                    arr(
                        "Values for the placeholders, in order.",
                        oneOf(
                            "One placeholder value.",
                            str("A text value."),
                            integer("A whole number."),
                            bool("A flag."))))));
    schemas.put(
        "NotebookSpec",
        tagged(
            "Runs a notebook.",
            "runtime",
            "notebook",
            req("path"),
            m(
                "path", str("The notebook's path in the repository."),
                "kernel", en("The kernel to run it with.", "python3", "ir", "julia"),
                "parameters", mapOf("Notebook parameters by name.", ref("ParameterValue")))));
    schemas.put(
        "EnvValue",
        oneOf(
            "An environment variable's value: a literal or a secret.",
            str("A text."),
            integer("A whole number."),
            bool("A flag."),
            ref("SecretRef")));
    schemas.put(
        "SecretRef",
        obj(
            "A reference to a stored secret.",
            req("secretName"),
            m(
                "secretName", str("The secret's name."),
                "key", str("The key within the secret, when it holds several."))));
    schemas.put(
        "Backoff",
        mapped(
            "How long to wait between attempts, told apart by strategy.",
            "strategy",
            "fixed",
            "FixedBackoff",
            "exponential",
            "ExponentialBackoff",
            "linear",
            "LinearBackoff"));
    schemas.put(
        "FixedBackoff",
        tagged(
            "The same delay every time.",
            "strategy",
            "fixed",
            req("delay"),
            m("delay", ref("Duration", "The delay between attempts."))));
    schemas.put(
        "ExponentialBackoff",
        tagged(
            "A delay that grows by a factor.",
            "strategy",
            "exponential",
            req("initial", "factor"),
            m(
                "initial", ref("Duration", "The first delay."),
                "factor",
                    m(
                        "type",
                        "number",
                        "minimum",
                        1,
                        "description",
                        "What each delay is multiplied by."),
                "max", ref("Duration", "The longest delay."),
                "jitter", en("How the delay is randomized.", "none", "full", "equal"))));
    schemas.put(
        "LinearBackoff",
        tagged(
            "A delay that grows by a step.",
            "strategy",
            "linear",
            req("step"),
            m("step", ref("Duration", "What each delay adds."))));
    Map<String, Object> jobProps =
        m(
            "id", str("The job's id."),
            "name", str("The job's name."),
            "description", nstr("What the job is for."),
            "state", ref("JobState", "Where the job is in its life."),
            "spec", ref("JobSpec", "What the job runs."),
            "labels", mapOf("Labels by name.", ref("LabelValue")),
            "timeout", ref("Duration", "How long a run may take."),
            "retry",
                nullable(
                    withDiscriminator(
                        oneOf(
                            "How failed runs are retried, null for never.",
                            ref("FixedBackoff"),
                            ref("ExponentialBackoff"),
                            ref("LinearBackoff")),
                        "strategy",
                        "fixed",
                        "FixedBackoff",
                        "exponential",
                        "ExponentialBackoff",
                        "linear",
                        "LinearBackoff")),
            "queueId", nstr("The queue its runs wait in, null for the default."),
            "createdAt", dateTime("When the job was created."));
    schemas.put(
        "Job",
        obj(
            "A job: something to run, again and again.",
            req("id", "name", "state", "spec"),
            jobProps));
    schemas.put("JobPage", page("A page of jobs.", "The jobs.", ref("Job")));
    schemas.put(
        "CreateJobRequest",
        obj(
            "What a new job needs.",
            req("name", "spec"),
            m(
                "name", str("The job's name."),
                "description", str("What the job is for."),
                "spec", ref("JobSpec", "What the job runs."),
                "labels", mapOf("Labels by name.", ref("LabelValue")),
                "timeout", ref("Duration", "How long a run may take."),
                "queueId", str("The queue its runs wait in."))));
    schemas.put(
        "UpdateJobRequest",
        obj(
            "The fields of a job to change; absent ones stay.",
            req(),
            m(
                "name", str("The new name."),
                "description", nstr("The new description, null to remove it."),
                "state", ref("JobState", "The new state."),
                "spec", ref("JobSpec", "The new spec."),
                "labels", mapOf("Labels to set, by name.", ref("LabelValue")),
                "timeout", ref("Duration", "The new timeout."))));
    schemas.put(
        "RunRequest",
        oneOf(
            "How to start a run: now, or later; told apart by their required properties.",
            ref("RunNowRequest"),
            ref("DeferredRunRequest")));
    schemas.put(
        "RunNowRequest",
        obj(
            "Starts a run at once.",
            req("priority"),
            m(
                "priority", en("How urgent the run is.", "low", "normal", "high"),
                "overrides", mapOf("Parameter values for this run only.", ref("ParameterValue")))));
    schemas.put(
        "DeferredRunRequest",
        obj(
            "Starts a run no sooner than a given time.",
            req("notBefore"),
            m(
                "notBefore", dateTime("The earliest start."),
                "window", ref("Duration", "How late after notBefore it may still start."))));
    schemas.put("JobSpecAlias", ref("JobSpec"));
    schemas.put("RenderedSpec", ref("JobSpecAlias"));

    crud(
        "/jobs",
        "/jobs/{jobId}",
        "JobId",
        "Jobs",
        "job",
        new Crud(
            "listJobs",
            "List jobs",
            ref("JobPage"),
            l(
                query("state", "Only jobs in this state.", ref("JobState")),
                query(
                    "label",
                    "Only jobs with this label, as name=value.",
                    str("A name=value pair.")))),
        new Crud("createJob", "Create a job", ref("CreateJobRequest"), ref("Job")),
        new Crud("getJob", "Get a job", null, ref("Job"))
            .example(
                m(
                    "id",
                    "job-1",
                    "name",
                    "nightly-report",
                    "description",
                    null,
                    "state",
                    "active",
                    "spec",
                    m(
                        "runtime",
                        "script",
                        "language",
                        "python",
                        "source",
                        "print('hi')",
                        "args",
                        l("--fast")),
                    "labels",
                    m("team", "data", "tiers", l("gold", "silver")),
                    "timeout",
                    "PT30M",
                    "retry",
                    m("strategy", "linear", "step", 30),
                    "queueId",
                    null,
                    "createdAt",
                    "2024-01-02T03:04:05Z")),
        new Crud("updateJob", "Change a job", ref("UpdateJobRequest"), ref("Job")).patch(),
        new Crud("deleteJob", "Delete a job", null, null));
    get(
        "/jobs/{jobId}/spec",
        op(
            "getJobSpec",
            "Get what a job runs (a union as the response body)",
            "Jobs",
            l(param("JobId")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The job's spec.",
                        ref("JobSpec"),
                        m(
                            "runtime",
                            "sql",
                            "connection",
                            "warehouse",
                            "query",
                            "select * from t where a = ? and b = ? and c = ?",
                            "params",
                            l("x", 3, true))),
                "404", notFound())));
    put(
        "/jobs/{jobId}/spec",
        op(
            "replaceJobSpec",
            "Replace what a job runs (a union as the request body)",
            "Jobs",
            l(param("JobId")),
            body("The new spec.", ref("JobSpec")),
            codes(
                "200", json("The stored spec.", ref("JobSpec")),
                "400", badRequest(),
                "404", notFound())));
    post(
        "/jobs/{jobId}/runs",
        op(
            "runJob",
            "Start a run of a job (an anyOf-like oneOf as the request body)",
            "Jobs",
            l(param("JobId")),
            bodyEx(
                "When and how to run.",
                ref("RunRequest"),
                m("notBefore", "2024-05-06T07:08:09Z", "window", 600)),
            codes(
                "201", json("The run, queued.", ref("Run")),
                "400", badRequest(),
                "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Runs
  // ---------------------------------------------------------------------------------------------

  private void runs() {
    tag("Runs", "Runs: one execution of a job.");
    schemas.put(
        "RunStatus",
        mapped(
            "Where a run is, told apart by state.",
            "state",
            "queued",
            "QueuedStatus",
            "running",
            "RunningStatus",
            "succeeded",
            "SucceededStatus",
            "failed",
            "FailedStatus",
            "cancelled",
            "CancelledStatus"));
    schemas.put(
        "QueuedStatus",
        tagged(
            "Waiting in a queue.",
            "state",
            "queued",
            req("position"),
            m(
                "position",
                    m("type", "integer", "minimum", 0, "description", "How many runs are ahead."),
                "queueId", str("The queue it waits in."))));
    schemas.put(
        "RunningStatus",
        tagged(
            "Running now.",
            "state",
            "running",
            req("startedAt"),
            m(
                "startedAt", dateTime("When it started."),
                "progress",
                    m(
                        "type",
                        "number",
                        "minimum",
                        0,
                        "maximum",
                        1,
                        "description",
                        "How far along, from 0 to 1."),
                "currentStep", nstr("The step running now, if known."))));
    schemas.put(
        "SucceededStatus",
        tagged(
            "Finished well.",
            "state",
            "succeeded",
            req("finishedAt"),
            m(
                "finishedAt", dateTime("When it finished."),
                "durationSeconds", integer("How long it took."))));
    schemas.put(
        "FailedStatus",
        tagged(
            "Finished badly.",
            "state",
            "failed",
            req("finishedAt", "reason"),
            m(
                "finishedAt", dateTime("When it failed."),
                "reason", en("Why it failed.", "timeout", "error", "oom", "preempted"),
                "failure",
                    oneOf(
                        "What failed: an exit code or an exception, told apart by required properties.",
                        obj(
                            "The process exited with a code.",
                            req("exitCode"),
                            m(
                                "exitCode", integer("The exit code."),
                                "signal", nstr("The signal that ended it, if any."))),
                        obj(
                            "The program threw an exception.",
                            req("exception"),
                            m(
                                "exception", str("The exception's type."),
                                "stackTrace",
                                    arr(
                                        "The stack trace, innermost first.",
                                        str("One frame."))))))));
    schemas.put(
        "CancelledStatus",
        tagged(
            "Stopped on request.",
            "state",
            "cancelled",
            req("cancelledBy"),
            m(
                "cancelledBy", ref("Actor", "Who cancelled it."),
                "reason", nstr("Why, when given."))));
    schemas.put(
        "LogLocation",
        nullable(
            anyOf(
                "Where a run's full log is, null while it has none.",
                ref("S3Location"),
                ref("UrlLocation"))));
    schemas.put(
        "Run",
        obj(
            "One execution of a job.",
            req("id", "jobId", "status"),
            m(
                "id", str("The run's id."),
                "jobId", str("The job it runs."),
                "status", ref("RunStatus", "Where it is."),
                "attempt",
                    m("type", "integer", "minimum", 1, "description", "Which attempt this is."),
                "parameters", mapOf("The parameter values it was given.", ref("ParameterValue")),
                "outputs", arr("The artifacts it produced.", ref("Artifact")),
                "log", ref("LogLocation", "Where its log is."))));
    schemas.put("RunPage", page("A page of runs.", "The runs.", ref("Run")));
    schemas.put(
        "UpdateRunRequest",
        obj(
            "The fields of a run to change.",
            req(),
            m(
                "priority", en("The new priority, while it waits.", "low", "normal", "high"),
                "parameters",
                    mapOf("Parameter values to change before it starts.", ref("ParameterValue")))));
    schemas.put(
        "LogRecord",
        obj(
            "A structured log line.",
            req("message", "level"),
            m(
                "message", str("The text."),
                "level", en("How important it is.", "debug", "info", "warn", "error"),
                "at", dateTime("When it was written."),
                "fields", mapOf("Extra fields.", ref("ParameterValue")))));

    get(
        "/runs",
        op(
            "listRuns",
            "List runs",
            "Runs",
            l(
                query("jobId", "Only runs of this job.", str("A job id.")),
                query(
                    "state",
                    "Only runs in this state.",
                    en("A run state.", "queued", "running", "succeeded", "failed", "cancelled")),
                param("Limit"),
                param("Cursor")),
            null,
            codes(
                "200", json("A page of runs.", ref("RunPage")),
                "400", badRequest())));
    get(
        "/runs/{runId}",
        op(
            "getRun",
            "Get a run",
            "Runs",
            l(param("RunId")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The run.",
                        ref("Run"),
                        m(
                            "id",
                            "run-9",
                            "jobId",
                            "job-1",
                            "status",
                            m(
                                "state",
                                "cancelled",
                                "cancelledBy",
                                m("serviceName", "scheduler", "tokenId", "t-1"),
                                "reason",
                                null),
                            "attempt",
                            2,
                            "parameters",
                            m(
                                "date",
                                "2024-01-02",
                                "retries",
                                3,
                                "dry",
                                false,
                                "regions",
                                l("eu", "us")),
                            "outputs",
                            l(
                                m(
                                    "artifactType",
                                    "report",
                                    "id",
                                    "a-3",
                                    "name",
                                    "tests",
                                    "passed",
                                    10,
                                    "failed",
                                    0,
                                    "suites",
                                    l("unit", m("name", "it", "passed", 4, "failed", 0)))),
                            "log",
                            m("url", "https://logs.example.com/run-9", "expiresAt", null))),
                "404", notFound())));
    patch(
        "/runs/{runId}",
        op(
            "updateRun",
            "Change a waiting run",
            "Runs",
            l(param("RunId")),
            body("What to change.", ref("UpdateRunRequest")),
            codes(
                "200", json("The run.", ref("Run")),
                "400", badRequest(),
                "404", notFound())));
    delete(
        "/runs/{runId}",
        op(
            "deleteRun",
            "Delete a finished run and its logs",
            "Runs",
            l(param("RunId")),
            null,
            codes("204", noContent("Deleted."), "404", notFound())));
    get(
        "/runs/{runId}/status",
        op(
            "getRunStatus",
            "Get a run's status (a union as the response body)",
            "Runs",
            l(param("RunId")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The status.",
                        ref("RunStatus"),
                        m(
                            "state",
                            "failed",
                            "finishedAt",
                            "2024-01-02T03:04:05Z",
                            "reason",
                            "error",
                            "failure",
                            m(
                                "exception",
                                "java.lang.IllegalStateException",
                                "stackTrace",
                                l("Main.run(Main.java:10)", "Main.main(Main.java:3)")))),
                "404", notFound())));
    post(
        "/runs/{runId}/cancel",
        op(
            "cancelRun",
            "Cancel a run",
            "Runs",
            l(param("RunId")),
            body(
                "Why.",
                obj("Why a run is cancelled.", req(), m("reason", str("Why, for the record.")))),
            codes(
                "200",
                    jsonEx(
                        "The cancelled run's status.",
                        ref("RunStatus"),
                        m(
                            "state",
                            "cancelled",
                            "cancelledBy",
                            m("system", "api"),
                            "reason",
                            "superseded")),
                "404", notFound())));
    get(
        "/runs/{runId}/logs",
        op(
            "getRunLogs",
            "Get a run's log lines (an array of a primitive-or-object union)",
            "Runs",
            l(param("RunId"), param("Limit")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The log, oldest line first.",
                        arr(
                            "Log lines.",
                            oneOf(
                                "A log line: plain text or structured.",
                                str("A plain line."),
                                ref("LogRecord"))),
                        l(
                            "starting",
                            m(
                                "message",
                                "step done",
                                "level",
                                "info",
                                "at",
                                "2024-01-02T03:04:05Z",
                                "fields",
                                m("step", "build", "ms", 1200)),
                            "done")),
                "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Steps: a parent with a discriminator and a mapping, extended through allOf
  // ---------------------------------------------------------------------------------------------

  private void steps() {
    tag("Steps", "Steps: what a job does, in order.");
    schemas.put(
        "Step",
        crudParent(
            obj(
                "A step of a job; kind names which kind.",
                req("id", "kind", "name"),
                m(
                    "id", str("The step's id, unique within its job."),
                    "kind", str("The kind of step."),
                    "name", str("The step's name."),
                    "dependsOn", arr("The steps that must finish first.", str("A step id.")),
                    "when", ref("Condition", "Runs the step only when this holds."),
                    "timeout", ref("Duration", "How long the step may take."))),
            "kind",
            "shell",
            "ShellStep",
            "http",
            "HttpStep",
            "approval",
            "ApprovalStep",
            "parallel",
            "ParallelStep",
            "wait",
            "WaitStep"));
    schemas.put(
        "ShellStep",
        extend(
            "A step that runs shell commands.",
            "Step",
            req("script"),
            m(
                "script", str("The commands."),
                "shell", en("The shell to run them with.", "bash", "sh", "pwsh"),
                "env", mapOf("Environment variables by name.", ref("EnvValue")))));
    schemas.put(
        "HttpStep",
        extend(
            "A step that calls a URL.",
            "Step",
            req("request"),
            m(
                "request", ref("HttpRequestSpec", "The request to make."),
                "expectStatus",
                    oneOf(
                        "The status codes that count as success.",
                        integer("One status code."),
                        arr("Several status codes.", integer("A status code."))))));
    schemas.put(
        "HttpRequestSpec",
        obj(
            "An HTTP request to make.",
            req("method", "url"),
            m(
                "method", en("The method.", "GET", "POST", "PUT", "DELETE"),
                "url", str("The URL.", "uri"),
                "headers", mapOf("Headers by name.", ref("LabelValue")),
                "body",
                    oneOf(
                        "The body: a text, or a JSON object.",
                        str("A text body."),
                        m("type", "object", "description", "A JSON object body.")))));
    schemas.put(
        "ApprovalStep",
        extend(
            "A step that waits for people to approve.",
            "Step",
            req("approvers"),
            m(
                "approvers",
                    arr(
                        "Who may approve.",
                        oneOf(
                            "One approver: a user or a group, told apart by required properties.",
                            ref("UserApprover"),
                            ref("GroupApprover"))),
                "expiresAfter", ref("Duration", "How long approvers have."),
                "onExpiry", en("What happens when nobody answers in time.", "approve", "reject"))));
    schemas.put(
        "UserApprover",
        obj("A user who may approve.", req("userId"), m("userId", str("The user's id."))));
    schemas.put(
        "GroupApprover",
        obj(
            "A group whose members may approve.",
            req("groupId"),
            m(
                "groupId", str("The group's id."),
                "minimum",
                    m(
                        "type",
                        "integer",
                        "minimum",
                        1,
                        "description",
                        "How many members must approve."))));
    schemas.put(
        "ParallelStep",
        extend(
            "A step that runs other steps side by side.",
            "Step",
            req("branches"),
            m(
                "branches", arr("The steps to run; each may itself be parallel.", ref("Step")),
                "failFast", bool("Whether one failure stops the others."))));
    schemas.put(
        "WaitStep",
        extend(
            "A step that waits.",
            "Step",
            req("until"),
            m("until", ref("WaitCondition", "What it waits for."))));
    // No discriminator here (the variants still differ by waitFor): see Integrity about the
    // validator.
    schemas.put(
        "WaitCondition",
        oneOf(
            "What a wait step waits for, told apart by waitFor and required properties.",
            ref("WaitForTime"),
            ref("WaitForEvent"),
            ref("WaitForSignal")));
    schemas.put(
        "WaitForTime",
        tagged(
            "Waits until a time.", "waitFor", "time", req("at"), m("at", dateTime("The time."))));
    schemas.put(
        "WaitForEvent",
        tagged(
            "Waits for an event.",
            "waitFor",
            "event",
            req("eventType"),
            m(
                "eventType", str("The event type, such as run.finished."),
                "timeout", ref("Duration", "How long to wait at most."))));
    schemas.put(
        "WaitForSignal",
        tagged(
            "Waits for a signal sent through the API.",
            "waitFor",
            "signal",
            req("signalName"),
            m("signalName", str("The signal's name."))));
    schemas.put(
        "Condition",
        mapped(
            "A condition over a run's context, told apart by op; and, or and not nest.",
            "op",
            "and",
            "AllCondition",
            "or",
            "AnyCondition",
            "not",
            "NotCondition",
            "eq",
            "EqualsCondition",
            "exists",
            "ExistsCondition"));
    schemas.put(
        "AllCondition",
        tagged(
            "Holds when all of its conditions hold.",
            "op",
            "and",
            req("conditions"),
            m("conditions", arr("The conditions.", ref("Condition")))));
    schemas.put(
        "AnyCondition",
        tagged(
            "Holds when any of its conditions holds.",
            "op",
            "or",
            req("conditions"),
            m("conditions", arr("The conditions.", ref("Condition")))));
    schemas.put(
        "NotCondition",
        tagged(
            "Holds when its condition does not.",
            "op",
            "not",
            req("condition"),
            m("condition", ref("Condition", "The condition to negate."))));
    schemas.put(
        "EqualsCondition",
        tagged(
            "Holds when a field has a value.",
            "op",
            "eq",
            req("field", "value"),
            m(
                "field", str("The field's path, such as trigger.branch."),
                "value",
                    oneOf(
                        "The value to compare with.",
                        str("A text."),
                        number("A number."),
                        bool("A flag.")))));
    schemas.put(
        "ExistsCondition",
        tagged(
            "Holds when a field is set.",
            "op",
            "exists",
            req("field"),
            m("field", str("The field's path."))));

    String collection = "/jobs/{jobId}/steps";
    String item = "/jobs/{jobId}/steps/{stepId}";
    get(
        collection,
        op(
            "listSteps",
            "List a job's steps (an array of a parent several kinds of step extend)",
            "Steps",
            l(param("JobId")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The steps, in order.",
                        arr("The steps.", ref("Step")),
                        l(
                            m(
                                "kind",
                                "shell",
                                "id",
                                "s1",
                                "name",
                                "build",
                                "dependsOn",
                                l(),
                                "script",
                                "make",
                                "shell",
                                "bash",
                                "env",
                                m("CI", true, "JOBS", 4, "TOKEN", m("secretName", "ci-token"))),
                            m(
                                "kind",
                                "http",
                                "id",
                                "s2",
                                "name",
                                "ping",
                                "dependsOn",
                                l("s1"),
                                "request",
                                m(
                                    "method",
                                    "POST",
                                    "url",
                                    "https://example.com/hook",
                                    "headers",
                                    m("Accept", "application/json", "X-Tags", l("a", "b")),
                                    "body",
                                    m("ok", true)),
                                "expectStatus",
                                l(200, 204)),
                            m(
                                "kind",
                                "approval",
                                "id",
                                "s3",
                                "name",
                                "sign-off",
                                "timeout",
                                3600,
                                "approvers",
                                l(m("userId", "u-1"), m("groupId", "g-ops", "minimum", 2)),
                                "onExpiry",
                                "reject"),
                            m(
                                "kind",
                                "parallel",
                                "id",
                                "s4",
                                "name",
                                "fan-out",
                                "when",
                                m(
                                    "op",
                                    "and",
                                    "conditions",
                                    l(
                                        m("op", "eq", "field", "trigger.branch", "value", "main"),
                                        m(
                                            "op",
                                            "not",
                                            "condition",
                                            m("op", "exists", "field", "skip")))),
                                "branches",
                                l(
                                    m(
                                        "kind",
                                        "shell",
                                        "id",
                                        "s4a",
                                        "name",
                                        "lint",
                                        "script",
                                        "make lint"),
                                    m(
                                        "kind",
                                        "wait",
                                        "id",
                                        "s4b",
                                        "name",
                                        "cool-down",
                                        "until",
                                        m("waitFor", "signal", "signalName", "go"))),
                                "failFast",
                                true),
                            m(
                                "kind",
                                "wait",
                                "id",
                                "s5",
                                "name",
                                "settle",
                                "until",
                                m(
                                    "waitFor",
                                    "event",
                                    "eventType",
                                    "run.finished",
                                    "timeout",
                                    "PT1H")))),
                "404", notFound())));
    post(
        collection,
        op(
            "addStep",
            "Add a step to a job (a parent as the request body)",
            "Steps",
            l(param("JobId")),
            body("The step.", ref("Step")),
            codes(
                "201", json("The step as stored.", ref("Step")),
                "400", badRequest(),
                "404", notFound())));
    get(
        item,
        op(
            "getStep",
            "Get a step",
            "Steps",
            l(param("JobId"), param("StepId")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The step.",
                        ref("Step"),
                        m(
                            "kind",
                            "http",
                            "id",
                            "s2",
                            "name",
                            "ping",
                            "request",
                            m(
                                "method",
                                "GET",
                                "url",
                                "https://example.com/health",
                                "body",
                                "hello"),
                            "expectStatus",
                            200)),
                "404", notFound())));
    put(
        item,
        op(
            "replaceStep",
            "Replace a step",
            "Steps",
            l(param("JobId"), param("StepId")),
            bodyEx(
                "The new step.",
                ref("Step"),
                m(
                    "kind",
                    "wait",
                    "id",
                    "s5",
                    "name",
                    "settle",
                    "until",
                    m("waitFor", "time", "at", "2024-03-04T05:06:07Z"))),
            codes(
                "200", json("The step as stored.", ref("Step")),
                "400", badRequest(),
                "404", notFound())));
    delete(
        item,
        op(
            "deleteStep",
            "Remove a step from a job",
            "Steps",
            l(param("JobId"), param("StepId")),
            null,
            codes("204", noContent("Removed."), "404", notFound())));
    post(
        "/conditions/evaluate",
        op(
            "evaluateCondition",
            "Evaluate a condition (a recursive union as the request body)",
            "Steps",
            l(),
            bodyEx(
                "The condition and the context.",
                ref("ConditionCheck"),
                m(
                    "condition",
                        m(
                            "op",
                            "or",
                            "conditions",
                            l(
                                m("op", "eq", "field", "attempt", "value", 2.5),
                                m(
                                    "op",
                                    "and",
                                    "conditions",
                                    l(m("op", "exists", "field", "branch"))))),
                    "context", m("attempt", 1, "branch", "main"))),
            codes(
                "200",
                    json(
                        "Whether it holds.",
                        obj(
                            "The outcome of a condition.",
                            req("holds"),
                            m(
                                "holds", bool("Whether the condition holds."),
                                "unresolved",
                                    arr(
                                        "Fields the condition read that the context lacks.",
                                        str("A field path."))))),
                "400", badRequest())));
    schemas.put(
        "ConditionCheck",
        obj(
            "A condition to evaluate against a context.",
            req("condition", "context"),
            m(
                "condition", ref("Condition", "The condition."),
                "context", mapOf("Field values by path.", ref("ParameterValue")))));
  }

  // ---------------------------------------------------------------------------------------------
  // Triggers: oneOf with a discriminator and no mapping
  // ---------------------------------------------------------------------------------------------

  private void triggers() {
    tag("Triggers", "Triggers: what starts runs.");
    schemas.put(
        "Trigger",
        withDiscriminator(
            oneOf(
                "What starts a job's runs; type is the variant's schema name.",
                ref("CronTrigger"),
                ref("WebhookTrigger"),
                ref("EventTrigger"),
                ref("ManualTrigger")),
            "type"));
    Map<String, Object> base =
        m(
            "id", str("The trigger's id."),
            "jobId", str("The job it starts."),
            "enabled", bool("Whether it fires."));
    schemas.put(
        "CronTrigger",
        tagged(
            "Fires on a cron schedule.",
            "type",
            "CronTrigger",
            req("id", "jobId", "expression"),
            merge(
                base,
                m(
                    "expression", str("A cron expression, such as 0 3 * * *."),
                    "timezone", nstr("The time zone, null for UTC."),
                    "jitter", ref("Duration", "A random delay added to each firing.")))));
    schemas.put(
        "WebhookTrigger",
        tagged(
            "Fires when a URL is called.",
            "type",
            "WebhookTrigger",
            req("id", "jobId", "path"),
            merge(
                base,
                m(
                    "path", str("The path under the hooks URL."),
                    "secretName", nstr("The secret that signs calls, null for unsigned."),
                    "methods",
                        arr("The methods accepted.", en("A method.", "GET", "POST", "PUT"))))));
    schemas.put(
        "EventTrigger",
        tagged(
            "Fires on events.",
            "type",
            "EventTrigger",
            req("id", "jobId", "eventTypes"),
            merge(
                base,
                m(
                    "eventTypes",
                        oneOf(
                            "The event types: one, or several.",
                            str("One event type."),
                            arr("Several event types.", str("An event type."))),
                    "filter", ref("Condition", "Fires only for events this holds for.")))));
    schemas.put(
        "ManualTrigger",
        tagged(
            "Fires when a person asks.",
            "type",
            "ManualTrigger",
            req("id", "jobId"),
            merge(
                base,
                m(
                    "allowedUsers", arr("Who may fire it; empty for anyone.", str("A user id.")),
                    "requireReason", bool("Whether a reason must be given.")))));
    schemas.put("TriggerPage", page("A page of triggers.", "The triggers.", ref("Trigger")));

    crud(
        "/triggers",
        "/triggers/{triggerId}",
        "TriggerId",
        "Triggers",
        "trigger",
        new Crud(
                "listTriggers",
                "List triggers",
                ref("TriggerPage"),
                l(
                    query("jobId", "Only triggers of this job.", str("A job id.")),
                    query(
                        "type",
                        "Only triggers of this type.",
                        en(
                            "A trigger type.",
                            "CronTrigger",
                            "WebhookTrigger",
                            "EventTrigger",
                            "ManualTrigger"))))
            .example(
                m(
                    "items",
                    l(
                        m(
                            "type",
                            "CronTrigger",
                            "id",
                            "t1",
                            "jobId",
                            "job-1",
                            "enabled",
                            true,
                            "expression",
                            "0 3 * * *",
                            "timezone",
                            null,
                            "jitter",
                            "PT5M"),
                        m(
                            "type",
                            "WebhookTrigger",
                            "id",
                            "t2",
                            "jobId",
                            "job-1",
                            "path",
                            "deploy",
                            "secretName",
                            "hook",
                            "methods",
                            l("POST")),
                        m(
                            "type",
                            "EventTrigger",
                            "id",
                            "t3",
                            "jobId",
                            "job-2",
                            "eventTypes",
                            l("run.finished", "job.created"),
                            "filter",
                            m("op", "eq", "field", "outcome", "value", "failed")),
                        m(
                            "type",
                            "EventTrigger",
                            "id",
                            "t4",
                            "jobId",
                            "job-2",
                            "eventTypes",
                            "artifact.published"),
                        m(
                            "type",
                            "ManualTrigger",
                            "id",
                            "t5",
                            "jobId",
                            "job-3",
                            "allowedUsers",
                            l("u-1"),
                            "requireReason",
                            true)),
                    "next",
                    null)),
        new Crud(
            "createTrigger",
            "Create a trigger (a union as the request body)",
            ref("Trigger"),
            ref("Trigger")),
        new Crud("getTrigger", "Get a trigger", null, ref("Trigger")),
        new Crud("replaceTrigger", "Replace a trigger", ref("Trigger"), ref("Trigger")),
        new Crud("deleteTrigger", "Delete a trigger", null, null));
    post(
        "/triggers/{triggerId}/fire",
        op(
            "fireTrigger",
            "Fire a trigger by hand (a map of unions as the request body)",
            "Triggers",
            l(param("TriggerId")),
            bodyEx(
                "Parameter values for the run.",
                mapOf("Parameter values by name.", ref("ParameterValue")),
                m("date", "2024-01-02", "limit", 10, "full", true, "only", l("a", "b"))),
            codes(
                "201", json("The run started.", ref("Run")),
                "400", badRequest(),
                "404", notFound())));
  }
}
