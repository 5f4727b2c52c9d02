package dev.taskclients.contract;

/**
 * One documented response of an operation as the generator describes it ({@code ResponseView}).
 *
 * @param status {@code 200}, {@code 2XX}, {@code 404}, {@code default}, ...
 * @param kind how the client reads the body: {@code JSON}, {@code TEXT}, {@code BINARY} or {@code
 *     NONE}
 * @param javaType the Java type the body is read into, e.g. {@code Pet}, {@code List<Pet>}, {@code
 *     Void}
 * @param success whether the client answers this status with a value (2xx, or {@code default} when
 *     the operation documents no 2xx) rather than an exception
 */
record DocumentedResponse(String status, String kind, String javaType, boolean success) {}
