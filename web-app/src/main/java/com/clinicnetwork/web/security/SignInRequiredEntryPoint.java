package com.clinicnetwork.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Someone not signed in is sent to the identity provider's sign-in (the page they asked for is remembered and
 * shown afterwards). An htmx request cannot follow that redirect inside the page, so it gets a 401 with
 * {@code HX-Redirect}, and htmx loads the sign-in as a whole page.
 */
class SignInRequiredEntryPoint implements AuthenticationEntryPoint {

    static final String SIGN_IN_PATH = "/oauth2/authorization/clinic";

    private final LoginUrlAuthenticationEntryPoint redirect = new LoginUrlAuthenticationEntryPoint(SIGN_IN_PATH);

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", request.getContextPath() + SIGN_IN_PATH);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        redirect.commence(request, response, e);
    }
}
