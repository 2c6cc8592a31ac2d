package com.clinicnetwork.servicedefaults.web;

/** One rejected input: the request field (or parameter) and why. */
public record FieldProblem(String field, String message) {
}
