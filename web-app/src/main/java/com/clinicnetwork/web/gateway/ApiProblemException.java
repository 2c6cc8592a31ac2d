package com.clinicnetwork.web.gateway;

/** The gateway answered with an error status: a screen shows {@link #problem()} next to its form. */
public class ApiProblemException extends RuntimeException {

    private final transient ApiProblem problem;

    public ApiProblemException(ApiProblem problem) {
        super("The API answered " + problem.status() + " " + problem.slug());
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public boolean is(String slug) {
        return slug.equals(problem.slug());
    }
}
