/**
 * The view model between the generator and the templates: records the generator computes for each
 * generated file ({@link dev.taskclients.codegen.view.ClientFile}, {@link
 * dev.taskclients.codegen.view.ModelFile}, {@link dev.taskclients.codegen.view.SupportingView}) and
 * everything they hold, with an enum for every kind (HTTP method, parameter location and style,
 * body and response kind, credential kind, ...). Each file's record is the template data's {@code
 * tc} entry; the templates read its fields (JMustache calls a record's accessor {@code name()}) and
 * nothing else the generator computes. {@code CONTRIBUTING.md} ("The view model") lists each
 * record, its fields and the templates that read it. Tools that check generated clients read the
 * same records from {@link dev.taskclients.codegen.ClientGeneration.Result}.
 */
package dev.taskclients.codegen.view;
