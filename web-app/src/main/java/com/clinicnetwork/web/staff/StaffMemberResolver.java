package com.clinicnetwork.web.staff;

import com.clinicnetwork.web.gateway.GatewayApi;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link StaffMember} from the access token in the person's session. The token came straight from the
 * identity provider's token endpoint (its signature was checked at sign-in), and its claims only decide what a
 * screen offers, so it is read here without checking the signature again; a token that is not a JWT gives a staff
 * member without therapist or locations.
 */
class StaffMemberResolver implements HandlerMethodArgumentResolver {

    private final OAuth2AuthorizedClientRepository authorizedClients;

    StaffMemberResolver(OAuth2AuthorizedClientRepository authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(StaffMember.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (person == null || request == null) {
            return StaffMember.none();
        }
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(GatewayApi.REGISTRATION_ID, person, request);
        return client == null ? StaffMember.none() : fromAccessToken(client.getAccessToken().getTokenValue());
    }

    static StaffMember fromAccessToken(String token) {
        JWTClaimsSet claims;
        try {
            claims = JWTParser.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            return StaffMember.none();
        }
        return new StaffMember(uuid(claims.getClaim("therapist_id")), uuids(claims.getClaim("location_ids")));
    }

    private static Optional<UUID> uuid(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<UUID> uuids(Object value) {
        List<UUID> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> uuid(item).filter(id -> !result.contains(id)).ifPresent(result::add));
        }
        return result;
    }
}
