package com.clinicnetwork.servicedefaults.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method take the caller as a {@link ClinicUser} parameter, with a client linked by subject
 * (see {@link ClientLinks}) when the token names none. Every per-client rule of the services reads the client id
 * from the {@link ClinicUser} it gets here, so this is the one place the link is looked up.
 */
public class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    private final ClientLinks links;

    public CurrentUserArgumentResolver(ClientLinks links) {
        this.links = links;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ClinicUser.class.equals(parameter.getParameterType());
    }

    @Override
    public ClinicUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return ClinicUser.from(token.getToken(), links);
        }
        throw new AuthenticationCredentialsNotFoundException("No bearer token");
    }
}
