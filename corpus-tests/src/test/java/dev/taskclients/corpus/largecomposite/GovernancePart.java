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

/**
 * Policies, environments, templates, the audit log, batches, dashboards and imports: maps of
 * unions, {@code anyOf} actors, arrays of unions both ways, parents read or sent by a single
 * operation.
 */
final class GovernancePart extends SpecPart {
  GovernancePart(ConductorDocument document) {
    super(document);
  }

  @Override
  void write() {
    policies();
    environments();
    templates();
    audit();
    batch();
    dashboards();
    imports();
  }

  // ---------------------------------------------------------------------------------------------
  // Policies: a parent with a discriminator and no mapping; a map of unions
  // ---------------------------------------------------------------------------------------------

  private void policies() {
    tag("Policies", "Policies: rules applied to runs.");
    schemas.put(
        "Policy",
        crudParent(
            obj(
                "A rule applied to runs; policyType is the child schema's name.",
                req("id", "policyType", "name"),
                m(
                    "id", str("The policy's id."),
                    "policyType", str("The kind of policy."),
                    "name", str("The policy's name."),
                    "enabled", bool("Whether it applies."),
                    "scope", ref("PolicyScope", "What it applies to."))),
            "policyType"));
    schemas.put(
        "RetryPolicy",
        extend(
            "Retries failed runs.",
            "Policy",
            req("maxAttempts", "schedule"),
            m(
                "maxAttempts",
                    m("type", "integer", "minimum", 1, "description", "How many attempts in all."),
                "schedule", ref("RetrySchedule", "When the attempts happen."),
                "retryOn",
                    arr(
                        "Which failures are retried.",
                        en("A failure reason.", "timeout", "error", "oom", "preempted")))));
    schemas.put(
        "RetrySchedule",
        obj(
            "When retries happen (an object of its own: see Integrity about the validator).",
            req("backoff"),
            m(
                "backoff", ref("Backoff", "How long to wait between attempts."),
                "giveUpAfter",
                    ref("Duration", "When to stop retrying, however many attempts are left."))));
    schemas.put(
        "TimeoutPolicy",
        extend(
            "Limits how long runs take.",
            "Policy",
            req("limit"),
            m(
                "limit", ref("Duration", "The longest a run may take."),
                "action", en("What happens at the limit.", "cancel", "fail"))));
    schemas.put(
        "ConcurrencyPolicy",
        extend(
            "Limits runs at once.",
            "Policy",
            req("maxRuns"),
            m(
                "maxRuns",
                    m("type", "integer", "minimum", 1, "description", "How many runs at once."),
                "key", str("Runs with the same value of this parameter count together."))));
    schemas.put(
        "PolicyScope",
        anyOf(
            "What a policy applies to, told apart by required properties.",
            ref("JobScope"),
            ref("QueueScope"),
            ref("GlobalScope")));
    schemas.put(
        "JobScope",
        obj("Some jobs.", req("jobIds"), m("jobIds", arr("The jobs.", str("A job id.")))));
    schemas.put(
        "QueueScope",
        obj(
            "The runs of some queues.",
            req("queueIds"),
            m("queueIds", arr("The queues.", str("A queue id.")))));
    schemas.put(
        "GlobalScope", obj("Everything.", req("allJobs"), m("allJobs", bool("Always true."))));
    schemas.put(
        "Decision",
        mapped(
            "What a policy decided, told apart by effect.",
            "effect",
            "allow",
            "AllowDecision",
            "deny",
            "DenyDecision",
            "defer",
            "DeferDecision"));
    schemas.put(
        "AllowDecision",
        tagged("The run may go.", "effect", "allow", req(), m("note", str("Why, when given."))));
    schemas.put(
        "DenyDecision",
        tagged(
            "The run may not go.",
            "effect",
            "deny",
            req("reason"),
            m(
                "reason", str("Why."),
                "severity", ref("Severity", "How serious the breach is."))));
    schemas.put(
        "DeferDecision",
        tagged(
            "The run must wait.",
            "effect",
            "defer",
            req("until"),
            m("until", ref("Duration", "How long to wait."))));
    schemas.put(
        "PolicyEvaluationRequest",
        obj(
            "A run to evaluate the policies for.",
            req("jobId"),
            m(
                "jobId", str("The job."),
                "queueId", str("The queue."),
                "parameters", mapOf("The run's parameters.", ref("ParameterValue")))));
    schemas.put(
        "PolicyEvaluation",
        obj(
            "What each policy decided.",
            req("decisions"),
            m(
                "decisions", mapOf("Decisions by policy id.", ref("Decision")),
                "final", ref("Decision", "The combined decision."))));

    get(
        "/policies",
        op(
            "listPolicies",
            "List policies (a top-level array of a parent)",
            "Policies",
            l(),
            null,
            codes(
                "200",
                    jsonEx(
                        "The policies.",
                        arr("The policies.", ref("Policy")),
                        l(
                            m(
                                "policyType",
                                "RetryPolicy",
                                "id",
                                "p1",
                                "name",
                                "retry",
                                "enabled",
                                true,
                                "scope",
                                m("jobIds", l("job-1")),
                                "maxAttempts",
                                3,
                                "schedule",
                                m(
                                    "backoff",
                                    m("strategy", "linear", "step", "PT10S"),
                                    "giveUpAfter",
                                    "PT1H"),
                                "retryOn",
                                l("timeout", "oom")),
                            m(
                                "policyType",
                                "TimeoutPolicy",
                                "id",
                                "p2",
                                "name",
                                "timeout",
                                "scope",
                                m("allJobs", true),
                                "limit",
                                7200,
                                "action",
                                "fail"),
                            m(
                                "policyType",
                                "ConcurrencyPolicy",
                                "id",
                                "p3",
                                "name",
                                "one at a time",
                                "scope",
                                m("queueIds", l("q1")),
                                "maxRuns",
                                1,
                                "key",
                                "region"))),
                "400", badRequest())));
    post(
        "/policies",
        op(
            "createPolicy",
            "Create a policy (a parent as the request body)",
            "Policies",
            l(),
            body("The policy.", ref("Policy")),
            codes(
                "201", json("The policy.", ref("Policy")),
                "400", badRequest())));
    get(
        "/policies/{policyId}",
        op(
            "getPolicy",
            "Get a policy",
            "Policies",
            l(param("PolicyId")),
            null,
            codes(
                "200", json("The policy.", ref("Policy")),
                "404", notFound())));
    put(
        "/policies/{policyId}",
        op(
            "replacePolicy",
            "Replace a policy",
            "Policies",
            l(param("PolicyId")),
            bodyEx(
                "The policy.",
                ref("Policy"),
                m(
                    "policyType",
                    "TimeoutPolicy",
                    "id",
                    "p2",
                    "name",
                    "timeout",
                    "limit",
                    "PT2H",
                    "action",
                    "cancel")),
            codes(
                "200", json("The policy.", ref("Policy")),
                "400", badRequest(),
                "404", notFound())));
    delete(
        "/policies/{policyId}",
        op(
            "deletePolicy",
            "Delete a policy",
            "Policies",
            l(param("PolicyId")),
            null,
            codes("204", noContent("Deleted."), "404", notFound())));
    post(
        "/policies/evaluate",
        op(
            "evaluatePolicies",
            "Evaluate the policies for a run (a map of unions in the response)",
            "Policies",
            l(),
            body("The run.", ref("PolicyEvaluationRequest")),
            codes(
                "200",
                    jsonEx(
                        "The decisions.",
                        ref("PolicyEvaluation"),
                        m(
                            "decisions",
                            m(
                                "p1", m("effect", "allow"),
                                "p2", m("effect", "defer", "until", "PT5M"),
                                "p3", m("effect", "deny", "reason", "busy", "severity", "warning")),
                            "final",
                            m("effect", "deny", "reason", "busy"))),
                "400", badRequest())));
  }

  // ---------------------------------------------------------------------------------------------
  // Environments: maps of unions, $ref chains
  // ---------------------------------------------------------------------------------------------

  private void environments() {
    tag("Environments", "Environments: variables shared by jobs.");
    schemas.put(
        "Environment",
        obj(
            "Named variables jobs can use.",
            req("name", "variables"),
            m(
                "name", str("The environment's name."),
                "description", nstr("What it is for."),
                "variables", mapOf("Variables by name: literals or secrets.", ref("EnvValue")),
                "inherits", nstr("The environment it extends, null for none."),
                "runnerSelector", ref("RunnerSelectorRef", "Which runners jobs use here."))));
    schemas.put("EnvironmentAlias", ref("Environment"));
    schemas.put("DefaultEnvironment", ref("EnvironmentAlias"));
    schemas.put(
        "EnvironmentPatch",
        obj(
            "Variables to set or remove.",
            req(),
            m(
                "set", mapOf("Variables to set.", ref("EnvValue")),
                "remove", arr("Variables to remove.", str("A name.")))));
    schemas.put("EnvironmentList", mapOf("Environments by name.", ref("Environment")));

    get(
        "/environments",
        op(
            "listEnvironments",
            "List environments (a top-level map of models)",
            "Environments",
            l(),
            null,
            codes(
                "200", json("The environments.", ref("EnvironmentList")),
                "400", badRequest())));
    post(
        "/environments",
        op(
            "createEnvironment",
            "Create an environment",
            "Environments",
            l(),
            bodyEx(
                "The environment.",
                ref("Environment"),
                m(
                    "name",
                    "staging",
                    "variables",
                    m(
                        "REGION",
                        "eu",
                        "REPLICAS",
                        2,
                        "DEBUG",
                        false,
                        "DB_PASSWORD",
                        m("secretName", "db", "key", "password")),
                    "runnerSelector",
                    m("tags", "staging"))),
            codes(
                "201", json("The environment.", ref("Environment")),
                "400", badRequest())));
    get(
        "/environments/{environmentName}",
        op(
            "getEnvironment",
            "Get an environment",
            "Environments",
            l(param("EnvironmentName")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The environment.",
                        ref("Environment"),
                        m(
                            "name",
                            "prod",
                            "description",
                            null,
                            "variables",
                            m(
                                "REGION",
                                "us",
                                "REPLICAS",
                                6,
                                "TRACE",
                                true,
                                "API_KEY",
                                m("secretName", "api")),
                            "inherits",
                            "base",
                            "runnerSelector",
                            m("platform", "vm"))),
                "404", notFound())));
    patch(
        "/environments/{environmentName}",
        op(
            "updateEnvironment",
            "Change an environment's variables",
            "Environments",
            l(param("EnvironmentName")),
            body("What to change.", ref("EnvironmentPatch")),
            codes(
                "200", json("The environment.", ref("Environment")),
                "400", badRequest(),
                "404", notFound())));
    delete(
        "/environments/{environmentName}",
        op(
            "deleteEnvironment",
            "Delete an environment",
            "Environments",
            l(param("EnvironmentName")),
            null,
            codes("204", noContent("Deleted."), "404", notFound())));
    get(
        "/environment",
        op(
            "getDefaultEnvironment",
            "Get the default environment (through a chain of $refs)",
            "Environments",
            l(),
            null,
            codes(
                "200", json("The default environment.", ref("DefaultEnvironment")),
                "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Templates: a discriminator without mapping, a union behind a $ref chain
  // ---------------------------------------------------------------------------------------------

  private void templates() {
    tag("Templates", "Templates: jobs with parameters.");
    schemas.put(
        "TemplateParameter",
        withDiscriminator(
            oneOf(
                "A template parameter; paramType is the schema name.",
                ref("StringParameter"),
                ref("IntegerParameter"),
                ref("ChoiceParameter"),
                ref("ListParameter")),
            "paramType"));
    schemas.put(
        "StringParameter",
        tagged(
            "A text parameter.",
            "paramType",
            "StringParameter",
            req("name"),
            m(
                "name", str("The parameter's name."),
                "defaultValue", str("Its default."),
                "pattern", str("A regular expression values must match."))));
    schemas.put(
        "IntegerParameter",
        tagged(
            "A whole number parameter.",
            "paramType",
            "IntegerParameter",
            req("name"),
            m(
                "name", str("The parameter's name."),
                "defaultValue", integer("Its default."),
                "minimum", integer("The least value."),
                "maximum", integer("The greatest value."))));
    schemas.put(
        "ChoiceParameter",
        tagged(
            "A parameter with a fixed set of values.",
            "paramType",
            "ChoiceParameter",
            req("name", "choices"),
            m(
                "name", str("The parameter's name."),
                "choices", arr("The values allowed.", str("A value.")),
                "defaultValue", str("Its default, one of the choices."),
                "display", en("How to show the choices.", "dropdown", "radio"))));
    schemas.put(
        "ListParameter",
        tagged(
            "A parameter taking several values.",
            "paramType",
            "ListParameter",
            req("name", "itemType"),
            m(
                "name", str("The parameter's name."),
                "itemType", en("The values' type.", "string", "integer"),
                "defaultValue", arr("Its default.", str("A value.")))));
    schemas.put(
        "JobTemplate",
        obj(
            "A job with parameters filled in when it is used.",
            req("id", "name", "spec", "parameters"),
            m(
                "id", str("The template's id."),
                "name", str("The template's name."),
                "parameters", arr("The parameters.", ref("TemplateParameter")),
                "spec", ref("JobSpec", "The job spec, with placeholders."),
                "defaults", mapOf("Default values by parameter.", ref("ParameterValue")))));
    schemas.put("TemplatePage", page("A page of templates.", "The templates.", ref("JobTemplate")));
    schemas.put(
        "RenderRequest",
        obj(
            "Values to fill a template with.",
            req("values"),
            m("values", mapOf("Values by parameter.", ref("ParameterValue")))));

    crud(
        "/templates",
        "/templates/{templateId}",
        "TemplateId",
        "Templates",
        "template",
        new Crud("listTemplates", "List templates", ref("TemplatePage"), l()),
        new Crud("createTemplate", "Create a template", ref("JobTemplate"), ref("JobTemplate"))
            .requestExample(
                m(
                    "id",
                    "tp-1",
                    "name",
                    "etl",
                    "parameters",
                    l(
                        m("paramType", "StringParameter", "name", "table", "pattern", "^[a-z_]+$"),
                        m(
                            "paramType",
                            "IntegerParameter",
                            "name",
                            "days",
                            "defaultValue",
                            7,
                            "minimum",
                            1,
                            "maximum",
                            90),
                        m(
                            "paramType",
                            "ChoiceParameter",
                            "name",
                            "mode",
                            "choices",
                            l("full", "delta"),
                            "display",
                            "radio"),
                        m(
                            "paramType",
                            "ListParameter",
                            "name",
                            "regions",
                            "itemType",
                            "string",
                            "defaultValue",
                            l("eu"))),
                    "spec",
                    m(
                        "runtime",
                        "notebook",
                        "path",
                        "etl.ipynb",
                        "kernel",
                        "python3",
                        "parameters",
                        m("table", "{table}", "days", 7)),
                    "defaults",
                    m("mode", "delta", "regions", l("eu", "us")))),
        new Crud("getTemplate", "Get a template", null, ref("JobTemplate")),
        new Crud("replaceTemplate", "Replace a template", ref("JobTemplate"), ref("JobTemplate")),
        new Crud("deleteTemplate", "Delete a template", null, null));
    post(
        "/templates/{templateId}/render",
        op(
            "renderTemplate",
            "Render a template into a job spec (a union behind a $ref chain)",
            "Templates",
            l(param("TemplateId")),
            body("The values.", ref("RenderRequest")),
            codes(
                "200",
                    jsonEx(
                        "The rendered spec.",
                        ref("RenderedSpec"),
                        m(
                            "runtime",
                            "container",
                            "image",
                            "etl:2",
                            "command",
                            "run --days 7",
                            "env",
                            m("MODE", "delta"))),
                "400", badRequest(),
                "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Audit log: anyOf actors, nullable unions, inline discriminated targets
  // ---------------------------------------------------------------------------------------------

  private void audit() {
    tag("Audit", "Audit log: who did what.");
    schemas.put(
        "Actor",
        anyOf(
            "Who did something: a user, a service or the system, told apart by required properties.",
            ref("UserActor"),
            ref("ServiceActor"),
            ref("SystemActor")));
    schemas.put(
        "UserActor",
        obj(
            "A person.",
            req("userId"),
            m(
                "userId", str("The user's id."),
                "email", str("The user's address.", "email"))));
    schemas.put(
        "ServiceActor",
        obj(
            "A service account.",
            req("serviceName"),
            m(
                "serviceName", str("The service's name."),
                "tokenId", str("The token it used."))));
    schemas.put(
        "SystemActor",
        obj(
            "The service itself.",
            req("system"),
            m("system", en("Which part of it.", "scheduler", "api", "reaper"))));
    schemas.put(
        "JobTarget",
        tagged("A job.", "resourceType", "job", req("jobId"), m("jobId", str("The job's id."))));
    schemas.put(
        "RunTarget",
        tagged(
            "A run.",
            "resourceType",
            "run",
            req("runId"),
            m(
                "runId", str("The run's id."),
                "jobId", str("Its job's id."))));
    schemas.put(
        "SecretTarget",
        tagged(
            "A secret.",
            "resourceType",
            "secret",
            req("secretName"),
            m("secretName", str("The secret's name."))));
    schemas.put(
        "FieldChange",
        obj(
            "One field's change.",
            req("field"),
            m(
                "field", str("The field's path."),
                "before", ref("ParameterValue", "The old value."),
                "after", ref("ParameterValue", "The new value."))));
    schemas.put(
        "AuditEntry",
        obj(
            "One thing someone did.",
            req("id", "at", "actor", "action", "target"),
            m(
                "id", str("The entry's id."),
                "at", dateTime("When."),
                "actor", ref("Actor", "Who."),
                "action", en("What.", "create", "update", "delete", "run", "cancel", "read"),
                "target",
                    withDiscriminator(
                        oneOf(
                            "What it was done to, told apart by resourceType.",
                            ref("JobTarget"),
                            ref("RunTarget"),
                            ref("SecretTarget")),
                        "resourceType",
                        "job",
                        "JobTarget",
                        "run",
                        "RunTarget",
                        "secret",
                        "SecretTarget"),
                "changes",
                    nullable(
                        arr(
                            "The fields changed, null when nothing was.",
                            oneOf(
                                "A change: described, or a field with its values.",
                                str("A description."),
                                ref("FieldChange")))))));
    schemas.put(
        "AuditPage",
        page("A page of audit entries.", "The entries, newest first.", ref("AuditEntry")));

    get(
        "/audit",
        op(
            "listAuditEntries",
            "List audit entries",
            "Audit",
            l(
                query(
                    "action",
                    "Only entries with this action.",
                    en("An action.", "create", "update", "delete", "run", "cancel", "read")),
                param("Limit"),
                param("Cursor")),
            null,
            codes(
                "200",
                    jsonEx(
                        "A page of entries.",
                        ref("AuditPage"),
                        m(
                            "items",
                            l(
                                m(
                                    "id",
                                    "au-1",
                                    "at",
                                    "2024-01-02T03:04:05Z",
                                    "actor",
                                    m("userId", "u-1"),
                                    "action",
                                    "update",
                                    "target",
                                    m("resourceType", "job", "jobId", "job-1"),
                                    "changes",
                                    l(
                                        "renamed",
                                        m("field", "timeout", "before", 60, "after", "PT5M"))),
                                m(
                                    "id",
                                    "au-2",
                                    "at",
                                    "2024-01-02T03:04:05Z",
                                    "actor",
                                    m("system", "reaper"),
                                    "action",
                                    "delete",
                                    "target",
                                    m("resourceType", "run", "runId", "run-1", "jobId", "job-1"),
                                    "changes",
                                    null),
                                m(
                                    "id",
                                    "au-3",
                                    "at",
                                    "2024-01-02T03:04:05Z",
                                    "actor",
                                    m("serviceName", "deployer"),
                                    "action",
                                    "read",
                                    "target",
                                    m("resourceType", "secret", "secretName", "db"))),
                            "next",
                            null)),
                "400", badRequest())));
    get(
        "/audit/{entryId}",
        op(
            "getAuditEntry",
            "Get an audit entry",
            "Audit",
            l(
                m(
                    "name",
                    "entryId",
                    "in",
                    "path",
                    "required",
                    true,
                    "description",
                    "The entry's id.",
                    "schema",
                    str("An entry id."))),
            null,
            codes(
                "200", json("The entry.", ref("AuditEntry")),
                "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Batch: arrays of unions in both directions, a union of models used elsewhere
  // ---------------------------------------------------------------------------------------------

  private void batch() {
    tag("Batch", "Batch: several changes in one call.");
    schemas.put(
        "BatchOperation",
        mapped(
            "One change in a batch, told apart by op.",
            "op",
            "createJob",
            "BatchCreateJob",
            "deleteJob",
            "BatchDeleteJob",
            "pauseJob",
            "BatchPauseJob",
            "runJob",
            "BatchRunJob"));
    schemas.put(
        "BatchCreateJob",
        tagged(
            "Creates a job.",
            "op",
            "createJob",
            req("job"),
            m("job", ref("CreateJobRequest", "The job."))));
    schemas.put(
        "BatchDeleteJob",
        tagged(
            "Deletes a job.", "op", "deleteJob", req("jobId"), m("jobId", str("The job's id."))));
    schemas.put(
        "BatchPauseJob",
        tagged(
            "Pauses a job.",
            "op",
            "pauseJob",
            req("jobId"),
            m(
                "jobId", str("The job's id."),
                "until", nullable(dateTime("Until when, null for good.")))));
    schemas.put(
        "BatchRunJob",
        tagged(
            "Runs a job.",
            "op",
            "runJob",
            req("jobId", "request"),
            m(
                "jobId", str("The job's id."),
                "request", ref("RunRequest", "When and how."))));
    schemas.put(
        "BatchRequest",
        obj(
            "Several changes.",
            req("operations"),
            m(
                "operations", arr("The changes, applied in order.", ref("BatchOperation")),
                "atomic", bool("Whether all must succeed or none is applied."))));
    schemas.put(
        "BatchItemSucceeded",
        tagged(
            "A change that was applied.",
            "status",
            "ok",
            req("index"),
            m(
                "index", integer("The change's position in the request."),
                "resource",
                    oneOf(
                        "What it made: a job or a run, told apart by required properties.",
                        ref("Job"),
                        ref("Run")))));
    schemas.put(
        "BatchItemFailed",
        tagged(
            "A change that was not applied.",
            "status",
            "error",
            req("index", "error"),
            m(
                "index", integer("The change's position in the request."),
                "error", ref("Error", "Why."))));
    schemas.put(
        "BatchResponse",
        obj(
            "What happened to each change.",
            req("results"),
            m(
                "results",
                arr(
                    "One result per change, in order.",
                    withDiscriminator(
                        oneOf(
                            "A result, told apart by status.",
                            ref("BatchItemSucceeded"),
                            ref("BatchItemFailed")),
                        "status",
                        "ok",
                        "BatchItemSucceeded",
                        "error",
                        "BatchItemFailed")))));

    post(
        "/batch",
        op(
            "submitBatch",
            "Apply several changes (arrays of unions both ways)",
            "Batch",
            l(),
            bodyEx(
                "The changes.",
                ref("BatchRequest"),
                m(
                    "operations",
                    l(
                        m(
                            "op",
                            "createJob",
                            "job",
                            m(
                                "name",
                                "tmp",
                                "spec",
                                m("runtime", "script", "language", "bash", "source", "true"))),
                        m("op", "pauseJob", "jobId", "job-2", "until", null),
                        m(
                            "op",
                            "runJob",
                            "jobId",
                            "job-3",
                            "request",
                            m("priority", "high", "overrides", m("n", 1))),
                        m("op", "deleteJob", "jobId", "job-4")),
                    "atomic",
                    false)),
            codes(
                "200",
                    jsonEx(
                        "The results.",
                        ref("BatchResponse"),
                        m(
                            "results",
                            l(
                                m(
                                    "status",
                                    "ok",
                                    "index",
                                    0,
                                    "resource",
                                    m(
                                        "id",
                                        "job-9",
                                        "name",
                                        "tmp",
                                        "state",
                                        "draft",
                                        "spec",
                                        m(
                                            "runtime",
                                            "script",
                                            "language",
                                            "bash",
                                            "source",
                                            "true"))),
                                m("status", "ok", "index", 1),
                                m(
                                    "status",
                                    "ok",
                                    "index",
                                    2,
                                    "resource",
                                    m(
                                        "id",
                                        "run-5",
                                        "jobId",
                                        "job-3",
                                        "status",
                                        m("state", "queued", "position", 0))),
                                m(
                                    "status",
                                    "error",
                                    "index",
                                    3,
                                    "error",
                                    m("code", 404, "message", "no such job"))))),
                "400", badRequest())));
  }

  // ---------------------------------------------------------------------------------------------
  // Dashboards: a parent with a discriminator and a mapping, read by one operation
  // ---------------------------------------------------------------------------------------------

  private void dashboards() {
    tag("Dashboards", "Dashboards: widgets showing jobs and runs.");
    schemas.put(
        "Widget",
        withDiscriminator(
            obj(
                "A widget on a dashboard; widgetType says which.",
                req("id", "widgetType", "title"),
                m(
                    "id", str("The widget's id."),
                    "widgetType", str("The kind of widget."),
                    "title", str("The widget's title."),
                    "width", en("How much of the row it takes.", "third", "half", "full"),
                    "filter", ref("Condition", "Which runs it shows."))),
            "widgetType",
            "chart",
            "ChartWidget",
            "table",
            "TableWidget",
            "text",
            "TextWidget"));
    schemas.put(
        "ChartWidget",
        extend(
            "A chart.",
            "Widget",
            req("chartType", "metric"),
            m(
                "chartType", en("The kind of chart.", "line", "bar", "pie"),
                "metric", str("The metric drawn, such as run.duration."),
                "groupBy", ref("LabelValue", "The labels to group by: one or several."),
                "window", ref("Duration", "How far back it looks."))));
    schemas.put(
        "TableWidget",
        extend(
            "A table.",
            "Widget",
            req("columns"),
            m(
                "columns",
                    arr(
                        "The columns, in order.",
                        en("A column.", "job", "run", "state", "startedAt", "duration")),
                "pageSize",
                    m(
                        "type",
                        "integer",
                        "minimum",
                        1,
                        "maximum",
                        100,
                        "description",
                        "Rows per page."))));
    schemas.put(
        "TextWidget",
        extend(
            "Some text.", "Widget", req("markdown"), m("markdown", str("The text, in Markdown."))));
    schemas.put(
        "Dashboard",
        obj(
            "Widgets showing jobs and runs.",
            req("id", "title", "widgets"),
            m(
                "id", str("The dashboard's id."),
                "title", str("The dashboard's title."),
                "widgets", arr("The widgets, row by row.", ref("Widget")),
                "refreshEvery", ref("Duration", "How often it reloads."))));
    get(
        "/dashboards/{dashboardId}",
        op(
            "getDashboard",
            "Get a dashboard (an array of a parent with a mapping)",
            "Dashboards",
            l(
                m(
                    "name",
                    "dashboardId",
                    "in",
                    "path",
                    "required",
                    true,
                    "description",
                    "The dashboard's id.",
                    "schema",
                    str("A dashboard id."))),
            null,
            codes(
                "200",
                    jsonEx(
                        "The dashboard.",
                        ref("Dashboard"),
                        m(
                            "id",
                            "d-1",
                            "title",
                            "Nightly",
                            "widgets",
                            l(
                                m(
                                    "widgetType",
                                    "chart",
                                    "id",
                                    "w1",
                                    "title",
                                    "Durations",
                                    "width",
                                    "half",
                                    "chartType",
                                    "line",
                                    "metric",
                                    "run.duration",
                                    "groupBy",
                                    l("team", "job"),
                                    "window",
                                    "P7D"),
                                m(
                                    "widgetType",
                                    "table",
                                    "id",
                                    "w2",
                                    "title",
                                    "Failures",
                                    "width",
                                    "half",
                                    "filter",
                                    m("op", "eq", "field", "state", "value", "failed"),
                                    "columns",
                                    l("job", "run", "startedAt"),
                                    "pageSize",
                                    20),
                                m(
                                    "widgetType",
                                    "text",
                                    "id",
                                    "w3",
                                    "title",
                                    "Read me",
                                    "markdown",
                                    "Runs *nightly*.")),
                            "refreshEvery",
                            300)),
                "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Imports: a parent with a discriminator and no mapping, sent by one operation
  // ---------------------------------------------------------------------------------------------

  private void imports() {
    tag("Imports", "Imports: jobs loaded from files.");
    schemas.put(
        "ImportSource",
        withDiscriminator(
            obj(
                "Where job definitions come from; sourceType is the child schema's name.",
                req("sourceType"),
                m(
                    "sourceType", str("The kind of source."),
                    "format", en("How the definitions are written.", "yaml", "json"))),
            "sourceType"));
    schemas.put(
        "GitImport",
        extend(
            "A file in a Git repository.",
            "ImportSource",
            req("repository", "path"),
            m(
                "repository", str("The repository's URL.", "uri"),
                "ref", str("The branch, tag or commit; the default branch when absent."),
                "path", str("The file's path in the repository."))));
    schemas.put(
        "UrlImport",
        extend(
            "A file at a URL.",
            "ImportSource",
            req("url"),
            m(
                "url", str("The URL.", "uri"),
                "headers", mapOf("Headers to send.", str("A header value.")))));
    schemas.put(
        "InlineImport",
        extend(
            "Definitions sent inline.",
            "ImportSource",
            req("content"),
            m("content", str("The definitions."))));
    schemas.put(
        "ImportRequest",
        obj(
            "What to import.",
            req("source"),
            m(
                "source", ref("ImportSource", "Where the definitions are."),
                "dryRun", bool("Whether to check only, creating nothing."),
                "onConflict",
                    en("What to do with a job that exists.", "skip", "replace", "fail"))));
    schemas.put(
        "ImportReport",
        obj(
            "What an import did.",
            req("created", "skipped"),
            m(
                "created", arr("The jobs created.", str("A job id.")),
                "skipped", arr("The jobs skipped, as they exist.", str("A job name.")),
                "problems",
                    arr(
                        "What could not be imported.",
                        oneOf(
                            "A problem: a message, or a message about a line.",
                            str("A message."),
                            obj(
                                "A problem at a line.",
                                req("line", "message"),
                                m(
                                    "line",
                                        m(
                                            "type",
                                            "integer",
                                            "minimum",
                                            1,
                                            "description",
                                            "The line."),
                                    "message", str("What is wrong there."))))))));
    post(
        "/jobs/import",
        op(
            "importJobs",
            "Import jobs (a parent without mapping in the request body)",
            "Imports",
            l(),
            bodyEx(
                "What to import.",
                ref("ImportRequest"),
                m(
                    "source",
                    m(
                        "sourceType",
                        "GitImport",
                        "format",
                        "yaml",
                        "repository",
                        "https://git.example.com/ops/jobs.git",
                        "ref",
                        "main",
                        "path",
                        "jobs.yaml"),
                    "dryRun",
                    true,
                    "onConflict",
                    "skip")),
            codes(
                "200",
                    jsonEx(
                        "What was imported.",
                        ref("ImportReport"),
                        m(
                            "created",
                            l("job-7"),
                            "skipped",
                            l("nightly"),
                            "problems",
                            l("duplicate name", m("line", 12, "message", "unknown runtime")))),
                "400", badRequest())));
  }
}
