package dev.kabinet.platform.problem;

/** One field's problem: {@code field} is the JSON path of the input ({@code values.T1}), the message is Russian. */
public record FieldProblem(String field, String message) {}
