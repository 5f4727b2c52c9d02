/**
 * Not API: the plumbing generated clients call (request description, transport, encoders, paging
 * and waiting loops). It may change in any release without notice; use the types of
 * {@code dev.taskclients.runtime} and the generated clients instead.
 */
package dev.taskclients.runtime.internal;
