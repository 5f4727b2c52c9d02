/**
 * Not API: checks, encoders and error mapping shared by the runtime's own packages. The module does
 * not export it; on the class path it is visible but may change in any release without notice.
 */
package dev.taskclients.runtime.internal;
