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
import static dev.taskclients.corpus.largecomposite.SchemaShapes.nstr;
import static dev.taskclients.corpus.largecomposite.SchemaShapes.nullable;
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
 * Workflows, runners, secrets, schedules, webhooks and queues: a recursive union, {@code anyOf}
 * without a discriminator, unions of primitives and objects, nullable unions, inline object
 * variants.
 */
final class AutomationPart extends SpecPart {
  AutomationPart(ConductorDocument document) {
    super(document);
  }

  @Override
  void write() {
    workflows();
    runners();
    secrets();
    schedules();
    webhooks();
    queues();
  }

  // ---------------------------------------------------------------------------------------------
  // Workflows: a recursive union
  // ---------------------------------------------------------------------------------------------

  private void workflows() {
    tag("Workflows", "Workflows: jobs composed into a graph.");
    schemas.put(
        "WorkflowNode",
        mapped(
            "A node of a workflow, told apart by nodeType; most hold other nodes.",
            "nodeType",
            "sequence",
            "SequenceNode",
            "parallel",
            "ParallelNode",
            "task",
            "TaskNode",
            "branch",
            "BranchNode",
            "loop",
            "LoopNode"));
    schemas.put(
        "SequenceNode",
        tagged(
            "Runs its children one after another.",
            "nodeType",
            "sequence",
            req("id", "children"),
            m(
                "id", str("The node's id."),
                "children", arr("The children, in order.", ref("WorkflowNode")))));
    schemas.put(
        "ParallelNode",
        tagged(
            "Runs its branches side by side.",
            "nodeType",
            "parallel",
            req("id", "branches"),
            m(
                "id", str("The node's id."),
                "branches", arr("The branches.", ref("WorkflowNode")),
                "maxConcurrency", ref("Capacity", "How many branches run at once."))));
    schemas.put(
        "TaskNode",
        tagged(
            "Runs a job.",
            "nodeType",
            "task",
            req("id", "jobId"),
            m(
                "id", str("The node's id."),
                "jobId", str("The job to run."),
                "parameters", mapOf("Parameter values by name.", ref("ParameterValue")),
                "retry", ref("Backoff", "How to retry the job."))));
    schemas.put(
        "BranchNode",
        tagged(
            "Runs one node or another.",
            "nodeType",
            "branch",
            req("id", "condition", "onTrue"),
            m(
                "id", str("The node's id."),
                "condition", ref("Condition", "What decides."),
                "onTrue", ref("WorkflowNode", "Runs when the condition holds."),
                "onFalse", ref("WorkflowNode", "Runs otherwise; nothing runs when absent."))));
    schemas.put(
        "LoopNode",
        tagged(
            "Runs a node once per item.",
            "nodeType",
            "loop",
            req("id", "over", "body"),
            m(
                "id", str("The node's id."),
                "over", ref("LabelValue", "The items: one, or several."),
                "body", ref("WorkflowNode", "What runs for each item."))));
    schemas.put(
        "Workflow",
        obj(
            "Jobs composed into a tree of nodes.",
            req("id", "name", "root"),
            m(
                "id", str("The workflow's id."),
                "name", str("The workflow's name."),
                "version",
                    m("type", "integer", "minimum", 1, "description", "Grows with every change."),
                "root", ref("WorkflowNode", "The root node."),
                "labels", mapOf("Labels by name.", ref("LabelValue")))));
    schemas.put("WorkflowPage", page("A page of workflows.", "The workflows.", ref("Workflow")));
    schemas.put(
        "CreateWorkflowRequest",
        obj(
            "What a new workflow needs.",
            req("name", "root"),
            m(
                "name", str("The name."),
                "root", ref("WorkflowNode", "The root node."),
                "labels", mapOf("Labels by name.", ref("LabelValue")))));
    schemas.put(
        "WorkflowGraph",
        obj(
            "A workflow flattened into nodes and edges.",
            req("nodes", "edges"),
            m(
                "nodes", mapOf("The nodes by id.", ref("WorkflowNode")),
                "edges",
                    arr(
                        "The edges.",
                        obj(
                            "An edge.",
                            req("from", "to"),
                            m(
                                "from", str("The node it leaves."),
                                "to", str("The node it enters."),
                                "label", nstr("What the edge means, such as true or false.")))))));
    schemas.put(
        "ValidationResult",
        obj(
            "What is wrong with a workflow, if anything.",
            req("valid"),
            m(
                "valid", bool("Whether it may run."),
                "problems",
                    arr(
                        "What is wrong.",
                        oneOf(
                            "A problem: a message, or a message about a node.",
                            str("A message."),
                            obj(
                                "A problem with one node.",
                                req("nodeId", "message"),
                                m(
                                    "nodeId", str("The node."),
                                    "message", str("What is wrong with it."))))))));

    crud(
        "/workflows",
        "/workflows/{workflowId}",
        "WorkflowId",
        "Workflows",
        "workflow",
        new Crud("listWorkflows", "List workflows", ref("WorkflowPage"), l()),
        new Crud(
            "createWorkflow", "Create a workflow", ref("CreateWorkflowRequest"), ref("Workflow")),
        new Crud("getWorkflow", "Get a workflow", null, ref("Workflow"))
            .example(
                m(
                    "id",
                    "wf-1",
                    "name",
                    "release",
                    "version",
                    3,
                    "root",
                    m(
                        "nodeType",
                        "sequence",
                        "id",
                        "n1",
                        "children",
                        l(
                            m(
                                "nodeType",
                                "task",
                                "id",
                                "n2",
                                "jobId",
                                "build",
                                "parameters",
                                m("target", "prod"),
                                "retry",
                                m(
                                    "strategy",
                                    "exponential",
                                    "initial",
                                    5,
                                    "factor",
                                    2,
                                    "max",
                                    "PT1M",
                                    "jitter",
                                    "full")),
                            m(
                                "nodeType",
                                "parallel",
                                "id",
                                "n3",
                                "maxConcurrency",
                                "unlimited",
                                "branches",
                                l(
                                    m("nodeType", "task", "id", "n4", "jobId", "test-a"),
                                    m(
                                        "nodeType",
                                        "loop",
                                        "id",
                                        "n5",
                                        "over",
                                        l("eu", "us"),
                                        "body",
                                        m("nodeType", "task", "id", "n6", "jobId", "deploy")))),
                            m(
                                "nodeType",
                                "branch",
                                "id",
                                "n7",
                                "condition",
                                m("op", "eq", "field", "approved", "value", true),
                                "onTrue",
                                m("nodeType", "task", "id", "n8", "jobId", "announce"),
                                "onFalse",
                                m("nodeType", "sequence", "id", "n9", "children", l())))),
                    "labels",
                    m("owner", "release-team"))),
        new Crud("replaceWorkflow", "Replace a workflow", ref("Workflow"), ref("Workflow")),
        new Crud("deleteWorkflow", "Delete a workflow", null, null));
    get(
        "/workflows/{workflowId}/graph",
        op(
            "getWorkflowGraph",
            "Get a workflow as a graph (a map of unions)",
            "Workflows",
            l(param("WorkflowId")),
            null,
            codes(
                "200", json("The graph.", ref("WorkflowGraph")),
                "404", notFound())));
    post(
        "/workflows/validate",
        op(
            "validateWorkflow",
            "Check a workflow's root node (a recursive union as the request body)",
            "Workflows",
            l(),
            body("The root node.", ref("WorkflowNode")),
            codes(
                "200",
                    jsonEx(
                        "What is wrong, if anything.",
                        ref("ValidationResult"),
                        m(
                            "valid",
                            false,
                            "problems",
                            l("no tasks", m("nodeId", "n3", "message", "empty branches")))),
                "400", badRequest())));
  }

  // ---------------------------------------------------------------------------------------------
  // Runners: a parent with a discriminator and a mapping
  // ---------------------------------------------------------------------------------------------

  private void runners() {
    tag("Runners", "Runners: where runs execute.");
    schemas.put(
        "Runner",
        crudParent(
            obj(
                "A machine or cluster that executes runs; platform is the child schema's name.",
                req("id", "platform", "name"),
                m(
                    "id", str("The runner's id."),
                    "platform", str("The runner's platform."),
                    "name", str("The runner's name."),
                    "capacity", ref("Capacity", "How many runs it takes at once."),
                    "tags", ref("LabelValue", "Its tags: one or several."),
                    "status", en("Whether it takes work.", "online", "offline", "draining"),
                    "lastSeenAt", nullable(dateTime("When it last checked in, null if never.")))),
            "platform"));
    Map<String, Object> toleration =
        obj(
            "A taint that pods tolerate.",
            req("key"),
            m(
                "key", str("The taint's key."),
                "effect",
                    en("The taint's effect.", "NoSchedule", "PreferNoSchedule", "NoExecute")));
    schemas.put(
        "DockerRunner",
        extend(
            "A Docker host.",
            "Runner",
            req("host"),
            m(
                "host", str("The Docker host's address."),
                "network", nstr("The network containers join, null for the default."),
                "privileged", bool("Whether containers run privileged."))));
    schemas.put(
        "KubernetesRunner",
        extend(
            "A Kubernetes namespace.",
            "Runner",
            req("namespace"),
            m(
                "namespace", str("The namespace pods run in."),
                "nodeSelector", mapOf("Node labels pods must match.", str("A label value.")),
                "tolerations", arr("Taints the pods tolerate.", toleration))));
    schemas.put(
        "VmRunner",
        extend(
            "A pool of virtual machines.",
            "Runner",
            req("image", "size"),
            m(
                "image", str("The machine image."),
                "size", en("The machine size.", "small", "medium", "large"),
                "region", str("The region."))));
    schemas.put("RunnerPage", page("A page of runners.", "The runners.", ref("Runner")));
    schemas.put(
        "RunnerPatch",
        obj(
            "The fields of a runner to change.",
            req(),
            m(
                "status", en("The new status.", "online", "offline", "draining"),
                "capacity", ref("Capacity", "The new capacity."),
                "tags", ref("LabelValue", "The new tags."))));

    crud(
        "/runners",
        "/runners/{runnerId}",
        "RunnerId",
        "Runners",
        "runner",
        new Crud(
                "listRunners",
                "List runners",
                ref("RunnerPage"),
                l(
                    query(
                        "platform",
                        "Only runners on this platform.",
                        en("A platform.", "DockerRunner", "KubernetesRunner", "VmRunner"))))
            .example(
                m(
                    "items",
                    l(
                        m(
                            "platform",
                            "DockerRunner",
                            "id",
                            "r1",
                            "name",
                            "box",
                            "capacity",
                            4,
                            "tags",
                            "linux",
                            "status",
                            "online",
                            "lastSeenAt",
                            null,
                            "host",
                            "tcp://10.0.0.2:2376",
                            "network",
                            null,
                            "privileged",
                            false),
                        m(
                            "platform",
                            "KubernetesRunner",
                            "id",
                            "r2",
                            "name",
                            "cluster",
                            "capacity",
                            "unlimited",
                            "tags",
                            l("gpu", "linux"),
                            "namespace",
                            "ci",
                            "nodeSelector",
                            m("pool", "gpu"),
                            "tolerations",
                            l(m("key", "gpu", "effect", "NoSchedule"))),
                        m(
                            "platform",
                            "VmRunner",
                            "id",
                            "r3",
                            "name",
                            "pool",
                            "status",
                            "draining",
                            "lastSeenAt",
                            "2024-01-02T03:04:05Z",
                            "image",
                            "ubuntu-22",
                            "size",
                            "large",
                            "region",
                            "eu")),
                    "next",
                    null)),
        new Crud(
            "registerRunner",
            "Register a runner (a parent as the request body)",
            ref("Runner"),
            ref("Runner")),
        new Crud("getRunner", "Get a runner", null, ref("Runner")),
        new Crud("updateRunner", "Change a runner", ref("RunnerPatch"), ref("Runner")).patch(),
        new Crud("deleteRunner", "Remove a runner", null, null));
    post(
        "/runners/{runnerId}/drain",
        op(
            "drainRunner",
            "Stop giving a runner new work",
            "Runners",
            l(param("RunnerId")),
            null,
            codes(
                "200", json("The runner, draining.", ref("Runner")),
                "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Secrets: anyOf without a discriminator
  // ---------------------------------------------------------------------------------------------

  private void secrets() {
    tag("Secrets", "Secrets: credentials runs may read.");
    schemas.put(
        "SecretSource",
        anyOf(
            "Where a secret's value comes from, told apart by required properties.",
            ref("PlainSecret"),
            ref("VaultSecret"),
            ref("EnvSecret"),
            ref("FileSecret")));
    schemas.put(
        "PlainSecret",
        obj(
            "A value stored here, encrypted.",
            req("plaintext"),
            m("plaintext", str("The value; never returned in full."))));
    schemas.put(
        "VaultSecret",
        obj(
            "A value read from a vault.",
            req("vaultPath"),
            m(
                "vaultPath", str("The path in the vault."),
                "role", str("The role to read it with."))));
    schemas.put(
        "EnvSecret",
        obj(
            "A value read from the runner's environment.",
            req("envVar"),
            m("envVar", str("The variable's name."))));
    schemas.put(
        "FileSecret",
        obj(
            "A value read from a file on the runner.",
            req("filePath"),
            m(
                "filePath", str("The file's path."),
                "mode", en("How the file is read.", "text", "binary"))));
    schemas.put(
        "Secret",
        obj(
            "A named secret.",
            req("name", "source"),
            m(
                "name", str("The secret's name."),
                "description", nstr("What it is for."),
                "source", ref("SecretSource", "Where its value comes from."),
                "version",
                    m("type", "integer", "minimum", 1, "description", "Grows with every rotation."),
                "createdAt", dateTime("When it was created."))));
    schemas.put(
        "SecretInput",
        obj(
            "A secret's new content.",
            req("source"),
            m(
                "description", str("What it is for."),
                "source", ref("SecretSource", "Where its value comes from."))));

    get(
        "/secrets",
        op(
            "listSecrets",
            "List secrets",
            "Secrets",
            l(param("Limit"), param("Cursor")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The secrets.",
                        arr("The secrets.", ref("Secret")),
                        l(
                            m(
                                "name",
                                "db",
                                "description",
                                null,
                                "source",
                                m("vaultPath", "kv/db", "role", "ci"),
                                "version",
                                3),
                            m("name", "token", "source", m("plaintext", "****"), "version", 1),
                            m("name", "home", "source", m("envVar", "HOME")),
                            m(
                                "name",
                                "key",
                                "description",
                                "signing key",
                                "source",
                                m("filePath", "/etc/key", "mode", "binary")))),
                "400", badRequest())));
    post(
        "/secrets",
        op(
            "createSecret",
            "Create a secret",
            "Secrets",
            l(),
            body("The secret.", ref("Secret")),
            codes(
                "201", json("The secret.", ref("Secret")),
                "400", badRequest())));
    get(
        "/secrets/{secretName}",
        op(
            "getSecret",
            "Get a secret",
            "Secrets",
            l(param("SecretName")),
            null,
            codes(
                "200", json("The secret.", ref("Secret")),
                "404", notFound())));
    put(
        "/secrets/{secretName}",
        op(
            "putSecret",
            "Create or replace a secret",
            "Secrets",
            l(param("SecretName")),
            bodyEx(
                "The secret's content.", ref("SecretInput"), m("source", m("envVar", "API_TOKEN"))),
            codes(
                "200", json("The secret.", ref("Secret")),
                "400", badRequest(),
                "404", notFound())));
    delete(
        "/secrets/{secretName}",
        op(
            "deleteSecret",
            "Delete a secret",
            "Secrets",
            l(param("SecretName")),
            null,
            codes("204", noContent("Deleted."), "404", notFound())));
    post(
        "/secrets/{secretName}/rotate",
        op(
            "rotateSecret",
            "Rotate a secret (an anyOf as the request body)",
            "Secrets",
            l(param("SecretName")),
            bodyEx("The new source.", ref("SecretSource"), m("vaultPath", "kv/db2")),
            codes(
                "200", json("The secret, rotated.", ref("Secret")),
                "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Schedules: unions of primitives and objects, nullable unions, implicit discriminators inline
  // ---------------------------------------------------------------------------------------------

  private void schedules() {
    tag("Schedules", "Schedules: when jobs run by themselves.");
    schemas.put(
        "ScheduleSpec",
        oneOf(
            "When to run: a cron expression, an interval, or a list of dates.",
            str("A cron expression."),
            ref("IntervalSpec"),
            ref("CalendarSpec")));
    schemas.put(
        "IntervalSpec",
        obj(
            "Every so often.",
            req("every", "unit"),
            m(
                "every", m("type", "integer", "minimum", 1, "description", "How many units apart."),
                "unit", en("The unit.", "minutes", "hours", "days"))));
    schemas.put(
        "CalendarSpec",
        obj(
            "On given dates.",
            req("dates"),
            m(
                "dates", arr("The dates.", str("A date.", "date")),
                "at", str("The time of day, such as 03:00."))));
    schemas.put(
        "TimeWindow",
        obj(
            "A daily window.",
            req("start", "end"),
            m(
                "start", str("When it opens, such as 22:00."),
                "end", str("When it closes, such as 06:00."))));
    schemas.put(
        "SkipDate",
        tagged(
            "Skips one date.",
            "exceptionType",
            "SkipDate",
            req("date"),
            m("date", str("The date.", "date"))));
    schemas.put(
        "ShiftDate",
        tagged(
            "Moves one date's run.",
            "exceptionType",
            "ShiftDate",
            req("date", "to"),
            m(
                "date", str("The date.", "date"),
                "to", dateTime("When to run instead."))));
    Map<String, Object> window =
        nullable(
            oneOf(
                "When runs may start: a window, a named window, or null for any time.",
                ref("TimeWindow"),
                str("A named window, such as nights.")));
    Map<String, Object> exceptions =
        arr(
            "Dates handled differently; exceptionType is the schema name.",
            withDiscriminator(
                oneOf("One exception.", ref("SkipDate"), ref("ShiftDate")), "exceptionType"));
    schemas.put(
        "Schedule",
        obj(
            "Runs a job by itself.",
            req("id", "jobId", "spec"),
            m(
                "id", str("The schedule's id."),
                "jobId", str("The job it runs."),
                "spec", ref("ScheduleSpec", "When."),
                "timezone", nstr("The time zone, null for UTC."),
                "window", window,
                "exceptions", exceptions,
                "pausedUntil", nullable(dateTime("Paused until then, null when running.")))));
    schemas.put(
        "CreateScheduleRequest",
        obj(
            "What a new schedule needs.",
            req("jobId", "spec"),
            m(
                "jobId", str("The job to run."),
                "spec", ref("ScheduleSpec", "When."),
                "timezone", str("The time zone."),
                "window", window)));
    schemas.put(
        "SchedulePatch",
        obj(
            "The fields of a schedule to change.",
            req(),
            m(
                "spec",
                ref("ScheduleSpec", "When."),
                "window",
                window,
                "exceptions",
                exceptions,
                "pausedUntil",
                nullable(dateTime("Pause until then; null resumes.")))));
    schemas.put("SchedulePage", page("A page of schedules.", "The schedules.", ref("Schedule")));

    crud(
        "/schedules",
        "/schedules/{scheduleId}",
        "ScheduleId",
        "Schedules",
        "schedule",
        new Crud(
            "listSchedules",
            "List schedules",
            ref("SchedulePage"),
            l(query("jobId", "Only schedules of this job.", str("A job id.")))),
        new Crud(
            "createSchedule", "Create a schedule", ref("CreateScheduleRequest"), ref("Schedule")),
        new Crud("getSchedule", "Get a schedule", null, ref("Schedule"))
            .example(
                m(
                    "id",
                    "sc-1",
                    "jobId",
                    "job-1",
                    "spec",
                    m("every", 6, "unit", "hours"),
                    "timezone",
                    "Europe/Paris",
                    "window",
                    m("start", "22:00", "end", "06:00"),
                    "exceptions",
                    l(
                        m("exceptionType", "SkipDate", "date", "2024-12-25"),
                        m(
                            "exceptionType",
                            "ShiftDate",
                            "date",
                            "2024-01-01",
                            "to",
                            "2024-01-02T09:00:00Z")),
                    "pausedUntil",
                    null)),
        new Crud("updateSchedule", "Change a schedule", ref("SchedulePatch"), ref("Schedule"))
            .patch()
            .requestExample(
                m(
                    "spec",
                    m("dates", l("2024-07-01", "2024-08-01"), "at", "04:00"),
                    "window",
                    "nights",
                    "pausedUntil",
                    null)),
        new Crud("deleteSchedule", "Delete a schedule", null, null));
    post(
        "/schedules/preview",
        op(
            "previewSchedule",
            "Preview when a spec fires (a primitive-or-object union as the request body)",
            "Schedules",
            l(
                query(
                    "count",
                    "How many times to list.",
                    m("type", "integer", "minimum", 1, "maximum", 50, "description", "A count."))),
            body("The spec.", ref("ScheduleSpec")),
            codes(
                "200",
                    json(
                        "The next times it fires.",
                        arr("The times, earliest first.", dateTime("A time."))),
                "400", badRequest())));
  }

  // ---------------------------------------------------------------------------------------------
  // Webhooks
  // ---------------------------------------------------------------------------------------------

  private void webhooks() {
    tag("Webhooks", "Webhooks: events pushed to URLs.");
    schemas.put(
        "WebhookAuth",
        mapped(
            "How a webhook call authenticates, told apart by scheme.",
            "scheme",
            "none",
            "NoAuth",
            "basic",
            "BasicAuth",
            "bearer",
            "BearerAuth",
            "hmac",
            "HmacAuth"));
    schemas.put("NoAuth", tagged("No authentication.", "scheme", "none", req(), m()));
    schemas.put(
        "BasicAuth",
        tagged(
            "HTTP basic authentication.",
            "scheme",
            "basic",
            req("username", "passwordSecret"),
            m(
                "username", str("The user name."),
                "passwordSecret", str("The secret holding the password."))));
    schemas.put(
        "BearerAuth",
        tagged(
            "A bearer token.",
            "scheme",
            "bearer",
            req("tokenSecret"),
            m("tokenSecret", str("The secret holding the token."))));
    schemas.put(
        "HmacAuth",
        tagged(
            "A signature of the body.",
            "scheme",
            "hmac",
            req("secretName"),
            m(
                "algorithm", en("The hash.", "sha256", "sha512"),
                "secretName", str("The secret holding the key."),
                "header", str("The header carrying the signature."))));
    schemas.put(
        "Webhook",
        obj(
            "A URL events are pushed to.",
            req("id", "url", "events"),
            m(
                "id", str("The webhook's id."),
                "url", str("The URL.", "uri"),
                "events",
                    oneOf(
                        "The event types pushed: every type, or a list.",
                        en("Every event type.", "*"),
                        arr("The event types.", str("An event type."))),
                "auth", ref("WebhookAuth", "How calls authenticate."),
                "active", bool("Whether events are pushed."),
                "headers", mapOf("Extra headers.", str("A header value.")))));
    schemas.put(
        "WebhookDeliveryOk",
        tagged(
            "The URL answered with a success.",
            "result",
            "ok",
            req("status"),
            m(
                "status", integer("The HTTP status."),
                "elapsedMs", integer("How long the call took."))));
    schemas.put(
        "WebhookDeliveryError",
        tagged(
            "The URL answered with an error.",
            "result",
            "error",
            req("status"),
            m(
                "status", integer("The HTTP status."),
                "body", nstr("The start of the answer's body."))));
    schemas.put(
        "WebhookDeliveryTimeout",
        tagged(
            "The URL did not answer in time.",
            "result",
            "timeout",
            req("afterMs"),
            m("afterMs", integer("How long it waited."))));
    schemas.put(
        "WebhookDelivery",
        obj(
            "One push of an event.",
            req("id", "webhookId", "outcome"),
            m(
                "id", str("The delivery's id."),
                "webhookId", str("The webhook."),
                "eventId", str("The event pushed."),
                "attempt", integer("Which attempt."),
                "outcome",
                    withDiscriminator(
                        oneOf(
                            "What happened, told apart by result.",
                            ref("WebhookDeliveryOk"),
                            ref("WebhookDeliveryError"),
                            ref("WebhookDeliveryTimeout")),
                        "result",
                        "ok",
                        "WebhookDeliveryOk",
                        "error",
                        "WebhookDeliveryError",
                        "timeout",
                        "WebhookDeliveryTimeout"))));

    get(
        "/webhooks",
        op(
            "listWebhooks",
            "List webhooks (a top-level array)",
            "Webhooks",
            l(),
            null,
            codes(
                "200",
                    jsonEx(
                        "The webhooks.",
                        arr("The webhooks.", ref("Webhook")),
                        l(
                            m(
                                "id",
                                "wh-1",
                                "url",
                                "https://example.com/a",
                                "events",
                                "*",
                                "auth",
                                m("scheme", "none"),
                                "active",
                                true),
                            m(
                                "id",
                                "wh-2",
                                "url",
                                "https://example.com/b",
                                "events",
                                l("run.finished"),
                                "auth",
                                m("scheme", "basic", "username", "ci", "passwordSecret", "b-pass")),
                            m(
                                "id",
                                "wh-3",
                                "url",
                                "https://example.com/c",
                                "events",
                                l(),
                                "auth",
                                m("scheme", "bearer", "tokenSecret", "c-token"),
                                "headers",
                                m("X-A", "1")))),
                "400", badRequest())));
    post(
        "/webhooks",
        op(
            "createWebhook",
            "Create a webhook",
            "Webhooks",
            l(),
            body("The webhook.", ref("Webhook")),
            codes(
                "201", json("The webhook.", ref("Webhook")),
                "400", badRequest())));
    get(
        "/webhooks/{webhookId}",
        op(
            "getWebhook",
            "Get a webhook",
            "Webhooks",
            l(param("WebhookId")),
            null,
            codes(
                "200", json("The webhook.", ref("Webhook")),
                "404", notFound())));
    put(
        "/webhooks/{webhookId}",
        op(
            "replaceWebhook",
            "Replace a webhook",
            "Webhooks",
            l(param("WebhookId")),
            bodyEx(
                "The webhook.",
                ref("Webhook"),
                m(
                    "id",
                    "wh-1",
                    "url",
                    "https://example.com/a",
                    "events",
                    l("job.created"),
                    "auth",
                    m("scheme", "hmac", "secretName", "k", "header", "X-Sig"))),
            codes(
                "200", json("The webhook.", ref("Webhook")),
                "400", badRequest(),
                "404", notFound())));
    delete(
        "/webhooks/{webhookId}",
        op(
            "deleteWebhook",
            "Delete a webhook",
            "Webhooks",
            l(param("WebhookId")),
            null,
            codes("204", noContent("Deleted."), "404", notFound())));
    post(
        "/webhooks/{webhookId}/test",
        op(
            "testWebhook",
            "Push an event to a webhook now (a union as the request body)",
            "Webhooks",
            l(param("WebhookId")),
            bodyEx(
                "The event to push.",
                ref("Event"),
                m(
                    "type",
                    "run.finished",
                    "id",
                    "e4",
                    "occurredAt",
                    "2024-01-02T03:04:05Z",
                    "runId",
                    "run-9",
                    "outcome",
                    "cancelled")),
            codes(
                "200",
                    jsonEx(
                        "The delivery.",
                        ref("WebhookDelivery"),
                        m(
                            "id",
                            "d-1",
                            "webhookId",
                            "wh-1",
                            "eventId",
                            "e4",
                            "attempt",
                            1,
                            "outcome",
                            m("result", "timeout", "afterMs", 10000))),
                "404", notFound())));
    get(
        "/webhooks/{webhookId}/deliveries",
        op(
            "listWebhookDeliveries",
            "List a webhook's deliveries",
            "Webhooks",
            l(param("WebhookId"), param("Limit")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The deliveries, newest first.",
                        arr("The deliveries.", ref("WebhookDelivery")),
                        l(
                            m(
                                "id",
                                "d-2",
                                "webhookId",
                                "wh-1",
                                "outcome",
                                m("result", "ok", "status", 204, "elapsedMs", 31)),
                            m(
                                "id",
                                "d-1",
                                "webhookId",
                                "wh-1",
                                "outcome",
                                m("result", "error", "status", 502, "body", null)))),
                "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Queues: inline object variants in array items
  // ---------------------------------------------------------------------------------------------

  private void queues() {
    tag("Queues", "Queues: where runs wait for a runner.");
    Map<String, Object> limits =
        arr(
            "The queue's limits; each is one kind, told apart by required properties.",
            oneOf(
                "One limit.",
                obj(
                    "Limits runs at once.",
                    req("maxConcurrent"),
                    m("maxConcurrent", ref("Capacity", "How many runs at once."))),
                obj(
                    "Limits starts per minute.",
                    req("maxPerMinute"),
                    m(
                        "maxPerMinute",
                        m("type", "integer", "minimum", 1, "description", "Starts per minute."))),
                obj(
                    "Limits how many runs wait.",
                    req("maxQueued"),
                    m(
                        "maxQueued",
                            m(
                                "type",
                                "integer",
                                "minimum",
                                0,
                                "description",
                                "Runs that may wait."),
                        "overflow", en("What happens to one more.", "reject", "dropOldest")))));
    schemas.put(
        "JobQueue",
        obj(
            "A queue of runs.",
            req("id", "name", "ordering"),
            m(
                "id", str("The queue's id."),
                "name", str("The queue's name."),
                "ordering", en("Which waiting run goes first.", "fifo", "priority", "fair"),
                "limits", limits,
                "paused", bool("Whether it holds its runs."),
                "runnerSelector", ref("RunnerSelectorRef", "Which runners take its runs."))));
    schemas.put(
        "RunnerSelector",
        anyOf(
            "Which runners to use: by platform or by tags, told apart by required properties.",
            obj(
                "Runners on one platform.",
                req("platform"),
                m("platform", en("The platform.", "docker", "kubernetes", "vm"))),
            obj(
                "Runners with tags.",
                req("tags"),
                m(
                    "tags", ref("LabelValue", "The tags: one or several."),
                    "matchAll", bool("Whether a runner needs every tag.")))));
    schemas.put("RunnerSelectorAlias", ref("RunnerSelector"));
    schemas.put("RunnerSelectorRef", ref("RunnerSelectorAlias"));
    schemas.put("QueuePage", page("A page of queues.", "The queues.", ref("JobQueue")));
    schemas.put(
        "QueueStats",
        obj(
            "How a queue is doing.",
            req("depth"),
            m(
                "depth", integer("How many runs wait."),
                "byPriority", mapOf("Waiting runs by priority.", integer("A count.")),
                "oldestWait",
                    nullable(
                        oneOf(
                            "How long the oldest run has waited, null when empty.",
                            integer("Whole seconds."),
                            str("An ISO 8601 duration."))))));

    crud(
        "/queues",
        "/queues/{queueId}",
        "QueueId",
        "Queues",
        "queue",
        new Crud("listQueues", "List queues", ref("QueuePage"), l())
            .example(
                m(
                    "items",
                    l(
                        m(
                            "id",
                            "q1",
                            "name",
                            "default",
                            "ordering",
                            "fifo",
                            "limits",
                            l(
                                m("maxConcurrent", 8),
                                m("maxPerMinute", 60),
                                m("maxQueued", 1000, "overflow", "dropOldest")),
                            "paused",
                            false,
                            "runnerSelector",
                            m("platform", "kubernetes")),
                        m(
                            "id",
                            "q2",
                            "name",
                            "gpu",
                            "ordering",
                            "fair",
                            "limits",
                            l(m("maxConcurrent", "unlimited")),
                            "runnerSelector",
                            m("tags", l("gpu"), "matchAll", true))),
                    "next",
                    null)),
        new Crud("createQueue", "Create a queue", ref("JobQueue"), ref("JobQueue")),
        new Crud("getQueue", "Get a queue", null, ref("JobQueue")),
        new Crud("replaceQueue", "Replace a queue", ref("JobQueue"), ref("JobQueue")),
        new Crud("deleteQueue", "Delete a queue", null, null));
    get(
        "/queues/{queueId}/stats",
        op(
            "getQueueStats",
            "Get a queue's statistics",
            "Queues",
            l(param("QueueId")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The statistics.",
                        ref("QueueStats"),
                        m("depth", 3, "byPriority", m("high", 1, "low", 2), "oldestWait", "PT4M")),
                "404", notFound())));
  }
}
