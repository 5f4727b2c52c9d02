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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Artifacts, notification channels, notifications and events: inline unions in properties and array
 * items, a union of unions, mapping values with dots, a recursive filter.
 */
final class DeliveryPart extends SpecPart {
  DeliveryPart(ConductorDocument document) {
    super(document);
  }

  @Override
  void write() {
    artifacts();
    channels();
    notifications();
    events();
  }

  // ---------------------------------------------------------------------------------------------
  // Artifacts: a parent with a discriminator and no mapping
  // ---------------------------------------------------------------------------------------------

  private void artifacts() {
    tag("Artifacts", "Artifacts: what runs produce.");
    schemas.put(
        "Artifact",
        crudParent(
            obj(
                "Something a run produced; artifactType names which kind.",
                req("id", "artifactType", "name"),
                m(
                    "id", str("The artifact's id."),
                    "artifactType", str("The kind of artifact."),
                    "name", str("The artifact's name."),
                    "runId", str("The run that produced it."),
                    "size", ref("ByteSize", "How big it is."),
                    "location", ref("ArtifactLocation", "Where it is stored."),
                    "labels", mapOf("Labels by name.", ref("LabelValue")),
                    "createdAt", dateTime("When it was stored."))),
            "artifactType",
            "file",
            "FileArtifact",
            "image",
            "ContainerImage",
            "report",
            "TestReport"));
    // The checksum sits in an object of its own: swagger-request-validator 2.44 overflows its stack
    // on a oneOf with a discriminator that is a property (or array items) of a child of a
    // discriminated parent.
    schemas.put(
        "FileArtifact",
        extend(
            "A file.",
            "Artifact",
            req("mediaType"),
            m(
                "mediaType", str("The file's media type."),
                "integrity", ref("Integrity", "How to check the file."))));
    schemas.put(
        "Integrity",
        obj(
            "How to check a file is intact.",
            req("checksum"),
            m(
                "checksum", ref("Checksum", "The file's checksum."),
                "verifiedAt",
                    nullable(dateTime("When the checksum was last verified, null if never.")))));
    schemas.put(
        "ContainerImage",
        extend(
            "A container image.",
            "Artifact",
            req("repository", "digest"),
            m(
                "repository", str("The image repository."),
                "digest", str("The image digest."),
                "tags", ref("LabelValue", "The image's tags."))));
    schemas.put(
        "TestReport",
        extend(
            "Test results.",
            "Artifact",
            req("passed", "failed"),
            m(
                "passed", integer("How many tests passed."),
                "failed", integer("How many tests failed."),
                "skipped", integer("How many tests were skipped."),
                "suites",
                    arr(
                        "The suites: a name alone, or a name with counts.",
                        oneOf("One suite.", str("A suite's name."), ref("SuiteResult"))))));
    schemas.put(
        "SuiteResult",
        obj(
            "A suite with its counts.",
            req("name", "passed", "failed"),
            m(
                "name", str("The suite's name."),
                "passed", integer("Tests passed."),
                "failed", integer("Tests failed."))));
    schemas.put(
        "Checksum",
        mapped(
            "A checksum, told apart by algorithm.",
            "algorithm",
            "sha256",
            "Sha256Checksum",
            "md5",
            "Md5Checksum"));
    schemas.put(
        "Sha256Checksum",
        tagged(
            "A SHA-256 checksum.",
            "algorithm",
            "sha256",
            req("hex"),
            m("hex", str("The checksum in hexadecimal."))));
    schemas.put(
        "Md5Checksum",
        tagged(
            "An MD5 checksum.",
            "algorithm",
            "md5",
            req("base64"),
            m("base64", str("The checksum in base 64."))));
    schemas.put(
        "ArtifactLocation",
        anyOf(
            "Where an artifact is stored, told apart by required properties.",
            ref("S3Location"),
            ref("UrlLocation"),
            ref("InlineLocation")));
    schemas.put(
        "S3Location",
        obj(
            "An object in a bucket.",
            req("bucket", "key"),
            m(
                "bucket", str("The bucket."),
                "key", str("The object's key."),
                "region", str("The bucket's region."))));
    schemas.put(
        "UrlLocation",
        obj(
            "Anything reachable by URL.",
            req("url"),
            m(
                "url", str("The URL.", "uri"),
                "expiresAt", nstr("When the URL stops working, null for never."))));
    schemas.put(
        "InlineLocation",
        obj(
            "Content kept inline, for small artifacts.",
            req("content"),
            m(
                "content", str("The content."),
                "encoding", en("How the content is encoded.", "utf8", "base64"))));
    schemas.put(
        "ArtifactPatch",
        obj(
            "The fields of an artifact to change.",
            req(),
            m(
                "name", str("The new name."),
                "labels", mapOf("Labels to set.", ref("LabelValue")),
                "location", ref("ArtifactLocation", "The new location, after a move."))));
    schemas.put(
        "MetadataValue",
        oneOf(
            "A metadata value.",
            str("A text."),
            number("A number."),
            bool("A flag."),
            arr("A list of texts.", str("One text."))));

    get(
        "/artifacts",
        op(
            "listArtifacts",
            "List artifacts (a top-level array of a parent)",
            "Artifacts",
            l(
                query("runId", "Only artifacts of this run.", str("A run id.")),
                query(
                    "artifactType",
                    "Only artifacts of this type.",
                    en("An artifact type.", "file", "image", "report")),
                param("Limit")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The artifacts.",
                        arr("The artifacts.", ref("Artifact")),
                        l(
                            m(
                                "artifactType",
                                "file",
                                "id",
                                "a-1",
                                "name",
                                "report.pdf",
                                "runId",
                                "run-9",
                                "size",
                                2048,
                                "location",
                                m("bucket", "out", "key", "r/report.pdf", "region", "eu-west-1"),
                                "mediaType",
                                "application/pdf",
                                "integrity",
                                m(
                                    "checksum",
                                    m("algorithm", "md5", "base64", "q1w2e3=="),
                                    "verifiedAt",
                                    null)),
                            m(
                                "artifactType",
                                "image",
                                "id",
                                "a-2",
                                "name",
                                "app",
                                "size",
                                "120MiB",
                                "location",
                                m("url", "https://registry.example.com/app", "expiresAt", null),
                                "repository",
                                "registry.example.com/app",
                                "digest",
                                "sha256:abc",
                                "tags",
                                l("latest", "1.2")),
                            m(
                                "artifactType",
                                "report",
                                "id",
                                "a-3",
                                "name",
                                "tests",
                                "location",
                                m("content", "ok", "encoding", "utf8"),
                                "passed",
                                12,
                                "failed",
                                1,
                                "skipped",
                                0,
                                "suites",
                                l("unit", m("name", "api", "passed", 3, "failed", 1))))),
                "400", badRequest())));
    post(
        "/artifacts",
        op(
            "createArtifact",
            "Record an artifact (a parent as the request body)",
            "Artifacts",
            l(),
            body("The artifact.", ref("Artifact")),
            codes(
                "201", json("The artifact as stored.", ref("Artifact")),
                "400", badRequest())));
    get(
        "/artifacts/{artifactId}",
        op(
            "getArtifact",
            "Get an artifact",
            "Artifacts",
            l(param("ArtifactId")),
            null,
            codes(
                "200", json("The artifact.", ref("Artifact")),
                "404", notFound())));
    patch(
        "/artifacts/{artifactId}",
        op(
            "updateArtifact",
            "Change an artifact",
            "Artifacts",
            l(param("ArtifactId")),
            bodyEx(
                "What to change.",
                ref("ArtifactPatch"),
                m("location", m("url", "https://cdn.example.com/a-1"))),
            codes(
                "200", json("The artifact.", ref("Artifact")),
                "400", badRequest(),
                "404", notFound())));
    delete(
        "/artifacts/{artifactId}",
        op(
            "deleteArtifact",
            "Delete an artifact",
            "Artifacts",
            l(param("ArtifactId")),
            null,
            codes("204", noContent("Deleted."), "404", notFound())));
    get(
        "/artifacts/{artifactId}/metadata",
        op(
            "getArtifactMetadata",
            "Get an artifact's metadata (a top-level map of unions)",
            "Artifacts",
            l(param("ArtifactId")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The metadata by key.",
                        mapOf("Metadata values by key.", ref("MetadataValue")),
                        m(
                            "author",
                            "ci",
                            "score",
                            0.75,
                            "public",
                            false,
                            "owners",
                            l("ana", "bo"))),
                "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Notification channels: oneOf with a discriminator and a mapping
  // ---------------------------------------------------------------------------------------------

  private void channels() {
    tag("Channels", "Notification channels: where notifications go.");
    schemas.put(
        "NotificationChannel",
        mapped(
            "A place notifications are sent to, told apart by channel.",
            "channel",
            "email",
            "EmailChannel",
            "slack",
            "SlackChannel",
            "webhook",
            "WebhookChannel",
            "sms",
            "SmsChannel",
            "pagerduty",
            "PagerDutyChannel"));
    Map<String, Object> base =
        m(
            "id", str("The channel's id."),
            "name", str("The channel's name."),
            "minSeverity", ref("Severity", "The least severe messages it gets."));
    schemas.put(
        "EmailChannel",
        tagged(
            "Sends email.",
            "channel",
            "email",
            req("id", "name", "addresses"),
            merge(
                base,
                m(
                    "addresses", arr("The addresses.", str("An address.", "email")),
                    "format", en("The email format.", "text", "html")))));
    schemas.put(
        "SlackChannel",
        tagged(
            "Posts to Slack.",
            "channel",
            "slack",
            req("id", "name", "workspace", "channelName"),
            merge(
                base,
                m(
                    "workspace", str("The workspace."),
                    "channelName", str("The channel, without #."),
                    "mention", ref("LabelValue", "Who to mention: one handle or several.")))));
    schemas.put(
        "WebhookChannel",
        tagged(
            "Calls a URL.",
            "channel",
            "webhook",
            req("id", "name", "url"),
            merge(
                base,
                m(
                    "url", str("The URL.", "uri"),
                    "headers", mapOf("Extra headers.", str("A header value.")),
                    "auth", ref("WebhookAuth", "How calls authenticate.")))));
    schemas.put(
        "SmsChannel",
        tagged(
            "Sends text messages.",
            "channel",
            "sms",
            req("id", "name", "numbers"),
            merge(
                base, m("numbers", arr("Phone numbers in E.164 form.", str("A phone number."))))));
    schemas.put(
        "PagerDutyChannel",
        tagged(
            "Opens incidents.",
            "channel",
            "pagerduty",
            req("id", "name", "routingKey"),
            merge(
                base,
                m(
                    "routingKey", str("The integration's routing key."),
                    "urgency", en("The incidents' urgency.", "high", "low")))));
    schemas.put(
        "ChannelPage", page("A page of channels.", "The channels.", ref("NotificationChannel")));
    schemas.put(
        "TestMessage",
        obj(
            "A test message.",
            req("message"),
            m(
                "message", str("The text to send."),
                "severity", ref("Severity", "The severity to send it with."))));
    schemas.put(
        "DeliveryReport",
        obj(
            "What happened to each delivery.",
            req("results"),
            m(
                "results",
                arr(
                    "One result per address.",
                    withDiscriminator(
                        oneOf(
                            "A delivery's result, told apart by outcome.",
                            ref("DeliverySucceeded"),
                            ref("DeliveryFailed")),
                        "outcome",
                        "delivered",
                        "DeliverySucceeded",
                        "failed",
                        "DeliveryFailed")))));
    schemas.put(
        "DeliverySucceeded",
        tagged(
            "Delivered.",
            "outcome",
            "delivered",
            req("target"),
            m(
                "target", str("Where it went."),
                "deliveredAt", dateTime("When."))));
    schemas.put(
        "DeliveryFailed",
        tagged(
            "Not delivered.",
            "outcome",
            "failed",
            req("target", "error"),
            m(
                "target", str("Where it should have gone."),
                "error", ref("Error", "Why it failed."),
                "retryable", bool("Whether trying again may help."))));

    crud(
        "/notification-channels",
        "/notification-channels/{channelId}",
        "ChannelId",
        "Channels",
        "notification channel",
        new Crud(
                "listChannels",
                "List notification channels",
                ref("ChannelPage"),
                l(query("severity", "Only channels that get this severity.", ref("Severity"))))
            .example(
                m(
                    "items",
                    l(
                        m(
                            "channel",
                            "email",
                            "id",
                            "c1",
                            "name",
                            "ops mail",
                            "minSeverity",
                            "warning",
                            "addresses",
                            l("ops@example.com"),
                            "format",
                            "html"),
                        m(
                            "channel",
                            "slack",
                            "id",
                            "c2",
                            "name",
                            "ops chat",
                            "workspace",
                            "acme",
                            "channelName",
                            "ops",
                            "mention",
                            "oncall"),
                        m(
                            "channel",
                            "webhook",
                            "id",
                            "c3",
                            "name",
                            "relay",
                            "url",
                            "https://relay.example.com",
                            "headers",
                            m("X-Env", "prod"),
                            "auth",
                            m("scheme", "hmac", "algorithm", "sha512", "secretName", "relay")),
                        m("channel", "sms", "id", "c4", "name", "pager", "numbers", l("+15550100")),
                        m(
                            "channel",
                            "pagerduty",
                            "id",
                            "c5",
                            "name",
                            "incidents",
                            "minSeverity",
                            "critical",
                            "routingKey",
                            "R0UT1NG",
                            "urgency",
                            "high")),
                    "next",
                    "c6")),
        new Crud(
            "createChannel",
            "Create a notification channel",
            ref("NotificationChannel"),
            ref("NotificationChannel")),
        new Crud("getChannel", "Get a notification channel", null, ref("NotificationChannel")),
        new Crud(
            "replaceChannel",
            "Replace a notification channel",
            ref("NotificationChannel"),
            ref("NotificationChannel")),
        new Crud("deleteChannel", "Delete a notification channel", null, null));
    post(
        "/notification-channels/{channelId}/test",
        op(
            "testChannel",
            "Send a test message through a channel",
            "Channels",
            l(param("ChannelId")),
            body("The message.", ref("TestMessage")),
            codes(
                "200",
                    jsonEx(
                        "What happened.",
                        ref("DeliveryReport"),
                        m(
                            "results",
                            l(
                                m(
                                    "outcome",
                                    "delivered",
                                    "target",
                                    "ops@example.com",
                                    "deliveredAt",
                                    "2024-01-02T03:04:05Z"),
                                m(
                                    "outcome",
                                    "failed",
                                    "target",
                                    "dev@example.com",
                                    "error",
                                    m("code", 550, "message", "no such user", "target", null),
                                    "retryable",
                                    false)))),
                "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Notifications: inline unions in properties and array items, a union of unions
  // ---------------------------------------------------------------------------------------------

  private void notifications() {
    tag("Notifications", "Notifications: messages sent through channels.");
    schemas.put(
        "TextPayload",
        tagged(
            "A plain text message.", "format", "text", req("body"), m("body", str("The text."))));
    schemas.put(
        "TemplatePayload",
        tagged(
            "A message from a template.",
            "format",
            "template",
            req("templateName"),
            m(
                "templateName", str("The message template's name."),
                "variables", mapOf("Template variables by name.", ref("ParameterValue")))));
    schemas.put(
        "EmailRecipient",
        obj("Someone reached by email.", req("email"), m("email", str("The address.", "email"))));
    schemas.put(
        "UserRecipient",
        obj(
            "A user, reached however they prefer.",
            req("userId"),
            m("userId", str("The user's id."))));
    schemas.put(
        "GroupRecipient",
        obj(
            "Every member of a group.",
            req("groupId"),
            m(
                "groupId", str("The group's id."),
                "expand", bool("Whether to send one message per member."))));
    schemas.put(
        "WebhookRef",
        obj("A registered webhook.", req("webhookId"), m("webhookId", str("The webhook's id."))));
    schemas.put(
        "ChannelRef",
        obj(
            "A notification channel.",
            req("channelId"),
            m(
                "channelId", str("The channel's id."),
                "minSeverity", ref("Severity", "Overrides the channel's least severity."))));
    schemas.put(
        "DeliveryTarget",
        oneOf(
            "Where to deliver: a channel, or a registered webhook (a union of a union and a model).",
            ref("NotificationChannel"),
            ref("WebhookRef")));
    Map<String, Object> payload =
        withDiscriminator(
            oneOf("The message, told apart by format.", ref("TextPayload"), ref("TemplatePayload")),
            "format",
            "text",
            "TextPayload",
            "template",
            "TemplatePayload");
    Map<String, Object> recipients =
        arr(
            "Who gets it.",
            oneOf(
                "One recipient, told apart by required properties.",
                ref("EmailRecipient"),
                ref("UserRecipient"),
                ref("GroupRecipient")));
    schemas.put(
        "Notification",
        obj(
            "A notification.",
            req("id", "subject", "payload", "recipients", "status"),
            m(
                "id", str("The notification's id."),
                "subject", str("The subject."),
                "severity", ref("Severity", "How serious it is."),
                "payload", payload,
                "recipients", recipients,
                "target", ref("DeliveryTarget", "Where it was delivered."),
                "status", en("Where it is.", "pending", "sent", "failed", "acknowledged"),
                "sentAt", nullable(dateTime("When it was sent, null while pending.")))));
    schemas.put(
        "SendNotificationRequest",
        obj(
            "A notification to send.",
            req("subject", "payload", "recipients"),
            m(
                "subject", str("The subject."),
                "severity", ref("Severity", "How serious it is."),
                "payload", payload,
                "recipients", recipients,
                "target", ref("DeliveryTarget", "Where to deliver it."))));
    schemas.put(
        "NotificationPage",
        page("A page of notifications.", "The notifications.", ref("Notification")));

    get(
        "/notifications",
        op(
            "listNotifications",
            "List notifications",
            "Notifications",
            l(
                query(
                    "status",
                    "Only notifications with this status.",
                    en("A status.", "pending", "sent", "failed", "acknowledged")),
                param("Limit"),
                param("Cursor")),
            null,
            codes(
                "200", json("A page of notifications.", ref("NotificationPage")),
                "400", badRequest())));
    post(
        "/notifications",
        op(
            "sendNotification",
            "Send a notification",
            "Notifications",
            l(),
            bodyEx(
                "The notification.",
                ref("SendNotificationRequest"),
                m(
                    "subject",
                    "Deploy done",
                    "payload",
                    m(
                        "format",
                        "template",
                        "templateName",
                        "deploy",
                        "variables",
                        m("version", "1.2", "count", 3)),
                    "recipients",
                    l(m("groupId", "ops", "expand", true), m("email", "cto@example.com")),
                    "target",
                    m("webhookId", "wh-1"))),
            codes(
                "201", json("The notification, queued.", ref("Notification")),
                "400", badRequest())));
    get(
        "/notifications/{notificationId}",
        op(
            "getNotification",
            "Get a notification",
            "Notifications",
            l(param("NotificationId")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The notification.",
                        ref("Notification"),
                        m(
                            "id",
                            "n-1",
                            "subject",
                            "Run failed",
                            "severity",
                            "error",
                            "payload",
                            m("format", "text", "body", "run-9 failed"),
                            "recipients",
                            l(m("userId", "u-1"), m("email", "ops@example.com")),
                            "target",
                            m(
                                "channel",
                                "sms",
                                "id",
                                "c4",
                                "name",
                                "pager",
                                "numbers",
                                l("+15550100")),
                            "status",
                            "sent",
                            "sentAt",
                            "2024-01-02T03:04:05Z")),
                "404", notFound())));
    patch(
        "/notifications/{notificationId}",
        op(
            "acknowledgeNotification",
            "Acknowledge a notification",
            "Notifications",
            l(param("NotificationId")),
            body(
                "The acknowledgement.",
                obj(
                    "An acknowledgement.",
                    req("acknowledgedBy"),
                    m(
                        "acknowledgedBy", str("Who acknowledges it."),
                        "note", str("A note for the record.")))),
            codes(
                "200", json("The notification.", ref("Notification")),
                "404", notFound())));
    delete(
        "/notifications/{notificationId}",
        op(
            "deleteNotification",
            "Delete a notification",
            "Notifications",
            l(param("NotificationId")),
            null,
            codes("204", noContent("Deleted."), "404", notFound())));
  }

  // ---------------------------------------------------------------------------------------------
  // Events: mapping values with dots, variants in two unions, a recursive filter
  // ---------------------------------------------------------------------------------------------

  private void events() {
    tag("Events", "Events: what happened, as a feed.");
    String[][] kinds = {
      {"job.created", "JobCreatedEvent"}, {"job.deleted", "JobDeletedEvent"},
      {"run.started", "RunStartedEvent"}, {"run.finished", "RunFinishedEvent"},
      {"step.failed", "StepFailedEvent"}, {"artifact.published", "ArtifactPublishedEvent"}
    };
    List<String> mapping = new ArrayList<>();
    for (String[] kind : kinds) {
      mapping.addAll(List.of(kind));
    }
    schemas.put(
        "Event",
        mapped(
            "Something that happened, told apart by type.",
            "type",
            mapping.toArray(new String[0])));
    Map<String, Object> base =
        m(
            "id", str("The event's id."),
            "occurredAt", dateTime("When it happened."));
    schemas.put(
        "JobCreatedEvent",
        tagged(
            "A job was created.",
            "type",
            "job.created",
            req("id", "occurredAt", "job"),
            merge(base, m("job", ref("Job", "The job as created.")))));
    schemas.put(
        "JobDeletedEvent",
        tagged(
            "A job was deleted.",
            "type",
            "job.deleted",
            req("id", "occurredAt", "jobId"),
            merge(
                base,
                m("jobId", str("The job's id."), "deletedBy", ref("Actor", "Who deleted it.")))));
    schemas.put(
        "RunStartedEvent",
        tagged(
            "A run started.",
            "type",
            "run.started",
            req("id", "occurredAt", "runId"),
            merge(
                base,
                m(
                    "runId",
                    str("The run's id."),
                    "attempt",
                    integer("Which attempt."),
                    "triggerId",
                    nstr("The trigger that started it, null when started by hand."),
                    "startedBy",
                    ref("Actor", "Who started it.")))));
    schemas.put(
        "RunFinishedEvent",
        tagged(
            "A run finished.",
            "type",
            "run.finished",
            req("id", "occurredAt", "runId", "outcome"),
            merge(
                base,
                m(
                    "runId",
                    str("The run's id."),
                    "outcome",
                    en("How it ended.", "succeeded", "failed", "cancelled"),
                    "duration",
                    ref("Duration", "How long it took.")))));
    schemas.put(
        "StepFailedEvent",
        tagged(
            "A step failed.",
            "type",
            "step.failed",
            req("id", "occurredAt", "runId", "stepId"),
            merge(
                base,
                m(
                    "runId",
                    str("The run's id."),
                    "stepId",
                    str("The step's id."),
                    "error",
                    ref("Error", "What went wrong.")))));
    schemas.put(
        "ArtifactPublishedEvent",
        tagged(
            "A run published an artifact.",
            "type",
            "artifact.published",
            req("id", "occurredAt", "artifact"),
            merge(base, m("artifact", ref("Artifact", "The artifact.")))));
    schemas.put(
        "RunEvent",
        mapped(
            "An event about a run (variants shared with Event).",
            "type",
            "run.started",
            "RunStartedEvent",
            "run.finished",
            "RunFinishedEvent"));
    schemas.put("EventPage", page("A page of events.", "The events, newest first.", ref("Event")));
    schemas.put(
        "RunEventPage",
        obj(
            "A run's events.",
            req("events"),
            m(
                "events",
                    arr(
                        "The events, oldest first.",
                        withDiscriminator(
                            oneOf(
                                "An event of a run, told apart by type.",
                                ref("RunStartedEvent"),
                                ref("RunFinishedEvent"),
                                ref("StepFailedEvent")),
                            "type",
                            "run.started",
                            "RunStartedEvent",
                            "run.finished",
                            "RunFinishedEvent",
                            "step.failed",
                            "StepFailedEvent")),
                "latest", ref("RunEvent", "The latest start or finish."))));
    schemas.put(
        "EventFilter",
        mapped(
            "A filter over events, told apart by op; and, or and not nest.",
            "op",
            "and",
            "AndFilter",
            "or",
            "OrFilter",
            "not",
            "NotFilter",
            "type",
            "TypeFilter",
            "since",
            "SinceFilter"));
    schemas.put(
        "AndFilter",
        tagged(
            "Events every filter matches.",
            "op",
            "and",
            req("filters"),
            m("filters", arr("The filters.", ref("EventFilter")))));
    schemas.put(
        "OrFilter",
        tagged(
            "Events any filter matches.",
            "op",
            "or",
            req("filters"),
            m("filters", arr("The filters.", ref("EventFilter")))));
    schemas.put(
        "NotFilter",
        tagged(
            "Events the filter does not match.",
            "op",
            "not",
            req("filter"),
            m("filter", ref("EventFilter", "The filter to negate."))));
    schemas.put(
        "TypeFilter",
        tagged(
            "Events of some types.",
            "op",
            "type",
            req("types"),
            m("types", ref("LabelValue", "One type or several."))));
    schemas.put(
        "SinceFilter",
        tagged(
            "Events after a time.",
            "op",
            "since",
            req("since"),
            m("since", dateTime("The time."))));
    schemas.put(
        "EventSearch",
        obj(
            "A search over events.",
            req("filter"),
            m(
                "filter", ref("EventFilter", "Which events."),
                "limit",
                    m(
                        "type",
                        "integer",
                        "minimum",
                        1,
                        "maximum",
                        500,
                        "description",
                        "The most events to return."))));

    get(
        "/events",
        op(
            "listEvents",
            "List events (an array of a union with a mapping)",
            "Events",
            l(
                query("since", "Only events after this time.", dateTime("A time.")),
                param("Limit"),
                param("Cursor")),
            null,
            codes(
                "200",
                    jsonEx(
                        "A page of events.",
                        ref("EventPage"),
                        m(
                            "items",
                            l(
                                m(
                                    "type",
                                    "job.created",
                                    "id",
                                    "e1",
                                    "occurredAt",
                                    "2024-01-02T03:04:05Z",
                                    "job",
                                    m(
                                        "id",
                                        "job-1",
                                        "name",
                                        "nightly",
                                        "state",
                                        "draft",
                                        "spec",
                                        m(
                                            "runtime",
                                            "container",
                                            "image",
                                            "alpine:3",
                                            "command",
                                            l("echo", "hi"),
                                            "env",
                                            m("A", "1"),
                                            "pullPolicy",
                                            "always",
                                            "resources",
                                            m("cpu", "500m", "memory", "1Gi")))),
                                m(
                                    "type",
                                    "job.deleted",
                                    "id",
                                    "e2",
                                    "occurredAt",
                                    "2024-01-02T03:04:05Z",
                                    "jobId",
                                    "job-0",
                                    "deletedBy",
                                    m("userId", "u-1", "email", "ana@example.com")),
                                m(
                                    "type",
                                    "run.started",
                                    "id",
                                    "e3",
                                    "occurredAt",
                                    "2024-01-02T03:04:05Z",
                                    "runId",
                                    "run-9",
                                    "attempt",
                                    1,
                                    "triggerId",
                                    null,
                                    "startedBy",
                                    m("userId", "u-2")),
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
                                    "succeeded",
                                    "duration",
                                    95),
                                m(
                                    "type",
                                    "step.failed",
                                    "id",
                                    "e5",
                                    "occurredAt",
                                    "2024-01-02T03:04:05Z",
                                    "runId",
                                    "run-9",
                                    "stepId",
                                    "s2",
                                    "error",
                                    m("code", 1, "message", "boom")),
                                m(
                                    "type",
                                    "artifact.published",
                                    "id",
                                    "e6",
                                    "occurredAt",
                                    "2024-01-02T03:04:05Z",
                                    "artifact",
                                    m(
                                        "artifactType",
                                        "image",
                                        "id",
                                        "a-2",
                                        "name",
                                        "app",
                                        "repository",
                                        "r/app",
                                        "digest",
                                        "sha256:def"))),
                            "next",
                            null)),
                "400", badRequest())));
    get(
        "/events/{eventId}",
        op(
            "getEvent",
            "Get an event (a union as the response body)",
            "Events",
            l(param("EventId")),
            null,
            codes(
                "200", json("The event.", ref("Event")),
                "404", notFound())));
    post(
        "/events/{eventId}/ack",
        op(
            "acknowledgeEvent",
            "Acknowledge an event",
            "Events",
            l(param("EventId")),
            body(
                "Who acknowledges it.",
                obj("An acknowledgement.", req("by"), m("by", str("Who.")))),
            codes(
                "204", noContent("Acknowledged."),
                "404", notFound())));
    post(
        "/events/search",
        op(
            "searchEvents",
            "Search events (a recursive union in the request body)",
            "Events",
            l(),
            bodyEx(
                "The search.",
                ref("EventSearch"),
                m(
                    "filter",
                    m(
                        "op",
                        "and",
                        "filters",
                        l(
                            m("op", "type", "types", l("run.started", "run.finished")),
                            m(
                                "op",
                                "not",
                                "filter",
                                m("op", "since", "since", "2024-01-01T00:00:00Z")),
                            m("op", "or", "filters", l(m("op", "type", "types", "job.created"))))),
                    "limit",
                    20)),
            codes(
                "200", json("The events found.", ref("EventPage")),
                "400", badRequest())));
    get(
        "/runs/{runId}/events",
        op(
            "listRunEvents",
            "List a run's events (an inline union in array items)",
            "Events",
            l(param("RunId")),
            null,
            codes(
                "200",
                    jsonEx(
                        "The run's events.",
                        ref("RunEventPage"),
                        m(
                            "events",
                            l(
                                m(
                                    "type",
                                    "run.started",
                                    "id",
                                    "e3",
                                    "occurredAt",
                                    "2024-01-02T03:04:05Z",
                                    "runId",
                                    "run-9"),
                                m(
                                    "type",
                                    "step.failed",
                                    "id",
                                    "e5",
                                    "occurredAt",
                                    "2024-01-02T03:04:05Z",
                                    "runId",
                                    "run-9",
                                    "stepId",
                                    "s1"),
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
                                    "failed",
                                    "duration",
                                    "PT2M")),
                            "latest",
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
                                "failed"))),
                "404", notFound())));
  }
}
